"""The engagement log's service: a day's accounts with zeros, quick steps (a new row made once,
never below zero, a race on the new row still counted), typed edits with their version,
history and the totals the reports read."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from smm_desktop.domain.engagement import Counter, Counts
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from smm_desktop.services.accounts import AccountData, AccountInput, AccountService
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.engagement import EngagementService
from smm_desktop.services.workspace import Workspace

TODAY = date(2027, 3, 10)


@pytest.fixture
def service(workspace: Workspace) -> EngagementService:
    return EngagementService(workspace.session_factory, today=lambda: TODAY)


@pytest.fixture
def accounts(workspace: Workspace) -> dict[str, AccountData]:
    """Bloom (Instagram, Facebook, an archived Pinterest) and Nabd (X)."""
    sf = workspace.session_factory
    brands, accounts = BrandService(sf), AccountService(sf)
    bloom = brands.create(BrandInput(name="Bloom"))
    nabd = brands.create(BrandInput(name="Nabd"))
    made = {
        "insta": accounts.create(bloom.id, AccountInput(Platform.INSTAGRAM, "bloom")),
        "fb": accounts.create(bloom.id, AccountInput(Platform.FACEBOOK, "BloomFB")),
        "pin": accounts.create(bloom.id, AccountInput(Platform.PINTEREST, "bloompins")),
        "x": accounts.create(nabd.id, AccountInput(Platform.X, "nabd")),
    }
    made["pin"] = accounts.set_archived(made["pin"].id, made["pin"].version, True)
    return made


def test_a_day_lists_the_live_accounts_with_zeros(service: EngagementService,
                                                  accounts: dict[str, AccountData]) -> None:
    brand_ids = [accounts["insta"].brand_id, accounts["x"].brand_id]
    listed = service.day(brand_ids, TODAY)
    assert [(e.brand_name, e.platform, e.handle) for e in listed] == [
        ("Bloom", Platform.FACEBOOK, "BloomFB"), ("Bloom", Platform.INSTAGRAM, "bloom"),
        ("Nabd", Platform.X, "nabd")]
    assert all(e.counts == Counts() and e.version == 0 and e.id is None for e in listed)
    assert all(e.response_minutes is None and e.note == "" for e in listed)
    assert [e.handle for e in service.day([accounts["x"].brand_id], TODAY)] == ["nabd"]


def test_add_twice_makes_one_row_and_counts_both(service: EngagementService,
                                                 accounts: dict[str, AccountData]) -> None:
    insta = accounts["insta"].id
    first = service.add(insta, TODAY, Counter.COMMENTS, 1)
    second = service.add(insta, TODAY, Counter.COMMENTS, 1)
    assert first.id == second.id and first.id is not None
    assert second.counts == Counts(comments=2) and second.version > first.version
    listed = {e.account_id: e for e in service.day([accounts["insta"].brand_id], TODAY)}
    assert listed[insta].comments == 2 and listed[insta].version == second.version


def test_a_step_never_goes_below_zero(service: EngagementService,
                                      accounts: dict[str, AccountData]) -> None:
    insta = accounts["insta"].id
    result = service.step(insta, TODAY, Counter.MENTIONS, -1)
    assert result.entry.mentions == 0 and result.applied == 0
    service.add(insta, TODAY, Counter.MENTIONS, 2)
    result = service.step(insta, TODAY, Counter.MENTIONS, -5)
    assert result.entry.mentions == 0 and result.applied == -2


def test_a_row_made_meanwhile_is_added_to(service: EngagementService,
                                          accounts: dict[str, AccountData],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The insert race: the row appears between the look-up and the insert; the unique
    constraint refuses the insert, and the step tries again and adds to that row."""
    insta = accounts["insta"].id
    service.add(insta, TODAY, Counter.MESSAGES, 1)  # the other click, committed meanwhile
    real_find = EngagementService._find
    missed: list[bool] = []

    def late_find(s: Session, account_id: int, day: date) -> object:
        if not missed:
            missed.append(True)
            return None
        return real_find(s, account_id, day)

    monkeypatch.setattr(EngagementService, "_find", staticmethod(late_find))
    result = service.add(insta, TODAY, Counter.MESSAGES, 1)
    assert missed and result.messages == 2


def test_save_day_creates_then_refuses_a_stale_version(service: EngagementService,
                                                       accounts: dict[str, AccountData]) -> None:
    fb = accounts["fb"].id
    saved = service.save_day(fb, TODAY, Counts(1, 2, 3, 4), 35, "  Busy day ", 0)
    assert (saved.counts, saved.response_minutes, saved.note) == (Counts(1, 2, 3, 4), 35,
                                                                  "Busy day")
    service.add(fb, TODAY, Counter.MENTIONS, 1)  # someone else's click
    with pytest.raises(Conflict):
        service.save_day(fb, TODAY, Counts(9, 9, 9, 9), None, "", saved.version)
    with pytest.raises(Conflict):  # "nothing stored" is stale too once a row exists
        service.save_day(fb, TODAY, Counts(), None, "", 0)
    assert service.entry(fb, TODAY).counts == Counts(2, 2, 3, 4)
    fresh = service.entry(fb, TODAY)
    cleared = service.save_day(fb, TODAY, Counts(), None, "", fresh.version)
    assert cleared.response_minutes is None and cleared.counts == Counts()


def test_bad_values_and_future_days_are_refused(service: EngagementService,
                                                accounts: dict[str, AccountData]) -> None:
    fb = accounts["fb"].id
    with pytest.raises(ValidationFailed) as err:
        service.save_day(fb, TODAY, Counts(-1, 0, 0, 100_001), 10_081, "", 0)
    assert [(e.field, e.code) for e in err.value.errors] == [
        ("mentions", "out_of_range"), ("interactions", "out_of_range"),
        ("response_minutes", "out_of_range")]
    tomorrow = TODAY + timedelta(days=1)
    with pytest.raises(ValidationFailed) as err:
        service.save_day(fb, tomorrow, Counts(), None, "", 0)
    assert err.value.errors == [FieldError("day", "in_future")]
    with pytest.raises(ValidationFailed):
        service.add(fb, tomorrow, Counter.COMMENTS, 1)
    assert service.history(fb, TODAY - timedelta(days=30), tomorrow) == []


def test_archived_or_missing_accounts_take_no_log(service: EngagementService,
                                                  accounts: dict[str, AccountData]) -> None:
    with pytest.raises(NotFound):
        service.add(accounts["pin"].id, TODAY, Counter.COMMENTS, 1)
    with pytest.raises(NotFound):
        service.add(9999, TODAY, Counter.COMMENTS, 1)


def test_history_and_totals(service: EngagementService,
                            accounts: dict[str, AccountData]) -> None:
    insta, fb, x = accounts["insta"].id, accounts["fb"].id, accounts["x"].id
    days = [TODAY - timedelta(days=n) for n in (3, 2, 1, 0)]
    service.save_day(insta, days[0], Counts(4, 12, 3, 20), 30, "", 0)
    service.save_day(insta, days[1], Counts(1, 5, 0, 8), None, "contest", 0)
    service.save_day(insta, days[3], Counts(0, 9, 6, 15), 90, "", 0)
    service.save_day(fb, days[1], Counts(2, 0, 1, 0), 40, "", 0)
    service.save_day(x, days[1], Counts(7, 7, 7, 7), 5, "", 0)  # another brand
    assert [e.day for e in service.history(insta, days[0], days[3])] == [days[0], days[1],
                                                                          days[3]]
    assert [e.day for e in service.history(insta, days[1], days[2])] == [days[1]]
    totals = service.totals(accounts["insta"].brand_id, days[0], days[3])
    per = {t.account_id: t for t in totals.accounts}
    assert set(per) == {insta, fb}  # the archived Pinterest has no logs
    assert per[insta].counts == Counts(5, 26, 9, 43) and per[insta].days_logged == 3
    assert per[insta].median_response_minutes == 60.0
    assert per[fb].median_response_minutes == 40.0
    assert totals.overall.counts == Counts(7, 26, 10, 43)
    assert totals.overall.days_logged == 3 and totals.overall.median_response_minutes == 40.0
    only_fb = service.totals(accounts["insta"].brand_id, days[0], days[3], account_ids=[fb])
    assert [t.account_id for t in only_fb.accounts] == [fb]
    assert only_fb.overall.counts == Counts(2, 0, 1, 0)
    empty = service.totals(accounts["insta"].brand_id, days[2], days[2])
    assert empty.overall == type(empty.overall)(Counts(), 0, None, None)
    both = service.totals_of([accounts["insta"].brand_id, accounts["x"].brand_id], days[1],
                             days[1])
    assert both.overall.counts == Counts(10, 12, 8, 15)
    assert service.purge_deleted() == 0
