"""Quiz lifecycle: each question's message, one running quiz per channel, starts per member.

Revision ID: 0004_quiz_lifecycle
Revises: 0003_daily_zone

Before this revision any number of rounds could run in one channel. The unique index would refuse
them, so the upgrade first keeps the newest running round of each channel and ends the others as
interrupted (their answers kept, their open question closed, the rest skipped), as a restart does.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004_quiz_lifecycle"
down_revision = "0003_daily_zone"
branch_labels = None
depends_on = None

# As in bot/storage/tables.py; a migration keeps its own copy, since the models will move on.
RUNNING = "status = 'open' AND part <> 'jour'"
_rounds = sa.table(
    "quiz_rounds",
    sa.column("id", sa.Integer),
    sa.column("guild_id", sa.BigInteger),
    sa.column("channel_id", sa.BigInteger),
    sa.column("status", sa.String),
    sa.column("part", sa.String),
    sa.column("closed_at", sa.DateTime(timezone=True)),
)
_questions = sa.table(
    "quiz_questions",
    sa.column("round_id", sa.Integer),
    sa.column("status", sa.String),
    sa.column("closed_at", sa.DateTime(timezone=True)),
)


def _end_extra_running_rounds() -> None:
    """End every running round but the newest of its channel (what the unique index will demand)."""
    bind = op.get_bind()
    running = sa.and_(_rounds.c.status == "open", _rounds.c.part != "jour")
    newest = (
        sa.select(sa.func.max(_rounds.c.id)).where(running).group_by(_rounds.c.guild_id, _rounds.c.channel_id)
    )
    extra = [
        row_id
        for (row_id,) in bind.execute(sa.select(_rounds.c.id).where(running, _rounds.c.id.not_in(newest)))
    ]
    if not extra:
        return
    now = datetime.now(UTC)
    of_extra = _questions.c.round_id.in_(extra)
    bind.execute(
        sa.update(_questions)
        .where(of_extra, _questions.c.status == "open")
        .values(status="closed", closed_at=now)
    )
    bind.execute(
        sa.update(_questions).where(of_extra, _questions.c.status == "pending").values(status="skipped")
    )
    bind.execute(
        sa.update(_rounds).where(_rounds.c.id.in_(extra)).values(status="interrupted", closed_at=now)
    )


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("quiz_questions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("message_id", sa.BigInteger(), nullable=True))
    _end_extra_running_rounds()
    op.create_index(
        "uq_quiz_rounds_running_channel",
        "quiz_rounds",
        ["guild_id", "channel_id"],
        unique=True,
        sqlite_where=sa.text(RUNNING),
        postgresql_where=sa.text(RUNNING),
    )
    op.create_index(
        "ix_quiz_rounds_guild_starter_created", "quiz_rounds", ["guild_id", "starter_id", "created_at"]
    )


def downgrade() -> None:
    """Revert this revision (the rounds the upgrade ended stay ended)."""
    op.drop_index("ix_quiz_rounds_guild_starter_created", table_name="quiz_rounds")
    op.drop_index("uq_quiz_rounds_running_channel", table_name="quiz_rounds")
    with op.batch_alter_table("quiz_questions", schema=None) as batch_op:
        batch_op.drop_column("message_id")
