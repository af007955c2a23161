"""A workspace on a PostgreSQL server, shared by a team: opening it, checking it, and two people
editing the same brand (the second, stale, edit is refused).

Each app instance is its own Workspace (engine and connections), as on two computers.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine, text
from sqlalchemy.pool import NullPool

from smm_desktop.db import migrate
from smm_desktop.db.models import Brand
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict
from smm_desktop.services import workspace as ws
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.workspace import Workspace


@pytest.fixture
def anna(postgres_url: URL) -> Iterator[Workspace]:
    """The first team member's app on the team database."""
    opened = Workspace.open(postgres_url)
    yield opened
    opened.close()


@pytest.fixture
def omar(anna: Workspace, postgres_url: URL) -> Iterator[Workspace]:
    """A second team member's app, on the same database at the same time."""
    opened = Workspace.open(postgres_url)
    yield opened
    opened.close()


def test_opening_a_server_takes_no_lock_and_makes_no_file(
    anna: Workspace, tmp_path: Path, postgres_url: URL
) -> None:
    assert anna.path is None
    assert anna.migration == migrate.MigrationResult(None, migrate.HEAD, None)
    assert list(tmp_path.rglob("*.lock")) == [] and list(tmp_path.rglob("*.smmws")) == []
    again = Workspace.open(postgres_url)  # a second app on the same database is fine
    try:
        assert again.migration is None
    finally:
        again.close()


def test_the_label_shows_the_address_without_the_password(postgres_url: URL) -> None:
    opened = Workspace.open(postgres_url.render_as_string(hide_password=False))
    try:
        assert opened.url.drivername == "postgresql+psycopg"
        assert opened.label.startswith("postgresql+psycopg://")
        assert opened.url.database and opened.label.endswith(opened.url.database)
        if postgres_url.password:
            assert f":{postgres_url.password}@" not in opened.label
            assert ":***@" in opened.label
    finally:
        opened.close()


def test_check_reports_the_schema_and_the_counts(anna: Workspace, postgres_url: URL) -> None:
    brand = BrandService(anna.session_factory).create(BrandInput("Bloom & Co."))
    AccountService(anna.session_factory).create(brand.id, AccountInput(Platform.X, "bloom"))
    report = ws.check(postgres_url)
    assert report.sound, report.problems
    assert (report.revision, report.brands, report.accounts) == (migrate.HEAD, 1, 1)
    assert report.location == postgres_url.render_as_string(hide_password=True)


def test_check_on_an_empty_database_says_there_is_no_schema_yet(postgres_url: URL) -> None:
    report = ws.check(postgres_url)
    assert not report.sound
    assert report.revision is None
    assert report.problems == ["no SMM Desktop schema yet: the app creates it when it opens this"]


def test_check_on_a_server_that_does_not_answer() -> None:
    report = ws.check("postgresql://anna:s3cret@127.0.0.1:1/nothing_here?connect_timeout=3")
    assert not report.sound
    assert report.problems and "s3cret" not in " ".join(report.problems)
    assert "s3cret" not in report.location


def test_the_second_of_two_edits_from_the_same_version_is_refused(
    anna: Workspace, omar: Workspace
) -> None:
    created = BrandService(anna.session_factory).create(BrandInput("Bloom"))
    seen_by_anna = BrandService(anna.session_factory).get(created.id)
    seen_by_omar = BrandService(omar.session_factory).get(created.id)
    assert seen_by_anna == seen_by_omar

    saved = BrandService(anna.session_factory).update(
        created.id, seen_by_anna.version, BrandInput("Bloom & Co.", country="gb"))
    with pytest.raises(Conflict) as caught:
        BrandService(omar.session_factory).update(
            created.id, seen_by_omar.version, BrandInput("Bloom Florists"))

    assert (caught.value.kind, caught.value.ident) == ("Brand", created.id)
    assert BrandService(omar.session_factory).get(created.id) == saved
    assert saved.version == created.version + 1


def test_an_edit_saved_between_reading_and_writing_is_not_overwritten(
    anna: Workspace, omar: Workspace
) -> None:
    """Omar's app checked the version, then Anna saved, then Omar's UPDATE ran: refused."""
    created = BrandService(anna.session_factory).create(BrandInput("Bloom"))
    omar_brands = BrandService(omar.session_factory)

    def anna_saves_first(row: Brand) -> None:  # runs inside Omar's transaction, before its UPDATE
        BrandService(anna.session_factory).update(created.id, created.version, BrandInput("Anna's"))
        row.name = "Omar's"

    with pytest.raises(Conflict):
        omar_brands._change(created.id, created.version, anna_saves_first)
    stored = omar_brands.get(created.id)
    assert (stored.name, stored.version) == ("Anna's", created.version + 1)


def test_an_edit_waiting_on_another_unsaved_one_is_refused_when_that_one_commits(
    anna: Workspace, omar: Workspace, postgres_url: URL
) -> None:
    """Anna's transaction holds the row; Omar's UPDATE waits for it, then finds a new version."""
    created = BrandService(anna.session_factory).create(BrandInput("Bloom"))
    outcome: list[BaseException | None] = []

    def omar_saves() -> None:
        try:
            BrandService(omar.session_factory).update(
                created.id, created.version, BrandInput("Omar's"))
            outcome.append(None)
        except BaseException as err:  # checked in the test's own thread
            outcome.append(err)

    with anna.session_factory.begin() as s:
        row = s.get(Brand, created.id)
        assert row is not None
        row.name = "Anna's"
        s.flush()  # the row is now locked by Anna's open transaction
        second = threading.Thread(target=omar_saves, daemon=True)
        second.start()
        _wait_until_someone_waits_for_a_lock(postgres_url)
    second.join(timeout=30)

    assert len(outcome) == 1 and isinstance(outcome[0], Conflict)
    stored = BrandService(anna.session_factory).get(created.id)
    assert (stored.name, stored.version) == ("Anna's", created.version + 1)


def _wait_until_someone_waits_for_a_lock(url: URL, timeout: float = 20.0) -> None:
    probe = create_engine(url, poolclass=NullPool)
    try:
        deadline = time.monotonic() + timeout
        with probe.connect() as conn:
            while time.monotonic() < deadline:
                waiting = conn.execute(text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )).scalar_one()
                if waiting:
                    return
                conn.rollback()
                time.sleep(0.02)
        pytest.fail("the second edit never waited for the first one's lock")
    finally:
        probe.dispose()

