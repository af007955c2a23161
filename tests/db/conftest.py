"""pytest-alembic fixtures: the package's migrations, run on a real workspace engine.

Like `workspace`, `alembic_engine` needs `backend`: pytest-alembic's tests run on a SQLite file
and on the PostgreSQL test database (see tests/conftest.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import URL, Engine

from smm_desktop.db.engine import create_workspace_engine, sqlite_url
from smm_desktop.db.migrate import MIGRATIONS_DIR


@pytest.fixture
def alembic_config() -> dict[str, Any]:
    return {"script_location": str(MIGRATIONS_DIR)}


@pytest.fixture
def alembic_engine(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Engine]:
    if backend == "postgres":
        url: URL = request.getfixturevalue("postgres_url")
    else:
        url = sqlite_url(tmp_path / "alembic.smmws")
    engine = create_workspace_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()
