"""Reminders while the app is open: a message a set time before each post, and the morning
summary once a day. Shown in the system tray where the desktop has one, else in the window's
status bar; clicking the tray message brings the window and its Today dock forward."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStyle, QSystemTrayIcon
from sqlalchemy.exc import SQLAlchemyError

from smm_desktop.domain import reminders as rules
from smm_desktop.domain.enums import PostStatus
from smm_desktop.domain.errors import StorageFault
from smm_desktop.settings import clock_time
from smm_desktop.ui.bidi import isolate, ltr
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.panels import today_model
from smm_desktop.ui.week_start import first_weekday

log = logging.getLogger(__name__)
Notifier = Callable[[str, str], None]  # (title, text)
CHECK_MS = 60_000
STATUS_MS = 60_000  # how long the status bar fallback shows a message


class Reminders(QObject):
    """Checks each minute (and at `start()`); `now` and `notify` are replaceable for tests."""

    def __init__(self, ctx: UiContext, window: QMainWindow, save: Callable[[], None],
                 notify: Notifier | None = None) -> None:
        super().__init__(window)
        self.ctx, self.window, self._save = ctx, window, save
        self.now: Callable[[], datetime] = datetime.now
        self.reminded: set[rules.Key] = set()
        self.tray: QSystemTrayIcon | None = None
        if notify is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = self._make_tray()
        self.notify: Notifier = notify or (self._tray_message if self.tray else self._status)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        """The workspace closes: no more checks, the tray icon goes."""
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> None:
        """Both checks; a failing read waits for the next minute (it is only a reminder)."""
        try:
            self.check_posts()
            self.check_morning()
        except (StorageFault, SQLAlchemyError, OSError):  # busy or gone: the next minute
            log.warning("Reminder check failed", exc_info=True)

    # Posts ------------------------------------------------------------------------------

    def _brand_ids(self) -> list[int]:
        return [b.id for b in self.ctx.services.brands.list_brands(include_archived=False)]

    def check_posts(self) -> list[rules.Timed]:
        """Announce the posts due within the lead time not announced yet; returns them."""
        lead = self.ctx.settings.reminder_minutes
        if lead <= 0:
            return []
        now = self.now().replace(second=0, microsecond=0)
        rows = self.ctx.services.agenda.upcoming(self._brand_ids(), now,
                                                 now + timedelta(minutes=lead))
        found = rules.due(rows, now, lead, self.reminded)
        if found:
            self.reminded.update(rules.key(row) for row in found)
            self.notify(self.tr("Posts coming up"), self.post_text(found, now))
        return found

    def post_text(self, rows: list[rules.Timed], now: datetime) -> str:
        """"In 30 minutes: Spring bouquet (@bloom)", one line a post."""
        lines = []
        for row in rows:
            assert row.scheduled_at is not None
            topic = isolate(getattr(row, "topic", "")) or self.tr("(no topic)")
            handles = " ".join(ltr("@" + h.lstrip("@")) for h in getattr(row, "handles", ()))
            what = f"{topic} ({handles})" if handles else topic
            minutes = digits_in(str(rules.minutes_until(row.scheduled_at, now)))
            lines.append(self.tr("In %1 minutes: %2").replace("%1", minutes).replace("%2", what))
        return "\n".join(lines)

    # The morning summary ----------------------------------------------------------------

    def check_morning(self) -> bool:
        """The summary once a day, from the morning time on; remembered in the settings."""
        settings = self.ctx.settings
        at = clock_time(settings.morning_time) or (8, 30)
        now = self.now()
        if not settings.morning_summary or not rules.summary_due(
                now, time(*at), settings.last_summary_day):
            return False
        counts = self.morning_counts(now.date())
        settings.last_summary_day = now.date().isoformat()
        self._save()
        self.notify(self.tr("Good morning"), self.summary_text(counts))
        return True

    def morning_counts(self, today: date) -> rules.MorningCounts:
        """The counts across every brand, read as the to-do list reads them."""
        services, settings = self.ctx.services, self.ctx.settings
        ids = self._brand_ids()
        snap = today_model.load(services, ids, {}, today, first_weekday(settings),
                                settings.follow_up_days)
        posts = [_Row(p.post.id, p.post.scheduled_at, p.post.status) for p in snap.posts]
        return rules.morning_counts(today, posts, [(i.state, i.due) for i in snap.items],
                                    len(snap.follow_ups))

    def summary_text(self, counts: rules.MorningCounts) -> str:
        text = self.tr("Posts today: %1 · Routines: %2 · Follow-ups: %3 · Overdue: %4")
        for number, value in enumerate((counts.posts, counts.routines, counts.follow_ups,
                                        counts.overdue), start=1):
            text = text.replace(f"%{number}", digits_in(str(value)))
        return text

    # Where messages show ----------------------------------------------------------------

    def _make_tray(self) -> QSystemTrayIcon:
        icon = self.window.windowIcon()
        if icon.isNull():
            icon = _app_icon()
        tray = QSystemTrayIcon(icon, self)
        tray.setToolTip("SMM Desktop")
        menu = QMenu(self.window)
        menu.addAction(self.tr("Show the window"), self.show_today)
        menu.addAction(self.tr("Quit"), self.window.close)
        tray.setContextMenu(menu)
        tray.messageClicked.connect(self.show_today)
        tray.activated.connect(lambda reason: self.show_today()
                               if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
        tray.show()
        return tray

    def _tray_message(self, title: str, text: str) -> None:
        assert self.tray is not None
        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)

    def _status(self, title: str, text: str) -> None:
        """No tray: the status bar, on one line."""
        self.window.statusBar().showMessage(f"{title}: " + text.replace("\n", " · "), STATUS_MS)

    def show_today(self) -> None:
        """Bring the window forward with the to-do list showing."""
        window = self.window
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()
        show_tab = getattr(window, "show_tab", None)
        if show_tab is not None:
            show_tab("today/todo")


@dataclass(frozen=True)
class _Row:
    """A post as rules.Timed sees it."""

    post_id: int
    scheduled_at: datetime | None
    status: PostStatus


def _app_icon() -> QIcon:
    app = QApplication.instance()
    if isinstance(app, QApplication) and not app.windowIcon().isNull():
        return app.windowIcon()
    style = app.style() if isinstance(app, QApplication) else None
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation) if style else QIcon()
