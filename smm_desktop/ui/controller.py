"""Opens and switches workspaces for the main window, and carries out its File menu."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from smm_desktop import paths
from smm_desktop import settings as settings_io
from smm_desktop.db.backup import BackupFailed
from smm_desktop.db.engine import to_url
from smm_desktop.db.lock import WorkspaceBusy
from smm_desktop.domain.errors import StorageFault
from smm_desktop.logs import log_file
from smm_desktop.services.registry import Services
from smm_desktop.services.workspace import Workspace, WorkspaceDamaged
from smm_desktop.settings import Settings
from smm_desktop.ui import recovery, theme, workspace_errors
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.import_flow import ImportFlow
from smm_desktop.ui.instance import InstanceServer
from smm_desktop.ui.main_window import MainWindow
from smm_desktop.ui.safety import Safety
from smm_desktop.ui.transfer import Transfer

if TYPE_CHECKING:
    from smm_desktop.ui.reminders import Reminders

log = logging.getLogger(__name__)
BACKGROUND_WAIT_MS = 30_000
REMINDERS_AFTER_MS = 1500  # the first reminder check, after the window has shown


RESTART_URL_VARIABLE = "SMM_DESKTOP_DATABASE_URL"


def restart_command(workspace: str) -> tuple[str, list[str], dict[str, str]]:
    """How to start this app again on the same workspace (from source, a wheel or a bundle).

    A database URL goes through the environment: on the command line its password would
    show in every user's process list.
    """
    env = {RESTART_URL_VARIABLE: workspace} if "://" in workspace else {}
    args = ["--workspace", workspace] if workspace and not env else []
    if getattr(sys, "frozen", False):
        return sys.executable, args, env
    return sys.executable, ["-m", "smm_desktop", *args], env


class Controller(QObject):
    """Owns the open workspace; the window only asks."""

    def __init__(self, settings: Settings, persist: bool = True, interactive: bool = True) -> None:
        super().__init__()
        self.settings = settings
        self.persist = persist
        self.interactive = interactive
        self.services: Services | None = None
        self.window = MainWindow()
        self.instance = InstanceServer(self)
        self.instance.show_requested.connect(self.bring_to_front)
        self.window.new_workspace_requested.connect(self.new_workspace)
        self.window.open_workspace_requested.connect(self.open_workspace_file)
        self.window.sample_requested.connect(self.open_sample)
        self.window.settings_requested.connect(self.edit_settings)
        self.window.closing.connect(self.shut_down)
        self.window.commands.show_log.triggered.connect(self.show_log_folder)
        self.window.commands.about.triggered.connect(self.about)
        self.window.restore_layout(settings.ui_state)
        self.safety = Safety(self.window, settings, self.reopen_after)
        self.transfer = Transfer(self.window, self.safety)
        self.imports = ImportFlow(self.window, self.safety)
        # The Competitors tab's sheet import backs up the same way as the analytics import.
        self.window.import_backup = self.imports.backup
        self.reminders: Reminders | None = None

    def open_workspace(self, target: str) -> bool:
        """Open `target` in the window; on failure say why and keep the current one."""
        if self._is_current(target):
            self.bring_to_front()
            return True
        opened = self._open(target)
        if opened is None:
            return False
        moved_to = self.safety.location_move(opened) if self.interactive else None
        if moved_to is not None and opened.path is not None:
            return self._move_and_open(opened, opened.path, moved_to)
        self._close_current(at_close=False)
        self.services = Services.of(opened)
        ctx = UiContext.create(self.services, self.settings)
        self.window.bind(ctx)
        self._start_reminders()
        self.safety.attach(opened, ctx.hub)
        if opened.path is not None:
            self.instance.listen(opened.path)
            self.settings.remember_workspace(opened.path)
        self._refresh_recent()
        self._save()
        return True

    def _open(self, target: str) -> Workspace | None:
        """Open, and if the file is damaged, move it aside and offer the newest good backup."""
        try:
            return workspace_errors.open_or_explain(target, self._backup_dir(), self.warn)
        except WorkspaceDamaged as err:
            if not self.interactive:
                self.warn(workspace_errors.damaged_message(err))
                return None
            if not recovery.recover_damaged(self.window, err.path, err.problems[0],
                                            self.safety.folder_for(err.path),
                                            Formatter(self.settings.digits)):
                return None  # the person chose Cancel in the box that said why
        try:
            return workspace_errors.open_or_explain(target, self._backup_dir(), self.warn)
        except WorkspaceDamaged as err:
            self.warn(workspace_errors.damaged_message(err))
            return None

    def _move_and_open(self, opened: Workspace, source: Path, target: Path) -> bool:
        """Move a workspace out of a risky place; the settings follow it to the new place."""
        opened.close()
        try:
            moved = recovery.move_closed_workspace(source, target)
        except (OSError, BackupFailed) as err:
            self.warn(str(err))
            return False
        if self.settings.workspace and Path(self.settings.workspace).expanduser() == source:
            self.settings.workspace = str(moved)
        self.settings.recent_workspaces = [
            p for p in self.settings.recent_workspaces if Path(p) != source]
        return self.open_workspace(str(moved))

    def reopen_after(self, path: Path, action: Callable[[], None]) -> None:
        """Close the workspace, do `action` on its file (a restore), open it again."""
        try:
            self._close_current(at_close=False)
            action()
        except WorkspaceBusy:
            self.warn(self.tr("The workspace is open in another SMM Desktop window, so nothing was restored."))
        except (BackupFailed, OSError, StorageFault) as err:
            self.warn(self.tr("Nothing was restored: %1").replace("%1", str(err)))
        finally:
            if not self.open_workspace(str(path)):
                self.window.unbind()  # nothing open: no edit may go to a closed file

    def _is_current(self, target: str) -> bool:
        if self.services is None:
            return False
        current = self.services.workspace.path
        if current is None:
            return "://" in target and to_url(target) == self.services.workspace.url
        return "://" not in target and Path(target).expanduser().resolve() == current.resolve()

    def warn(self, text: str) -> None:
        """Tell the person; in a one-off run (screenshot, benchmark) there is nobody to click OK."""
        if self.interactive:
            QMessageBox.warning(self.window, self.tr("Workspace"), text)
        else:
            print(f"smm-desktop: {text}", file=sys.stderr)

    def _backup_dir(self) -> Path | None:
        return Path(self.settings.backup_dir) if self.settings.backup_dir else None

    def _close_current(self, at_close: bool) -> None:
        """Empty the trash, close the workspace, then (at a clean close) a last backup."""
        if self.services is None:
            return
        try:
            for service in (self.services.posts, self.services.pillars, self.services.occasions,
                            self.services.goals, self.services.personas, self.services.audits,
                            self.services.guides, self.services.reviews,
                            self.services.routines, self.services.tasks,
                            self.services.competitors, self.services.feeds, self.services.accounts,
                            self.services.brands):
                service.purge_deleted()
        finally:
            QThreadPool.globalInstance().waitForDone(BACKGROUND_WAIT_MS)
            self.instance.close()
            self.services.workspace.close()
            self.services = None
            self._stop_reminders()
            self.safety.detach(at_close)

    def _start_reminders(self) -> None:
        """Reminders for this workspace, made a moment after the window shows (never on
        start-up's path; not in a one-off run); the to-do list's toggle is saved as changed."""
        if self.window.today is not None:
            self.window.today.settings_changed.connect(self._save)
        if self.interactive:  # (the timer holds no ctx: a closed workspace's must be freed)
            QTimer.singleShot(REMINDERS_AFTER_MS, self, self._make_reminders)

    def _make_reminders(self) -> None:
        from smm_desktop.ui.reminders import Reminders

        ctx = self.window.ctx
        if self.services is None or ctx is None or self.reminders is not None:
            return
        self.reminders = Reminders(ctx, self.window, self._save)
        self.reminders.start()

    def _stop_reminders(self) -> None:
        if self.reminders is not None:
            self.reminders.stop()
            self.reminders.deleteLater()
            self.reminders = None

    def _settings_to_views(self, chosen: Settings) -> None:
        """The open workspace's views read the new settings (follow-ups, week start) now."""
        if self.window.ctx is not None:
            self.window.ctx.settings = chosen
            self.window.ctx.hub.changed.emit(DataHub.AGENDA)

    def _refresh_recent(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        for text in self.settings.recent_workspaces:
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, t=text: self.open_workspace(t))
        menu.setEnabled(bool(self.settings.recent_workspaces))

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New workspace"), str(paths.data_dir()),
            self.tr("SMM Desktop workspaces (*%1)").replace("%1", paths.WORKSPACE_SUFFIX))
        if not path:
            return
        target = Path(path).with_suffix(paths.WORKSPACE_SUFFIX)
        if target.exists():
            QMessageBox.warning(self.window, self.tr("New workspace"), self.tr(
                "%1 already exists. Use Open workspace to open it.").replace("%1", ltr(str(target))))
            return
        self.open_workspace(str(target))

    def open_workspace_file(self, target: str) -> None:
        if not target:
            target, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Open workspace"), str(paths.data_dir()),
                self.tr("SMM Desktop workspaces (*%1);;All files (*)").replace(
                    "%1", paths.WORKSPACE_SUFFIX))
        if target:
            self.open_workspace(target)

    def open_sample(self) -> None:
        """Open the sample workspace, writing it first if it is not there yet."""
        target = paths.data_dir() / f"sample{paths.WORKSPACE_SUFFIX}"
        if not target.exists() and not workspace_errors.write_sample(target, self.warn):
            return
        self.open_workspace(str(target))

    def edit_settings(self) -> None:
        from smm_desktop.ui.dialogs.settings_dialog import SettingsDialog

        before = self.settings
        chosen, ok = SettingsDialog.run(self.window, before)
        if not ok or chosen == before:
            return
        self.settings = self.safety.settings = chosen
        self._settings_to_views(chosen)
        self.safety.settings_changed()
        self._save()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, chosen.theme)
        if chosen.database_url != before.database_url and chosen.database_url:
            self.open_workspace(chosen.database_url)
        elif chosen.workspace != before.workspace and chosen.workspace:
            self.open_workspace(chosen.workspace)
        if (chosen.language, chosen.region, chosen.digits) != (
                before.language, before.region, before.digits):
            self._offer_restart()

    def _offer_restart(self) -> None:
        """Language, region and digits apply at start: offer to restart now (nothing is lost)."""
        answer = QMessageBox.question(
            self.window, self.tr("Settings"),
            self.tr("The new language, region and digits apply when SMM Desktop starts again. Restart now? Everything is saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace = self.services.workspace.url.render_as_string(False) if self.services else ""
        self.window.close()
        program, args, env = restart_command(workspace)
        process = QProcess()
        environment = QProcessEnvironment.systemEnvironment()
        for key, value in env.items():
            environment.insert(key, value)
        process.setProcessEnvironment(environment)
        process.setProgram(program)
        process.setArguments(args)
        process.startDetached()
        QApplication.quit()

    def bring_to_front(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def show_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))

    def about(self) -> None:
        from smm_desktop.ui.dialogs.about_dialog import AboutDialog

        AboutDialog.run(self.window)

    def shut_down(self) -> None:
        self.settings.ui_state = self.window.save_layout()
        self._save()
        self._close_current(at_close=True)

    def _save(self) -> None:
        if self.persist:
            settings_io.save(self.settings)
