"""The first day of the week, one rule for the to-do list and the Calendar: the setting, else
the system locale's. Never the UI language's: weekly check-offs are keyed by the week's first
day, so switching the app to Arabic must not reopen every weekly routine."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from smm_desktop.settings import Settings


def system_locale() -> QLocale:
    """The operating system's locale (a seam for tests)."""
    return QLocale.system()


# A system locale naming no language (C, POSIX: a bare server or a test run) says nothing about
# weeks; then Sunday, as in Saudi Arabia and the United States (and as the sample writes its
# weekly check-offs), whatever language the app shows.
NO_LOCALE_WEEK_START = 6


def first_weekday(settings: Settings) -> int:
    """0 Monday … 6 Sunday: the setting, else the system locale's."""
    if 0 <= settings.week_start <= 6:
        return settings.week_start
    locale = system_locale()
    if locale.language() == QLocale.Language.C:
        return NO_LOCALE_WEEK_START
    return locale.firstDayOfWeek().value - 1


def locale_week(settings: Settings | None = None) -> tuple[int, frozenset[int]]:
    """The first day of the week and the weekend days (0 Monday … 6 Sunday) of the locale;
    with `settings`, the first day is theirs (the to-do list uses the same)."""
    locale = QLocale()
    working = {d.value - 1 for d in locale.weekdays()}
    first = locale.firstDayOfWeek().value - 1 if settings is None else first_weekday(settings)
    return first, frozenset(set(range(7)) - working)
