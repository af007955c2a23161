"""Fixtures for every test: no test touches the real home; a workspace on a temporary file,
and the same workspace on PostgreSQL.

Every test that uses `workspace` (or `backend`) runs twice: on a SQLite file ([sqlite]) and on the
PostgreSQL database named by SMM_TEST_POSTGRES_URL ([postgres]), which each test empties first, so
it must be a database kept for the tests (its name has to contain "test"). Without the variable the
[postgres] runs are skipped, saying why; .ci/run starts a server and sets it, so CI skips none:
    SMM_TEST_POSTGRES_URL=$(bash .ci/postgres start /tmp/smm-pg) ./dev test
A test about the file itself (locks, backups, pragmas) is marked `sqlite_only`: it has no
[postgres] run at all.

Qt-free on purpose: the Qt fixtures live in tests/ui/conftest.py.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine
from sqlalchemy.pool import NullPool

from smm_desktop.db.engine import is_postgres, to_url
from smm_desktop.services.workspace import Workspace

POSTGRES_URL_VARIABLE = "SMM_TEST_POSTGRES_URL"
BACKENDS = ("sqlite", "postgres")
POSTGRES_SKIP_REASON = (
    f"PostgreSQL variant skipped: {POSTGRES_URL_VARIABLE} is not set (e.g. "
    "postgresql+psycopg://smm:smm@127.0.0.1:54329/smm_test; `bash .ci/postgres start DIR` "
    "starts such a server and prints its URL)"
)

XDG_FOLDERS = {
    "XDG_DATA_HOME": "xdg-data",
    "XDG_CONFIG_HOME": "xdg-config",
    "XDG_STATE_HOME": "xdg-state",
    "XDG_CACHE_HOME": "xdg-cache",
}


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point the user's data, config, state and cache folders inside tmp_path."""
    folders = {}
    for variable, name in XDG_FOLDERS.items():
        folder = tmp_path / name
        folder.mkdir()
        monkeypatch.setenv(variable, str(folder))
        folders[variable] = folder
    return folders


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "workspaces" / "test.smmws"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Options of the crash suite (tests/crash/README.md); pytest reads them only up here."""
    group = parser.getgroup("crash", "crash-safety tests (tests/crash)")
    group.addoption("--crash-kills", type=int, help="SIGKILLs (100; or $SMM_CRASH_KILLS)")
    group.addoption("--power-cuts", type=int, help="power cuts per mode (100; or $SMM_POWER_CUTS)")
    group.addoption("--crash-seed", type=int, help="seed (random, printed; or $SMM_CRASH_SEED)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about the workspace file itself: no [postgres] variant"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that needs `backend` (through `workspace`, say) runs on each database."""
    if "backend" in metafunc.fixturenames:
        file_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("backend", BACKENDS[:1] if file_only else BACKENDS, indirect=True)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    skipped = [r for r in terminalreporter.stats.get("skipped", [])
               if POSTGRES_URL_VARIABLE in str(getattr(r, "longrepr", ""))]
    if skipped:
        terminalreporter.write_line(
            f"{len(skipped)} PostgreSQL variants skipped: {POSTGRES_URL_VARIABLE} is not set"
        )


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgres" (parametrized by pytest_generate_tests)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres_server_url() -> URL:
    """The PostgreSQL test database from the environment, or a skip saying how to get one."""
    text = os.environ.get(POSTGRES_URL_VARIABLE, "").strip()
    if not text:
        pytest.skip(POSTGRES_SKIP_REASON)
    url = to_url(text)
    if not is_postgres(url):
        pytest.fail(f"{POSTGRES_URL_VARIABLE} is not a PostgreSQL URL: {url!r}")
    if "test" not in (url.database or ""):  # every test wipes it: never a team's real database
        pytest.fail(f"{POSTGRES_URL_VARIABLE} must name a test database ('test' in its name)")
    return url


def empty_postgres(url: URL) -> None:
    """Drop every table (alembic_version too): a fresh public schema owned by the test role."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("SET LOCAL lock_timeout = '20s'")  # a leaked session fails fast
            conn.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
    finally:
        engine.dispose()


@pytest.fixture
def postgres_url(postgres_server_url: URL) -> URL:
    """The PostgreSQL test database, emptied for this test."""
    empty_postgres(postgres_server_url)
    return postgres_server_url


@pytest.fixture
def workspace_location(
    backend: str, workspace_path: Path, request: pytest.FixtureRequest
) -> Path | URL:
    """Where this test's workspace lives: the temporary file, or the emptied test database."""
    if backend == "postgres":
        url: URL = request.getfixturevalue("postgres_url")
        return url
    return workspace_path


@pytest.fixture
def workspace(workspace_location: Path | URL) -> Iterator[Workspace]:
    """An opened (created, migrated and, for a file, locked) workspace, closed after the test."""
    ws = Workspace.open(workspace_location)
    try:
        yield ws
    finally:
        ws.close()
