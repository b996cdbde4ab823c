"""When the Council takes the question up again: « Le Conseil reprend le sujet quand ? ».

The text answers it in one paragraph, the one that decides to go on examining the question at a
later session. Asked in a reader's words (« remettre sur la table », "consider the issue again"),
the question shares no word with that paragraph, so search cannot find it: this route names it.
The reports and seminars the text schedules for later sessions are search's questions.
"""

from __future__ import annotations

import re
from functools import cached_property

from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import Evidence
from bot.core.search.index import Hit
from bot.core.text.models import Paragraph

# « quand », « à quelle session », "when", "which session", « la prochaine fois ».
_WHEN = re.compile(
    r"\b(?:quand|a quelle (?:\w+ )?(?:session|date|occasion)|quelle (?:\w+ )?session|when|"
    r"which (?:\w+ )?session|what (?:\w+ )?session|"
    r"prochaine fois|next time|prochaine session|next session)\b"
)
# Taking it up again, in the text's words or a reader's.
_AGAIN = re.compile(
    r"\b(?:again|de nouveau|a nouveau|reprend\w*|reparl\w*|repench\w*|re-?examin\w*|revisit\w*|reconsider\w*|"
    r"revien\w*|reviendr\w*|revenir|remet\w*|sur la table|poursui\w*|continu\w*|pick\w* (?:it |this |the "
    r"\w+ )?up|take\w* (?:it |this |the \w+ )?up|come back|back to|examen de la question|prochaine fois|"
    r"next time)\b"
)
# Someone else's work at a later session: a report, the seminars' summary (search's questions).
_OTHER_WORK = re.compile(
    r"\b(?:rapports?|reports?|seminaires?|seminars?|workshops?|ateliers?|compte rendu|summary|resume|"
    r"haut[- ]commissaire|high commissioner|secretaire|secretary|comite|committee|"
    # « le Liban passe son EPU quand la prochaine fois ? »: a State's review, not this question.
    r"epu|upr|examen periodique|periodic review)\b"
)
# The decision to go on examining the question: its paragraph is the one that says so.
_DECIDES_TO_CONTINUE = re.compile(r"^Décide de poursuivre l'examen de la question")


class FollowUpRoute:
    """Quote the paragraph scheduling the next examination of the question."""

    def __init__(self, evidence: Evidence) -> None:
        self.resolution = evidence.resolution

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return that paragraph, or ``None`` if the question is not when the Council resumes."""
        paragraph = self.paragraph
        if paragraph is None or not (_WHEN.search(q) and _AGAIN.search(q)) or _OTHER_WORK.search(q):
            return None
        hit = Hit.whole(paragraph)
        return Answer(typed, Intent.SEARCH, True, hits=(hit,), coverage=1.0)

    @cached_property
    def paragraph(self) -> Paragraph | None:
        """The operative paragraph deciding to pursue the examination, if the text has one."""
        return next((p for p in self.resolution.operative if _DECIDES_TO_CONTINUE.match(p.text)), None)
