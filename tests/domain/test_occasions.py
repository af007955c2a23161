"""Computed occasions for 2026-2028 against known dates: the Umm al-Qura Islamic days, national
days, marketing days, the public holidays without duplicates, and the "expected" flag."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from dateutil.easter import easter as dateutil_easter

from smm_desktop.domain import occasion_tables as tables
from smm_desktop.domain.occasion_holidays import holiday_key
from smm_desktop.domain.occasions import (
    Occasion,
    OccasionKind,
    hijri_label,
    hijri_parts,
    occasions_between,
    sort_key,
)

LONG_AGO = date(2000, 1, 1)  # every Islamic date of 2026-2028 still to come


def _days(country: str, key: str, start: date = date(2026, 1, 1),
          end: date = date(2028, 12, 31)) -> list[date]:
    return [o.day for o in occasions_between(start, end, country, LONG_AGO) if o.key == key]


@pytest.mark.parametrize(("key", "expected"), [
    ("ramadan_start", [date(2026, 2, 18), date(2027, 2, 8), date(2028, 1, 28)]),
    ("eid_al_fitr", [date(2026, 3, 20), date(2027, 3, 9), date(2028, 2, 26)]),
    ("day_of_arafah", [date(2026, 5, 26), date(2027, 5, 15), date(2028, 5, 4)]),
    ("eid_al_adha", [date(2026, 5, 27), date(2027, 5, 16), date(2028, 5, 5)]),
    ("islamic_new_year", [date(2026, 6, 16), date(2027, 6, 6), date(2028, 5, 25)]),
    ("prophets_birthday", [date(2026, 8, 25), date(2027, 8, 14), date(2028, 8, 3)]),
])
def test_islamic_days_follow_umm_al_qura(key: str, expected: list[date]) -> None:
    assert _days("AE", key) == expected


def test_the_issue_s_known_dates() -> None:
    assert date(2027, 2, 8) in _days("SA", "ramadan_start")  # Ramadan 1448
    assert date(2027, 5, 16) in _days("SA", "eid_al_adha")  # Eid al-Adha 1448
    assert date(2026, 3, 20) in _days("SA", "eid_al_fitr")  # Eid al-Fitr 1447


def test_an_islamic_occasion_carries_its_hijri_date() -> None:
    ramadan = next(o for o in occasions_between(date(2027, 2, 1), date(2027, 2, 28), "SA")
                   if o.key == "ramadan_start")
    assert (ramadan.kind, ramadan.hijri) == (OccasionKind.ISLAMIC, "1 Ramadan 1448")
    assert type(ramadan.day) is date  # a plain date, not hijridate's subclass


@pytest.mark.parametrize(("country", "shown"), [
    ("SA", False), ("QA", False), ("AE", True), ("EG", True), ("GB", False)])
def test_the_prophet_s_birthday_only_where_it_is_marked(country: str, shown: bool) -> None:
    assert bool(_days(country, "prophets_birthday")) is shown


@pytest.mark.parametrize(("country", "key", "expected"), [
    ("SA", "saudi_national_day", [date(2026, 9, 23), date(2027, 9, 23), date(2028, 9, 23)]),
    ("SA", "saudi_founding_day", [date(2026, 2, 22), date(2027, 2, 22), date(2028, 2, 22)]),
    ("AE", "uae_national_day", [date(2026, 12, 2), date(2027, 12, 2), date(2028, 12, 2)]),
    ("EG", "egypt_revolution_day", [date(2026, 7, 23), date(2027, 7, 23), date(2028, 7, 23)]),
    ("GB", "saudi_national_day", []),
    ("AE", "saudi_national_day", []),
])
def test_national_days_only_for_their_country(country: str, key: str,
                                              expected: list[date]) -> None:
    assert _days(country, key) == expected
    kinds = {o.kind for o in occasions_between(date(2026, 1, 1), date(2028, 12, 31), country)
             if o.key == key}
    assert kinds <= {OccasionKind.NATIONAL}


def test_founding_day_only_since_it_was_declared() -> None:
    assert _days("SA", "saudi_founding_day", date(2019, 1, 1), date(2022, 12, 31)) == [
        date(2022, 2, 22)]


@pytest.mark.parametrize(("country", "key", "name"), [
    ("SA", "white_friday", "White Friday"), ("AE", "white_friday", "White Friday"),
    ("EG", "white_friday", "White Friday"), ("GB", "black_friday", "Black Friday"),
    ("US", "black_friday", "Black Friday")])
def test_white_or_black_friday_is_the_day_after_us_thanksgiving(
        country: str, key: str, name: str) -> None:
    found = [o for o in occasions_between(date(2026, 11, 1), date(2026, 11, 30), country)
             if o.key == key]
    assert [(o.day, o.name) for o in found] == [(date(2026, 11, 27), name)]
    assert _days(country, "cyber_monday", date(2026, 1, 1), date(2026, 12, 31)) == [
        date(2026, 11, 30)]


@pytest.mark.parametrize(("country", "key", "expected"), [
    ("SA", "mothers_day", [date(2026, 3, 21), date(2027, 3, 21), date(2028, 3, 21)]),
    ("EG", "mothers_day", [date(2026, 3, 21), date(2027, 3, 21), date(2028, 3, 21)]),
    ("GB", "mothering_sunday", [date(2026, 3, 15), date(2027, 3, 7), date(2028, 3, 26)]),
    ("US", "mothers_day", [date(2026, 5, 10), date(2027, 5, 9), date(2028, 5, 14)]),
    ("GB", "mothers_day", []),
])
def test_mother_s_day_as_each_country_keeps_it(country: str, key: str,
                                               expected: list[date]) -> None:
    assert _days(country, key) == expected


@pytest.mark.parametrize(("country", "expected"), [
    ("SA", date(2026, 8, 23)),  # a Sunday
    ("AE", date(2026, 8, 31)),  # a Monday
    ("EG", date(2026, 9, 26)),  # a Saturday
    ("GB", date(2026, 9, 2)),  # a Wednesday
    ("US", date(2026, 8, 24)),
    ("FR", date(2026, 9, 7)),  # the default: first Monday from 1 September
])
def test_back_to_school_by_country(country: str, expected: date) -> None:
    assert _days(country, "back_to_school", date(2026, 1, 1), date(2026, 12, 31)) == [expected]


@pytest.mark.parametrize("country", ["SA", "GB", "US", "", "XX"])
def test_every_country_gets_the_fixed_marketing_days(country: str) -> None:
    found = {(o.key, o.day) for o in occasions_between(
        date(2027, 1, 1), date(2027, 12, 31), country)}
    assert {("new_year", date(2027, 1, 1)), ("valentines_day", date(2027, 2, 14)),
            ("singles_day", date(2027, 11, 11)), ("year_end", date(2027, 12, 31))} <= found


def test_public_holidays_of_the_country_are_listed() -> None:
    gb = {(o.key, o.day, o.kind) for o in occasions_between(
        date(2027, 1, 1), date(2027, 12, 31), "GB")}
    assert ("holiday_christmas_day", date(2027, 12, 25), OccasionKind.PUBLIC_HOLIDAY) in gb
    assert ("holiday_good_friday", date(2027, 3, 26), OccasionKind.PUBLIC_HOLIDAY) in gb
    us = {o.key for o in occasions_between(date(2027, 1, 1), date(2027, 12, 31), "US")}
    assert "holiday_thanksgiving_day" in us
    sa = {o.key for o in occasions_between(date(2027, 1, 1), date(2027, 12, 31), "SA")}
    assert "holiday_thanksgiving_day" not in sa and "holiday_christmas_day" not in sa


@pytest.mark.parametrize("country", ["SA", "AE", "EG", "GB", "US", "KW", "QA", "BH", "JO"])
def test_no_occasion_is_listed_twice(country: str) -> None:
    found = occasions_between(date(2026, 1, 1), date(2028, 12, 31), country)
    # (A lunar-year holiday may come twice in one Gregorian year: Isra' and Mi'raj in 2027.)
    listed = [(o.key, o.day) for o in found]
    assert len(listed) == len(set(listed))
    for key in {k for k, _ in listed}:  # nor on a moved day off next to the day itself
        days = sorted(d for k, d in listed if k == key)
        assert all((b - a).days > 7 for a, b in pairwise(days)), key
    holidays = [o.name.casefold() for o in found if o.kind is OccasionKind.PUBLIC_HOLIDAY]
    for word in ("eid", "arafah", "islamic new year", "national day", "founding day",
                 "new year's", "july 23"):
        assert not [name for name in holidays if word in name], (country, word)


def test_the_package_s_islamic_holidays_do_not_duplicate_ours() -> None:
    """Saudi Arabia's "Eid al-Fitr Holiday" days off are not listed beside Eid al-Fitr."""
    found = occasions_between(date(2027, 3, 1), date(2027, 3, 31), "SA")
    assert [o.key for o in found if "eid" in o.key] == ["eid_al_fitr"]


def test_a_moved_day_off_is_kept_when_the_holiday_itself_is_not_listed() -> None:
    eg = [(o.key, o.day) for o in occasions_between(date(2027, 1, 1), date(2027, 1, 31), "EG")]
    assert ("holiday_january_25th_revolution_and_national_police_day", date(2027, 1, 28)) in eg
    us = [o.day for o in occasions_between(date(2027, 6, 1), date(2027, 7, 31), "US")
          if o.key.startswith("holiday_juneteenth")]
    assert us == [date(2027, 6, 19)]  # the observed 18 June is not listed again


def test_expected_means_an_islamic_date_still_to_come() -> None:
    found = occasions_between(date(2027, 1, 1), date(2027, 12, 31), "SA", today=date(2027, 3, 9))
    flags = {o.key: o.expected for o in found}
    assert flags["ramadan_start"] is False  # past
    assert flags["eid_al_fitr"] is False  # today: the sighting has settled it
    assert flags["eid_al_adha"] is True
    assert flags["islamic_new_year"] is True
    assert not any(o.expected for o in found if o.kind is not OccasionKind.ISLAMIC)


def test_the_package_s_estimated_holidays_are_expected_too() -> None:
    found = occasions_between(date(2027, 1, 1), date(2027, 12, 31), "KW", today=date(2026, 1, 1))
    isra = [o for o in found if o.key == "holiday_isra_and_mi_raj"]
    assert isra and all(o.expected for o in isra)


def test_sorted_by_day_then_kind() -> None:
    found = occasions_between(date(2026, 1, 1), date(2028, 12, 31), "US")
    assert found == sorted(found, key=sort_key)
    veterans = [o.kind for o in found if o.day == date(2027, 11, 11)]
    assert veterans == [OccasionKind.PUBLIC_HOLIDAY, OccasionKind.MARKETING]


def test_the_range_is_inclusive_and_may_cross_years() -> None:
    found = occasions_between(date(2026, 12, 31), date(2027, 1, 1), "SA")
    assert [(o.key, o.day) for o in found] == [("year_end", date(2026, 12, 31)),
                                               ("new_year", date(2027, 1, 1))]
    assert occasions_between(date(2027, 1, 2), date(2027, 1, 1), "SA") == []


def test_the_country_code_is_read_leniently() -> None:
    assert occasions_between(date(2027, 9, 1), date(2027, 9, 30), " sa ") == occasions_between(
        date(2027, 9, 1), date(2027, 9, 30), "SA")


def test_dates_beyond_the_hijri_calendar_give_the_other_occasions() -> None:
    found = occasions_between(date(2099, 1, 1), date(2100, 12, 31), "SA")
    assert found and not [o for o in found if o.kind is OccasionKind.ISLAMIC]
    assert occasions_between(date(1970, 1, 1), date(1970, 12, 31), "SA")


@pytest.mark.parametrize(("day", "parts", "label"), [
    (date(2027, 2, 16), (9, 9, 1448), "9 Ramadan 1448"),
    (date(2027, 5, 16), (10, 12, 1448), "10 Dhu al-Hijjah 1448"),
    (date(2026, 6, 16), (1, 1, 1448), "1 Muharram 1448"),
    (date(2100, 1, 1), None, ""),
])
def test_hijri_date_of_a_day(day: date, parts: tuple[int, int, int] | None, label: str) -> None:
    assert hijri_parts(day) == parts
    assert hijri_label(day) == label


def test_easter_matches_dateutil() -> None:
    assert all(tables.easter(y) == dateutil_easter(y) for y in range(1970, 2101))


def test_holiday_keys_are_slugs() -> None:
    assert holiday_key("New Year's Day") == "holiday_new_year_s_day"
    assert holiday_key("Martin Luther King Jr. Day") == "holiday_martin_luther_king_jr_day"


def test_an_occasion_is_a_frozen_value() -> None:
    occasion = Occasion(date(2027, 1, 1), "new_year", "New Year's Day", OccasionKind.MARKETING)
    with pytest.raises(AttributeError):
        occasion.day = date(2027, 1, 2)  # type: ignore[misc]
