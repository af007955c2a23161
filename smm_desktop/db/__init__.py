"""Storage: SQLAlchemy models, the engine, migrations and backups (no Qt)."""
