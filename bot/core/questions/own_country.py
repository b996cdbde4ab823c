"""The asker's own country asked, but never named: « mon pays a voté comment ? », "did we vote yes?".

With no clause saying which country is theirs (« je suis sénégalaise », « je représente le
Chili »), the record cannot say: the tally or the camp it would give instead reads as their
country's vote. The asker is asked to name it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.questions.answer import Answer, Intent, VoteScope
from bot.core.questions.identity import asker_identity
from bot.core.questions.normalise import normal
from bot.core.questions.routes.vote_groupings import territories_named
from bot.core.votes.countries import CountryIndex

# The asker's country as the one voting (not « ma délégation doit savoir combien ont voté pour »).
_OWN_VOTE = re.compile(
    r"\b(?:mon|ma|notre|my|our) (?:propre |own )?(?:pays|country|delegation|gouvernement|government)\b"
    r"(?: (?:a|a-t-il|a-t-elle|has|did|have|s'est|est))? (?:\w+ )?(?:vote|voted|votes|vot[eé]|abst\w*)\b|"
    r"\b(?:on a|nous avons|avons-nous|on avait|did we|have we|we|we've|on s'est) (?:\w+ )?(?:vote|voted|"
    r"abstenus?|abstained)\b"
)
# What the record answers whoever « on » is (the Council, a class): counts, the score, unanimity,
# which countries, the real Council beside a simulation (« on a voté combien pour ? », "we voted yes
# in our MUN, what was the real result?"), or a relative clause ("the countries we studied").
_OTHERS_ASKED = re.compile(
    r"\b(?:combien|how many|score|unanimit\w*|unanimous\w*|quels pays|which countries|lesquels|which ones|"
    r"qui a|qui ont|who|resultat|result|total|vrai conseil|real council|"
    r"countries (?:that |which )?we|pays (?:qu'on|que nous))\b"
)


def unnamed_own_country(found: Answer, countries: CountryIndex) -> Answer:
    """``found``, or a request to name the country when it answered an unnamed one's vote.

    Not when the message names a State or says which is the asker's (« nous les Argentins », "my
    delegation (Qatar)"): looked up last, for the few answers it may change.
    """
    asked = normal(found.question)
    if (
        found.intent is Intent.VOTE
        # (« notre pays a voté pour ? » was read as asking beyond the record: « notre » is no member.)
        # (« Depuis Moroni : on a voté ? » named « Depuis Moroni » as no member: no State at all.)
        and (
            (found.answered and found.scope not in (VoteScope.COUNTRY, VoteScope.GROUP))
            or (found.reason == "hors_vote" and not found.members and found.scope is not VoteScope.GROUP)
            or (
                found.reason == "non_membre"
                and not found.data.get("pays_connu")
                and not found.suggestions
                and not territories_named(normal(found.subject))  # (« le Kosovo », named as such)
            )
        )
        and _OWN_VOTE.search(asked)
        and not _OTHERS_ASKED.search(asked)
        and not countries.find_in(found.question)
        and asker_identity(found.question, countries) is None
    ):
        return replace(
            found,
            answered=False,
            reason="pays_non_dit",
            members=(),
            tallies=(),
            facts=(),
            subject="",
            data={},
        )
    return found
