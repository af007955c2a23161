"""ImportService after the review of issue #7: the account a file names is never swapped for
another, a chosen account must fit the file, dates are asked, undo keeps later work, older
exports do not lower numbers, period rows of ads exports, future dates, missing columns,
LinkedIn engagements counted per row, and times in the brand's zone."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from smm_desktop.db.models import Campaign, CampaignDay, Post, PostAccount
from smm_desktop.db.models.numbers import PostMetric
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict, ValidationFailed
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.campaigns import CampaignService
from smm_desktop.services.import_undo import ChangedSince
from smm_desktop.services.imports import ImportService
from smm_desktop.services.numbers_data import CampaignDayInput
from smm_desktop.services.workspace import Workspace
from tests.services.test_imports import (
    EXPORTS,
    NOW,
    Sample,
    edited,
    imports,
    metrics_by_link,
    sample,
)

__all__ = ["imports", "sample"]  # fixtures


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- 1. the account the file names ---------------------------------------------------------

@pytest.fixture
def lone(workspace: Workspace) -> dict[str, int]:
    """One brand per platform, none of them the accounts the fixtures name."""
    brands, accounts = BrandService(workspace.session_factory), AccountService(
        workspace.session_factory)
    cafe = brands.create(BrandInput("مقهى النخيل"))
    bloom = brands.create(BrandInput("Bloom & Co. Florists"))
    return {"x": accounts.create(cafe.id, AccountInput(Platform.X, "NakheelCafe")).id,
            "tt": accounts.create(cafe.id, AccountInput(Platform.TIKTOK, "nakheel.cafe")).id,
            "fb": accounts.create(bloom.id, AccountInput(Platform.FACEBOOK, "BloomFlorists")).id,
            "bloom": bloom.id}


@pytest.mark.parametrize(("name", "key", "named", "brand"), [
    ("x_post_analytics.csv", "x", "@bloomandco", False),
    ("tiktok_content.csv", "tt", "@nabd.fitness", False),
    ("facebook_posts.csv", "fb", "مقهى النخيل", True),
])
def test_a_file_naming_another_account_is_never_put_on_the_only_one(
        workspace: Workspace, lone: dict[str, int], name: str, key: str, named: str,
        brand: bool) -> None:
    service = ImportService(workspace.session_factory, now=lambda: NOW)
    preview = service.preview(EXPORTS / name, brand_id=lone["bloom"] if brand else None)
    assert preview.account_id is None
    assert (preview.account_reason, preview.named_account) == ("named_account_not_found", named)
    assert [ident for ident, _label in preview.accounts] == [lone[key]]
    with pytest.raises(ValidationFailed):
        service.commit(preview)
    chosen = service.preview(EXPORTS / name, account_id=lone[key])  # the person says so
    assert chosen.account_id == lone[key] and chosen.account_reason == ""


# --- 2. a chosen account must fit the file ---------------------------------------------------

def test_a_chosen_account_on_another_platform_or_brand_is_refused(
        sample: Sample, imports: ImportService) -> None:
    wrong = imports.preview(EXPORTS / "facebook_posts.csv", account_id=sample.accounts["ig"].id)
    assert (wrong.account_id, wrong.account_reason) == (None, "account_platform_mismatch")
    with pytest.raises(ValidationFailed) as err:
        imports.commit(wrong)
    assert [e.code for e in err.value.errors] == ["account_platform_mismatch"]
    other = imports.preview(EXPORTS / "instagram_posts.csv", brand_id=sample.cafe.id,
                            account_id=sample.accounts["ig"].id)
    assert (other.account_id, other.account_reason) == (None, "account_other_brand")
    ok = imports.preview(EXPORTS / "instagram_posts.csv", account_id=sample.accounts["ig"].id)
    assert ok.account_id == sample.accounts["ig"].id


def test_commit_rechecks_the_platform_of_a_built_preview(
        sample: Sample, imports: ImportService) -> None:
    from dataclasses import replace

    preview = imports.preview(EXPORTS / "facebook_posts.csv")
    with pytest.raises(ValidationFailed):
        imports.commit(replace(preview, account_id=sample.accounts["ig"].id))


# --- 3. dates asked ----------------------------------------------------------------------------

def test_an_undecidable_date_column_is_asked_before_anything_is_written(
        sample: Sample, imports: ImportService, tmp_path: Path) -> None:
    path = write(tmp_path, "ambig.csv", "Date,Followers,Difference in followers from previous "
                 "day\n03/04/2026,10234,12\n05/04/2026,10251,17\n")
    preview = imports.preview(path)
    assert preview.ambiguous_dates == ("Date",)
    with pytest.raises(ValidationFailed):
        imports.commit(preview)
    answered = imports.preview(path, date_order="dmy")
    assert (answered.first_day, answered.last_day) == (date(2026, 4, 3), date(2026, 4, 5))
    semicolon = write(tmp_path, "semicolon.csv", "Date;Followers;Difference in followers from "
                      "previous day\n01.11.2026;10.234;12\n02.11.2026;10.251;17\n")
    dotted = imports.preview(semicolon)
    assert dotted.ambiguous_dates == () and dotted.first_day == date(2026, 11, 1)


# --- 4. undo keeps later work ------------------------------------------------------------------

def bump(workspace: Workspace, model: type, ident: int, **values: object) -> None:
    """An edit made after the import, as the services make it (version + 1)."""
    with workspace.session_factory.begin() as s:
        s.execute(update(model).where(model.id == ident).values(  # type: ignore[attr-defined]
            version=model.version + 1, **values))  # type: ignore[attr-defined]


def test_undo_refuses_then_keeps_an_imported_post_edited_since(
        workspace: Workspace, sample: Sample, imports: ImportService) -> None:
    log = imports.commit(imports.preview(EXPORTS / "instagram_posts.csv"))
    metric = metrics_by_link(workspace)["https://www.instagram.com/reel/C0AbCdEfGh1/"]
    bump(workspace, Post, metric.post_id, lessons="Reels at 7am win")
    with pytest.raises(ChangedSince) as err:
        imports.undo(log.id)
    assert (err.value.kind, err.value.counts) == ("changed_since", {"post": 1})
    assert isinstance(err.value, Conflict)
    assert imports.get_log(log.id).undone_at is None  # nothing undone
    imports.undo(log.id, force=True)
    with workspace.session_factory() as s:
        kept = s.get(Post, metric.post_id)
        assert kept is not None and (kept.deleted_at, kept.lessons) == (None, "Reels at 7am win")
        others = s.scalars(select(Post).where(Post.id != metric.post_id)).all()
        assert others and all(p.deleted_at is not None for p in others)  # in the trash
        metrics = s.scalars(select(PostMetric)).all()
        assert all(m.deleted_at is not None for m in metrics if m.post_id != metric.post_id)
        assert s.scalar(select(PostAccount).where(PostAccount.post_id == others[0].id))


def test_undo_keeps_a_matched_post_edited_since_and_the_file_imports_again(
        workspace: Workspace, sample: Sample, imports: ImportService) -> None:
    with workspace.session_factory.begin() as s:
        planned = Post(brand_id=sample.nabd.id, topic="Morning workout",
                       caption="تمرين الصباح في ١٠ دقائق 💪 #لياقة", status="scheduled",
                       scheduled_at=datetime(2026, 11, 3, 7, 0), origin="plan")
        s.add(planned)
        s.flush()
        s.add(PostAccount(post_id=planned.id, account_id=sample.accounts["ig"].id))
        planned_id = planned.id
    log = imports.commit(imports.preview(EXPORTS / "instagram_posts.csv"))
    bump(workspace, Post, planned_id, lessons="keep this")
    imports.undo(log.id, force=True)
    with workspace.session_factory() as s:
        post = s.get(Post, planned_id)
        assert post is not None and (post.status, post.lessons) == ("published", "keep this")
    again = imports.preview(EXPORTS / "instagram_posts.csv")
    assert again.adds == 2
    imports.commit(again)  # the unique (post, account) of the old metric is free again


def test_undo_keeps_an_imported_campaign_given_a_typed_day(
        workspace: Workspace, sample: Sample, imports: ImportService) -> None:
    log = imports.commit(imports.preview(EXPORTS / "meta_ads_campaigns.csv",
                                         brand_id=sample.bloom.id))
    campaigns = CampaignService(workspace.session_factory)
    mine = max(campaigns.list_campaigns(sample.bloom.id), key=lambda c: c.id)
    typed = campaigns.save_day(mine.id, CampaignDayInput(day=date(2026, 11, 20), spend=150.0,
                                                         clicks=40), None)
    with pytest.raises(ChangedSince) as err:
        imports.undo(log.id)
    assert err.value.counts == {"campaign": 1}
    imports.undo(log.id, force=True)
    with workspace.session_factory() as s:
        campaign = s.get(Campaign, mine.id)
        assert campaign is not None and campaign.deleted_at is None
        live = s.scalars(select(CampaignDay).where(CampaignDay.campaign_id == mine.id,
                                                   CampaignDay.deleted_at.is_(None))).all()
        assert [d.id for d in live] == [typed.id]
        others = s.scalars(select(Campaign).where(Campaign.id != mine.id,
                                                  Campaign.brand_id == sample.bloom.id)).all()
        assert others and all(c.deleted_at is not None for c in others)


def test_undo_keeps_a_metric_edited_since_an_update(
        workspace: Workspace, sample: Sample, imports: ImportService, tmp_path: Path) -> None:
    imports.commit(imports.preview(EXPORTS / "facebook_posts.csv"))
    newer = edited(tmp_path, "facebook_posts.csv", '"12,480","8,210"', '"13,000","8,900"')
    log = imports.commit(imports.preview(newer))
    metric = metrics_by_link(workspace)["https://www.facebook.com/1029384756/posts/111"]
    bump(workspace, PostMetric, metric.id, reach=9100)
    with pytest.raises(ChangedSince) as err:
        imports.undo(log.id)
    assert err.value.counts == {"post_metric": 1}
    imports.undo(log.id, force=True)
    assert metrics_by_link(workspace)[metric.permalink].reach == 9100


# --- 5. an older export ------------------------------------------------------------------------

def test_an_older_export_does_not_lower_lifetime_numbers(
        workspace: Workspace, sample: Sample, imports: ImportService, tmp_path: Path) -> None:
    newer = edited(tmp_path, "facebook_posts.csv", '"12,480","8,210"', '"13,000","8,900"')
    imports.commit(imports.preview(newer))
    older = imports.preview(EXPORTS / "facebook_posts.csv")
    assert (older.plans[0].action, older.plans[0].reason) == ("skip", "older_export")
    assert (older.updates, older.skips) == (0, 3)
    imports.commit(older)
    metric = metrics_by_link(workspace)["https://www.facebook.com/1029384756/posts/111"]
    assert (metric.impressions, metric.reach, metric.as_of) == (13000, 8900, date(2026, 11, 14))


def test_a_later_file_may_correct_numbers_down(
        workspace: Workspace, sample: Sample, imports: ImportService, tmp_path: Path) -> None:
    imports.commit(imports.preview(EXPORTS / "facebook_posts.csv"))
    later = edited(tmp_path, "facebook_posts.csv", '"12,480","8,210"', '"12,000","8,100"')
    text = later.read_text(encoding="utf-8-sig").replace("11/14/2026", "11/20/2026")
    later.write_text("\ufeff" + text, encoding="utf-8")
    preview = imports.preview(later)
    assert ("update", "newer") in [(p.action, p.reason) for p in preview.plans]


# --- 6. a period row of an ads export ------------------------------------------------------------

def test_a_period_row_is_one_total_on_its_last_day_and_never_overlaps(
        workspace: Workspace, sample: Sample) -> None:
    later = ImportService(workspace.session_factory, now=lambda: datetime(2026, 12, 5, 9))
    preview = later.preview(EXPORTS / "meta_ads_campaigns.csv", brand_id=sample.bloom.id)
    periods = [p for p in preview.plans if p.target == "campaign_day"]
    assert periods and {p.reason for p in periods} == {"period_total"}
    assert "2026-11-01–2026-11-30 (30 d)" in periods[0].what
    later.commit(preview)
    campaigns = CampaignService(workspace.session_factory)
    mine = min(campaigns.list_campaigns(sample.bloom.id), key=lambda c: c.id)
    assert [d.day for d in campaigns.days(mine.id)] == [date(2026, 11, 30)]
    again = later.preview(EXPORTS / "meta_ads_campaigns.csv", brand_id=sample.bloom.id)
    assert {p.reason for p in again.plans} == {"same"}  # the same period: not an overlap
    campaigns.save_day(mine.id, CampaignDayInput(day=date(2026, 11, 10), spend=5.0), None)
    third = later.preview(EXPORTS / "meta_ads_campaigns.csv", brand_id=sample.bloom.id)
    assert ("skip", "overlaps_period") in [(p.action, p.reason) for p in third.plans]
    spend = sum(d.spend or 0 for d in campaigns.days(mine.id))
    later.commit(third)
    assert sum(d.spend or 0 for d in campaigns.days(mine.id)) == spend  # never twice


# --- 7, 8. future dates, a missing column ------------------------------------------------------

def test_future_dates_are_bad_rows(workspace: Workspace, sample: Sample,
                                   imports: ImportService, tmp_path: Path) -> None:
    ahead = (NOW + timedelta(days=200)).date().isoformat()
    path = write(tmp_path, "future.csv", "Date,Followers,Difference in followers from previous "
                 f"day\n2026-11-01,10234,12\n2026-11-02,10251,17\n{ahead},99999,1\n")
    preview = imports.preview(path)
    assert [(p.line, p.column, p.code) for p in preview.problems] == [(4, "Date", "future_date")]
    with pytest.raises(ValidationFailed):
        imports.commit(preview)
    log = imports.commit(preview, accept_partial=True)
    assert log.rows_added == 2


def test_a_missing_required_column_is_named_in_the_preview(
        sample: Sample, imports: ImportService, tmp_path: Path) -> None:
    path = write(tmp_path, "missing.csv", "Date,Difference in followers from previous day\n"
                 "2026-11-01,12\n")
    preview = imports.preview(path)
    assert not preview.recognised
    assert [(p.line, p.column, p.code) for p in preview.problems] == [
        (1, "Followers", "missing_column")]


# --- 9. LinkedIn ---------------------------------------------------------------------------------

def test_linkedin_metrics_rows_are_counted_once_with_engagements(
        sample: Sample, imports: ImportService) -> None:
    preview = imports.preview(EXPORTS / "linkedin_page.xlsx")
    daily = [p for p in preview.plans if p.target == "snapshot"]
    assert "unknown_metric" not in {p.reason for p in daily}
    imports.commit(preview)
    again = imports.preview(EXPORTS / "linkedin_page.xlsx")
    assert again.skips == len(again.plans) and again.adds == again.updates == 0
    assert len([p for p in again.plans if p.target == "snapshot"]) == len(daily)


# --- 11. the brand's time zone -----------------------------------------------------------------

def test_times_with_an_offset_are_the_brands_wall_time(
        workspace: Workspace, imports: ImportService) -> None:
    brands, accounts = BrandService(workspace.session_factory), AccountService(
        workspace.session_factory)
    bloom = brands.create(BrandInput("Bloom & Co.", country="AE"))
    accounts.create(bloom.id, AccountInput(Platform.X, "bloomandco"))
    imports.commit(imports.preview(EXPORTS / "x_tweet_activity.csv"))
    metric = metrics_by_link(workspace)[
        "https://twitter.com/bloomandco/status/1861234567890123456"]
    with workspace.session_factory() as s:
        post = s.get(Post, metric.post_id)
        assert post is not None and post.scheduled_at == datetime(2026, 11, 4, 18, 5)  # UTC+4
