"""The month's .ics: parsed back with icalendar, one event per dated post at the right local
time (in the brand's zone or floating), stable UIDs, statuses; an empty month still valid."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar

from smm_desktop.reports import plan_ics

from .plan_samples import arabic_month, english_month

NOW = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)


def _events(data: bytes) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_one_event_per_post_in_the_brand_zone() -> None:
    month = arabic_month()
    events = _events(plan_ics.render(month, now=NOW))
    assert len(events) == len(month.posts)
    start = events[0]["DTSTART"].dt
    assert start == datetime(2026, 11, 3, 19, 0, tzinfo=ZoneInfo("Asia/Riyadh"))
    assert start.astimezone(UTC).hour == 16
    assert str(events[0]["SUMMARY"]) == month.posts[0].topic
    description = str(events[0]["DESCRIPTION"])
    assert "Persona: نورة (طالبة جامعية)" in description and "#قهوة_مختصة" in description
    assert [str(e["STATUS"]) for e in events] == ["CONFIRMED", "CANCELLED"]
    assert b"BEGIN:VTIMEZONE" in plan_ics.render(month, now=NOW)


def test_floating_time_without_a_zone() -> None:
    month = english_month(2)
    events = _events(plan_ics.render(month, now=NOW))
    assert events[0]["DTSTART"].dt == month.posts[0].when
    assert events[0]["DTSTART"].dt.tzinfo is None


def test_uids_are_stable_and_distinct() -> None:
    month = english_month(5)
    first = [str(e["UID"]) for e in _events(plan_ics.render(month, now=NOW))]
    again = [str(e["UID"]) for e in _events(plan_ics.render(month))]
    assert first == again and len(set(first)) == 5


def test_empty_month_is_a_valid_calendar() -> None:
    data = plan_ics.render(dataclasses.replace(english_month(), posts=()), now=NOW)
    cal = Calendar.from_ical(data)
    assert _events(data) == []
    note = next(iter(cal.walk("VJOURNAL")))
    assert str(note["SUMMARY"]) == "No posts are planned for this month."
    assert note["DTSTART"].dt == date(2026, 5, 1)
    assert "No posts are planned" in str(cal["X-WR-CALNAME"])
