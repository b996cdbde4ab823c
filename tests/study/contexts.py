"""Realistic contexts for every study template, made by the real StudyService on a SQLite file.

tests/render/test_templates.py merges them into its loop over every template; the errors are the
ones the service really raises, with their real data.
"""

import asyncio
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.errors import UserError
from bot.core.service import Service
from bot.core.study.clock import ManualClock
from bot.core.study.models import AnswerOutcome
from bot.core.study.service import StudyService
from bot.settings import Settings
from bot.storage.database import open_study

GUILD, CHANNEL, STARTER = 1, 2, 3


async def raised(call) -> dict[str, Any]:
    try:
        await call()
    except UserError as error:
        return {"code": error.code, **error.data}
    raise AssertionError(f"expected a UserError from {call}")


async def _build(service: Service, directory: Path) -> dict[str, list[dict[str, Any]]]:
    clock = ManualClock(datetime(2026, 1, 7, 12, tzinfo=UTC))
    repository, engine = await open_study(Settings(data_dir=directory).study_database_url)
    study = StudyService(service, repository, clock)
    meta = service.resolution.metadata
    try:
        # A round where every kind of question shows up, answered by two members.
        _, question = await study.start_quiz(GUILD, CHANNEL, STARTER, count=6, seed=3, theme="coopération")
        reveals = []
        first = question
        while question is not None:
            await study.answer(GUILD, question.id, 10, question.body.answer)
            await study.answer(
                GUILD, question.id, 11, (question.body.answer + 1) % len(question.body.choices)
            )
            reveal = await study.close_question(GUILD, question.id)
            reveals.append(reveal)
            question = reveal.next_question
        summary = await study.round_summary(GUILD, first.round_id)
        _, votes = await study.start_quiz(GUILD, CHANNEL, STARTER, count=8, seed=1, theme="vote")
        vote_reveals = []
        while votes is not None:
            reveal = await study.close_question(GUILD, votes.id)  # nobody answers
            vote_reveals.append(reveal)
            votes = reveal.next_question
        _, orphan = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=4, seconds=10)
        clock.advance(seconds=30)
        [interrupted] = (await study.recover()).interrupted
        readings = study.readings
        view = await readings.start(GUILD, CHANNEL, STARTER, part="dispositif")
        marked = await readings.mark(GUILD, view.ref, 10)
        again = await readings.mark(GUILD, view.ref, 10)
        await readings.attach(GUILD, view.ref, 4242)
        retired = await readings.resume(GUILD, CHANNEL)
        reading_summary = await readings.finish(GUILD, retired.ref, STARTER)
        empty_view = await readings.start(GUILD, CHANNEL + 1, STARTER)
        empty_summary = await readings.finish(GUILD, empty_view.ref, STARTER)
        last = await readings.start(GUILD, CHANNEL + 2, STARTER, theme="coopération Sud-Sud")
        for _ in range(20):
            last = await readings.move(GUILD, last.ref, STARTER, 1)
        schedule = await study.set_daily(GUILD, CHANNEL, 0, "hasard")
        post = await study.claim_daily(GUILD)
        await study.set_daily(GUILD + 1, CHANNEL, 8, zone="America/Montreal")
        await study.stop_daily(GUILD + 1)
        stopped = await study.daily(GUILD + 1)
        local_next = (await study.daily(GUILD)).next_at.astimezone(ZoneInfo("Europe/Paris"))
        # A controller replaced by /etude reprendre, the new one attached: refusals link to it.
        old_controller = await readings.start(GUILD, CHANNEL + 3, STARTER)
        await readings.attach(GUILD, (await readings.resume(GUILD, CHANNEL + 3)).ref, 4545)
        errors = {
            "nombre_questions_invalide": [lambda: study.start_quiz(GUILD, CHANNEL, STARTER, count=0)],
            "theme_introuvable": [lambda: study.start_quiz(GUILD, CHANNEL, STARTER, theme="xylophone")],
            "duree_invalide": [lambda: study.start_quiz(GUILD, CHANNEL, STARTER, seconds=5)],
            "question_inconnue": [lambda: study.answer(GUILD + 1, first.id, 10, 0)],
            "choix_invalide": [lambda: study.answer(GUILD, first.id, 12, 9)],
            "quiz_inconnu": [lambda: study.round_summary(GUILD + 1, first.round_id)],
            "periode_inconnue": [lambda: study.leaderboard(GUILD, "siècle")],
            "aucune_etude": [lambda: readings.resume(GUILD, CHANNEL + 9)],
            "etude_inconnue": [lambda: readings.get(GUILD + 1, view.session_id)],
            "etude_terminee": [lambda: readings.move(GUILD, retired.ref, STARTER, 1)],
            "etude_remplacee": [
                lambda: readings.mark(GUILD, replace(last.ref, controller=0), 10),  # never attached
                lambda: readings.mark(GUILD, old_controller.ref, 10),  # attached: a link
            ],
            "lecture_reservee": [lambda: readings.move(GUILD, last.ref, 10, 1)],
            "lecture_en_cours": [lambda: readings.start(GUILD, CHANNEL + 2, 10)],
            "heure_invalide": [lambda: study.set_daily(GUILD, CHANNEL, 24)],
            "mode_inconnu": [lambda: study.set_daily(GUILD, CHANNEL, 9, "parfois")],
            "fuseau_inconnu": [
                lambda: study.set_daily(GUILD, CHANNEL, 9, zone="Europe/Pariss"),
                lambda: study.set_daily(GUILD, CHANNEL, 9, zone="Mars/Olympus"),
            ],
        }
        _, running = await study.start_quiz(GUILD, CHANNEL, STARTER, count=2, seed=5)
        errors["quiz_reserve"] = [
            lambda: study.end_round(GUILD, running.round_id, 99),
            lambda: study.reveal_now(GUILD, running.id, 99),
        ]
        errors["quiz_termine"] = [lambda: study.end_round(GUILD, first.round_id, STARTER)]
        errors["question_close"] = [lambda: study.reveal_now(GUILD, first.id, STARTER)]

        async def posted_then_busy():
            await study.set_message(GUILD, running.id, 987654321012345678)
            await study.start_quiz(GUILD, CHANNEL, 99)

        strict = StudyService(service, repository, clock, starts_per_hour=1)
        errors["quiz_en_cours"] = [lambda: study.start_quiz(GUILD, CHANNEL, 99), posted_then_busy]
        errors["quiz_limite"] = [lambda: strict.start_quiz(GUILD, CHANNEL + 5, STARTER)]
        contexts: dict[str, list[dict[str, Any]]] = {}
        for code, calls in errors.items():
            contexts[f"erreurs/{code}"] = []
            for call in calls:
                data = await raised(call)
                assert data.pop("code") == code, code
                contexts[f"erreurs/{code}"].append(data)
        # Only a theme with fewer distinct questions than asked raises it; none of the text's is that narrow.
        contexts["erreurs/theme_trop_etroit"] = [{"theme": "terrorisme", "trouvees": 3, "demandees": 20}]
        contexts |= {
            # Open (a first question, then later ones), then each closed with its counts.
            "quiz_question": [{"question": first, "reveal": None, "meta": meta}]
            + [
                {"question": r.next_question, "reveal": None, "meta": meta}
                for r in reveals + vote_reveals
                if r.next_question is not None
            ]
            + [{"question": r.question, "reveal": r, "meta": meta} for r in reveals + vote_reveals],
            "quiz_vote": [
                {"outcome": outcome.value, "question": first, "meta": meta} for outcome in AnswerOutcome
            ],
            "quiz_reponse": [{"reveal": r, "meta": meta} for r in reveals + vote_reveals],
            "quiz_fin": [{"summary": summary, "meta": meta}, {"summary": interrupted, "meta": meta}],
            "classement": [
                {"board": await study.leaderboard(GUILD, "semaine"), "meta": meta},
                {"board": await study.leaderboard(GUILD, "tout"), "meta": meta},
                {"board": await study.leaderboard(GUILD + 1, "tout"), "meta": meta},
            ],
            "progres": [
                {"progress": await study.progress(GUILD, 10), "meta": meta},
                {"progress": await study.progress(GUILD, 12), "meta": meta},
            ],
            "progres_confirmation": [{"meta": meta}],
            # Raised by the Discord front end (cogs/study.py), without data.
            "erreurs/serveur_seulement": [{}],
            "erreurs/gestion_requise": [{}],
            # The service's answer to StorageUnavailable, raised when the database stays down (resilience.py).
            "erreurs/base_indisponible": [{}],
            # ... and to OutcomeUnknown, when a COMMIT was cut (the write may have been stored).
            "erreurs/issue_inconnue": [{"code": "c0ffee12"}],
            "progres_efface": [{"erasure": await study.erase_user(GUILD, 11), "meta": meta}],
            "etude": [{"view": retired, "meta": meta}, {"view": last, "meta": meta}],
            "etude_lu": [{"mark": marked, "meta": meta}, {"mark": again, "meta": meta}],
            "etude_retiree": [
                {
                    "guild_id": GUILD,
                    "channel_id": CHANNEL,
                    "message_id": 4343,
                    "continued": True,
                    "meta": meta,
                },
                {
                    "guild_id": GUILD,
                    "channel_id": CHANNEL,
                    "message_id": 4343,
                    "continued": False,
                    "meta": meta,
                },
            ],
            "etude_resume": [
                {"summary": reading_summary, "meta": meta},
                {"summary": empty_summary, "meta": meta},
            ],
            "paragraphe_du_jour": [{"post": post, "meta": meta}],
            "quiz_hors_ligne": [
                {"seed": 8, "questions": study.generator.generate(8, count=12), "meta": meta},
                {"seed": 9, "questions": study.generator.generate(9, count=1, theme="vote"), "meta": meta},
            ],
            "paragraphe_du_jour_reglage": [
                {"schedule": schedule, "prochaine": local_next, "bientot": False, "meta": meta},
                {"schedule": schedule, "prochaine": local_next, "bientot": True, "meta": meta},
                {"schedule": stopped, "prochaine": None, "bientot": False, "meta": meta},
                {"schedule": None, "prochaine": None, "bientot": False, "meta": meta},
            ],
        }
        assert orphan is not None
        return contexts
    finally:
        await engine.dispose()


def study_contexts(service: Service) -> dict[str, list[dict[str, Any]]]:
    """Build the study templates' contexts (runs its own event loop; call from sync code)."""
    with tempfile.TemporaryDirectory() as directory:
        return asyncio.run(_build(service, Path(directory)))
