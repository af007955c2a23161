"""The fixed rules behind the computed occasions: the Islamic days (Hijri month and day), each
country's national days, and the marketing days with their per-country variants.

Each rule gives a stable key (the UI translates names by key), the English name and the day.
Aliases are fragments of the holidays package's English names: a public holiday whose name
holds one of them is the same day as one of ours and is not listed twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

# Arab League members: White Friday instead of Black Friday.
ARAB_COUNTRIES = frozenset({
    "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS",
    "QA", "SA", "SD", "SO", "SY", "TN", "YE",
})
# Mother's Day on 21 March (the Maghreb keeps the last Sunday of May).
MARCH_MOTHERS_DAY = ARAB_COUNTRIES - {"DZ", "MA", "TN"}
LAST_SUNDAY_OF_MAY_MOTHERS_DAY = frozenset({"DZ", "MA", "TN", "FR"})
# The Prophet's birthday is marked where it is a public occasion; Saudi Arabia and Qatar do not
# mark it, and outside the Muslim-majority countries it is not on a brand's calendar.
PROPHETS_BIRTHDAY_COUNTRIES = frozenset({
    "AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "SD", "SY",
    "TN", "YE", "ID", "MY", "PK", "BD", "TR",
})


@dataclass(frozen=True)
class IslamicDay:
    """A day of the Hijri year (Umm al-Qura calendar)."""

    key: str
    name: str
    month: int
    day: int
    aliases: tuple[str, ...]


# Eid al-Fitr and Eid al-Adha are their first day only: one occasion is one day everywhere in
# the app (tiles, exports, .ics); the days off after them are not listed again.
ISLAMIC_DAYS = (
    IslamicDay("islamic_new_year", "Islamic New Year", 1, 1, ("islamic new year", "hijri new year")),
    IslamicDay("prophets_birthday", "Prophet's Birthday", 3, 12, ("prophet's birthday", "mawlid")),
    IslamicDay("ramadan_start", "First day of Ramadan", 9, 1, ("ramadan",)),
    IslamicDay("eid_al_fitr", "Eid al-Fitr", 10, 1, ("eid al-fitr",)),
    IslamicDay("day_of_arafah", "Day of Arafah", 12, 9, ("arafah", "arafat")),
    IslamicDay("eid_al_adha", "Eid al-Adha", 12, 10, ("eid al-adha",)),
)


def islamic_days(country: str) -> tuple[IslamicDay, ...]:
    """The Islamic days on the calendar of a brand in `country`."""
    return tuple(d for d in ISLAMIC_DAYS
                 if d.key != "prophets_birthday" or country in PROPHETS_BIRTHDAY_COUNTRIES)


@dataclass(frozen=True)
class FixedDay:
    """A national day: the same month and day every year since `since`."""

    key: str
    name: str
    month: int
    day: int
    since: int
    aliases: tuple[str, ...]


NATIONAL_DAYS: dict[str, tuple[FixedDay, ...]] = {
    "SA": (FixedDay("saudi_founding_day", "Saudi Founding Day", 2, 22, 2022, ("founding day",)),
           FixedDay("saudi_national_day", "Saudi National Day", 9, 23, 1965, ("national day",))),
    "AE": (FixedDay("uae_flag_day", "UAE Flag Day", 11, 3, 2013, ("flag day",)),
           FixedDay("uae_national_day", "UAE National Day", 12, 2, 1971, ("national day",))),
    "EG": (FixedDay("egypt_revolution_day", "July 23 Revolution Day", 7, 23, 1953,
                    ("july 23 revolution",)),),
    "KW": (FixedDay("kuwait_national_day", "Kuwait National Day", 2, 25, 1962, ("national day",)),
           FixedDay("kuwait_liberation_day", "Kuwait Liberation Day", 2, 26, 1991,
                    ("liberation day",))),
    "QA": (FixedDay("qatar_national_day", "Qatar National Day", 12, 18, 2007, ("national day",)),),
    "BH": (FixedDay("bahrain_national_day", "Bahrain National Day", 12, 16, 1971,
                    ("national day",)),),
    "JO": (FixedDay("jordan_independence_day", "Jordan Independence Day", 5, 25, 1946,
                    ("independence day",)),),
}


def national_days(country: str, year: int) -> list[tuple[str, str, date]]:
    """(key, name, day) of the country's national days in `year`."""
    return [(d.key, d.name, date(year, d.month, d.day))
            for d in NATIONAL_DAYS.get(country, ()) if year >= d.since]


def national_aliases(country: str) -> tuple[str, ...]:
    return tuple(a for d in NATIONAL_DAYS.get(country, ()) for a in d.aliases)


def weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def last_weekday_of_month(year: int, month: int, weekday: int) -> date:
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return weekday_on_or_after(first_next - timedelta(days=7), weekday)


# The first school day as (month, day, weekday): the first such weekday on or after that date.
# Assumptions from recent school years: Saudi schools open on a Sunday in the second half of
# August, the UAE's on the last Monday-ish of August, Egypt's on a Saturday in late September,
# England's in the first week of September, most US districts in the second half of August.
BACK_TO_SCHOOL: dict[str, tuple[int, int, int]] = {
    "SA": (8, 18, SUN),
    "AE": (8, 25, MON),
    "EG": (9, 20, SAT),
    "GB": (9, 1, WED),
    "US": (8, 20, MON),
}
BACK_TO_SCHOOL_DEFAULT = (9, 1, MON)


def back_to_school(country: str, year: int) -> date:
    month, day, weekday = BACK_TO_SCHOOL.get(country, BACK_TO_SCHOOL_DEFAULT)
    return weekday_on_or_after(date(year, month, day), weekday)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus; the tests check it against
    dateutil.easter, kept out of here because dateutil ships no type hints)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ell) // 433
    month = (h + ell - 7 * m + 90) // 25
    return date(year, month, (h + ell - 7 * m + 33 * month + 19) % 32)


def thanksgiving(year: int) -> date:
    """US Thanksgiving: the fourth Thursday of November."""
    return weekday_on_or_after(date(year, 11, 1), THU) + timedelta(days=21)


def mothers_day(country: str, year: int) -> tuple[str, str, date]:
    """Mother's Day as the country keeps it."""
    if country in MARCH_MOTHERS_DAY:
        return "mothers_day", "Mother's Day", date(year, 3, 21)
    if country == "GB":
        return "mothering_sunday", "Mothering Sunday", easter(year) - timedelta(days=21)
    if country in LAST_SUNDAY_OF_MAY_MOTHERS_DAY:
        return "mothers_day", "Mother's Day", last_weekday_of_month(year, 5, SUN)
    second_sunday = weekday_on_or_after(date(year, 5, 1), SUN) + timedelta(days=7)
    return "mothers_day", "Mother's Day", second_sunday


def _friday_sale(country: str, year: int) -> tuple[str, str, date]:
    friday = thanksgiving(year) + timedelta(days=1)
    if country in ARAB_COUNTRIES:
        return "white_friday", "White Friday", friday
    return "black_friday", "Black Friday", friday


def _fixed(key: str, name: str, month: int, day: int) -> Callable[[str, int], tuple[str, str, date]]:
    return lambda _country, year: (key, name, date(year, month, day))


_MARKETING: tuple[Callable[[str, int], tuple[str, str, date]], ...] = (
    _fixed("new_year", "New Year's Day", 1, 1),
    _fixed("valentines_day", "Valentine's Day", 2, 14),
    mothers_day,
    lambda country, year: ("back_to_school", "Back to school", back_to_school(country, year)),
    _fixed("singles_day", "Singles' Day", 11, 11),
    _friday_sale,
    lambda _country, year: ("cyber_monday", "Cyber Monday",
                            thanksgiving(year) + timedelta(days=4)),
    _fixed("year_end", "End of year", 12, 31),
)
MARKETING_ALIASES = ("new year's", "valentine", "mother's day", "mothering sunday")


def marketing_days(country: str, year: int) -> list[tuple[str, str, date]]:
    """(key, name, day) of the marketing days of `year` for a brand in `country`."""
    return [rule(country, year) for rule in _MARKETING]
