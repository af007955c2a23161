"""File > Export to JSON / Import from JSON, run off the GUI thread, with a preview first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from smm_desktop import paths
from smm_desktop.ui import workers
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.main_window import MainWindow
from smm_desktop.ui.safety import Safety
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

# A translated headline for each reason a file is refused; the detail stays technical.
_REFUSALS = {
    "missing": QT_TRANSLATE_NOOP("Transfer", "The file is not there."),
    "unreadable": QT_TRANSLATE_NOOP("Transfer", "The file could not be read."),
    "not_utf8": QT_TRANSLATE_NOOP("Transfer", "The file is not UTF-8 text."),
    "syntax": QT_TRANSLATE_NOOP("Transfer", "The file is not valid JSON."),
    "unknown_format": QT_TRANSLATE_NOOP("Transfer", "The file is not an SMM Desktop export."),
    "newer_format": QT_TRANSLATE_NOOP("Transfer", "The file was written by a newer SMM Desktop; update the app to import it."),
    "schema": QT_TRANSLATE_NOOP("Transfer", "A value in the file has the wrong shape."),
    "invalid_value": QT_TRANSLATE_NOOP("Transfer", "A value in the file breaks a rule of the app."),
    "duplicate_brand": QT_TRANSLATE_NOOP("Transfer", "The file names the same brand twice."),
    "duplicate_handle": QT_TRANSLATE_NOOP("Transfer", "The file has the same handle twice on one platform."),
    "brand_exists": QT_TRANSLATE_NOOP("Transfer", "A brand in the file already exists in this workspace."),
    "handle_taken": QT_TRANSLATE_NOOP("Transfer", "A handle in the file belongs to another brand of this workspace."),
    "conflict": QT_TRANSLATE_NOOP("Transfer", "The workspace changed during the import."),
    "duplicate": QT_TRANSLATE_NOOP("Transfer", "The file has the same record twice."),
    "unknown_reference": QT_TRANSLATE_NOOP("Transfer", "A record in the file points at something that is not in its brand."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Transfer", text)


class Transfer(QObject):
    """Owned by the controller; uses the window's current workspace."""

    def __init__(self, window: MainWindow, safety: Safety) -> None:
        super().__init__()
        self.window, self.safety = window, safety
        window.commands.export_json.triggered.connect(lambda: self.export_json(False))
        window.commands.export_brand_json.triggered.connect(lambda: self.export_json(True))
        window.commands.import_json.triggered.connect(self.import_json)

    def _run(self, work: Any, done: Any) -> None:
        workers.start(work, done, self._failed)

    def export_json(self, one_brand: bool) -> None:
        ctx = self.window.ctx
        if ctx is None or (one_brand and not ctx.scope.brand_id):
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export to JSON"),
                                              str(paths.data_dir()), self.tr("JSON files (*.json)"))
        if not path:
            return
        from smm_desktop.services.transfer import export_workspace

        brand = ctx.scope.brand_id if one_brand else None
        self._run(lambda: export_workspace(ctx.services.workspace.session_factory, Path(path), brand),
                  self._exported)

    def _exported(self, summary: Any) -> None:
        self.window.statusBar().showMessage(
            self.tr("Exported to %3 (brands: %1, accounts: %2).")
            .replace("%1", self._number(summary.brands)).replace("%2", self._number(summary.accounts))
            .replace("%3", ltr(str(summary.path))), 10000)

    def _number(self, value: int) -> str:
        return self.window.ctx.fmt.number(value) if self.window.ctx else str(value)

    def import_json(self) -> None:
        if self.window.ctx is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import from JSON"),
                                              str(paths.data_dir()), self.tr("JSON files (*.json)"))
        if path:
            # Taken here, on the GUI thread: the workspace could change while the work runs.
            workspace = self.window.ctx.services.workspace
            self._run(lambda: self._read_and_preview(workspace, Path(path)),
                      lambda result: self._confirm(workspace, result))

    @staticmethod
    def _read_and_preview(workspace: Any, path: Path) -> tuple[Any, Any]:
        from smm_desktop.services.transfer import preview_import, read_document

        document = read_document(path)
        return document, preview_import(workspace.session_factory, document)

    def _confirm(self, workspace: Any, result: tuple[Any, Any]) -> None:
        document, preview = result
        if self.window.ctx is None or self.window.ctx.services.workspace is not workspace:
            return  # another workspace was opened meanwhile: this preview is not about it
        if not preview.adds_anything:
            QMessageBox.information(self.window, self.tr("Import from JSON"), self.tr(
                "Nothing new: every brand, account, strategy row and post in this file is already in the workspace."))
            return
        answer = QMessageBox.question(self.window, self.tr("Import from JSON"), self.tr(
            "New brands: %1. New accounts: %2 (some for brands you already have: %3). Strategy rows to add (goals, snapshots, personas, audits, guide, reviews…): %4. Content plan rows to add (posts, pillars, posting slots, occasions, days of the engagement log): %5. Nothing already in the workspace is changed, and a backup is made first. Import?")
            .replace("%1", self._number(preview.brands_added))
            .replace("%2", self._number(preview.accounts_added))
            .replace("%3", self._number(preview.brands_merged))
            .replace("%4", self._number(preview.strategy_added))
            .replace("%5", self._number(preview.content_added)))
        if answer == QMessageBox.StandardButton.Yes:
            folder = self.safety.folder_for(workspace.path) if workspace.path else None
            policy = self.safety.settings.retention()
            self._run(lambda: self._backup_and_import(workspace, folder, policy, document),
                      self._imported)

    @staticmethod
    def _backup_and_import(workspace: Any, folder: Path | None, policy: Any, document: Any) -> Any:
        from smm_desktop.services.backups import backup_now
        from smm_desktop.services.transfer import import_document

        if workspace.path is not None and folder is not None:
            backup_now(workspace.path, folder, "before-import", policy)
        return import_document(workspace.session_factory, document)

    def _imported(self, summary: Any) -> None:
        if self.window.ctx is not None:
            for area in DataHub.AREAS:
                self.window.ctx.hub.changed.emit(area)
        self.window.statusBar().showMessage(
            self.tr("Imported (new brands: %1, new accounts: %2, strategy rows: %3, content plan rows: %4).")
            .replace("%1", self._number(summary.brands_added))
            .replace("%2", self._number(summary.accounts_added))
            .replace("%3", self._number(summary.strategy_added))
            .replace("%4", self._number(summary.content_added)), 10000)

    def _failed(self, error: Exception) -> None:
        code = getattr(error, "code", "")
        headline = _tr(_REFUSALS[code]) if code in _REFUSALS else self.tr("The operation failed.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Nothing was changed"), headline,
                          parent=self.window)
        where = getattr(error, "where", "")
        if where:
            box.setInformativeText(self.tr("Where: %1").replace("%1", ltr(where)))
        box.setDetailedText(str(error))
        box.exec()
