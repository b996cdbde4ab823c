"""Alembic environment: migrations run on the connection ``database.migrate`` hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from bot.storage.tables import Base

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through bot.storage.database.migrate")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that for us
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
