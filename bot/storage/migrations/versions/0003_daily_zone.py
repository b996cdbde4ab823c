"""The paragraph of the day's time zone and next post.

daily_schedules gets ``timezone`` (an IANA name; existing schedules keep UTC, which is what their
hour meant) and ``next_at`` (the UTC instant of the next post, indexed for the scheduler's query;
null for existing schedules until the scheduler's next tick computes it).

Revision ID: 0003_daily_zone
Revises: 0002_reading_controller
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_daily_zone"
down_revision = "0002_reading_controller"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("daily_schedules", schema=None) as batch_op:
        batch_op.add_column(sa.Column("timezone", sa.String(length=64), server_default="UTC", nullable=False))
        batch_op.add_column(sa.Column("next_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_daily_schedules_next_at"), ["next_at"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("daily_schedules", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_daily_schedules_next_at"))
        batch_op.drop_column("next_at")
        batch_op.drop_column("timezone")
