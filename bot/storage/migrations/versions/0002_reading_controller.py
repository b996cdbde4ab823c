"""Reading controllers: the number of a session's current controller message, and that message.

reading_sessions gets ``controller`` (1 for existing sessions: the message they were last posted
with; ``/etude reprendre`` counts up) and ``message_id`` (unknown for existing sessions).

Revision ID: 0002_reading_controller
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# A name rather than a bare number: two branches adding a "0002" would collide in alembic_version.
revision = "0002_reading_controller"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("reading_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("controller", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("message_id", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("reading_sessions", schema=None) as batch_op:
        batch_op.drop_column("message_id")
        batch_op.drop_column("controller")
