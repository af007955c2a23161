"""pytest-alembic fixtures: the package's migrations, run on a real workspace engine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from smm_desktop.db.engine import create_workspace_engine, sqlite_url
from smm_desktop.db.migrate import MIGRATIONS_DIR


@pytest.fixture
def alembic_config() -> dict[str, Any]:
    return {"script_location": str(MIGRATIONS_DIR)}


@pytest.fixture
def alembic_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_workspace_engine(sqlite_url(tmp_path / "alembic.smmws"))
    try:
        yield engine
    finally:
        engine.dispose()
