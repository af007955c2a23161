"""The sample workspace: deterministic, bilingual, several platforms, never over a real file."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import select

from smm_desktop.db.models import Brand, BusinessGoal, Persona, Snapshot, SocialAccount, SocialGoal
from smm_desktop.domain.kpi import GoalStatus
from smm_desktop.services.accounts import AccountService
from smm_desktop.services.brands import BrandService
from smm_desktop.services.demo import DemoSummary, write_demo
from smm_desktop.services.registry import Services
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


def _strategy(path: Path) -> tuple[list[tuple], list[tuple], list[tuple], list[tuple]]:
    """The sample's goals, snapshots and personas as plain tuples (timestamps of writing left
    out: they are the clock's, not the seed's)."""
    workspace = Workspace.open(path)
    try:
        with workspace.session_factory() as s:
            business = [(g.brand_id, g.kind, g.description, g.position)
                        for g in s.scalars(select(BusinessGoal).order_by(BusinessGoal.id))]
            goals = [(g.brand_id, g.account_id, g.platform, g.metric, g.baseline_value,
                      g.baseline_date, g.target_kind, g.target_value, g.start_date, g.deadline,
                      g.business_goal_id, g.title)
                     for g in s.scalars(select(SocialGoal).order_by(SocialGoal.id))]
            snapshots = [(r.account_id, r.metric, r.day, r.value, r.source) for r in s.scalars(
                select(Snapshot).order_by(Snapshot.account_id, Snapshot.metric, Snapshot.day))]
            personas = [(p.brand_id, p.name, p.position, tuple((x.platform, x.share)
                                                              for x in p.platforms))
                        for p in s.scalars(select(Persona).order_by(Persona.id))]
    finally:
        workspace.close()
    return business, goals, snapshots, personas


def _statuses(path: Path, today: date) -> dict[str, set[GoalStatus]]:
    workspace = Workspace.open(path)
    try:
        services = Services.of(workspace)
        return {b.name: {p.status for p in services.goals.progress(b.id, today)}
                for b in services.brands.list_brands()}
    finally:
        workspace.close()


SHOWN = {GoalStatus.ACHIEVED, GoalStatus.MISSED, GoalStatus.ON_TRACK, GoalStatus.AT_RISK,
         GoalStatus.OFF_TRACK, GoalStatus.NOT_STARTED}


def test_same_seed_gives_the_same_strategy(
    tmp_path: Path, demo: tuple[Path, DemoSummary]
) -> None:
    first, _ = demo
    second = tmp_path / "again.smmws"
    write_demo(second, years=2, seed=7, today=TODAY)
    assert _strategy(first) == _strategy(second)
    other = tmp_path / "other.smmws"
    write_demo(other, years=2, seed=8, today=TODAY)
    assert _strategy(first)[2] != _strategy(other)[2]  # another history of numbers


@pytest.mark.parametrize(("years", "seed"), [(1, 7), (2, 7), (2, 8), (5, 123)])
def test_every_status_is_shown(tmp_path: Path, years: int, seed: int) -> None:
    path = tmp_path / "statuses.smmws"
    write_demo(path, years=years, seed=seed, today=TODAY)
    statuses = _statuses(path, TODAY)
    assert set().union(*statuses.values()) >= SHOWN
    assert all(len(found) >= 2 for found in statuses.values())  # each brand shows a mix


def test_sample_goals_are_valid_and_linked(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    workspace = Workspace.open(path)
    try:
        services = Services.of(workspace)
        for brand in services.brands.list_brands():
            business = {g.id for g in services.goals.list_business_goals(brand.id)}
            assert len(business) >= 2
            for goal in services.goals.list_goals(brand.id):
                assert services.goals.validate_goal(brand.id, goal.to_input()) == []
                assert goal.business_goal_id in business and goal.title
    finally:
        workspace.close()


def test_sample_snapshots_are_weekly_over_the_years(demo: tuple[Path, DemoSummary]) -> None:
    path, summary = demo
    _, _, snapshots, _ = _strategy(path)
    followers = [r for r in snapshots if r[1] == "followers" and r[4] == "import"]
    assert {r[0] for r in followers} == set(range(1, summary.accounts + 1))
    first = min(r[2] for r in followers)
    assert first < TODAY - timedelta(days=365 * 2 - 60)
    one = [r for r in followers if r[0] == followers[0][0]]
    assert all((b[2] - a[2]).days == 7 and b[3] > a[3] for a, b in pairwise(one))
    assert len({r[1] for r in snapshots if r[4] == "import"}) == 2  # followers and reach
    assert {r[4] for r in snapshots} >= {"import", "audit"}  # the audits' baselines too


def test_sample_personas_speak_the_brands_language(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    brands, _ = _snapshot(path)
    names = {b[0]: b[1] for b in brands}
    _, _, _, personas = _strategy(path)
    arabic_brand = next(i for i, name in names.items() if name == "مقهى النخيل")
    theirs = [p for p in personas if p[0] == arabic_brand]
    assert len(theirs) >= 2 and all(_is_arabic(p[1]) and p[3] for p in theirs)
    assert any(p[1].isascii() for p in personas)


def test_a_five_year_sample_is_written_whole(tmp_path: Path) -> None:
    """The benchmark's sample (its writing time is the `sample_write_s` benchmark)."""
    summary = write_demo(tmp_path / "five.smmws", years=5, today=TODAY)
    assert (summary.brands, summary.accounts) == (3, 12)
    _, _, snapshots, _ = _strategy(tmp_path / "five.smmws")
    assert min(r[2] for r in snapshots) < TODAY - timedelta(days=365 * 5 - 60)
