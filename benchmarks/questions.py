"""Question answering: the share answered correctly and declined correctly, by decline threshold.

Reads tests/questions/questions.jsonl and the tuning batches tests/questions/batches/batch_*.jsonl
(expected citations and facts, and questions the text cannot answer). A question counts as
answered correctly when the bot answers, cites every expected id and its words contain every
expected fact (an English answer is judged on its French rendering: the facts are the text's
words); an unanswerable one counts as declined correctly when the bot declines. Prints the table
by threshold over the tuning questions, the threshold it would choose (fewest missed answers plus
FALSE_ANSWER_COST times the false ones; among ties, the middle of the widest run) and the one in
use (DECLINE_THRESHOLD); then every batch, the tuning ones and the blind ones (``blind_*``,
never used to choose anything) reported apart, by language, with the count of false statements
about a vote or a membership.

Rerun after changing the analyzer, the search, the router or the question sets, and copy the
chosen value into bot/core/questions/evidence.py if it differs:
    .venv/bin/python benchmarks/questions.py [--verbose]
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.questions.answer import Intent
from bot.core.questions.evidence import DECLINE_THRESHOLD
from bot.core.questions.router import QuestionAnswerer
from bot.core.service import Service
from bot.core.text.corpus import clean
from bot.render.replies import Replies
from bot.render.templates import Renderer

QUESTIONS = ROOT / "tests" / "questions" / "questions.jsonl"
# Batches written from the text alone by people who never read the router; ``blind_*`` files are
# never used to tune anything (thresholds, patterns, lexicons): they only measure. batch_c was
# written blind, then demoted to tuning when a report quoted some of its questions to the tuner;
# E, G and I were the blind batches of issue 14's first round and joined tuning in its second,
# when K and L (two new reviewers, who never read the code) became the blind ones. K, L, O, Q, S,
# T and X, blind in their rounds and reported there, joined tuning in the fourth round, when Z
# and ZA (written at its start, measured once before any change) became the blind ones; they and
# ZB joined tuning in the fifth, when ZC and ZD (two new reviewers, written at its start), ZE (a
# third, written mid-round) and ZF (a fourth, written late) became the blind ones; those four
# joined tuning in the sixth, when ZG and ZH (two new reviewers, written at its start), ZI (a
# third, written mid-round) and ZJ (a fourth, written late) did; those four joined tuning in the
# seventh, when ZK and ZL (two new reviewers, written at its start), ZM (a third, written
# mid-round) and ZN (a fourth, written late) became the blind ones. ZO, held out outside the
# project and measured once that round, was then read: it is a tuning batch. ZK, ZL, ZM and ZN,
# with ZP (held out outside the project the same round), joined tuning in the eighth, when ZQ and
# ZR (two new reviewers, written at its start), ZT (a third, written mid-round) and ZV (a fourth,
# written late) became the blind ones. Those four, with ZS and ZU (held out outside the project
# that round), joined tuning in the ninth, when ZW and ZX (two new reviewers, written at its
# start) and ZZ (a third, written mid-round) became the blind ones. Those three, with ZY and ZZA
# (held out outside the project that round), joined tuning in the tenth, when ZZB and ZZC (two new
# reviewers, written at its start) and ZZE (a third, written mid-round) became the blind ones.
# Those three joined tuning in the eleventh, when ZZG and ZZH (two new reviewers, written at its
# start) and ZZJ (a third, written mid-round) became the blind ones. Those three, with ZZI (held
# out outside the project that round), joined tuning in the twelfth, when ZZK and ZZL (two new
# reviewers, written at its start) and ZZN (a third, written mid-round) became the blind ones.
# Those three, with ZZM (held out outside the project that round), joined tuning in the
# thirteenth, when ZZO and ZZP (two new reviewers, written at its start) and ZZR (a third,
# written mid-round) became the blind ones. Those three joined tuning in the fourteenth (ZZQ, held
# out outside the project, was lost with that machine), when ZZS and ZZT (two new reviewers,
# written at its start) and ZZV (a third, written mid-round) became the blind ones. Those three,
# with ZZU (held out outside the project that round), joined tuning in the fifteenth, when ZZW and
# ZZX (two new reviewers, written at its start) and ZZZ (a third, written mid-round) became the
# blind ones. Those three, with ZZY (held out outside the project that round), joined tuning in
# the sixteenth, when ZZZA and ZZZB (two new reviewers, written at its start) and ZZZD (a third,
# written mid-round) became the blind ones. Those three, with ZZZC (held out outside the project
# that round), joined tuning in the seventeenth, when ZZZE and ZZZF (two new reviewers, written at
# its start) and ZZZH (a third, written mid-round) became the blind ones. Those three, with ZZZG
# (held out outside the project that round), joined tuning in the eighteenth, when ZZZI and ZZZJ
# (two new reviewers, written at its start) and ZZZL (a third, written mid-round) became the blind
# ones. Those three, with ZZZK (held out outside the project that round), joined tuning in the
# nineteenth, when ZZZM and ZZZN (two new reviewers, written at its start) and ZZZP (a third,
# written mid-round) became the blind ones. Those three, with ZZZO (held out outside the project
# that round), joined tuning in the twentieth, when ZZZQ and ZZZR (two new reviewers, written at
# its start) and ZZZT (a third, written mid-round) became the blind ones. Those three, with ZZZS
# (held out outside the project that round), joined tuning in the twenty-first, when ZZZU and ZZZV
# (two new reviewers, written at its start) and ZZZX (a third, written mid-round) became the blind
# ones. Those three, with ZZZW (held out outside the project that round), joined tuning in the
# twenty-second, when ZZZY and ZZZZ (two new reviewers, written at its start) and ZZZZB (a third,
# written mid-round) became the blind ones. Those three joined tuning in the twenty-third (ZZZZA
# and ZZZZC, held out outside the project, were lost with that machine), when ZZZZD and ZZZZE (two
# new reviewers, written at its start) and ZZZZG (a third, written mid-round) became the blind ones.
# Those three, with ZZZZF and ZZZZH (held out outside the project that round), joined tuning in the
# twenty-fourth, when ZZZZI and ZZZZJ (two new reviewers, written at its start) and ZZZZL (a third,
# written mid-round) became the blind ones. Those three, with ZZZZK (held out outside the project
# that round), joined tuning in the twenty-fifth, when ZZZZM, ZZZZN and ZZZZP (three new reviewers,
# written at its start) became the blind ones. Those three, with ZZZZO (held out outside the
# project that round), joined tuning in the twenty-sixth, when ZZZZQ, ZZZZR and ZZZZS (three new
# reviewers, written at its start) became the blind ones. Those three, with ZZZZT (held out outside
# the project that round), joined tuning in the twenty-seventh, when ZZZZU, ZZZZV and ZZZZW (three
# new reviewers, written at its start) became the blind ones. Those three, with ZZZZX (held out
# outside the project that round), joined tuning in the twenty-eighth, when ZZZZY and ZZZZZ (two new
# reviewers, written at its start) became the blind ones. Those two, with ZZZZZA (held out outside
# the project that round), joined tuning in the twenty-ninth, when ZZZZZB and ZZZZZC (two new
# reviewers, written at its start) became the blind ones. Those two joined tuning in the thirtieth
# (ZZZZZD, held out outside the project that round, and ZZZZZE, ZZZZZF and ZZZZZG, written for the
# next round, were lost with that machine), when ZZZZZH and ZZZZZI (two new reviewers, written at
# its start) became the blind ones, and ZZZZZP (a fifth, written at its end for the next round)
# joined them. ZZZZZH and ZZZZZI, with ZZZZZJ (held out outside the project that round), joined
# tuning in the thirty-first, when ZZZZZP stayed a blind one, and ZZZZZQ and ZZZZZR (two new
# reviewers, written at its start) joined it. Those three, with ZZZZZV and ZZZZZW (held out
# outside the project that round), joined tuning in the thirty-third, when ZZZZZX and ZZZZZY (two
# new reviewers, written at its start) became the blind ones. Those two, with ZZZZZZ and ZZZZZZA (held
# out outside the project that round), joined tuning in the thirty-fourth, when ZZZZZZD and
# ZZZZZZE (two new reviewers, written at its start) became the blind ones. Those two, with ZZZZZZF
# and ZZZZZZG (held out outside the project that round), joined tuning in the thirty-fifth, when
# ZZZZZZJ and ZZZZZZK (two new reviewers, written at its start) became the blind ones. Those two,
# with ZZZZZZL (held out outside the project that round), joined tuning in the thirty-sixth, when
# ZZZZZZS and ZZZZZZT (two new reviewers, written at its start) became the blind ones. Those two
# joined tuning in the thirty-seventh (ZZZZZZU and ZZZZZZY, held out outside the project that
# round, were lost with that machine), when ZZZZZZZ and ZZZZZZZA (two new reviewers, written at
# its start) became the blind ones. Those two joined tuning in the thirty-eighth (ZZZZZZZB and
# ZZZZZZZE, held out outside the project that round, were lost with that machine), when ZZZZZZZG
# and ZZZZZZZH (two new reviewers, written at its start) became the blind ones.
# Since the sixth round the tuning batches' questions also train the paragraph ranker
# (corpus/questions_etiquetees.jsonl): their figures are partly in-sample; the blind ones are not.
BATCHES = ROOT / "tests" / "questions" / "batches"
THRESHOLDS = [round(step * 0.05, 2) for step in range(21)]


@dataclass(frozen=True)
class Outcome:
    """One question's result at one threshold."""

    case: dict[str, Any]
    answered: bool
    correct: bool
    intent: str
    coverage: float
    citations: list[str]
    # Answered from the vote record a question it cannot answer, or a non-member's vote without
    # saying it is not a member: the worst error of the product.
    false_vote: bool = False


def tuned_cases() -> list[dict[str, Any]]:
    """The question set and every tuning batch (``batch_*``), never a blind one."""
    cases = load_cases()
    for path in sorted(BATCHES.glob("batch_*.jsonl")):
        cases.extend(load_cases(path))
    return cases


def load_cases(path: Path = QUESTIONS) -> list[dict[str, Any]]:
    """Return the question set, one dict per non-blank line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _spaces(text: str) -> str:
    """Every run of whitespace, no-break spaces included, as one plain space."""
    return " ".join(text.split())


def run(service: Service, renderer: Renderer, cases: list[dict[str, Any]], threshold: float) -> list[Outcome]:
    """Answer every case at ``threshold`` and judge it."""
    replies = Replies(service, renderer)
    replies.questions = QuestionAnswerer(service, threshold=threshold)
    outcomes = []
    for case in cases:
        answer = replies.questions.answer(case["question"])
        # Facts are the text's French words; an English answer frames the same evidence in English
        # (tests/render checks that frame), so the facts are looked for in its French rendering.
        reply = replies.render_answer(replace(answer, lang="fr"))
        # Whitespace aside: the replies' typography puts no-break spaces before « : ; ? ! »
        # (« Original\u00a0: anglais »), which the batches' authors typed as plain spaces.
        text = _spaces(f"{reply.title}\n{reply.description}")
        # A fact copied with the source's markup (« 34^e séance ») is looked for as the text reads.
        facts_ok = all(_spaces(clean(fact)) in text for fact in case["facts"])
        # The batches mark « how did Italy vote » answerable with the fact « pas membre »; the bot
        # says so in a decline (nothing to quote), or beside the members' votes when members are
        # named too (« l'Espagne a voté comme la France ? »).
        if case["facts"] == ["pas membre"]:
            correct = facts_ok
        elif answer.intent is Intent.VOTE and not answer.answered and answer.asked_choice is not None:
            # « Why did China abstain? » when it voted for: the bot corrects the premise from the
            # record and declines the why. The batches mark it either way: unanswerable (the why),
            # or answerable with the member's vote as its fact (the correction).
            correct = case["facts"] in ([], [answer.members[0].vote.value])
        elif case["answerable"]:
            correct = answer.answered and set(case["citations"]) <= set(answer.citations) and facts_ok
        else:
            correct = not answer.answered and facts_ok
        false_vote = (
            answer.intent is Intent.VOTE
            and answer.answered
            and (not case["answerable"] or (case["facts"] == ["pas membre"] and not facts_ok))
        )
        outcomes.append(
            Outcome(
                case,
                answer.answered,
                correct,
                answer.intent.value,
                answer.coverage,
                answer.citations,
                false_vote,
            )
        )
    return outcomes


def shares(outcomes: list[Outcome]) -> tuple[int, int, int, int]:
    """Return (answered correctly, answerable, declined correctly, unanswerable)."""
    answerable = [o for o in outcomes if o.case["answerable"]]
    unanswerable = [o for o in outcomes if not o.case["answerable"]]
    return (
        sum(o.correct for o in answerable),
        len(answerable),
        sum(o.correct for o in unanswerable),
        len(unanswerable),
    )


# A confident wrong answer is the worst bug this product can have: it costs as much as this many
# questions left unanswered (which still offer the closest passages).
FALSE_ANSWER_COST = 3


def score(good: int, answerable: int, declined: int, unanswerable: int) -> float:
    """The threshold's merit: minus the missed answers and the weighted false answers."""
    return -((answerable - good) + FALSE_ANSWER_COST * (unanswerable - declined))


def choose(table: list[tuple[float, float]]) -> float:
    """Pick the middle of the widest run of thresholds reaching the best score (see ``score``)."""
    best = max(score for _, score in table)
    runs: list[list[float]] = []
    for threshold, score in table:
        if score == best and runs and runs[-1][-1] == round(threshold - 0.05, 2):
            runs[-1].append(threshold)
        elif score == best:
            runs.append([threshold])
    widest = max(runs, key=len)
    return widest[(len(widest) - 1) // 2]


# What the forked workers of the threshold sweep read: the service, the renderer and the cases.
_SWEEP: dict[str, Any] = {}


def _shares_at(threshold: float) -> tuple[int, int, int, int]:
    """The tuning questions' shares at ``threshold`` (one pass, in a worker)."""
    return shares(run(_SWEEP["service"], _SWEEP["renderer"], _SWEEP["cases"], threshold))


def sweep(service: Service, renderer: Renderer, cases: list[dict[str, Any]]) -> None:
    """Print the tuning questions' shares at every threshold, and the one the table chooses."""
    print(f"{'seuil':>6} {'répondu juste':>15} {'décliné juste':>15} {'ensemble':>9}")
    table = []
    # Each threshold is a full pass over the tuning questions: the passes run on every core (the
    # workers fork with the corpus and the cases already read), in order, as one would.
    _SWEEP.update(service=service, renderer=renderer, cases=cases)
    with ProcessPoolExecutor(os.cpu_count() or 1, mp_context=multiprocessing.get_context("fork")) as pool:
        rows = list(pool.map(_shares_at, THRESHOLDS))
    for threshold, (good, answerable, declined, unanswerable) in zip(THRESHOLDS, rows, strict=True):
        overall = (good + declined) / len(cases)
        table.append((threshold, score(good, answerable, declined, unanswerable)))
        print(
            f"{threshold:>6.2f} {good:>4}/{answerable:<3} {good / answerable:>5.0%}"
            f" {declined:>4}/{unanswerable:<3} {declined / unanswerable:>5.0%} {overall:>8.1%}"
        )
    chosen = choose(table)
    print(f"seuil choisi : {chosen:.2f} · seuil en service (DECLINE_THRESHOLD) : {DECLINE_THRESHOLD:.2f}")


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    service = Service.from_corpus(ROOT / "corpus")
    renderer = Renderer(ROOT / "templates", markup=False)
    # The threshold is chosen on every tuning question (the set and the batch_* files), never on
    # a blind batch.
    cases = tuned_cases()
    print(f"{len(cases)} questions de réglage · {QUESTIONS.relative_to(ROOT)} et batches/batch_*")
    if "--no-sweep" not in argv:
        sweep(service, renderer, cases)
    else:
        # CI reports the figures at the threshold in service; the sweep (21 passes over every
        # tuning question, most of CI's time) is for choosing it, run by hand.
        print(f"seuil en service (DECLINE_THRESHOLD) : {DECLINE_THRESHOLD:.2f} · balayage : sans --no-sweep")
    outcomes = run(service, renderer, cases, DECLINE_THRESHOLD)
    good, answerable, declined, unanswerable = shares(outcomes)
    print(
        f"au seuil en service : répondu juste {good}/{answerable} ({good / answerable:.0%}),"
        f" décliné juste {declined}/{unanswerable} ({declined / unanswerable:.0%})"
    )
    lots: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        lots.setdefault(outcome.case.get("lot", "a"), []).append(outcome)
    for lot, members in sorted(lots.items()):
        good, answerable, declined, unanswerable = shares(members)
        print(f"lot {lot} : répondu juste {good}/{answerable}, décliné juste {declined}/{unanswerable}")
    by_intent: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        by_intent.setdefault(outcome.intent, []).append(outcome)
    print(
        "par route : " + ", ".join(f"{k} {sum(o.correct for o in v)}/{len(v)}" for k, v in by_intent.items())
    )
    for outcome in outcomes:
        searched = outcome.intent == Intent.SEARCH.value
        if not outcome.correct or (verbose and searched):
            mark = "ok " if outcome.correct else "ÉCHEC"
            expected = "répondre" if outcome.case["answerable"] else "décliner"
            print(
                f"  {mark} [{expected}] couverture {outcome.coverage:.2f} {outcome.case['question']}"
                f" → {outcome.intent} {outcome.citations}"
            )
    report_batches(service, renderer)
    return 0


def report_batches(service: Service, renderer: Renderer) -> None:
    """Print the tuned batches and the blind ones apart, by language and style."""
    groups: dict[str, list[Outcome]] = {"tuned": [], "blind": []}
    for path in sorted(BATCHES.glob("*.jsonl")):
        cases = load_cases(path)
        outcomes = run(service, renderer, cases, DECLINE_THRESHOLD)
        kind = "blind" if path.name.startswith("blind") else "tuned"
        groups[kind].extend(outcomes)
        good, answerable, declined, unanswerable = shares(outcomes)
        print(
            f"{path.name:<18} {kind:<6} répondu juste {good}/{answerable},"
            f" décliné juste {declined}/{unanswerable}"
        )
    for kind, outcomes in groups.items():
        if not outcomes:
            continue
        good, answerable, declined, unanswerable = shares(outcomes)
        print(
            f"{kind.upper():<6} répondu juste {good}/{answerable} ({good / max(answerable, 1):.0%}),"
            f" décliné juste {declined}/{unanswerable} ({declined / max(unanswerable, 1):.0%})"
        )
        false_votes = sum(o.false_vote for o in outcomes)
        print(f"  affirmations fausses sur un vote ou une appartenance : {false_votes}")
        for lang in ("fr", "en"):
            part = [o for o in outcomes if o.case.get("lang", "fr") == lang]
            good, answerable, declined, unanswerable = shares(part)
            print(f"  {lang}: répondu juste {good}/{answerable}, décliné juste {declined}/{unanswerable}")
        # A blind batch's questions are never printed, not even with --verbose: whoever reads
        # them while tuning turns the batch into a tuning one.
        if kind == "tuned":
            for outcome in outcomes:
                if not outcome.correct:
                    expected = "répondre" if outcome.case["answerable"] else "décliner"
                    print(
                        f"  ÉCHEC [{expected}] {outcome.case['question']!r} → {outcome.intent}"
                        f" {outcome.citations} (attendu {outcome.case['citations']} {outcome.case['facts']})"
                    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
