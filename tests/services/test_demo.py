"""The sample workspace: deterministic, bilingual, several platforms, never over a real file."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from smm_desktop.db.models import Brand, SocialAccount
from smm_desktop.services.accounts import AccountService
from smm_desktop.services.brands import BrandService
from smm_desktop.services.demo import DemoSummary, write_demo
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)


def _snapshot(path: Path) -> tuple[list[tuple], list[tuple]]:
    """Everything the sample wrote, as plain tuples (ids and dates included)."""
    workspace = Workspace.open(path)
    try:
        with workspace.session_factory() as s:
            brands = [
                (b.id, b.name, b.industry, b.country, b.languages, b.colours, b.notes,
                 b.report_recipients, b.archived, b.created_at)
                for b in s.scalars(select(Brand).order_by(Brand.id))
            ]
            accounts = [
                (a.id, a.brand_id, a.platform, a.handle, a.profile_url, a.created_at)
                for a in s.scalars(select(SocialAccount).order_by(SocialAccount.id))
            ]
    finally:
        workspace.close()
    return brands, accounts


def _is_arabic(text: str) -> bool:
    return any("ARABIC" in unicodedata.name(ch, "") for ch in text)


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, DemoSummary]:
    path = tmp_path / "demo.smmws"
    return path, write_demo(path, years=2, seed=7, today=TODAY)


def test_same_seed_gives_the_same_workspace(tmp_path: Path, demo: tuple[Path, DemoSummary]) -> None:
    first, _ = demo
    second = tmp_path / "again.smmws"
    write_demo(second, years=2, seed=7, today=TODAY)
    assert _snapshot(first) == _snapshot(second)


def test_other_seed_changes_the_history(tmp_path: Path, demo: tuple[Path, DemoSummary]) -> None:
    first, _ = demo
    other = tmp_path / "other.smmws"
    write_demo(other, years=2, seed=8, today=TODAY)
    (brands_a, _), (brands_b, _) = _snapshot(first), _snapshot(other)
    assert [b[1] for b in brands_a] == [b[1] for b in brands_b]
    assert [b[-1] for b in brands_a] != [b[-1] for b in brands_b]


def test_summary_matches_what_was_written(demo: tuple[Path, DemoSummary]) -> None:
    path, summary = demo
    brands, accounts = _snapshot(path)
    assert summary == DemoSummary(len(brands), len(accounts))
    assert summary.brands >= 3
    assert summary.accounts >= summary.brands


def test_sample_has_arabic_and_english_brands(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    names = [b[1] for b in _snapshot(path)[0]]
    assert any(_is_arabic(name) for name in names)
    assert any(name.isascii() for name in names)


def test_sample_accounts_span_several_platforms(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    _, accounts = _snapshot(path)
    assert len({a[2] for a in accounts}) >= 4


def test_sample_reads_back_through_the_services(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    workspace = Workspace.open(path)
    try:
        brands = BrandService(workspace.session_factory).list_brands()
        accounts = AccountService(workspace.session_factory)
        assert all(b.account_count == len(accounts.list_accounts(b.id)) > 0 for b in brands)
        assert all(BrandService(workspace.session_factory).validate(b.to_input(), b.id) == []
                   for b in brands)
    finally:
        workspace.close()


def test_sample_history_starts_years_back(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    start = datetime.combine(TODAY - timedelta(days=365 * 2), datetime.min.time())
    brands, accounts = _snapshot(path)
    for created in [b[-1] for b in brands] + [a[-1] for a in accounts]:
        assert start <= created < start + timedelta(days=60)


def test_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "precious.smmws"
    path.write_bytes(b"the user's own data")
    with pytest.raises(FileExistsError):
        write_demo(path, today=TODAY)
    assert path.read_bytes() == b"the user's own data"


def test_demo_workspace_is_released_after_writing(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    Workspace.open(path).close()  # would raise WorkspaceBusy if the demo kept its lock
