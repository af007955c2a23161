"""File > Import log: every analytics file imported for the brand, when, what it changed, and
“Undo this import” (an explicit action, not Edit > Undo: it may be days later)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.services.numbers_data import ImportLogData
from smm_desktop.ui import import_labels as names
from smm_desktop.ui import labels, workers
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.import_dialog import CHANGED_AREAS
from smm_desktop.ui.models.imports import local_moment, log_model
from smm_desktop.ui.widgets.import_preview import table_view


class ImportLogDialog(QDialog):
    """The import log of the current brand, newest first."""

    def __init__(self, parent: QWidget | None, ctx: UiContext) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import log"))
        self.resize(1000, 460)
        self.ctx = ctx
        self.busy = False
        self.model = log_model(ctx.fmt, self._account_names(), self)
        self.view = table_view(self.model)
        self.view.setObjectName("importLog")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.empty = QLabel(self.tr("No file has been imported for this brand yet. Use File > "
                                    "Import analytics files… or drop an export on the window."))
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = QPushButton(self.tr("&Undo this import…"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.setToolTip(self.tr(
            "Takes back every row this import added or changed. This is separate from Edit > "
            "Undo, which only goes back over the edits of this session."))
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self.undo_selected)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.reload()

    def _account_names(self) -> dict[int, str]:
        """Account id -> “Instagram @nabd.fitness” for the brand's accounts."""
        brand = self.ctx.scope.brand_id
        if not brand:
            return {}
        return {a.id: f"{labels.platform_name(a.platform)} @{a.handle}"
                for a in self.ctx.services.accounts.list_accounts(brand)}

    def reload(self) -> None:
        self.model.set_records(self.ctx.services.imports.log(self.ctx.scope.brand_id or None))
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._enable()

    def selected(self) -> ImportLogData | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self.selected()
        self.undo_button.setEnabled(not self.busy and chosen is not None
                                    and chosen.undone_at is None)

    def undo_selected(self) -> None:
        """Confirm, then take the import back in the background (one unit of work)."""
        chosen = self.selected()
        if chosen is None or chosen.undone_at is not None or not self._confirm(chosen):
            return
        self._start_undo(chosen, force=False)

    def _start_undo(self, log: ImportLogData, force: bool) -> None:
        self.busy = True
        self._enable()
        service = self.ctx.services.imports
        workers.start(lambda: service.undo(log.id, force=force), self._undone,
                      lambda error: self._refused(error, log))

    def _confirm(self, log: ImportLogData) -> bool:
        number = self.ctx.fmt.number
        answer = QMessageBox.question(self, self.tr("Undo this import"), self.tr(
            "Undo the import of %1 (%2)? The rows it added are removed (%3) and the rows it "
            "updated get their earlier values back (%4).").replace("%1", ltr(log.file_name))
            .replace("%2", local_moment(self.ctx.fmt, log.imported_at))
            .replace("%3", number(log.rows_added)).replace("%4", number(log.rows_updated)))
        return answer == QMessageBox.StandardButton.Yes

    def _undone(self, _log: ImportLogData) -> None:
        self.busy = False
        for area in CHANGED_AREAS:
            self.ctx.hub.changed.emit(area)
        self.reload()

    def _refused(self, error: Exception, log: ImportLogData | None = None) -> None:
        self.busy = False
        self._enable()
        counts = getattr(error, "counts", None)
        if isinstance(counts, dict) and log is not None:
            if self._undo_anyway(counts):
                self._start_undo(log, force=True)
            return
        QMessageBox.warning(self, self.tr("Not undone"), names.refusal_text(error))

    def _undo_anyway(self, counts: dict[str, int]) -> bool:
        """Rows were edited after the import: say which, and offer to undo the rest only."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Edited since the import"), self.tr(
            "Some rows this import wrote were edited after it (%1). Undoing it would lose "
            "that work.\n\nUndo anyway: your later edits are kept as they are (an edited "
            "post or campaign stays, with its changes) and everything else the import did is "
            "taken back.").replace("%1", names.changed_counts(counts, self.ctx.fmt.number)),
            QMessageBox.StandardButton.Cancel, self)
        anyway = box.addButton(self.tr("Undo anyway (keeps your later edits)"),
                               QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway

    @classmethod
    def run(cls, parent: QWidget | None, ctx: UiContext) -> tuple[None, bool]:
        """Show the log; nothing to return (undos are reported through the hub)."""
        cls(parent, ctx).exec()
        return None, True
