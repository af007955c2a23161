"""Routines: the default set inserted once, the manager's own edited and deleted with undo,
check-offs per brand and period, what is open today with carry-over, and the history."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select, update

from smm_desktop.db.models import Brand, Routine, RoutineCheck
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.domain.routines import DEFAULT_ROUTINES, Cadence, ItemState
from smm_desktop.services.brands import BrandData, BrandInput, BrandService
from smm_desktop.services.routines import RoutineInput, RoutineService
from smm_desktop.services.workspace import Workspace

TODAY = date(2026, 11, 28)  # a Saturday
SUNDAY, MONDAY = 6, 0
CALL = RoutineInput("Call the café owner", "She wants a weekly word", cadence=Cadence.WEEKLY,
                    weekday=3)


@pytest.fixture
def routines(workspace: Workspace) -> RoutineService:
    return RoutineService(workspace.session_factory, today=lambda: TODAY)


@pytest.fixture
def brand(workspace: Workspace) -> BrandData:
    made = BrandService(workspace.session_factory).create(BrandInput("مقهى النخيل"))
    _backdate(workspace, Brand, made.id, datetime(2026, 1, 1))
    return made


def _backdate(workspace: Workspace, model: type, ident: int, when: datetime) -> None:
    with workspace.session_factory.begin() as s:
        s.execute(update(model).where(model.id == ident).values(created_at=when))


def _count(workspace: Workspace, model: type) -> int:
    with workspace.session_factory() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_ensure_defaults_is_idempotent_and_ordered(routines: RoutineService) -> None:
    routines.ensure_defaults(week_start=SUNDAY)
    routines.ensure_defaults(week_start=SUNDAY)
    listed = routines.list_routines()
    assert [r.key for r in listed] == [d.key for d in DEFAULT_ROUTINES]
    assert [r.position for r in listed] == list(range(len(DEFAULT_ROUTINES)))
    by_key = {r.key: r for r in listed}
    assert by_key["weekly_goals_review"].weekday == 3  # Thursday ends a Sunday-start week
    assert by_key["weekly_strategy_review"].weekday == SUNDAY
    assert by_key["monthly_plan_next"].month_day == 15
    assert by_key["daily_mentions"].title == "Monitor mentions and respond"
    assert all(r.enabled and r.version == 1 for r in listed)


def test_ensure_defaults_adds_only_the_missing(routines: RoutineService,
                                               workspace: Workspace) -> None:
    own = routines.create(CALL)
    routines.ensure_defaults()
    with workspace.session_factory.begin() as s:
        s.execute(update(Routine).where(Routine.key == "weekly_report").values(title="Mine"))
        s.execute(Routine.__table__.delete().where(Routine.key == "daily_mentions"))
    routines.ensure_defaults()
    listed = routines.list_routines()
    assert listed[0].id == own.id and len(listed) == len(DEFAULT_ROUTINES) + 1
    assert {r.key: r.title for r in listed}["weekly_report"] == "Mine"
    assert listed[-1].key == "daily_mentions"


def test_defaults_stored_before_their_screen_existed_get_it(routines: RoutineService,
                                                             workspace: Workspace) -> None:
    routines.ensure_defaults()
    with workspace.session_factory.begin() as s:  # as 0005 stored them, and one the person set
        s.execute(update(Routine).where(Routine.key.in_(("daily_mentions", "daily_field_news")))
                  .values(screen=""))
        s.execute(update(Routine).where(Routine.key == "daily_comments_messages")
                  .values(screen="calendar"))
    routines.ensure_defaults()
    screens = {r.key: r.screen for r in routines.list_routines()}
    assert screens["daily_mentions"] == "today/engagement"
    assert screens["daily_field_news"] == "today/news"
    assert screens["daily_comments_messages"] == "calendar"


def test_create_update_and_stale_edit(routines: RoutineService) -> None:
    made = routines.create(CALL)
    assert (made.key, made.title, made.cadence, made.weekday, made.position) == (
        None, "Call the café owner", Cadence.WEEKLY, 3, 0)
    changed = routines.update(made.id, made.version, RoutineInput(
        "Monthly call", cadence=Cadence.MONTHLY, weekday=3, month_day=31, screen="calendar"))
    assert (changed.cadence, changed.weekday, changed.month_day, changed.screen) == (
        Cadence.MONTHLY, None, 31, "calendar")
    with pytest.raises(Conflict):
        routines.update(made.id, made.version, CALL)
    with pytest.raises(Conflict):
        routines.set_enabled(made.id, made.version, False)
    assert routines.get(made.id) == changed


def test_validation_codes(routines: RoutineService) -> None:
    with pytest.raises(ValidationFailed) as err:
        routines.create(RoutineInput(" ", "w" * 1001, cadence=Cadence.WEEKLY, weekday=7,
                                     month_day=0, screen="nowhere"))
    assert {(e.field, e.code) for e in err.value.errors} == {
        ("title", "required"), ("why", "too_long"), ("screen", "unknown_reference"),
        ("weekday", "out_of_range"), ("month_day", "out_of_range")}
    with pytest.raises(ValidationFailed) as err:
        routines.create(RoutineInput("x" * 201))
    assert err.value.errors == [FieldError("title", "too_long", {"max": "200"})]
    assert routines.list_routines() == []


def test_a_default_is_disabled_not_deleted(routines: RoutineService) -> None:
    routines.ensure_defaults()
    first = routines.list_routines()[0]
    with pytest.raises(ValidationFailed) as err:
        routines.delete(first.id, first.version)
    assert err.value.errors == [FieldError("key", "default")]
    off = routines.set_enabled(first.id, first.version, False)
    assert not off.enabled and off.version == first.version + 1
    assert first.id not in {r.id for r in routines.list_routines(include_disabled=False)}
    assert first.id in {r.id for r in routines.list_routines()}


def test_delete_restore_purge_with_checks(routines: RoutineService, brand: BrandData,
                                          workspace: Workspace) -> None:
    made = routines.create(CALL)
    routines.check(made.id, brand.id, "W2026-11-22")
    routines.delete(made.id, made.version)
    assert routines.list_routines() == [] and routines.history(brand.id) == []
    with pytest.raises(NotFound):
        routines.get(made.id)
    back = routines.restore(made.id)
    assert back.title == CALL.title and len(routines.history(brand.id)) == 1
    routines.delete(back.id, back.version)
    assert routines.purge_deleted() == 1
    assert _count(workspace, Routine) == 0 and _count(workspace, RoutineCheck) == 0


def test_check_is_idempotent_and_uncheck_undoes(routines: RoutineService,
                                                brand: BrandData) -> None:
    made = routines.create(CALL)
    first = routines.check(made.id, brand.id, "W2026-11-22", " تم الاتصال ")
    again = routines.check(made.id, brand.id, "W2026-11-22")
    assert again == first and first.note == "تم الاتصال"
    assert routines.history(brand.id) == [first]
    routines.uncheck(made.id, brand.id, "W2026-11-22")
    routines.uncheck(made.id, brand.id, "W2026-11-22")
    assert routines.history(brand.id) == []


def test_check_refuses_bad_periods_and_unknown_rows(routines: RoutineService,
                                                   brand: BrandData) -> None:
    made = routines.create(CALL)
    for period in ("2026-11-28", "nonsense", "2026-Q5"):
        with pytest.raises(ValidationFailed) as err:
            routines.check(made.id, brand.id, period)
        assert err.value.errors == [FieldError("period", "invalid")]
    with pytest.raises(NotFound):
        routines.check(made.id, 999, "W2026-11-22")
    with pytest.raises(NotFound):
        routines.check(999, brand.id, "W2026-11-22")


def test_open_items_carry_over_and_done(routines: RoutineService, brand: BrandData,
                                        workspace: Workspace) -> None:
    daily = routines.create(RoutineInput("Reply", cadence=Cadence.DAILY))
    _backdate(workspace, Routine, daily.id, datetime(2026, 1, 1))
    items = routines.open_items([brand.id], MONDAY)
    assert [(i.period_key, i.state) for i in items] == [
        ("2026-11-27", ItemState.OVERDUE), ("2026-11-28", ItemState.DUE_TODAY)]
    routines.check(daily.id, brand.id, "2026-11-27")
    routines.check(daily.id, brand.id, "2026-11-28")
    items = routines.open_items([brand.id], MONDAY)
    assert [(i.period_key, i.state) for i in items] == [("2026-11-28", ItemState.DONE)]


def test_open_items_skip_disabled_and_fresh_ones(routines: RoutineService, brand: BrandData,
                                                 workspace: Workspace) -> None:
    fresh = routines.create(RoutineInput("New", cadence=Cadence.DAILY))
    _backdate(workspace, Routine, fresh.id, datetime(2026, 11, 28, 8))
    off = routines.create(RoutineInput("Off", cadence=Cadence.DAILY, enabled=False))
    items = routines.open_items([brand.id, 999], SUNDAY)
    assert [(i.routine_id, i.state) for i in items] == [(fresh.id, ItemState.DUE_TODAY)]
    assert off.id not in {i.routine_id for i in items}
    newbie = BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))
    _backdate(workspace, Routine, fresh.id, datetime(2026, 1, 1))
    states = [(i.brand_id, i.state) for i in routines.open_items([newbie.id, brand.id], SUNDAY)]
    assert (newbie.id, ItemState.OVERDUE) not in states
    assert (brand.id, ItemState.OVERDUE) in states


def test_weekly_default_uses_the_stored_day(routines: RoutineService, brand: BrandData,
                                            workspace: Workspace) -> None:
    made = routines.create(CALL)  # Thursday
    _backdate(workspace, Routine, made.id, datetime(2026, 1, 1))
    routines.check(made.id, brand.id, "W2026-11-15")
    [item] = routines.open_items([brand.id], SUNDAY)
    assert (item.period_key, item.due, item.state) == (
        "W2026-11-22", date(2026, 11, 26), ItemState.DUE_TODAY)


def test_history_filters_and_orders(routines: RoutineService, brand: BrandData,
                                    workspace: Workspace) -> None:
    other = BrandService(workspace.session_factory).create(BrandInput("Bloom & Co."))
    daily = routines.create(RoutineInput("Reply"))
    weekly = routines.create(CALL)
    a = routines.check(daily.id, brand.id, "2026-11-27")
    b = routines.check(weekly.id, other.id, "W2026-11-22")
    c = routines.check(daily.id, other.id, "2026-11-28")
    assert routines.history(None) == [c, b, a]
    assert routines.history(other.id) == [c, b]
    assert routines.history(None, daily.id) == [c, a]
    assert routines.history(None, limit=1) == [c]
