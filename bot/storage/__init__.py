"""Study storage: tables, migrations, the repository and its retry policy (SQLAlchemy, Alembic)."""
