"""One clock for the whole workspace window: `day_changed(new_day)` just after midnight, so
every screen showing "today" (the to-do list, the engagement log, the weekly check, the date
limits of the forms) moves to the new day when the app stays open overnight."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QDateEdit

_AFTER_MIDNIGHT_MS = 1000  # a second after midnight, so date.today() is surely the new day


class DayClock(QObject):
    """A single-shot timer armed to just after the next midnight, re-armed on each tick; tests
    fix `today` and `now` and call `tick()`."""

    day_changed = Signal(object)  # the new date

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], date] = date.today
        self.now: Callable[[], datetime] = datetime.now
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        self._day: date | None = None

    def start(self) -> None:
        """Remember today and arm the timer (the window does this once; tests after fixing
        `today` and `now`)."""
        self._day = self.today()
        self.arm()

    def arm(self) -> None:
        """Start (or restart) the timer for just after the next midnight."""
        now = self.now()
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        wait = int((midnight - now).total_seconds() * 1000) + _AFTER_MIDNIGHT_MS
        self.timer.start(max(_AFTER_MIDNIGHT_MS, wait))

    def tick(self) -> None:
        """The timer fired (or a test says so): a new day -> `day_changed`; then re-arm."""
        day = self.today()
        if day != self._day:
            self._day = day
            self.day_changed.emit(day)
        self.arm()


class _DateFollower(QObject):
    """Child of a date field: on a new day its maximum moves on, and so does its date when it
    showed the old today (gone with the field, so the clock never calls a deleted widget)."""

    def __init__(self, edit: QDateEdit, clock: DayClock) -> None:
        super().__init__(edit)
        self._edit = edit
        clock.day_changed.connect(self.on_day)

    @Slot(object)
    def on_day(self, day: date) -> None:
        new = QDate(day.year, day.month, day.day)
        was_today = self._edit.date() >= self._edit.maximumDate()
        self._edit.setMaximumDate(new)
        if was_today:
            self._edit.setDate(new)


def follow_today(clock: DayClock, *edits: QDateEdit) -> None:
    """Date fields limited to today: keep limit (and a date on today) current overnight."""
    for edit in edits:
        _DateFollower(edit, clock)
