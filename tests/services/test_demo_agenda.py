"""The sample's to-do panel: defaults and one routine of the manager's own, a believable
check-off history with misses that carry over to today, and tasks across the brands."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from smm_desktop.db.models import Brand, RoutineCheck
from smm_desktop.domain import routines as rules
from smm_desktop.domain.routines import DEFAULT_ROUTINES, Cadence, ItemState
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.demo_agenda import WEEK_START, write_agenda
from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.routines import RoutineService
from smm_desktop.services.tasks import TaskService
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)
NAMES = ("مقهى النخيل", "Bloom & Co. Florists", "نبض للياقة | Nabd Fitness")


def _sample(workspace: Workspace) -> list[SampleBrand]:
    brands = BrandService(workspace.session_factory)
    made = [brands.create(BrandInput(name)) for name in NAMES]
    onboarded = datetime(2025, 3, 1)
    with workspace.session_factory.begin() as s:
        s.execute(update(Brand).values(created_at=onboarded))
    return [SampleBrand(n, b.id, onboarded.date(), ()) for n, b in enumerate(made)]


def _written(path: Path, seed: int = 7) -> tuple[Workspace, list[SampleBrand]]:
    workspace = Workspace.open(path)
    sample = _sample(workspace)
    write_agenda(workspace, random.Random(seed), sample, TODAY)
    return workspace, sample


def _is_arabic(text: str) -> bool:
    return any("ARABIC" in unicodedata.name(ch, "") for ch in text)


def _checks(workspace: Workspace) -> list[tuple[int, int, str, datetime, str]]:
    with workspace.session_factory() as s:
        return [(c.routine_id, c.brand_id, c.period, c.done_at, c.note)
                for c in s.scalars(select(RoutineCheck).order_by(RoutineCheck.id))]


def test_routines_are_the_defaults_and_one_of_the_managers_own(tmp_path: Path) -> None:
    workspace, _sample_brands = _written(tmp_path / "a.smmws")
    try:
        listed = RoutineService(workspace.session_factory).list_routines()
        assert [r.key for r in listed][:len(DEFAULT_ROUTINES)] == [d.key for d in DEFAULT_ROUTINES]
        [own] = [r for r in listed if r.key is None]
        assert own.cadence is Cadence.WEEKLY and own.title
    finally:
        workspace.close()


def test_history_is_mostly_kept_and_well_formed(tmp_path: Path) -> None:
    workspace, sample = _written(tmp_path / "a.smmws")
    try:
        routines = {r.id: r for r in RoutineService(workspace.session_factory).list_routines()}
        checks = _checks(workspace)
        for routine_id, _brand, period, done_at, _note in checks:
            cadence, first = rules.parse_period_key(period)
            assert cadence is routines[routine_id].cadence
            assert period == rules.period_key(cadence, first, WEEK_START)
            _, last = rules.period_bounds(cadence, first, WEEK_START)
            assert first <= done_at.date() <= min(last, TODAY)
        daily = [c for c in checks if routines[c[0]].cadence is Cadence.DAILY
                 and c[2] < TODAY.isoformat()]
        days = len({c[2] for c in daily})
        assert days >= 30 and len(daily) > 0.75 * days * 8 * len(sample)
        assert {c[1] for c in checks} == {b.id for b in sample}
        assert any(_is_arabic(c[4]) for c in checks) and any(c[4].isascii() and c[4]
                                                             for c in checks)
    finally:
        workspace.close()


def test_today_shows_carried_over_and_done_items(tmp_path: Path) -> None:
    workspace, sample = _written(tmp_path / "a.smmws")
    try:
        service = RoutineService(workspace.session_factory, today=lambda: TODAY)
        items = service.open_items([b.id for b in sample], WEEK_START)
        states = [i.state for i in items]
        assert ItemState.OVERDUE in states and ItemState.DONE in states
        assert ItemState.DUE_TODAY in states
        assert states.count(ItemState.OVERDUE) < states.count(ItemState.DONE) + len(items) // 2
    finally:
        workspace.close()


def test_tasks_across_the_brands(tmp_path: Path) -> None:
    workspace, sample = _written(tmp_path / "a.smmws")
    try:
        tasks = TaskService(workspace.session_factory).list_tasks(include_done=True)
        assert 4 <= len(tasks) <= 6
        assert sum(t.done_at is not None for t in tasks) == 2
        arabic = {sample[0].id, sample[2].id}
        for task in tasks:
            assert _is_arabic(task.title) == (task.brand_id in arabic), task.title
        assert {t.brand_id for t in tasks} == {None, *(b.id for b in sample)}
        assert all(t.due is None or t.due > TODAY - timedelta(days=30) for t in tasks)
    finally:
        workspace.close()


def test_deterministic_from_the_seed(tmp_path: Path) -> None:
    first, _ = _written(tmp_path / "a.smmws")
    second, _ = _written(tmp_path / "b.smmws")
    other, _ = _written(tmp_path / "c.smmws", seed=8)
    try:
        assert _checks(first) == _checks(second) != _checks(other)
    finally:
        for workspace in (first, second, other):
            workspace.close()
