"""Create the revision tables: members' settings, FSRS card states, review sessions and the review log.

Revision ID: 0005_revision_tables
Revises: 0004_quiz_lifecycle
Create Date: 2026-11-29 22:23:04.175120
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_revision_tables"
down_revision = "0004_quiz_lifecycle"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "revision_cards",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("card_id", sa.String(length=80), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("stability", sa.Float(), nullable=True),
        sa.Column("difficulty", sa.Float(), nullable=True),
        sa.Column("due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_review", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reps", sa.Integer(), nullable=False),
        sa.Column("lapses", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "user_id", "card_id", name=op.f("pk_revision_cards")),
    )
    op.create_table(
        "revision_members",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=True),
        sa.Column("reminder_hour", sa.Integer(), nullable=True),
        sa.Column("reminder_channel", sa.BigInteger(), nullable=True),
        sa.Column("last_reminded", sa.Date(), nullable=True),
        sa.Column("dm_refused_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("refusal_told", sa.Boolean(), nullable=False),
        sa.Column("fed_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "user_id", name=op.f("pk_revision_members")),
    )
    op.create_table(
        "revision_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("card_id", sa.String(length=80), nullable=False),
        sa.Column("grade", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("stage_before", sa.String(length=20), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("answer_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revision_reviews")),
        sa.UniqueConstraint("answer_id", "card_id", name="uq_revision_reviews_answer_card"),
        sa.UniqueConstraint("session_id", "step", name="uq_revision_reviews_session_step"),
    )
    with op.batch_alter_table("revision_reviews", schema=None) as batch_op:
        batch_op.create_index(
            "ix_revision_reviews_guild_user_time", ["guild_id", "user_id", "reviewed_at"], unique=False
        )

    op.create_table(
        "revision_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("card_id", sa.String(length=80), nullable=True),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("queue", sa.JSON(), nullable=False),
        sa.Column("reviewed", sa.Integer(), nullable=False),
        sa.Column("again", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revision_sessions")),
    )
    with op.batch_alter_table("revision_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_revision_sessions_guild_user", ["guild_id", "user_id"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("revision_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_revision_sessions_guild_user")

    op.drop_table("revision_sessions")
    with op.batch_alter_table("revision_reviews", schema=None) as batch_op:
        batch_op.drop_index("ix_revision_reviews_guild_user_time")

    op.drop_table("revision_reviews")
    op.drop_table("revision_members")
    op.drop_table("revision_cards")
