"""Answer kinds: what a passage must hold to answer « combien de … ? »."""

import pytest

from bot.core.questions.kinds import asks_count, gives_number
from bot.core.questions.session_dates import asks_session_date

OP30 = (
    "Prie à nouveau le Haut-Commissaire d'organiser plusieurs séminaires régionaux, un pour chacune "
    "des cinq régions géographiques, sur le thème de la contribution de la coopération Nord-Sud"
)


@pytest.mark.parametrize(
    ("q", "answered"),
    [
        # The number counts the word asked, said before it or after it.
        ("combien de regions ?", True),
        ("combien de seminaires regionaux ?", True),
        # « cinq » counts regions, not participants nor NGOs.
        ("combien de participants par seminaire ?", False),
        ("combien d'ong ont participe ?", False),
        # Nothing named: any number will do.
        ("il y en a combien ?", True),
    ],
)
def test_a_count_is_given_only_of_what_is_counted(q, answered):
    assert asks_count(q)
    assert gives_number([OP30], q) is answered


def test_a_year_or_a_symbol_is_no_count():
    assert not gives_number(["la résolution 70/1 du 25 septembre 2015"], "combien de pays ?")


@pytest.mark.parametrize(
    ("q", "asked"),
    [
        ("la 59e session elle a lieu quand ? la date stp", True),
        ("dates de la soixante-troisieme session ?", True),
        ("when does the 63rd session take place?", True),
        # This session's date is the adoption's (the metadata route), not another's.
        ("la cinquante-sixieme session c'etait quand ?", False),
        ("le rapport est pour quelle session ?", False),
    ],
)
def test_another_sessions_date_is_asked(q, asked):
    assert asks_session_date(q) is asked


@pytest.mark.parametrize(
    ("q", "answered"),
    [
        # A determiner or an adjective is not what is counted.
        ("combien de ces seminaires regionaux ?", True),
        ("combien de nouveaux seminaires regionaux ?", True),
        # English arrives glossed, without « de ».
        ("combien seminaires regionaux does the text demande?", True),
        ("combien participants per seminaire?", False),
    ],
)
def test_the_counted_word_is_the_noun(q, answered):
    assert gives_number([OP30], q) is answered


@pytest.mark.parametrize(
    "q", ["combien de conferences sont mentionnees ?", "how many reports are mentioned?", "combien de fois ?"]
)
def test_counting_what_the_text_mentions_counts_passages(q):
    assert not asks_count(q)
