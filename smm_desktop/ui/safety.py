"""The window's data-safety duties: rolling backups, File > Backups, Help > Check workspace,
and the warning about a workspace in a sync folder or on a network share."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from smm_desktop.services import backups
from smm_desktop.services.location import risky_location
from smm_desktop.services.workspace import CheckReport, Workspace, check
from smm_desktop.settings import Settings
from smm_desktop.ui import labels, recovery, workers
from smm_desktop.ui.backup_keeper import BackupKeeper
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.dialogs.backups_dialog import BackupsDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.main_window import MainWindow

FIRST_BACKUP_DELAY_MS = 5000


class Safety(QObject):
    """Owned by the controller; knows the open workspace file, if any."""

    def __init__(self, window: MainWindow, settings: Settings,
                 reopen: Callable[[Path, Callable[[], None]], None]) -> None:
        super().__init__()
        self.window, self.settings, self._reopen = window, settings, reopen
        self.keeper: BackupKeeper | None = None
        window.commands.backups.triggered.connect(self.show_backups)
        window.commands.check_workspace.triggered.connect(self.check_workspace)

    def folder_for(self, workspace: Path) -> Path:
        return Path(self.settings.backup_dir) if self.settings.backup_dir else backups.default_dir(workspace)

    def attach(self, workspace: Workspace, hub: DataHub) -> None:
        """Start keeping backups of a newly opened workspace file."""
        self.detach(at_close=False)
        path = workspace.path
        self.window.commands.backups.setEnabled(path is not None)
        if path is None:
            return
        self.keeper = BackupKeeper(path, self.folder_for(path), self.settings.retention())
        self.keeper.made.connect(self._on_made)
        self.keeper.failed.connect(self._on_failed)
        hub.changed.connect(self.keeper.mark_changed)
        if workspace.recovered:
            self.window.statusBar().showMessage(self.tr(
                "SMM Desktop did not close properly last time; the workspace was checked and is sound."), 15000)
        # Off the start path: the first backup of the day waits until the window is up.
        self.keeper.schedule_first(FIRST_BACKUP_DELAY_MS)

    def settings_changed(self) -> None:
        """New Keep-backups numbers or a new backup folder apply to the open workspace now."""
        if self.keeper is not None:
            self.keeper.policy = self.settings.retention()
            self.keeper.folder = self.folder_for(self.keeper.workspace)

    def detach(self, at_close: bool) -> None:
        if self.keeper is None:
            return
        if at_close:
            self.keeper.back_up_at_close()
        self.keeper.stop()
        self.keeper = None

    def _on_made(self, path: object) -> None:
        self.window.statusBar().showMessage(self.tr("Backup saved: %1").replace("%1", ltr(str(path))), 8000)

    def _on_failed(self, error: Exception) -> None:
        QMessageBox.warning(self.window, self.tr("Backup failed"), self.tr(
            "The backup could not be made: %1\nYour workspace itself is unchanged.").replace("%1", str(error)))

    def show_backups(self) -> None:
        if self.keeper is None or self.window.ctx is None:
            return
        chosen, ok = BackupsDialog.run(self.window, self.keeper, self.window.ctx.fmt)
        if ok and chosen is not None and self._confirm_restore(chosen):
            keeper = self.keeper
            self._reopen(keeper.workspace, lambda: self._restore(keeper, chosen))

    def _confirm_restore(self, chosen: backups.BackupInfo) -> bool:
        assert self.window.ctx is not None
        answer = QMessageBox.question(self.window, self.tr("Restore a backup"), self.tr(
            "Put the backup of %1 in place of the workspace? The current file is moved aside, not deleted, and a backup of it is made first.")
            .replace("%1", recovery.describe(chosen, self.window.ctx.fmt)))
        return answer == QMessageBox.StandardButton.Yes

    def _restore(self, keeper: BackupKeeper, chosen: backups.BackupInfo) -> None:
        result = backups.restore(keeper.workspace, chosen.path, keeper.folder)
        self.window.statusBar().showMessage(self.tr(
            "Restored. The previous file was kept at %1").replace("%1", ltr(str(result.moved_aside))), 15000)

    def check_workspace(self) -> None:
        """Help > Check workspace: a full integrity check, in the background."""
        services = self.window.ctx.services if self.window.ctx else None
        if services is None:
            return
        self.window.statusBar().showMessage(self.tr("Checking the workspace…"))
        target = services.workspace.path or services.workspace.url
        workers.start(lambda: check(target), self._on_checked,
                      lambda err: self._on_checked(None, err))

    def _on_checked(self, report: CheckReport | None, error: Exception | None = None) -> None:
        self.window.statusBar().clearMessage()
        if report is not None and report.sound:
            fmt = self.window.ctx.fmt if self.window.ctx else Formatter()
            QMessageBox.information(self.window, self.tr("Check workspace"), self.tr(
                "The workspace is sound (brands: %1, accounts: %2).").replace(
                "%1", fmt.number(report.brands)).replace("%2", fmt.number(report.accounts)))
            return
        detail = "\n".join(report.problems) if report else labels.error_message(error or Exception())
        QMessageBox.warning(self.window, self.tr("Check workspace"), self.tr(
            "SMM Desktop found a problem in the workspace:\n%1\nUse File > Backups to restore a good copy.")
            .replace("%1", detail))

    def location_move(self, workspace: Workspace) -> Path | None:
        """Where to move a workspace that sits in a risky place, if the person agrees."""
        path = workspace.path
        if path is None or str(path) in self.settings.location_ok:
            return None
        risk = risky_location(path)
        if risk is None:
            return None
        target = recovery.offer_move(self.window, path, risk)
        if target is None:
            self.settings.location_ok.append(str(path))
        return target
