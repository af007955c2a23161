"""Competitor snapshots from a tracking sheet: the preview writes nothing, the commit adds, the
same file twice changes nothing, replacing merges only the file's columns, bad rows refuse unless
accepted, missing competitors and accounts are created on request; SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from smm_desktop.db.models import Competitor, CompetitorAccount, CompetitorSnapshot
from smm_desktop.domain.enums import ContentType, Platform
from smm_desktop.domain.errors import ValidationFailed
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.competitor_data import (
    CompetitorAccountInput,
    CompetitorData,
    CompetitorInput,
    SnapshotInput,
)
from smm_desktop.services.competitor_import import CompetitorImportService
from smm_desktop.services.competitors import CompetitorService
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)
EXPORTS = Path(__file__).resolve().parents[1] / "data" / "exports"
ENGLISH = EXPORTS / "competitors_sheet.csv"
ARABIC = EXPORTS / "competitors_sheet_ar.csv"
DAY = date(2026, 11, 2)


@pytest.fixture
def competitors(workspace: Workspace) -> CompetitorService:
    return CompetitorService(workspace.session_factory, today=lambda: TODAY)


@pytest.fixture
def importer(workspace: Workspace) -> CompetitorImportService:
    return CompetitorImportService(workspace.session_factory, today=lambda: TODAY)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    return BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))


@pytest.fixture
def petal(competitors: CompetitorService, brand: BrandData) -> CompetitorData:
    """Petal Post with its Instagram account, checked on DAY by hand (with a screenshot)."""
    made = competitors.create(brand.id, CompetitorInput("Petal Post"),
                              [CompetitorAccountInput(Platform.INSTAGRAM, "PetalPost")])
    competitors.save_snapshot(made.accounts[0].id, SnapshotInput(
        DAY, followers=22000, posts=6, notable_file="/shots/petal.png", period_days=14))
    return made


def _counts(workspace: Workspace) -> tuple[int, int, int]:
    with workspace.session_factory() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0  # type: ignore[return-value]
                     for m in (Competitor, CompetitorAccount, CompetitorSnapshot))


def _sheet(tmp_path: Path, text: str, name: str = "sheet.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_preview_plans_and_writes_nothing(workspace: Workspace, importer: CompetitorImportService,
                                          brand: BrandData, petal: CompetitorData) -> None:
    before = _counts(workspace)
    preview = importer.preview(ENGLISH, brand.id)
    assert _counts(workspace) == before
    assert preview.recognised and preview.problems == ()
    assert (preview.count("add"), preview.count("update"), preview.count("skip")) == (6, 1, 0)
    update = next(p for p in preview.plans if p.action == "update")
    assert (update.line, update.account_id, update.reason) == (2, petal.accounts[0].id, "recorded")
    assert "followers" in update.changes and "notable_file" not in update.changes
    missing = {(m.competitor, m.platform, m.handle): m for m in preview.missing}
    assert set(missing) == {("Petal Post", Platform.FACEBOOK, "PetalPostFlowers"),
                            ("The Northern Stem", Platform.INSTAGRAM, "northernstem"),
                            ("Wildflower Lane", Platform.INSTAGRAM, "wildflowerlane.mcr"),
                            ("Bloom Rivals Ltd", Platform.TIKTOK, "bloomrivals")}
    assert missing[("Petal Post", Platform.FACEBOOK, "PetalPostFlowers")].competitor_id == petal.id
    assert missing[("The Northern Stem", Platform.INSTAGRAM, "northernstem")].lines == (4, 8)
    assert preview.days == (DAY, date(2026, 11, 9))


def test_commit_adds_known_accounts_only_without_create(
        workspace: Workspace, importer: CompetitorImportService, competitors: CompetitorService,
        brand: BrandData, petal: CompetitorData) -> None:
    outcome = importer.commit(importer.preview(ENGLISH, brand.id))
    assert (outcome.added, outcome.updated, outcome.skipped) == (1, 0, 6)
    assert (outcome.competitors_created, outcome.accounts_created) == (0, 0)
    account = petal.accounts[0].id
    kept = competitors.snapshot_on(account, DAY)
    assert kept is not None and kept.followers == 22000  # not replaced
    added = competitors.snapshot_on(account, date(2026, 11, 9))
    assert added is not None and added.followers == 22380
    assert added.hashtags == ("#flowers", "#christmas")
    assert added.content_types == (ContentType.SHORT_VIDEO,)


def test_create_missing_and_same_file_twice_changes_nothing(
        workspace: Workspace, importer: CompetitorImportService, competitors: CompetitorService,
        brand: BrandData, petal: CompetitorData) -> None:
    outcome = importer.commit(importer.preview(ENGLISH, brand.id), create_missing=True)
    assert (outcome.added, outcome.updated, outcome.skipped) == (6, 0, 1)
    assert (outcome.competitors_created, outcome.accounts_created) == (3, 4)
    names = [c.name for c in competitors.list_competitors(brand.id)]
    assert names == ["Petal Post", "The Northern Stem", "Wildflower Lane", "Bloom Rivals Ltd"]
    facebook = next(a for a in competitors.get(petal.id).accounts
                    if a.platform == Platform.FACEBOOK)
    assert facebook.profile_url == "https://www.facebook.com/PetalPostFlowers"
    after = _counts(workspace)
    again = importer.preview(ENGLISH, brand.id)
    assert again.missing == () and {p.action for p in again.plans} == {"skip", "update"}
    second = importer.commit(again, create_missing=True, replace=False)
    assert (second.added, second.updated) == (0, 0) and _counts(workspace) == after


def test_replace_merges_only_the_files_columns(
        workspace: Workspace, importer: CompetitorImportService, competitors: CompetitorService,
        brand: BrandData, petal: CompetitorData, tmp_path: Path) -> None:
    path = _sheet(tmp_path, "Handle,Platform,Date,Likes\r\n@petalpost,Instagram,2026-11-02,900\r\n")
    outcome = importer.commit(importer.preview(path, brand.id), replace=True)
    assert outcome.updated == 1
    merged = competitors.snapshot_on(petal.accounts[0].id, DAY)
    assert merged is not None
    assert (merged.followers, merged.posts, merged.likes, merged.period_days) == (22000, 6, 900, 14)
    assert merged.notable_file == "/shots/petal.png"
    replay = importer.preview(path, brand.id)
    assert [(p.action, p.reason) for p in replay.plans] == [("skip", "same")]


def test_bad_rows_refuse_unless_accept_partial(
        workspace: Workspace, importer: CompetitorImportService, competitors: CompetitorService,
        brand: BrandData, petal: CompetitorData, tmp_path: Path) -> None:
    path = _sheet(tmp_path, (
        "Handle,Platform,Date,Followers,Notable link\r\n"
        "petalpost,Instagram,2026-11-09,22400,\r\n"
        "petalpost,Instagram,2026-11-16,-3,\r\n"
        "petalpost,Instagram,2026-12-20,22500,\r\n"
        "petalpost,Instagram,2026-11-23,22500,not a link\r\n"
        "bad handle!,Instagram,2026-11-23,1,\r\n"))
    preview = importer.preview(path, brand.id)
    assert [(p.line, p.column, p.code) for p in preview.problems] == [
        (3, "Followers", "negative"), (4, "Date", "in_future"), (5, "Notable link", "bad_url"),
        (6, "Handle", "bad_handle")]
    before = _counts(workspace)
    with pytest.raises(ValidationFailed) as refused:
        importer.commit(preview)
    assert refused.value.errors[0].code == "has_problems"
    assert _counts(workspace) == before
    outcome = importer.commit(preview, accept_partial=True)
    assert outcome.added == 1
    assert [s.day for s in competitors.snapshots(petal.accounts[0].id)] == [DAY, date(2026, 11, 9)]


def test_ambiguous_dates_need_an_answer(
        importer: CompetitorImportService, competitors: CompetitorService, brand: BrandData,
        petal: CompetitorData, tmp_path: Path) -> None:
    path = _sheet(tmp_path, "Handle,Platform,Date,Followers\r\npetalpost,IG,03/11/2026,22100\r\n")
    preview = importer.preview(path, brand.id)
    assert preview.ambiguous_dates == ("Date",) and preview.date_order is None
    with pytest.raises(ValidationFailed) as refused:
        importer.commit(preview)
    assert refused.value.errors[0].code == "ambiguous_dates"
    answered = importer.preview(path, brand.id, date_order="dmy")
    assert importer.commit(answered).added == 1
    assert competitors.snapshot_on(petal.accounts[0].id, date(2026, 11, 3)) is not None


def test_repeated_account_and_day_last_row_counts(
        importer: CompetitorImportService, competitors: CompetitorService, brand: BrandData,
        petal: CompetitorData, tmp_path: Path) -> None:
    path = _sheet(tmp_path, "Handle,Platform,Date,Followers\r\n"
                            "petalpost,IG,2026-11-09,1\r\nPETALPOST,IG,2026-11-09,2\r\n")
    preview = importer.preview(path, brand.id)
    assert [(p.action, p.reason) for p in preview.plans] == [("skip", "duplicate"), ("add", "new")]
    importer.commit(preview)
    saved = competitors.snapshot_on(petal.accounts[0].id, date(2026, 11, 9))
    assert saved is not None and saved.followers == 2


def test_arabic_sheet_creates_new_competitor(
        importer: CompetitorImportService, competitors: CompetitorService,
        brand: BrandData) -> None:
    existing = competitors.create(brand.id, CompetitorInput("بن الديرة"), [
        CompetitorAccountInput(Platform.INSTAGRAM, "bin.aldeira")])
    preview = importer.preview(ARABIC, brand.id)
    assert preview.problems == () and preview.count("add") == 5
    assert {m.competitor for m in preview.missing} == {"روستري الملقا", "قهوة السدو", "مقهى الفنجان"}
    outcome = importer.commit(preview, create_missing=True)
    assert (outcome.added, outcome.competitors_created) == (5, 3)
    series = competitors.snapshots(existing.accounts[0].id)
    assert [(s.day, s.followers) for s in series] == [(DAY, 18420), (date(2026, 11, 16), 18600)]
    assert series[-1].growth == 180


def test_unreadable_and_unrecognised_files(importer: CompetitorImportService, brand: BrandData,
                                           tmp_path: Path) -> None:
    gone = importer.preview(tmp_path / "gone.csv", brand.id)
    assert not gone.recognised
    other = importer.preview(_sheet(tmp_path, "Name,Score\r\nA,1\r\n"), brand.id)
    assert not other.recognised and other.missing_columns == ("handle", "day")
    with pytest.raises(ValidationFailed) as refused:
        importer.commit(other, accept_partial=True)
    assert refused.value.errors[0].code == "not_recognised"
