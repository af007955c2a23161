"""File > Import… and files dropped on the window: each analytics export is previewed (nothing
written), then imported on the person's word, off the GUI thread, after a backup."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.importers.records import DateOrder, Kind
from smm_desktop.services.numbers_data import ImportLogData, ImportPreview
from smm_desktop.ui import import_labels as names
from smm_desktop.ui import labels, workers
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.column_mapping_dialog import ColumnMappingDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.widgets.import_preview import ImportPreviewPanel

Backup = Callable[[], object]
CHANGED_AREAS = (DataHub.METRICS, DataHub.SNAPSHOTS, DataHub.POSTS, DataHub.CAMPAIGNS)


@dataclass
class FileState:
    """One file of the dialog: the answers given so far, its preview and what became of it."""

    path: Path
    status: str = "waiting"  # waiting, reading, ready, importing, imported, failed
    account_id: int | None = None
    date_order: DateOrder | None = None
    mapping: dict[str, str] | None = None
    kind: Kind | None = None
    partial: bool = False
    preview: ImportPreview | None = None
    log: ImportLogData | None = None
    error: str = ""


class ImportDialog(QDialog):
    """A list of the files (when several), the preview of the chosen one, Import and Close."""

    def __init__(self, parent: QWidget | None, ctx: UiContext, paths: Sequence[Path],
                 backup: Backup | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import analytics files"))
        self.resize(980, 640)
        self.ctx, self.backup, self.service = ctx, backup, ctx.services.imports
        self.states = [FileState(Path(p)) for p in paths]
        self.closed = False
        brand = ctx.scope.brand_id
        mine = tuple(a.id for a in ctx.services.accounts.list_accounts(brand, False)) if brand else ()
        self.panel = ImportPreviewPanel(ctx.fmt, self._brand_name(), self._account_names(), mine)
        self.files = QListWidget()
        self.files.setObjectName("importFiles")
        self._build()
        self._connect()
        for state in self.states:
            self.files.addItem(QListWidgetItem())
            self._show_status(state)
        self.files.setCurrentRow(0)

    def _brand_name(self) -> str:
        brand_id = self.ctx.scope.brand_id
        return self.ctx.services.brands.get(brand_id).name if brand_id else ""

    def _account_names(self) -> dict[int, str]:
        """Account id -> “Instagram @nabd.fitness” for every brand's accounts."""
        found: dict[int, str] = {}
        for brand in self.ctx.services.brands.list_brands():
            for a in self.ctx.services.accounts.list_accounts(brand.id):
                found[a.id] = f"{labels.platform_name(a.platform)} @{a.handle}"
        return found

    def _build(self) -> None:
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setDefault(True)
        splitter = QSplitter()
        splitter.addWidget(self.files)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.files.setMaximumWidth(280)
        self.files.setVisible(len(self.states) > 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.import_current)
        self.files.currentRowChanged.connect(self._on_file_chosen)
        self.panel.account_chosen.connect(self._on_account)
        self.panel.date_order_chosen.connect(self._on_date_order)
        self.panel.map_requested.connect(self.map_columns)
        self.panel.partial_changed.connect(self._on_partial)

    @classmethod
    def run(cls, parent: QWidget | None, ctx: UiContext, paths: Sequence[Path],
            backup: Backup | None = None) -> tuple[list[ImportLogData], bool]:
        """Show the dialog; returns the imports made and whether any was."""
        dialog = cls(parent, ctx, paths, backup)
        dialog.exec()
        made = dialog.imported()
        return made, bool(made)

    def imported(self) -> list[ImportLogData]:
        return [s.log for s in self.states if s.log is not None]

    # --- which file is shown -------------------------------------------------------------

    def current(self) -> FileState | None:
        row = self.files.currentRow()
        return self.states[row] if 0 <= row < len(self.states) else None

    def _on_file_chosen(self, _row: int) -> None:
        state = self.current()
        if state is None:
            return
        if state.status == "waiting":
            self.preview(state)
        self._refresh()

    def _refresh(self) -> None:
        """The panel, the busy bar, the status line and Import for the current file."""
        state = self.current()
        if state is None:
            return
        if state.preview is not None:
            self.panel.show_preview(state.preview, state.path.name)
            self.panel.partial.setChecked(state.partial)
            self._account_reason(state.preview)
        working = state.status in ("reading", "importing")
        self.panel.setEnabled(not working and state.status != "imported")
        self.busy.setVisible(working)
        self.status.setText(self._status_text(state))
        self.import_button.setEnabled(self.can_import(state))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not self.importing())

    def _account_reason(self, preview: ImportPreview) -> None:
        """Say why no account was taken: the file names another one, or the one chosen
        cannot be the file's."""
        note = names.account_note(preview.account_reason, preview.named_account)
        if note and (preview.accounts or preview.account_reason != "named_account_not_found"):
            self.panel.account_note.setText(note)
            self.panel.account_note.setVisible(True)

    def nothing_to_do(self, state: FileState) -> bool:
        """Read, planned, and every row already in the workspace as it is."""
        p = state.preview
        return (state.status == "ready" and p is not None and p.recognised and bool(p.plans)
                and not p.adds and not p.updates)

    def _status_text(self, state: FileState) -> str:
        if state.status == "reading":
            return self.tr("Reading %1…").replace("%1", ltr(state.path.name))
        if state.status == "importing":
            return self.tr("Importing %1… (a backup is made first)").replace(
                "%1", ltr(state.path.name))
        if state.status == "imported" and state.log is not None:
            return self.summary(state.log)
        if self.nothing_to_do(state):
            return self.tr("Nothing to import: every row of this file is already in the "
                           "workspace as it is.")
        done = [s for s in self.states if s.log is not None]
        if not state.error and done and done[-1].log is not None:
            return self.tr("%1 imported: %2").replace("%1", ltr(done[-1].path.name)).replace(
                "%2", self.summary(done[-1].log))
        return state.error

    def summary(self, log: ImportLogData) -> str:
        """“Added 42, updated 3, skipped 2.”"""
        number = self.ctx.fmt.number
        return self.tr("Added %1, updated %2, skipped %3.").replace(
            "%1", number(log.rows_added)).replace("%2", number(log.rows_updated)).replace(
            "%3", number(log.rows_skipped))

    def _show_status(self, state: FileState) -> None:
        """The file's line in the list: its name and what became of it."""
        marks = {"imported": "✓ ", "failed": "✗ "}
        item = self.files.item(self.states.index(state))
        item.setText(marks.get(state.status, "") + ltr(state.path.name))
        item.setToolTip(str(state.path))

    def can_import(self, state: FileState) -> bool:
        """Ready, recognised, an account known, dates clear, and no bad row unless accepted."""
        p = state.preview
        if state.status != "ready" or p is None or not p.recognised or not p.plans:
            return False
        if self.nothing_to_do(state):  # no backup, no log entry for a file already in
            return False
        if p.ambiguous_dates or (p.account_id is None and p.kind != "campaign_daily"):
            return False
        if p.kind == "campaign_daily" and p.brand_id is None:
            return False
        return not p.problems or state.partial

    def importing(self) -> bool:
        return any(s.status == "importing" for s in self.states)

    # --- the person's answers ------------------------------------------------------------

    def _on_account(self, account_id: int) -> None:
        if (state := self.current()) is not None:
            state.account_id = account_id
            self.preview(state)

    def _on_date_order(self, order: str) -> None:
        if (state := self.current()) is not None:
            state.date_order = "dmy" if order == "dmy" else "mdy"
            self.preview(state)

    def _on_partial(self, checked: bool) -> None:
        if (state := self.current()) is not None and state.status == "ready":
            state.partial = checked
            self.import_button.setEnabled(self.can_import(state))

    def map_columns(self) -> None:
        """Ask which column holds what (saved for files laid out the same way), then preview."""
        state = self.current()
        if state is None or state.preview is None:
            return
        choice, ok = ColumnMappingDialog.run(self, self.ctx, state.path, state.preview)
        if ok and choice is not None:
            state.mapping, state.kind = dict(choice.mapping), choice.kind
            self.preview(state)

    # --- work off the GUI thread ---------------------------------------------------------

    def preview(self, state: FileState) -> None:
        """Read and plan the file in the background; nothing is written."""
        state.status, state.error = "reading", ""
        brand = self.ctx.scope.brand_id or None
        service = self.service
        self._refresh()
        workers.start(lambda: service.preview(
            state.path, brand_id=brand, account_id=state.account_id, date_order=state.date_order,
            mapping=state.mapping, kind=state.kind),
            lambda preview: self._previewed(state, preview),
            lambda error: self._failed(state, error))

    def _previewed(self, state: FileState, preview: ImportPreview) -> None:
        if self.closed:
            return
        state.preview, state.status = preview, "ready"
        if state.account_id is None:
            state.account_id = preview.account_id
        self._update(state)

    def import_current(self) -> None:
        """Back up the workspace, then commit the previewed file: all or nothing."""
        state = self.current()
        if state is None or not self.can_import(state) or state.preview is None:
            return
        preview, partial, backup, service = state.preview, state.partial, self.backup, self.service

        def work() -> ImportLogData:
            if backup is not None:
                backup()
            return service.commit(preview, accept_partial=partial)

        state.status = "importing"
        self._refresh()
        workers.start(work, lambda log: self._imported(state, log),
                      lambda error: self._commit_failed(state, error))

    def _imported(self, state: FileState, log: ImportLogData) -> None:
        state.log, state.status = log, "imported"
        for area in CHANGED_AREAS:
            self.ctx.hub.changed.emit(area)
        if self.closed:
            return
        self._update(state)
        waiting = next((s for s in self.states if s.status == "waiting"), None)
        if waiting is not None:
            self.files.setCurrentRow(self.states.index(waiting))

    def _commit_failed(self, state: FileState, error: Exception) -> None:
        state.status = "ready"
        if self.closed:
            return
        self._update(state)
        QMessageBox.warning(self, self.tr("Nothing was imported"), self.tr(
            "The import of %1 was refused and the workspace is unchanged:\n%2").replace(
            "%1", ltr(state.path.name)).replace("%2", names.refusal_text(error)))

    def _failed(self, state: FileState, error: Exception) -> None:
        state.status, state.error = "failed", self.tr("%1 could not be read: %2").replace(
            "%1", ltr(state.path.name)).replace("%2", labels.error_message(error))
        if not self.closed:
            self._update(state)

    def _update(self, state: FileState) -> None:
        self._show_status(state)
        if state is self.current():
            self._refresh()

    # --- closing -------------------------------------------------------------------------

    @override
    def reject(self) -> None:
        """Close, unless an import is being written (it finishes first; never half)."""
        if self.importing():
            return
        self.closed = True
        super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.importing():
            event.ignore()
            return
        self.closed = True
        super().closeEvent(event)

