"""A country's public holidays from the holidays package (computed locally, no network), in
English, with the package's markers read: "(estimated)" for a predicted Islamic date and
"(observed)" for a day off moved from a weekend."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import holidays

_MARKER = re.compile(r"\s*\((observed|estimated|observed, estimated)\)\s*$", re.IGNORECASE)
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_SPAN = 7  # days: the same name again within a week is the same holiday


@dataclass(frozen=True)
class PublicHoliday:
    """One named public holiday: `key` is "holiday_" and its English name as a slug."""

    day: date
    key: str
    name: str
    estimated: bool


def holiday_key(name: str) -> str:
    """The stable key of a holiday's English name: "New Year's Day" -> holiday_new_year_s_day."""
    return "holiday_" + _NOT_WORD.sub("_", name.casefold()).strip("_")


@lru_cache(maxsize=8)
def supported_countries() -> frozenset[str]:
    return frozenset(holidays.list_supported_countries())


def _english(country: str) -> str | None:
    """The package's English for the country, else its own language (None)."""
    languages = holidays.country_holidays(country).supported_languages
    return next((lang for lang in ("en_US", "en_GB") if lang in languages), None)


def _raw(country: str, year: int) -> list[tuple[date, str]]:
    """(day, name) of each holiday; two holidays on one day are two entries."""
    found = holidays.country_holidays(country, years=year, language=_english(country))
    return [(day, part.strip()) for day, names in sorted(found.items())
            for part in names.split(";") if part.strip()]


def _parse(day: date, raw: str) -> tuple[PublicHoliday, bool]:
    """The holiday and whether the entry is an observed (moved) day off."""
    marker = _MARKER.search(raw)
    tag = marker.group(1).casefold() if marker else ""
    name = _MARKER.sub("", raw).strip()
    return PublicHoliday(day, holiday_key(name), name, "estimated" in tag), "observed" in tag


def _first_days(found: list[PublicHoliday]) -> list[PublicHoliday]:
    """A holiday of several days under one name (Bahrain's two days of Ashura) is its first
    day, as the Eids are."""
    kept: list[PublicHoliday] = []
    for holiday in found:
        if not any(k.key == holiday.key and (holiday.day - k.day).days <= _SPAN for k in kept):
            kept.append(holiday)
    return kept


def public_holidays(country: str, year: int) -> list[PublicHoliday]:
    """The holidays of `year`, one entry per holiday: an observed day off is kept only when
    the holiday itself is not in the year's list (Egypt moves some to a Thursday)."""
    if country not in supported_countries():
        return []
    parsed = [_parse(day, raw) for day, raw in _raw(country, year)]
    actual = {h.key for h, observed in parsed if not observed}
    return _first_days([h for h, observed in parsed if not observed or h.key not in actual])


def duplicates(name: str, aliases: tuple[str, ...]) -> bool:
    """Whether a holiday named `name` is one of ours (one of the aliases is in its name)."""
    folded = name.casefold()
    return any(alias in folded for alias in aliases)
