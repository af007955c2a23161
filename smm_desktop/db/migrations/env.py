"""Alembic environment: runs on the connection the app (or a test) hands over."""

from alembic import context
from sqlalchemy import Engine, create_engine

from smm_desktop.db import models
from smm_desktop.db.base import Base
from smm_desktop.db.engine import create_workspace_engine, to_url

models.load_all()  # every table, for autogenerate
config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if isinstance(connection, Engine):  # pytest-alembic hands over an engine, not a connection
        with connection.begin() as conn:
            _run(conn)
        return
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    engine = create_workspace_engine(to_url(url)) if url else create_engine("sqlite://")
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("Offline SQL generation is not supported for workspaces.")
run_online()
