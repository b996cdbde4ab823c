"""When another session meets, asked: the text names later sessions, never their dates."""

from __future__ import annotations

from bot.core.text.gates import gated

# When another session meets (« la 59e session elle a lieu quand ? », "dates of the 63rd
# session"): the text names sessions, never their dates, whatever dates its passages hold.
_SESSION = r"(?<![\w-])(?:(?!56)\d{2}(?:e|eme|th|rd|nd|st)|(?!cinquante-sixieme)[\w-]+ieme) session"
# (The session itself is the subject: « le rapport est dû quand, à la 59e session ? » asks of the
# report, which OP33 answers.)
_SESSION_DATE = gated(
    rf"\b{_SESSION}\b[^?]{{0,30}}\b(?:a lieu|aura lieu|se tien\w*|commence\w*|debute\w*|"
    r"take place|takes place|start|begin|be held|les dates|ses dates|the dates|its dates|"
    # « la 63e session du conseil c'est à quelles dates ? »
    r"(?:a )?quelles? dates?|(?:on )?(?:which|what) dates?|"
    # « la 63e session, ça tombe en quelle année ? », "which year is the 63rd session?"
    r"tombe\w*|en quelle annee|en quel mois|which year|what year|which month|what month|c'est quand|"
    r"is when|quand|(?:c'est |est )?prevue? (?:pour )?(?:quand|quelles? dates?|quel jour))\b|"
    # « à quelle date commencera la 59e session ? », "when will the session start, the 63rd?" (the
    # verb before the session; "when will the 63rd session open?" is read above).
    rf"\b(?:quand|quelle date|what date|when)\b[^?]{{0,30}}\b(?:commencer\w*|debuter\w*|s'ouvrir\w*|"
    rf"aura lieu|se tiendra|start|begin|open)\b[^?]{{0,6}}\b(?:la |the )?{_SESSION}\b|"
    # « la 59e session où le conseil va réexaminer la question, elle commence quelle date ? »
    rf"\b{_SESSION}\b[^?]{{0,60}}\b(?:commence\w*|debute\w*|a lieu|aura lieu)\b[^?]{{0,12}}\b(?:quand|"
    r"(?:a )?quelle date|quel jour)\b|"
    # « la 59e session mentionnée au paragraphe 37 : quelles sont ses dates ? »: its, the session's.
    rf"\b{_SESSION}\b[^?]{{0,60}}\b(?:ses|its) dates\b|"
    # « 63e session date ? », "63rd session dates?": the date asked last.
    rf"\b{_SESSION}\s*,?\s*(?:dates?|when)\s*[?!.]*\s*$|"
    # "When exactly (month and year) will the 63rd session, where the report is due, take place?"
    rf"\b(?:when|quand)\b[^?]{{0,40}}\b{_SESSION}\b[^?]{{0,60}}\b(?:take place|be held|a lieu|aura lieu|"
    r"se tiendra|commence\w*|start|begin)\b|"
    r"\b(?:dates?|when|quand)\s+(?:exactement |precisement |precises? |exactes? |exact |exactly |precise )?"
    r"(?:c'est |est )?(?:d'ouverture |de debut |de cloture |de fin )?"
    r"(?:de la |du |of the |la |a lieu la |aura lieu la |se tient la |is the |"
    rf"does the |will the )?{_SESSION}\b"
)


def asks_session_date(q: str) -> bool:
    """Whether the folded question asks when another session meets."""
    return bool(_SESSION_DATE.search(q))
