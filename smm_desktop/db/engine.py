"""Engines for a workspace: safe SQLite pragmas, transactional DDL, any SQLAlchemy URL."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000
# `postgresql://` means psycopg 3 here (the `postgres` extra), not SQLAlchemy's psycopg2 default.
POSTGRES_DRIVER = "postgresql+psycopg"
POSTGRES_CONNECT_TIMEOUT_S = 10


class DriverMissing(NoSuchModuleError):
    """The database's Python driver is not installed (a SQLAlchemyError, so callers show it)."""


def sqlite_url(path: Path) -> URL:
    """A URL for a file path, built (never formatted) so `?`, `#` and `%` stay in the name."""
    return URL.create("sqlite+pysqlite", database=str(path))


def to_url(target: str | Path | URL) -> URL:
    """A workspace given as a file path or a SQLAlchemy URL string."""
    if isinstance(target, URL):
        return with_driver(target)
    text = str(target)
    if isinstance(target, str) and "://" in text:
        return with_driver(make_url(text))
    return sqlite_url(Path(text).expanduser())


def with_driver(url: URL) -> URL:
    """`postgresql://` and `postgres://` get psycopg 3; a URL naming its driver is kept."""
    if url.drivername in ("postgresql", "postgres"):
        return url.set(drivername=POSTGRES_DRIVER)
    return url


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def is_postgres(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def create_workspace_engine(url: URL) -> Engine:
    """An engine with the pragmas of DESIGN §4 on SQLite; on a server, checked connections."""
    url = with_driver(url)
    if not is_sqlite(url):
        engine = _server_engine(url)
        event.listen(engine, "handle_error", _as_storage_fault)
        return engine
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    event.listen(engine, "handle_error", _as_storage_fault)
    return engine


def _as_storage_fault(context: Any) -> Exception | None:
    """Raise a full disk, a read-only file or a lock as StorageFault (the transaction rolls back)."""
    from smm_desktop.db.faults import classify

    error = context.sqlalchemy_exception
    return classify(error) if isinstance(error, DBAPIError) else None


def _server_engine(url: URL) -> Engine:
    connect_args: dict[str, Any] = {}
    if is_postgres(url):  # an unreachable server fails in seconds, not minutes; DBAs see who
        wanted = {"connect_timeout": POSTGRES_CONNECT_TIMEOUT_S, "application_name": "smm-desktop"}
        connect_args = {k: v for k, v in wanted.items() if k not in url.query}
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except ImportError as err:
        hint = (" For PostgreSQL: pip install 'smm-desktop[postgres]' and a postgresql:// URL."
                if is_postgres(url) else "")
        raise DriverMissing(
            f"The driver for {url.drivername} databases is not installed ({err.name}).{hint}"
        ) from err


def create_readonly_engine(path: Path) -> Engine:
    """An engine that cannot change the file, not even its journal mode: for looking only."""
    return create_engine("sqlite+pysqlite://", creator=lambda: _connect_readonly(path),
                         poolclass=NullPool)


def _connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Driver autocommit off so we issue BEGIN ourselves: DDL then rolls back like the rest.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        log.info("WAL not available here (%s); using DELETE journal", mode)
        cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _on_sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
