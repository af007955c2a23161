"""Fixtures of the service tests (Qt-free; the workspace fixtures are in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event

from smm_desktop.services.workspace import Workspace

StatementLog = list[str]


@contextmanager
def _statements(engine: Engine) -> Iterator[StatementLog]:
    """The SQL statements the engine sends meanwhile (transaction control and pings left out)."""
    seen: StatementLog = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        text = statement.strip().upper()
        if not text.startswith(("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")) and (
                text != "SELECT 1"):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


@pytest.fixture
def sql_log(workspace: Workspace) -> Callable[[], AbstractContextManager[StatementLog]]:
    """`with sql_log() as log:` collects the statements sent to the workspace meanwhile."""
    return lambda: _statements(workspace.engine)
