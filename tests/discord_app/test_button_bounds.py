"""Button ids carry integers only within what the database stores (issue 17, finding 5).

A 19-digit number in a study button overflowed the driver's 64-bit integers: « Erreur interne »
and an ERROR traceback at every click. Forged ids now get « Bouton inconnu » before any query.
"""

import logging

import pytest
from sqlalchemy import BigInteger, Integer

from bot.core.errors import UserError
from bot.discord_app.views.navigation import parse_state
from bot.discord_app.views.stateless import ROW_ID_MAX, SNOWFLAKE_MAX, bounded_int
from bot.discord_app.views.study import StudyState, parse_study_state
from bot.storage import tables
from tests import discord_payloads as p
from tests.discord_app.test_metrics import count
from tests.discord_app.test_study import click, holding

HUGE = "9" * 19
FORGED = [
    f"st:a:{HUGE}:0",
    f"st:t:{HUGE}",
    f"st:v:{HUGE}",
    f"st:v:{ROW_ID_MAX + 1}",
    f"st:r:n:{HUGE}",
    f"st:r:p:{ROW_ID_MAX + 1}",  # past PostgreSQL's integer: the same overflow there
    f"st:r:n:1:{HUGE}:OP1",  # a reading controller's number is a row integer too
    "st:r:m:1:0:OP1",  # controllers are numbered from 1
    "st:r:m:1:1:FN4",  # a reading reads paragraphs, never footnotes
    "st:r:m:1:1:OP0",
    "st:r:m:1:1:OP100",
    f"st:e:{2**63}",
    f"st:a:{'9' * 20}:0",
    "st:t:0123",  # a leading zero: never written by the bot
    "st:t:١٢",  # Arabic-Indic digits, which int() accepts
    f"rb:p:OP29:{2**64}",
    f"rb:s:2:tout:{'9' * 20}:droits",
]


@pytest.mark.parametrize("custom_id", FORGED)
async def test_out_of_range_button_ids_are_invalid_buttons(bot, caplog, custom_id):
    """A huge or non-canonical number: « Bouton inconnu », privately, nothing logged at ERROR."""
    caplog.set_level(logging.WARNING)
    body = await click(bot, holding(custom_id), custom_id)
    assert body["data"]["flags"] == 64
    assert body["data"]["embeds"][0]["title"] == "Bouton inconnu"
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert count(bot, f"bouton:{custom_id[:4]}", "user_error") == 1


async def test_largest_row_id_reaches_the_database_as_an_unknown_question(bot, caplog):
    """The bound itself is a valid id: the database is asked and answers « question inconnue »."""
    custom_id = f"st:a:{ROW_ID_MAX}:0"
    body = await click(bot, holding(custom_id), custom_id)
    assert body["data"]["embeds"][0]["title"] == "Question inconnue"
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_bounds_match_the_stored_column_types():
    """Row ids are Integer columns (32-bit on PostgreSQL), users BigInteger (signed 64-bit)."""
    for table in (tables.RoundRow, tables.QuestionRow, tables.ReadingRow):
        assert type(table.__table__.c.id.type) is Integer
    assert type(tables.AnswerRow.__table__.c.user_id.type) is BigInteger
    assert ROW_ID_MAX == 2**31 - 1
    assert SNOWFLAKE_MAX == 2**63 - 1


def test_valid_ids_round_trip_at_the_bounds():
    """The largest ids the database can hold still make buttons that parse back to themselves."""
    for state in (
        StudyState("a", ROW_ID_MAX, "7"),
        StudyState("t", 1),
        StudyState("v", ROW_ID_MAX),
        StudyState("r", ROW_ID_MAX, "n"),
        StudyState("r", ROW_ID_MAX, "m", ROW_ID_MAX, "OP37"),
        StudyState("r", 1, "f", 1, "PP1"),
        StudyState("e", SNOWFLAKE_MAX),
        StudyState("e", p.USER_ID),
    ):
        assert parse_study_state(state.custom_id().removeprefix("st:")) == state
    assert parse_state(f"p:OP29:{SNOWFLAKE_MAX}").owner == SNOWFLAKE_MAX
    assert parse_state("p:OP29:0").owner == 0


@pytest.mark.parametrize("digits", ["", "-1", "+1", "1_0", "0", "01", " 1", "1 ", "9" * 5000])
def test_bounded_int_refuses_what_the_bot_never_writes(digits):
    """Only canonical ASCII digits within the bounds; a 5,000-digit id is refused by its length."""
    with pytest.raises(UserError):
        bounded_int(digits, ROW_ID_MAX)
