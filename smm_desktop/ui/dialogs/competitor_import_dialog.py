"""Import competitor snapshots from a tracking sheet (CSV or XLSX): the preview (counts, the
planned rows, the bad rows with line, column and reason, the competitors and accounts that would
be created), three choices, then Import after a backup, all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.errors import FieldError, ValidationFailed
from smm_desktop.importers.records import Problem
from smm_desktop.services.competitor_import import (
    CompetitorImportPreview,
    CompetitorImportService,
    FieldProblem,
    ImportOutcome,
    MissingAccount,
    RowPlan,
)
from smm_desktop.ui import competitor_text as texts
from smm_desktop.ui import import_labels as names
from smm_desktop.ui import labels
from smm_desktop.ui.bidi import isolate, ltr
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.table import Column, RecordTableModel
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP
from smm_desktop.ui.undo import EXPECTED

Backup = Callable[[], object]
_CONTEXT = "CompetitorImport"
_REASONS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("CompetitorImport", "A new day for this account"),
    "new_account": QT_TRANSLATE_NOOP(
        "CompetitorImport", "The account is new: added only if the missing ones are created"),
    "same": QT_TRANSLATE_NOOP("CompetitorImport", "Already recorded with the same values"),
    "recorded": QT_TRANSLATE_NOOP("CompetitorImport", "Already recorded with other values"),
    "duplicate": QT_TRANSLATE_NOOP(
        "CompetitorImport", "The same account and day again further down: the last row counts"),
}
_PROBLEMS: dict[str, str] = {
    "missing_account": QT_TRANSLATE_NOOP("CompetitorImport", "The row has no handle or profile address"),
    "missing_platform": QT_TRANSLATE_NOOP(
        "CompetitorImport", "No platform: add a Platform column or use a profile address"),
    "unknown_platform": QT_TRANSLATE_NOOP("CompetitorImport", "Not a platform this app knows"),
    "unknown_content_type": QT_TRANSLATE_NOOP(
        "CompetitorImport", "A content type this app does not know (use image, carousel, video, reel, story, text, link, poll or live)"),
}
_COLUMNS: dict[str, str] = {
    "handle": QT_TRANSLATE_NOOP("CompetitorImport", "Handle or profile address"),
    "day": QT_TRANSLATE_NOOP("CompetitorImport", "Date"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def problem_text(problem: Problem) -> str:
    """Why a cell was refused, in the person's words."""
    if problem.code in _PROBLEMS:
        return _tr(_PROBLEMS[problem.code])
    if isinstance(problem, FieldProblem) or names.problem_text(problem.code) == problem.code:
        params = dict(getattr(problem, "params", ()))
        return texts.field_text(FieldError(problem.column, problem.code, params))
    return names.problem_text(problem.code)


def _table(model: QAbstractItemModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeading
                                                | Qt.AlignmentFlag.AlignVCenter)
    return view


class CompetitorImportDialog(QDialog):
    """The preview of one file; Import writes it in one unit of work after a backup."""

    def __init__(self, parent: QWidget | None, ctx: UiContext, path: Path,
                 backup: Backup | None = None,
                 service: CompetitorImportService | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import competitor snapshots"))
        self.resize(1000, 620)
        self.ctx, self.path, self.backup = ctx, Path(path), backup
        self.service = service or CompetitorImportService(ctx.services.workspace.session_factory)
        self.outcome: ImportOutcome | None = None
        self.preview: CompetitorImportPreview | None = None
        self.plans: RecordTableModel[RowPlan] = RecordTableModel(self._plan_columns(), self)
        self.problems: RecordTableModel[Problem] = RecordTableModel(self._problem_columns(), self)
        self._build()
        self.load()

    @classmethod
    def run(cls, parent: QWidget | None, ctx: UiContext, path: Path,
            backup: Backup | None = None) -> tuple[ImportOutcome | None, bool]:
        """Show the dialog; returns what was imported and whether anything was."""
        dialog = cls(parent, ctx, path, backup)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.outcome, accepted and dialog.outcome is not None

    # Building

    def _plan_columns(self) -> list[Column[RowPlan]]:
        number, fmt = self.ctx.fmt.number, self.ctx.fmt
        return [
            Column(lambda: self.tr("Line"), lambda p: number(p.line)),
            Column(lambda: self.tr("Competitor"), lambda p: isolate(p.competitor)),
            Column(lambda: self.tr("Account"), lambda p: labels.platform_name(p.platform)
                   + " " + ltr("@" + p.handle)),
            Column(lambda: self.tr("Date"), lambda p: texts.day_text(fmt, p.day)),
            Column(lambda: self.tr("Action"), self._action_text),
            Column(lambda: self.tr("Why"), self._why, tooltip=self._why),
        ]

    def _problem_columns(self) -> list[Column[Problem]]:
        number = self.ctx.fmt.number
        return [
            Column(lambda: self.tr("Line"), lambda p: number(p.line) if p.line else texts.DASH),
            Column(lambda: self.tr("Column"), lambda p: isolate(p.column) or texts.DASH),
            Column(lambda: self.tr("Value"), lambda p: isolate(p.raw) or texts.DASH),
            Column(lambda: self.tr("Reason"), problem_text, tooltip=problem_text),
        ]

    def _why(self, plan: RowPlan) -> str:
        """The reason, and for a recorded day the file's columns that differ."""
        text = _tr(_REASONS[plan.reason]) if plan.reason in _REASONS else plan.reason
        columns = self.preview.columns if self.preview else {}
        changed = [columns.get("note" if c == "notable_note" else c, c) for c in plan.changes]
        return text + ": " + texts.joined([isolate(c) for c in changed]) if changed else text

    def _action_text(self, plan: RowPlan) -> str:
        if plan.action == "add" and plan.reason == "new_account" and not self.create_box.isChecked():
            return names.action_name("skip")
        if plan.action == "update" and not self.replace_box.isChecked():
            return names.action_name("skip")
        return names.action_name(plan.action)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("compImportHeading")
        self.heading.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("compImportCounts")
        self.counts.setWordWrap(True)
        self.order = QComboBox()
        self.order.setObjectName("compImportDateOrder")
        self.order.addItem(self.tr("Choose…"), None)
        self.order.addItem(self.tr("Day first (31/12/2026)"), "dmy")
        self.order.addItem(self.tr("Month first (12/31/2026)"), "mdy")
        self.order_row = QWidget()
        row = QHBoxLayout(self.order_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("The dates could be read two ways. They are written:")))
        row.addWidget(self.order)
        row.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("compImportTabs")
        self.plan_view = _table(self.plans, "compImportPlans")
        self.problem_view = _table(self.problems, "compImportProblems")
        self.tabs.addTab(self.plan_view, "")
        self.tabs.addTab(self.problem_view, "")
        self.missing = QListWidget()
        self.missing.setObjectName("compImportMissing")
        self.tabs.addTab(self.missing, "")
        self._build_options()
        self._lay_out()

    def _build_options(self) -> None:
        self.create_box = QCheckBox(self.tr("Create the missing competitors and accounts"))
        self.create_box.setObjectName("compImportCreate")
        self.replace_box = QCheckBox(self.tr("Update days already recorded (only the columns the "
                                         "file has; the rest is kept)"))
        self.replace_box.setObjectName("compImportReplace")
        self.partial_box = QCheckBox(self.tr("Import the good rows only"))
        self.partial_box.setObjectName("compImportPartial")
        for box in (self.create_box, self.replace_box, self.partial_box):
            box.toggled.connect(lambda _on: self._refresh())
        self.order.currentIndexChanged.connect(lambda _i: self.load())
        self.status = QLabel()
        self.status.setObjectName("compImportStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("compImportButton")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.do_import)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.order_row)
        layout.addWidget(self.tabs, 1)
        for box in (self.create_box, self.replace_box, self.partial_box):
            layout.addWidget(box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    # Showing the preview

    def load(self) -> None:
        """Read the file again (with the date order chosen) and show what would happen."""
        order = self.order.currentData()
        try:
            self.preview = self.service.preview(self.path, self.ctx.scope.brand_id, order)
        except EXPECTED as err:  # a storage fault while planning: nothing to show
            self.preview = None
            self.status.setText(texts.error_text(err))
        self._show()

    def _show(self) -> None:
        p = self.preview
        self.plans.set_records(p.plans if p else ())
        self.problems.set_records(p.problems if p else ())
        self.missing.clear()
        for item in p.missing if p else ():
            self.missing.addItem(self._missing_text(item))
        self.order_row.setVisible(bool(p and p.ambiguous_dates))
        for view in (self.plan_view, self.problem_view):
            view.resizeColumnsToContents()
        self.heading.setText(self._heading())
        self._refresh()
        if p and not p.plans and p.problems:
            self.tabs.setCurrentIndex(1)

    def _heading(self) -> str:
        p = self.preview
        name = ltr(self.path.name)
        if p is None or not p.recognised:
            wanted = texts.joined([_tr(_COLUMNS[c]) for c in (p.missing_columns if p else ())])
            text = self.tr("%1 is not a competitor tracking sheet this app can read.")
            if wanted:
                text += " " + self.tr("Columns missing: %2.").replace("%2", wanted)
            return text.replace("%1", name)
        return self.tr("File: %1 (%2 columns recognised)").replace("%1", name).replace(
            "%2", self.ctx.fmt.number(len(p.columns)))

    def _missing_text(self, item: MissingAccount) -> str:
        account = labels.platform_name(item.platform) + " " + ltr("@" + item.handle)
        lines = texts.joined([self.ctx.fmt.number(n) for n in item.lines])
        text = (self.tr("%1: new account %2 (lines %3)") if item.competitor_id is not None
                else self.tr("%1 (new competitor): account %2 (lines %3)"))
        return text.replace("%1", isolate(item.competitor)).replace("%2", account).replace(
            "%3", lines)

    def counts_of(self) -> tuple[int, int, int]:
        """(added, updated, skipped) as the commit would count them with the boxes as ticked."""
        p = self.preview
        if p is None:
            return 0, 0, 0
        add = sum(1 for x in p.plans if x.action == "add"
                  and (x.reason != "new_account" or self.create_box.isChecked()))
        update = p.count("update") if self.replace_box.isChecked() else 0
        return add, update, len(p.plans) - add - update

    def _refresh(self) -> None:
        p = self.preview
        number = self.ctx.fmt.number
        add, update, skip = self.counts_of()
        self.counts.setText(self.tr(
            "To add: %1 · to update: %2 · to skip: %3 · bad cells: %4 · new accounts: %5")
            .replace("%1", number(add)).replace("%2", number(update)).replace("%3", number(skip))
            .replace("%4", number(len(p.problems) if p else 0))
            .replace("%5", number(len(p.missing) if p else 0)))
        self._tab_titles()
        if self.plans.rowCount():  # the Action column follows the boxes
            self.plans.dataChanged.emit(self.plans.index(0, 4),
                                        self.plans.index(self.plans.rowCount() - 1, 4))
            self.plan_view.resizeColumnToContents(4)
        self.import_button.setEnabled(self._refusal() is None and add + update > 0)
        self.status.setText(self._refusal() or "")

    def _tab_titles(self) -> None:
        p, number = self.preview, self.ctx.fmt.number
        titles = (self.tr("Planned rows: %1"), self.tr("Bad rows: %1"),
                  self.tr("New competitors and accounts: %1"))
        sizes = (len(p.plans), len(p.problems), len(p.missing)) if p else (0, 0, 0)
        for index, (title, size) in enumerate(zip(titles, sizes, strict=True)):
            self.tabs.setTabText(index, title.replace("%1", number(size)))

    def _refusal(self) -> str | None:
        """Why Import is not possible yet, or None."""
        p = self.preview
        if p is None or not p.recognised:
            return self.tr("Nothing can be imported from this file.")
        if self.ctx.scope.brand_id is None:
            return names.refusal_text(ValidationFailed([FieldError("file", "brand_required")]))
        if p.ambiguous_dates and p.date_order is None:
            return names.refusal_text(ValidationFailed([FieldError("file", "ambiguous_dates")]))
        if p.problems and not self.partial_box.isChecked():
            return names.refusal_text(ValidationFailed([FieldError("file", "has_problems")]))
        return None

    # Importing

    def do_import(self) -> None:
        """A backup first (or the person's word to go without), then one unit of work."""
        if self.preview is None or not self._backed_up():
            return
        try:
            self.outcome = self.service.commit(
                self.preview, create_missing=self.create_box.isChecked(),
                replace=self.replace_box.isChecked(), accept_partial=self.partial_box.isChecked())
        except ValidationFailed as err:
            self.status.setText(names.refusal_text(err))
            return
        except EXPECTED as err:  # a storage fault: nothing was written
            self.status.setText(texts.error_text(err))
            return
        self.ctx.hub.changed.emit(DataHub.COMPETITORS)
        self.accept()

    def _backed_up(self) -> bool:
        if self.backup is None:
            answer = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("No backup can be made from here. Import without a backup?"))
            return answer == QMessageBox.StandardButton.Yes
        try:
            self.backup()
        except (OSError, ValueError, RuntimeError) as err:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The backup failed, so nothing was imported: %1").replace("%1", str(err)))
            return False
        return True


def summary_text(ctx: UiContext, outcome: ImportOutcome) -> str:
    """“Competitor snapshots imported: added 4, updated 1, skipped 2.”"""
    number = ctx.fmt.number
    return QCoreApplication.translate(
        "CompetitorImport", "Competitor snapshots imported: added %1, updated %2, skipped %3.").replace(
        "%1", number(outcome.added)).replace("%2", number(outcome.updated)).replace(
        "%3", number(outcome.skipped))
