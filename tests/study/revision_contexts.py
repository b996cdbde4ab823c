"""Realistic contexts for every /revision template, made by the real revision service on a SQLite file.

tests/render/test_templates.py merges them into its loop over every template, as it does with the
study contexts; the errors are the ones the service really raises, with their real data.
"""

import asyncio
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.core.errors import UserError
from bot.core.service import Service
from bot.core.study.clock import ManualClock
from bot.core.study.revision import RevisionService
from bot.core.study.revision_models import Reminder, RevisionErasure, SessionMode
from bot.core.study.revision_plans import NEW_PER_DAY
from bot.core.study.schedule import Grade
from bot.render.revision import GRADE_KEYS
from bot.settings import Settings
from bot.storage.database import open_study
from tests.study.contexts import raised

GUILD, ANNE, BRUNO = 1, 10, 11


async def _build(service: Service, directory: Path) -> dict[str, list[dict[str, Any]]]:
    clock = ManualClock(datetime(2026, 1, 7, 12, tzinfo=UTC))
    repository, engine = await open_study(Settings(data_dir=directory).study_database_url)
    revision = RevisionService(service.resolution, repository, clock)
    meta = service.resolution.metadata
    try:
        front = await revision.start(GUILD, ANNE)
        answer = await revision.show(GUILD, ANNE, front.session.id, 0)
        graded = await revision.grade(GUILD, ANNE, front.session.id, 0, Grade.AGAIN)
        stale = await revision.grade(GUILD, ANNE, front.session.id, 0, Grade.AGAIN)
        cram = await revision.start(GUILD, ANNE, SessionMode.CRAM)
        cram_answer = await revision.show(GUILD, ANNE, cram.session.id, 0)
        votes = cram
        while votes.card is not None and votes.card.paragraph_id is not None:
            votes = await revision.grade(GUILD, ANNE, cram.session.id, votes.session.step, Grade.GOOD)
        vote_answer = await revision.show(GUILD, ANNE, cram.session.id, votes.session.step)
        finished = await revision.start(GUILD, ANNE)
        while finished.card is not None:
            step = finished.session.step
            finished = await revision.grade(GUILD, ANNE, finished.session.id, step, Grade.EASY)
        # A member with no card learned, whose session ends at once: nothing reviewed, nothing due.
        started = await revision.start(GUILD, BRUNO, SessionMode.CRAM)
        ended = replace(started.session, mode=SessionMode.DUE, card_id=None)
        nothing = replace(started, card=None, session=ended)
        stats = await revision.stats(GUILD, ANNE)
        empty_stats = await revision.stats(GUILD, BRUNO)
        await revision.set_reminder(GUILD, BRUNO, 8, "America/Montreal", 42)
        reminder = await revision.settings(GUILD, BRUNO)
        exported = await revision.export(GUILD, ANNE)
        contexts: dict[str, list[dict[str, Any]]] = {
            "revision_carte": [
                {"view": answer, "keys": GRADE_KEYS, "meta": meta},
                {"view": front, "keys": {}, "meta": meta},
                {"view": stale, "keys": GRADE_KEYS, "meta": meta},
                {"view": cram_answer, "keys": GRADE_KEYS, "meta": meta},
                {"view": vote_answer, "keys": {}, "meta": meta},
                {"view": graded, "keys": GRADE_KEYS, "meta": meta},
            ],
            "revision_fin": [
                {"view": finished, "limite": NEW_PER_DAY, "meta": meta},
                {"view": nothing, "limite": NEW_PER_DAY, "meta": meta},
            ],
            "revision_stats": [
                {"stats": stats, "limite": NEW_PER_DAY, "meta": meta},
                {"stats": empty_stats, "limite": NEW_PER_DAY, "meta": meta},
            ],
            "revision_export": [
                {
                    "cards": exported,
                    "everything": False,
                    "deck": "Résolution 56/2 (A/HRC/RES/56/2)",
                    "filename": "revision_A_HRC_RES_56_2.apkg",
                    "meta": meta,
                }
            ],
            "revision_confirmation": [{"console": True, "meta": meta}, {"console": False, "meta": meta}],
            "revision_efface": [
                {"erasure": await revision.erase(GUILD, ANNE), "meta": meta},
                {"erasure": RevisionErasure(1, 0), "meta": meta},
            ],
            "revision_rappel": [
                {"settings": reminder, "refused": True, "fuseau": "America/Montreal", "meta": meta},
                {"settings": reminder, "refused": False, "fuseau": "America/Montreal", "meta": meta},
                {
                    "settings": await revision.stop_reminder(GUILD, BRUNO),
                    "refused": False,
                    "fuseau": "America/Montreal",
                    "meta": meta,
                },
            ],
            "revision_rappel_message": [
                {"reminder": Reminder(GUILD, BRUNO, 42, 3, 2, 8, "America/Montreal"), "meta": meta},
                {"reminder": Reminder(GUILD, BRUNO, None, 1, 0, 8, "Europe/Paris"), "meta": meta},
            ],
            "revision_rappel_refuse": [{"meta": meta}],
        }
        errors = {
            "revision_inconnue": lambda: revision.show(GUILD + 1, ANNE, front.session.id, 0),
            "revision_vide": lambda: revision.export(GUILD, ANNE),
            "fuseau_inconnu": lambda: revision.set_reminder(GUILD, ANNE, 8, "Lune/Mer_de_la_Tranquillité", 0),
            "rappel_invalide": lambda: revision.set_reminder(GUILD, ANNE, 25, None, None),
        }
        for code, call in errors.items():
            data = await raised(call)
            assert data.pop("code") == code, code
            contexts[f"erreurs/{code}"] = [data]
        return contexts
    finally:
        await engine.dispose()


def _offline(service: Service, directory: Path) -> dict[str, list[dict[str, Any]]]:
    """The errors only the console and the command line meet, raised by the real offline front end."""
    from bot.render.replies import Replies
    from bot.render.templates import Renderer
    from bot.revision_offline import OfflineRevision

    replies = Replies(service, Renderer(Settings().templates_dir, markup=False))
    offline = OfflineRevision(replies, directory / "revision.sqlite3")
    try:
        unknown = _raised_now(lambda: offline.command("apprendre"))
        unwritable = _raised_now(
            lambda: offline.export(everything=True, output=directory / "absent" / "x.apkg")
        )
    finally:
        offline.close()
    return {
        "erreurs/action_inconnue": [unknown],
        "erreurs/apkg_impossible": [unwritable],
        "revision_annulee": [{"meta": service.resolution.metadata}],
    }


def _raised_now(call) -> dict[str, Any]:
    try:
        call()
    except UserError as error:
        return dict(error.data)
    raise AssertionError(f"expected a UserError from {call}")


def revision_contexts(service: Service) -> dict[str, list[dict[str, Any]]]:
    """Build the revision templates' contexts (runs its own event loop; call from sync code)."""
    with tempfile.TemporaryDirectory() as directory:
        return asyncio.run(_build(service, Path(directory))) | _offline(service, Path(directory))
