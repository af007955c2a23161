"""Takes the rolling backups of the open workspace: at open when the newest is a day old,
every half hour while there are changes, and at a clean close."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from smm_desktop.domain.retention import RetentionPolicy
from smm_desktop.services import backups
from smm_desktop.ui import workers

log = logging.getLogger(__name__)
INTERVAL_MS = 30 * 60 * 1000
STALE_AFTER = timedelta(hours=24)


class BackupKeeper(QObject):
    """One per open workspace file; `made(path)` and `failed(error)` report each backup."""

    made = Signal(object)
    failed = Signal(object)

    def __init__(self, workspace: Path, folder: Path, policy: RetentionPolicy) -> None:
        super().__init__()
        self.workspace, self.folder, self.policy = workspace, folder, policy
        self.dirty = False
        self.running = False
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start()
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.start_if_stale)

    def schedule_first(self, delay_ms: int) -> None:
        """The check for a day-old backup, once the window is up."""
        self._first.start(delay_ms)

    def stop(self) -> None:
        """This workspace is no longer shown: no more backups of it from timers."""
        self._timer.stop()
        self._first.stop()

    def mark_changed(self, _area: str = "") -> None:
        self.dirty = True

    def start_if_stale(self) -> None:
        """At open: back up now when the newest backup is more than a day old (or none)."""
        newest = backups.newest_time(self.workspace, self.folder)
        if newest is None or datetime.now() - newest > STALE_AFTER:
            self.back_up("auto")

    def _on_timer(self) -> None:
        if self.dirty:
            self.back_up("auto")

    def back_up(self, reason: str) -> None:
        """Back up in the background (one at a time)."""
        if self.running:
            return
        self.running, self.dirty = True, False
        workers.start(lambda: backups.backup_now(self.workspace, self.folder, reason, self.policy),
                      self._on_done, self._on_failed)

    def _on_done(self, path: object) -> None:
        self.running = False
        self.made.emit(path)

    def _on_failed(self, error: Exception) -> None:
        self.running, self.dirty = False, True
        self.failed.emit(error)

    def back_up_at_close(self) -> Path | None:
        """At a clean close, a last backup of the day's changes (the window is already gone)."""
        self.stop()
        if not self.dirty:
            return None
        try:
            return backups.backup_now(self.workspace, self.folder, "at-close", self.policy)
        except Exception:
            log.exception("Backup at close failed")
            return None
