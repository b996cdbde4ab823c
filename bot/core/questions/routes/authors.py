"""Who proposed or drafted the resolution: always declined, the text does not say."""

from __future__ import annotations

from bot.core.questions.answer import Answer, Intent
from bot.core.questions.evidence import Evidence
from bot.core.questions.normalise import boundary_first

_AUTHORS = boundary_first(
    r"\b(?:auteurs?|co-?auteurs?|parrain\w*|coparrain\w*|sponsors?|co-?sponsor\w*|sponsored|"
    # (Not the language it was drafted in: "originally drafted in French?", the header's original.)
    # (Nor "was it drafted in something else?", « rédigée dans une autre langue ».)
    # (Nor "what language was it first drafted in?", the preposition last: the language asked.)
    r"(?<!originally )drafted(?! (?:in|en) (?:french|english|francais|anglais|which|"
    r"what|quelle|something|another|une autre|autre chose))(?! in\s*\?)|"
    r"co-?redig\w*)\b|"
    r"\b(?:qui|c qui|quel pays|quels pays) (?:a|l'a|l a|ont|les a) (?:proposee?|presentee?|redigee?|deposee?|"
    r"soumise?|ecrite?|portee?|negociee?)\b|"
    # (The English gloss reads "who" as « qui »: "who wrote this?" comes as « qui wrote this ».)
    r"\b(?:which countr\w*|which pays|who|qui) (?:has |have )?(?:drafted|wrote|written|submitted|tabled|"
    r"proposed|negotiated)\b|"
    # « Deutschland a négocié quoi sur l'OP26 ? » (not « les négociations sur un traité »).
    r"\ba negocie quoi\b|\bnegotiated what\b|"
    # « c'est une idée des BRICS ? », "whose idea was OP5?": who put it forward.
    r"\b(?:c'est une |une )idee (?:des|du|de la|de l')|\bwhose idea\b|\bidea (?:of|from) the\b|"
    # "Did Brazil negotiate the language on…", "did South Africa propose the Durban paragraph?"
    # (glossed « did brazil negociations the langue… »), « le Brésil a proposé ce paragraphe ? ».
    r"\bdid (?!(?:op|pp|it|the (?:resolution|text|texte|council|conseil|high|haut|haute|secretary|secretaire|"
    r"office|ohchr|hcdh|board|general|preamble))\b)(?:(?!vote)[\w'-]+ ){1,3}"
    r"(?:negotiate|negociations|propose|propositions|draft|write|sponsor|table)\b|"
    r"\b(?:a|ont) (?:negocie|propose|redige|ecrit|suggere) (?:le|la|les|l'|ce|cette|ces) ?(?:paragraphe|para|"
    r"langage|formulation|libelle|passage|op|pp|alinea|amendement)\w*|"
    # Non-members' support (« combien de pays non membres ont soutenu le texte ? »): co-sponsors,
    # whom the text never lists; the record names members only.
    # (Not « membre ou non membre », either.)
    r"(?<!ou )\bnon[- ]?membres?\b[^?]{0,40}\b"
    r"(?:soutenu|soutiennent|appuye|supported|backed|endorsed)\b|"
    # Who led or carried it (« les principaux soutiens », "who led the no camp"): not in the text.
    # (English comes glossed: "who led" as « qui led », "supporters" as « appuyer ».)
    r"\b(?:principaux soutiens|main (?:supporters|sponsors|backers|appuyer)|chefs? de file|"
    r"led the (?:no|yes|against|for|opposition) ?(?:camp|side)?|mene l'opposition|(?:who|qui) led)\b|"
    # « la Chine a porté la résolution ? », "did the Non-Aligned Movement present it?": who tabled it.
    r"\b(?:a|ont|l'a|l'ont) (?:porte|presente|depose|introduit) (?:la |le |cette |ce )?(?:resolution|texte|"
    r"projet|reso)\b|\b(?:did|has|have) [\w -]{1,40} (?:present|table|introduce|put forward) (?:it|the "
    r"(?:resolution|text|draft))\b|"
    # « la résolution a été rédigée par le Mouvement des non-alignés ? », "written by the G77?"
    r"\b(?:resolution|texte|text|reso|projet|draft|56/2|it|elle)\b[^?]{0,25}"
    r"\b(?:redigee?|ecrite?|proposee?|presentee?|deposee?|drafted|written|tabled|proposed|put forward|"
    r"sponsored) "
    r"(?:par|by)\b"
)


def asks_authors(q: str) -> bool:
    """Whether the folded question asks who proposed, drafted or negotiated (a paragraph or all)."""
    return bool(_AUTHORS.search(q))


class AuthorsRoute:
    """Decline questions about sponsors and drafters, offering the closest passages."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence

    def answer(self, typed: str, q: str) -> Answer | None:
        """Return the decline, or ``None`` if the question is not about the authors."""
        if not asks_authors(q):
            return None
        # Sponsors and drafters are in the meeting records, never in the resolution's text.
        return Answer(typed, Intent.SEARCH, False, "auteurs", closest=self.evidence.closest(typed))
