"""Where analytics files come in from the window: File > Import…, File > Import log… and files
dropped on the window. Owned by the controller; backs up through the window's safety layer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog
from typing_extensions import override

from smm_desktop import paths
from smm_desktop.ui.main_window import MainWindow
from smm_desktop.ui.safety import Safety

if TYPE_CHECKING:  # the dialogs (and the readers they bring) load when first used
    from smm_desktop.ui.dialogs.import_dialog import Backup

SUFFIXES = (".csv", ".xlsx", ".xls", ".zip", ".txt", ".tsv")


def importable(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """The local files of a drag that look like analytics exports."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    found = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in found if p.suffix.lower() in SUFFIXES]


class DropFilter(QObject):
    """Installed on the main window: accepts export files dragged in, reports them dropped."""

    dropped = Signal(list)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if importable(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = importable(event)
            if files:
                event.acceptProposedAction()
                self.dropped.emit(files)
                return True
        return False


class ImportFlow(QObject):
    """Opens the import dialog on chosen or dropped files, and the import log."""

    def __init__(self, window: MainWindow, safety: Safety) -> None:
        super().__init__()
        self.window, self.safety = window, safety
        window.commands.import_file.triggered.connect(self.choose_files)
        window.commands.import_log.triggered.connect(self.show_log)
        self.drops = DropFilter(self)
        self.drops.dropped.connect(self.open_files)
        window.setAcceptDrops(True)
        window.installEventFilter(self.drops)

    def choose_files(self) -> None:
        if self.window.ctx is None:
            return
        chosen, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import analytics files"), str(paths.data_dir()),
            self.tr("Analytics exports (*.csv *.xlsx *.xls *.zip *.txt *.tsv);;All files (*)"))
        if chosen:
            self.open_files([Path(p) for p in chosen])

    def open_files(self, files: Sequence[Path]) -> None:
        """Preview each file, import those the person accepts; the window reports the total."""
        if self.window.ctx is None or not files:
            return
        from smm_desktop.ui.dialogs.import_dialog import ImportDialog

        made, _ok = ImportDialog.run(self.window, self.window.ctx, list(files), self.backup())
        if made:
            number = self.window.ctx.fmt.number
            self.window.statusBar().showMessage(self.tr(
                "Files imported: %1 (added %2, updated %3, skipped %4).")
                .replace("%1", number(len(made)))
                .replace("%2", number(sum(m.rows_added for m in made)))
                .replace("%3", number(sum(m.rows_updated for m in made)))
                .replace("%4", number(sum(m.rows_skipped for m in made))), 15000)

    def backup(self) -> Backup | None:
        """A verified backup of the workspace file before a commit (as the JSON import does);
        taken here, on the GUI thread, and run on the worker before the commit."""
        assert self.window.ctx is not None
        workspace = self.window.ctx.services.workspace.path
        if workspace is None:
            return None
        folder, policy = self.safety.folder_for(workspace), self.safety.settings.retention()

        def make() -> Path:
            from smm_desktop.services.backups import backup_now

            return backup_now(workspace, folder, "before-import", policy)

        return make

    def show_log(self) -> None:
        if self.window.ctx is not None:
            from smm_desktop.ui.dialogs.import_log_dialog import ImportLogDialog

            ImportLogDialog.run(self.window, self.window.ctx)
