"""The occasions a content plan is built around: Islamic days (Umm al-Qura calendar via
hijridate), the brand country's public holidays (holidays package) and national days, and the
marketing days every brand plans for; plus the Hijri date of any day for the calendar tiles.

An Islamic date is a prediction until it happens: the Umm al-Qura calendar is computed ahead,
but the authorities may move a month's start by a day after the moon sighting. Such an
occasion is `expected` while it is after today; once it is today or past it is a settled date.
Public holidays the package marks "(estimated)" are treated the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache

from hijridate import Gregorian, Hijri

from smm_desktop.domain import occasion_tables as tables
from smm_desktop.domain.occasion_holidays import duplicates, public_holidays


class OccasionKind(StrEnum):
    """Where an occasion comes from, in the order a day lists them."""

    ISLAMIC = "islamic"
    PUBLIC_HOLIDAY = "public_holiday"
    NATIONAL = "national"
    MARKETING = "marketing"
    BRAND = "brand"


_KIND_ORDER = {kind: rank for rank, kind in enumerate(OccasionKind)}

HIJRI_MONTHS = (
    "Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula",
    "Jumada al-Akhirah", "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qi'dah",
    "Dhu al-Hijjah",
)


@dataclass(frozen=True)
class Occasion:
    """One occasion on one day. `key` is stable (the UI translates the name by it; a brand's
    own occasion has "brand_<id>"); `name` is English (or as the person typed it)."""

    day: date
    key: str
    name: str
    kind: OccasionKind
    expected: bool = False
    hijri: str | None = None


def sort_key(occasion: Occasion) -> tuple[date, int, str]:
    return occasion.day, _KIND_ORDER[occasion.kind], occasion.name


def hijri_parts(day: date) -> tuple[int, int, int] | None:
    """(day, month 1-12, year) of `day` in the Umm al-Qura calendar; None outside the range
    it covers (1343-1500 AH, i.e. 1924-08-01 to 2077-11-16)."""
    try:
        hijri = Gregorian.fromdate(day).to_hijri()
    except (OverflowError, ValueError):
        return None
    return hijri.day, hijri.month, hijri.year


def hijri_label(day: date) -> str:
    """ "9 Ramadan 1448" in English ("" outside the calendar's range); the UI builds its own
    from hijri_parts with translated month names."""
    parts = hijri_parts(day)
    if parts is None:
        return ""
    return f"{parts[0]} {HIJRI_MONTHS[parts[1] - 1]} {parts[2]}"


def _to_gregorian(year: int, month: int, day: int) -> date | None:
    """The plain date of a Hijri day (hijridate's own date subclass kept out of the values)."""
    try:
        found = Hijri(year, month, day).to_gregorian()
    except (OverflowError, ValueError):
        return None
    return date(found.year, found.month, found.day)


def _islamic(country: str, year: int) -> list[Occasion]:
    """The Islamic days falling in Gregorian `year` (about 1.03 Hijri years a year)."""
    approx = (year - 622) * 33 // 32
    found = []
    for hijri_year in range(approx - 1, approx + 3):
        for rule in tables.islamic_days(country):
            day = _to_gregorian(hijri_year, rule.month, rule.day)
            if day is not None and day.year == year:
                label = f"{rule.day} {HIJRI_MONTHS[rule.month - 1]} {hijri_year}"
                found.append(Occasion(day, rule.key, rule.name, OccasionKind.ISLAMIC, True, label))
    return found


def _fixed(rows: list[tuple[str, str, date]], kind: OccasionKind) -> list[Occasion]:
    return [Occasion(day, key, name, kind) for key, name, day in rows]


def _aliases(country: str) -> tuple[str, ...]:
    """Name fragments of the holidays our own lists already give for the country."""
    islamic = tuple(a for rule in tables.islamic_days(country) for a in rule.aliases)
    return islamic + tables.national_aliases(country) + tables.MARKETING_ALIASES


def _holidays(country: str, year: int) -> list[Occasion]:
    aliases = _aliases(country)
    return [Occasion(h.day, h.key, h.name, OccasionKind.PUBLIC_HOLIDAY, h.estimated)
            for h in public_holidays(country, year) if not duplicates(h.name, aliases)]


@lru_cache(maxsize=64)
def _year(country: str, year: int) -> tuple[Occasion, ...]:
    """Every computed occasion of `year`, `expected` meaning "a prediction" (today not yet
    applied). Cached: the calendar asks for the same year on each month switch."""
    found = (_islamic(country, year) + _holidays(country, year)
             + _fixed(tables.national_days(country, year), OccasionKind.NATIONAL)
             + _fixed(tables.marketing_days(country, year), OccasionKind.MARKETING))
    return tuple(sorted(found, key=sort_key))


def _settled(occasion: Occasion, today: date) -> Occasion:
    """A predicted date that has arrived is no longer a prediction."""
    return replace(occasion, expected=False) if occasion.expected and (
        occasion.day <= today) else occasion


def occasions_between(start: date, end: date, country: str,
                      today: date | None = None) -> list[Occasion]:
    """The computed occasions from `start` to `end` (both included) for a brand in `country`
    (ISO alpha-2; unknown or empty: no public holidays or national days), by day then kind."""
    country = country.strip().upper()
    today = today or date.today()
    return [_settled(o, today) for year in range(start.year, end.year + 1)
            for o in _year(country, year) if start <= o.day <= end]
