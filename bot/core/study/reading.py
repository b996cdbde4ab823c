"""Guided reading (``/etude``): one session per channel, led by its starter, read by everyone.

Who does what, as a study group expects it:

- the starter leads: ◀ ▶ and « Terminer » are theirs (and a moderator's, ``force``); anyone else
  is refused and nothing changes;
- « Marquer comme lu » is each member's own: a mark is per member and paragraph;
- every button names the paragraph it was shown with and its controller message (``ReadingRef``),
  so a click acts on what the member saw: « lu » marks that paragraph, ▶ goes to the one after
  it (two ▶ at once land on the same paragraph, not two further); a button of a controller that
  ``resume`` replaced is refused, pointing to the new one.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from bot.core.errors import UserError
from bot.core.limits import MAX_THEME_LENGTH
from bot.core.study.clock import Clock
from bot.core.study.errors import ReadingRetired
from bot.core.study.explain import explained, user_error
from bot.core.study.generator import PARTS
from bot.core.study.models import ReadingMark, ReadingRef, ReadingStatus, ReadingSummary, ReadingView
from bot.core.study.records import ReadingState
from bot.core.text.french import fold
from bot.core.text.models import Paragraph

if TYPE_CHECKING:
    # Only for the types: at run time the core never imports the storage (tests/test_architecture.py).
    from bot.core.service import Service
    from bot.storage.repository import StudyRepository

# A session nobody has moved, marked or resumed for this long may be replaced by anyone: a
# group that left without « Terminer » must not lock its channel for good.
READING_IDLE = timedelta(hours=1)


class ReadingService:
    """The guided reading use cases, per guild; ``StudyService.readings`` is the one in use."""

    def __init__(self, service: Service, repository: StudyRepository, clock: Clock, theme_hits: int) -> None:
        self.service = service
        self.resolution = service.resolution
        self.repository = repository
        self.clock = clock
        self.theme_hits = theme_hits  # search hits a theme keeps (the quiz's number)

    def order(self, part: str = "tout", theme: str | None = None) -> list[Paragraph]:
        """Return the paragraphs of a reading: a part in document order, or those about ``theme``."""
        key = fold((part or "tout").strip())
        if key not in PARTS:
            raise UserError("partie_inconnue", saisie=part, parties=list(PARTS))
        paragraphs = [p for p in self.resolution.paragraphs if p.kind in PARTS[key]]
        typed = (theme or "").strip()
        if not typed:
            return paragraphs
        if len(typed) > MAX_THEME_LENGTH:
            raise UserError("requete_trop_longue", longueur=len(typed), maximum=MAX_THEME_LENGTH)
        hits = self.service.index.search(typed, limit=self.theme_hits, kinds=frozenset(PARTS[key]))
        wanted = {hit.id for hit in hits}
        found = [p for p in paragraphs if p.id in wanted]  # document order, not score order
        if not found:
            raise UserError("theme_introuvable", theme=typed)
        return found

    @explained
    async def start(
        self,
        guild_id: int,
        channel_id: int,
        starter_id: int,
        part: str = "tout",
        theme: str | None = None,
        *,
        force: bool = False,
    ) -> ReadingView:
        """Start a session in a channel, ending the channel's previous one.

        Another member's session is ended only by a moderator (``force``) or once idle for
        ``READING_IDLE``; otherwise ``lecture_en_cours``. The view names the replaced controller.
        """
        order = self.order(part, theme)
        now = self.clock()
        state, replaced = await self.repository.reading.create(
            guild_id, channel_id, starter_id, fold(part or "tout"), (theme or "").strip() or None,
            [p.id for p in order], now, force=force, idle_since=now - READING_IDLE,
        )  # fmt: skip
        return self._view(state, retired=replaced)

    @explained
    async def get(self, guild_id: int, session_id: int) -> ReadingView:
        """Return a session at its current paragraph."""
        return self._view(await self._state(guild_id, session_id))

    @explained
    async def resume(self, guild_id: int, channel_id: int) -> ReadingView:
        """Give the channel's unfinished session a new controller, where the group stopped.

        The previous controller's buttons are refused from now on; the view names its message.
        """
        taken = await self.repository.reading.take_control(guild_id, channel_id, self.clock())
        if taken is None:
            raise UserError("aucune_etude")
        state, retired = taken
        return self._view(state, retired=retired)

    @explained
    async def attach(self, guild_id: int, ref: ReadingRef, message_id: int) -> bool:
        """Record the message of a new controller; ``False`` if a newer one replaced it meanwhile."""
        return await self.repository.reading.attach(guild_id, ref.session_id, ref.controller, message_id)

    @explained
    async def move(
        self, guild_id: int, ref: ReadingRef, user_id: int, step: int, *, force: bool = False
    ) -> ReadingView:
        """Show the paragraph ``step`` after the one the button showed (◀ is -1, ▶ is +1).

        Only the starter, or a moderator (``force``), leads; the ends of the session hold.
        """
        state = await self._state(guild_id, ref.session_id)
        self._check(state, ref)
        _lead(state, user_id, force)
        here = state.paragraph_ids.index(ref.paragraph_id)
        target = max(0, min(len(state.paragraph_ids) - 1, here + step))
        await self.repository.reading.move_to(guild_id, ref.session_id, ref.controller, target, self.clock())
        return self._view(await self._state(guild_id, ref.session_id))

    @explained
    async def mark(self, guild_id: int, ref: ReadingRef, user_id: int) -> ReadingMark:
        """Mark, for ``user_id`` alone, the paragraph the button showed (twice is once)."""
        newly = await self.repository.reading.mark_read(
            guild_id, ref.session_id, ref.controller, ref.paragraph_id, user_id, self.clock()
        )
        return ReadingMark(ref.session_id, user_id, self._paragraph(ref.paragraph_id), newly)

    @explained
    async def finish(
        self, guild_id: int, ref: ReadingRef, user_id: int, *, force: bool = False
    ) -> ReadingSummary:
        """End a session (its starter, or a moderator): paragraphs read, readers, quiz meanwhile.

        An ended session shows its summary again, to anyone.
        """
        state = await self._state(guild_id, ref.session_id)
        if state.status is ReadingStatus.ACTIVE:
            self._check(state, ref)
            _lead(state, user_id, force)
        totals = await self.repository.reading.finish(guild_id, ref.session_id, self.clock(), ref.controller)
        final = totals.state
        return ReadingSummary(
            session_id=final.id,
            guild_id=final.guild_id,
            channel_id=final.channel_id,
            read=tuple(i for i in final.paragraph_ids if i in final.read_ids),
            total=len(final.paragraph_ids),
            readers=totals.readers,
            quiz=totals.quiz,
        )

    async def _state(self, guild_id: int, session_id: int) -> ReadingState:
        state = await self.repository.reading.get(guild_id, session_id)
        if state is None:
            raise UserError("etude_inconnue")
        return state

    @staticmethod
    def _check(state: ReadingState, ref: ReadingRef) -> None:
        """Refuse a button of an ended session, of a retired controller, or naming another paragraph."""
        if state.status is not ReadingStatus.ACTIVE:
            raise UserError("etude_terminee")
        if ref.controller != state.controller:
            raise user_error(ReadingRetired(state.guild_id, state.channel_id, state.message_id))
        if ref.paragraph_id not in state.paragraph_ids:
            raise UserError("bouton_invalide")  # the bot only writes the session's own paragraphs

    def _paragraph(self, paragraph_id: str) -> Paragraph:
        paragraph = self.resolution.get(paragraph_id)
        if paragraph is None:  # ids were stored from this corpus; a mismatch is a bug
            raise LookupError(paragraph_id)
        return paragraph

    def _view(self, state: ReadingState, *, retired: int | None = None) -> ReadingView:
        return ReadingView(
            session_id=state.id,
            guild_id=state.guild_id,
            channel_id=state.channel_id,
            starter_id=state.starter_id,
            controller=state.controller,
            paragraph=self._paragraph(state.paragraph_ids[state.position]),
            position=state.position,
            total=len(state.paragraph_ids),
            status=state.status,
            retired_message_id=retired,
        )


def _lead(state: ReadingState, user_id: int, force: bool) -> None:
    """Refuse navigation and ending to anyone but the starter, unless ``force`` (a moderator)."""
    if not force and user_id != state.starter_id:
        raise UserError("lecture_reservee", starter_id=state.starter_id)
