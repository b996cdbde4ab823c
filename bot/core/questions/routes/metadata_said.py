"""The adoption's facts a question says: read to correct them and to tell the two dates apart.

« adoptée le 12 juillet ? », « la 35e séance ? », "item 4": the record corrects them; « daté du 11
juillet » is the distribution's date, not the adoption's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from bot.core.questions.answer import Answer
from bot.core.questions.normalise import content, without_askers_words, words
from bot.core.text.models import Metadata

_MONTHS = (
    [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ],
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
)
_MONTH = "|".join(m for names in _MONTHS for m in names)
# A date, a meeting or an agenda item said beside a vote (« la France a voté contre le 12 juillet ? »,
# "China voted for under agenda item 4?", « à la 33e séance ? »): checked against the record.
_SAID_DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)? (?P<month>{_MONTH})|"
    rf"(?P<month2>{_MONTH}) (?P<day2>\d{{1,2}})\b|(?:en|in) (?P<month3>{_MONTH}))\b"
)
# « la date du 11, elle correspond à quoi ? »: a day of the document's month, the month unsaid.
_SAID_DAY = re.compile(r"\bdate du (?P<day>\d{1,2})\b(?! \w)")
# Meetings near the 34th, spelt out (« la trente-troisième séance », "the thirty-fifth meeting").
_UNITS_FR = ("", "et unieme", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme")
_UNITS_EN = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh")


def _spelt(tens_fr: str, tens_en: str, tens: int) -> dict[str, int]:
    """A ten's ordinals spelt out and folded: « trente-troisième », "thirty-third"."""
    return {
        name: tens + unit
        for unit in range(1, len(_UNITS_FR))
        for name in (
            f"{tens_fr}{' ' if unit == 1 else '-'}{_UNITS_FR[unit]}",
            f"{tens_en}-{_UNITS_EN[unit]}",
            f"{tens_en}-{_UNITS_FR[unit]}",  # ("thirty-third" is glossed « thirty-troisieme ».)
        )
    }


_SPELT = {"trentieme": 30, "thirtieth": 30} | _spelt("trente", "thirty", 30)
# Sessions near the 56th, spelt out (« la cinquante-cinquième session », "the fifty-fifth session").
_SPELT_SESSION = {"cinquantieme": 50, "fiftieth": 50, "soixantieme": 60, "sixtieth": 60} | _spelt(
    "cinquante", "fifty", 50
)
_SAID_SESSION = re.compile(
    # (Not « la session 18 juin-12 juillet », its dates.)
    r"\b(?P<n>\d{2})(?:e|eme|th|st|nd|rd) session\b|\bsession (?:n. ?)?(?P<m>\d{2})\b"
    rf"(?![ -]?(?:er )?(?:\d|{'|'.join(_MONTHS[0])}|june|july))|"
    rf"\b(?P<spelt>{'|'.join(sorted(_SPELT_SESSION, key=len, reverse=True))}) session\b"
)
_SAID_SPELT_MEETING = re.compile(
    rf"\b({'|'.join(sorted(_SPELT, key=len, reverse=True))}) (?:seance|meeting)\b"
)
_SAID_MEETING = re.compile(
    r"\b(?P<n>\d{1,3})(?:e|eme|th|st|nd|rd)? (?:seance|meeting)\b|"
    r"\b(?:seance|meeting) (?:n. ?)?(?P<m>\d{1,3})\b"
)
# ("agenda item 4" is glossed « point de l'ordre du jour 4 ».)
_SAID_ITEM = re.compile(r"\b(?:point|item|point de l'ordre du jour) (?:n. ?)?(?P<n>\d{1,2})\b")


def _month_number(name: str) -> int:
    return next(names.index(name) for names in _MONTHS if name in names) + 1


def said_day(q: str, day: date) -> bool:
    """Whether a folded question says this day (« daté du 11 juillet »: the distribution's).

    Any date said counts: « adopté le 10 juillet ? non, daté du 11 juillet » says both.
    """
    dates = [said for said in map(_day_said, _SAID_DATE.finditer(q)) if said is not None]
    alone = _SAID_DAY.search(q)
    if not dates and alone is not None:
        return int(alone["day"]) == day.day
    return (day.day, day.month) in dates


def _day_said(said: re.Match[str]) -> tuple[int, int] | None:
    """The day and month of a date said with its day (« le 11 juillet »), or None (« en juillet »)."""
    day = said["day"] or said["day2"]
    return None if day is None else (int(day), _month_number(said["month"] or said["month2"]))


_DISTRIBUTION_WORD = re.compile(r"\b(?:distribu|date|publi|diffus|dated|issued)\w*\W+(?:\w+\W+){0,2}$")


def _of_the_distribution(q: str, said: re.Match[str], distributed: date) -> bool:
    """Whether a date said is the distribution's, said of the distribution (« distribuée le 11 juillet »)."""
    if _day_said(said) != (distributed.day, distributed.month):
        return False
    return bool(_DISTRIBUTION_WORD.search(q[max(0, said.start() - 30) : said.start()]))


def _session_said(q: str) -> int | None:
    """The number of the session a folded question says (« la 55e session », « cinquante-cinquième »)."""
    session = _SAID_SESSION.search(q)
    if session is None:
        return None
    return _SPELT_SESSION[session["spelt"]] if session["spelt"] else int(session["n"] or session["m"])


def wrong_facts(q: str, metadata: Metadata) -> tuple[str, ...]:
    """The adoption's facts a folded vote question states wrongly: the record corrects them."""
    wrong = []
    # (« adoptée le 10 et distribuée le 11 juillet ? »: the distribution's date, said of it, is right.)
    said = next(
        (m for m in _SAID_DATE.finditer(q) if not _of_the_distribution(q, m, metadata.distributed)), None
    )
    if said is not None:
        day = said["day"] or said["day2"]
        month = _month_number(said["month"] or said["month2"] or said["month3"])
        # (« le 10 ou le 11 juillet ? »: the right day offered beside another is no wrong claim.)
        right = metadata.adopted.day
        month_name = r"(?:juillet|july|juil)"
        offered_day = re.search(
            rf"\b{right}(?: {month_name})? (?:ou|or) (?:le |the )?\d{{1,2}}(?:er)? {month_name}\b|"
            rf"\b\d{{1,2}}(?: {month_name})? (?:ou|or) (?:le |the )?{right} {month_name}\b|"
            rf"\b{right} {month_name} (?:ou|or) (?:le |the )?\d{{1,2}}\b",
            q,
        )
        if month != metadata.adopted.month or (day is not None and int(day) != right and not offered_day):
            wrong.append("adopted")
    meeting = _SAID_MEETING.search(q)
    spelt = _SAID_SPELT_MEETING.search(q)
    number = int(meeting["n"] or meeting["m"]) if meeting else _SPELT[spelt[1]] if spelt else None
    # ("the 34th or the 35th meeting?": the right one offered beside another is no wrong claim.)
    m, n = metadata.meeting, r"\d{1,3}(?:e|eme|th|st|nd|rd)?"
    offered = re.search(
        rf"\b{m}(?:e|eme|th)? (?:ou|or) (?:la |the )?{n}\b|\b{n} (?:ou|or) (?:la |the )?{m}(?:e|eme|th)?\b", q
    )
    if number is not None and number != metadata.meeting and not offered:
        wrong.append("meeting")
    said_session = _session_said(q)
    # ("the 55th or the 56th session?": the right one offered beside another is no wrong claim.)
    offered_session = re.search(
        rf"\b{metadata.session}(?:e|eme|th)? (?:ou|or) |\b(?:ou|or) (?:la |the )?{metadata.session}", q
    )
    if said_session is not None and said_session != metadata.session and not offered_session:
        wrong.append("session")
    item = _SAID_ITEM.search(q)
    if item is not None and int(item["n"]) != metadata.agenda_item:
        wrong.append("agenda")
    return tuple(wrong)


def said_once(facts: tuple[str, ...]) -> tuple[str, ...]:
    """The facts without repeats; the meeting not beside the adoption, whose line says it."""
    unique = tuple(dict.fromkeys(facts))
    return tuple(f for f in unique if not (f == "meeting" and "adopted" in unique))


def corrected_vote(voted: Answer, q: str, metadata: Metadata) -> Answer:
    """A vote said with a wrong date, meeting or agenda item: the record's, and no « Oui ».

    « la France a voté contre le 12 juillet ? », "China voted for under agenda item 4?".
    """
    wrong = wrong_facts(q, metadata)
    if not wrong:
        return voted
    facts = said_once((*voted.facts, *wrong))
    # « Oui » no more (the premise was wrong), but « Non » stays when the choice said is wrong.
    right = all(m.vote == voted.asked_choice for m in voted.members)
    return replace(voted, facts=facts, asked_choice=None if right else voted.asked_choice)


_FACT_WORDS = re.compile(
    r"^(?:adopt|enterin|vot|precis|resolution|texte?|document|seance|session|date|jour|annee|quand|"
    r"pendant|lors|"
    r"taken|took|start|began|begin|end$|ended|where$|ou$|passed|passee?s?$|at$|ils$|ont$|"
    r"cours|conseil|droits|homme|56/2|juillet|2024|\d|etait|c'etait|ete|eu|lieu|tenu|quel|"
    r"exact|officiel|official|cette|celle|hrc|cdh|from|this|dur|elle|compt|comport|contien|total|tout|sont$|"
    # « genre le numéro de la réunion », « la cinquante combientième session »: the same fact.
    r"genre$|reunion|cinquante$|sixieme$|cinquante-\w+ieme$|moment$|quantieme$|"
    # "the dates of the fifty-sixth session", « la 56e session »: this one's, in words or figures.
    r"fifty-sixth$|56th$|56e$|dates$|were$|was$|what$|"
    # « la date à laquelle la résolution a été adoptée »
    r"laquelle$|lequel$|"
    # « le titre complet et la date d'adoption », "its full title and the date": another fact of it.
    r"titre|title|intitul|complet|full$|plein|nom$|name$|doc$|"
    # "when was it adopted and what was the original language?", « … et sa cote ? »: heading facts.
    r"langu|original|symbol|cote$|agenda$|item$|"
    # "when did the session run", "the session ran from 18 June to 12 July 2023".
    r"run$|ran$|lasted$|last$|held$|allait$|durait$|va$|"
    # « c'était adopté le 12 juillet je crois ? »: the asker's doubt, no other subject.
    r"crois$|pense$|fini$|finie$|finished$|"
    # « c'est quoi la bonne date ? », "the right date?": the same fact, which one holds.
    r"bonne$|vraie$|correcte$|right$|correct$|"
    # « je la cite dans mon mémoire comme … vous confirmez ou je me suis planté ? », « sur mon
    # exemplaire y a marqué … »: the asker's copy, work and doubt, no other subject.
    r"confirm|plante$|trompe|memoire$|exemplaire$|copie$|marque$|"
    # « la date qui figure en haut du document », « sur quelle période s'étalait la session ».
    r"haut$|figure$|figurent$|entete$|en-tete$|periode$|etal|comme$|ecrit$|header$|heading$|"
    # « la différence entre la date d'adoption et la date de distribution »: both facts asked.
    r"differences?$|"
    # « lors de quelle session et sous quel point de l'ordre du jour ? »: the item, a fact too.
    r"sous$|under$|titre$|"
    # « le texte donne la date d'adoption ? », "does it give its date?": where, not another subject.
    r"donne$|donnent$|give$|gives$|indique$|indiquent$|"
    r"preambul|dispositif|operati|numero|number|nombre|deroul|commenc|debut|fin\b|termin|"
    r"ouverture$|cloture$|opening$|closing$|"
    r"lien|url|link|telecharg|pdf|version|ligne|online|site|trouv|acces|consult|lire|vers$|"
    r"bas$|page|notes?$|paragraph|alinea|considerant|paras$|footnot|dispositif|preamb|total|combien|"
    # « combien d'alinéas avant le paragraphe 1 ? »: the parts counted, bounded; "how many
    # operative paragraphs does the resolution contain?"
    r"avant$|before$|contain|does$|do$|has$|have$|"
    r"nombre|numero|number|y$|il$|ag$|assemble|general|council|organ|qui$|who$|ou$|or$|dans$|in$|there$|"
    r"are$|of$|dit$|que$|what$|long$|last$|dure|ecrit|origin|"
    r"(?:a|de|est|s'est|cinquante-sixieme|56e|56eme|56th|point|ordre|jour|item|agenda)$|distribu|publi|"
    r"janvier|fevrier|mars|avril|mai$|juin|aout|"
    r"septembre|octobre|novembre|decembre|january|february|march|april|june|july|august|october)"
)


# « entre quelles dates », "between the adoption date and…": between two facts, no other subject
# (not « le lien entre la session 56 et la session 59 »).
_BETWEEN_FACTS = re.compile(
    r"\b(?:entre|between)\b(?=(?:\s+\S+){0,3}?\s+(?:dates?|adoption|adoptee|distribution|distributed)\b)"
)


# "this resolution on international cooperation": the text named by its title, no other subject.
_TITLE_SAID = re.compile(
    r"\b(?:resolution|reso|text|texte) (?:on|sur|about) (?:the |la |le )?(?:strengthening |"
    r"renforcement de la )?"
    r"(?:international cooperation|cooperation internationale)\b"
)


def other_subject(typed: str) -> bool:
    """Tell whether a question names something besides the resolution and its adoption.

    The asker's own words (« j'ai besoin de la date pour l'intro ») name nothing.
    """
    typed = _TITLE_SAID.sub(" resolution ", _BETWEEN_FACTS.sub(" ", typed))
    return any(not _FACT_WORDS.match(term) for term in words(content(without_askers_words(typed))))
