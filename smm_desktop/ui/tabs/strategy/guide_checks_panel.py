"""The quarterly consistency check of the brand guide: when the last one was, a notice when
none was made in 90 days, a button to run one, and the past checks to reopen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from smm_desktop.domain.brand_guide import CONSISTENCY_DUE_DAYS, consistency_due
from smm_desktop.services.guide_checks import CheckData, CheckInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.consistency_dialog import ConsistencyDialog
from smm_desktop.ui.guide_text import qdate
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.models.guide import CheckTableModel
from smm_desktop.ui.undo import ChangeCommand, CreateCommand, DeleteCommand
from smm_desktop.ui.widgets.record_panel import RecordPanel

DUE_STYLE = "color: #b9770e; font-weight: bold;"


class ChecksPanel(RecordPanel):
    """Past checks newest first (date, cells to fix, cells passed, notes)."""

    def __init__(self, ctx: UiContext, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consistency check"), CheckTableModel(ctx.fmt), 3, parent)
        self.ctx, self.today = ctx, today
        self.brand_id = 0
        self.setObjectName("checksPanel")
        self.view.setObjectName("checksView")
        self.show_archived.hide()
        self.last_label = QLabel()
        self.last_label.setObjectName("lastCheck")
        self.due_label = QLabel()
        self.due_label.setObjectName("checkDue")
        self.due_label.setWordWrap(True)
        self.due_label.setStyleSheet(DUE_STYLE)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        self.run_button = QPushButton(self.tr("Run the consistency check…"))
        self.run_button.clicked.connect(lambda: self.run_check())
        for i, widget in enumerate((self.last_label, self.due_label, self.run_button)):
            layout.insertWidget(i, widget)
        self.open_button = self.add_button(self.tr("Open…"), lambda: self.open_check(), "Return")
        self.delete_button = self.add_button(self.tr("Delete"), self.delete_check, "Delete")
        self.finish_buttons()
        self.current_changed.connect(lambda _id: self._update_buttons())
        self.activated.connect(lambda _id: self.open_check())

    def load(self, brand_id: int, checks: list[CheckData]) -> None:
        keep = self.current_id()
        self.brand_id = brand_id
        self.model.set_records(checks)
        self.select_id(keep)
        self._show_status(checks[0].checked_on if checks else None)
        self._update_buttons()

    def _show_status(self, last: date | None) -> None:
        today = self.today()
        if last is None:
            self.last_label.setText(self.tr("No consistency check yet."))
        else:
            self.last_label.setText(digits_in(self.tr("Last check: %1 (days ago: %2)").replace(
                "%1", self.ctx.fmt.date(qdate(last))).replace("%2", str((today - last).days))))
        due = bool(self.brand_id) and consistency_due(last, today)
        self.due_label.setText(digits_in(self.tr(
            "Due: no check in the last %1 days. Check that every account still matches the "
            "guide.").replace("%1", str(CONSISTENCY_DUE_DAYS))) if due else "")
        self.due_label.setVisible(due)

    def current_check(self) -> CheckData | None:
        record = self.current_record()
        return record if isinstance(record, CheckData) else None

    def _update_buttons(self) -> None:
        self.run_button.setEnabled(bool(self.brand_id))
        for button in (self.open_button, self.delete_button):
            button.setEnabled(self.current_check() is not None)

    def run_check(self, draft: CheckInput | None = None) -> None:
        """A refused save reopens the dialog with the verdicts as they were typed."""
        brand_id, guides = self.brand_id, self.ctx.services.guides
        if not brand_id:
            return
        data, ok = ConsistencyDialog.run(
            self.window(), lambda d: guides.validate_check(brand_id, d), draft,
            guides.check_sheet(brand_id), self.today())
        if not ok or data is None:
            return
        command = CreateCommand(
            self.tr("Consistency check of %1").replace("%1", self.ctx.fmt.date(
                qdate(data.checked_on))), self.ctx.hub, DataHub.GUIDE,
            lambda: guides.create_check(brand_id, data), guides.delete_check,
            guides.undelete_check)
        self.ctx.undo.push(command)
        if command.failed:
            self.run_check(data)
        elif command.record is not None:
            self.select_id(command.record.id)

    def open_check(self, draft: CheckInput | None = None) -> None:
        check, guides = self.current_check(), self.ctx.services.guides
        if check is None:
            return
        data, ok = ConsistencyDialog.run(
            self.window(), lambda d: guides.validate_check(check.brand_id, d),
            draft or check.to_input(), guides.check_sheet(check.brand_id, check.id), self.today())
        if not ok or data is None or data.recorded() == check.to_input().recorded():
            return
        command = ChangeCommand(
            self.tr("Edit consistency check of %1").replace("%1", self.ctx.fmt.date(
                qdate(check.checked_on))), self.ctx.hub, DataHub.GUIDE, check,
            guides.update_check, check.to_input(), data)
        self.ctx.undo.push(command)
        if command.failed:
            self.open_check(data)

    def delete_check(self) -> None:
        check, guides = self.current_check(), self.ctx.services.guides
        if check is not None:
            self.ctx.undo.push(DeleteCommand(
                self.tr("Delete consistency check of %1").replace("%1", self.ctx.fmt.date(
                    qdate(check.checked_on))), self.ctx.hub, DataHub.GUIDE, check,
                guides.delete_check, guides.undelete_check))
