"""Account audits of the current brand: its accounts with their last audit on one side, the
chosen account's audits read as a report on the other; new, edit and delete are undoable.

Built at start-up but queries nothing until first shown; while hidden, changes only mark it
out of date."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.services.audits import AuditData, AuditInput
from smm_desktop.ui import audit_text, goal_text
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.audit_dialog import AuditDialog, AuditFormEnv
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.audits import AuditAccountTableModel, AuditedAccount, audited_accounts
from smm_desktop.ui.tabs.strategy.audit_commands import AlsoTell
from smm_desktop.ui.undo import ChangeCommand, CreateCommand, DeleteCommand
from smm_desktop.ui.widgets.lazy_section import LazySection

_RELOAD_ON = (DataHub.BRANDS, DataHub.ACCOUNTS, DataHub.AUDITS, DataHub.SNAPSHOTS)


def _message(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class AuditSection(LazySection):
    """Pages: no brand / no accounts (a message), or the accounts beside the audit report."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditSection")
        self.ctx = ctx
        self.empty = _message("auditEmpty")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self._main_page())
        QVBoxLayout(self).addWidget(self.pages)
        self._keys()
        ctx.hub.changed.connect(self._on_changed)
        ctx.scope.changed.connect(lambda _id: self.mark_dirty())

    def _main_page(self) -> QSplitter:
        self.model = AuditAccountTableModel(self.ctx.fmt)
        self.view = QTableView()
        self.view.setObjectName("auditAccountsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the handle elides
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_account())
        accounts = QGroupBox(self.tr("Accounts"))
        QVBoxLayout(accounts).addWidget(self.view)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("auditSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(accounts)
        splitter.addWidget(self._report_box())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])
        return splitter

    def _report_box(self) -> QGroupBox:
        self.report_box = QGroupBox(self.tr("Audits"))
        self.audit_choice = QComboBox()
        self.audit_choice.setObjectName("auditChoice")
        self.audit_choice.currentIndexChanged.connect(lambda _i: self._show_audit())
        choice_label = QLabel(self.tr("&Audit of:"))
        choice_label.setBuddy(self.audit_choice)
        self.new_button = self._button(self.tr("&New audit…"), self.new_audit, "Insert")
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_audit, "F2")
        self.delete_button = self._button(self.tr("&Delete"), self.delete_audit, "Delete")
        top = QHBoxLayout()
        top.addWidget(choice_label)
        top.addWidget(self.audit_choice, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        self.report = QTextBrowser()
        self.report.setObjectName("auditReport")
        self.report.setOpenLinks(False)
        self.detail = QStackedWidget()
        self.detail.addWidget(self.report)
        self.detail.addWidget(self._never_page())
        column = QVBoxLayout(self.report_box)
        column.addLayout(top)
        column.addWidget(self.detail, 1)
        return self.report_box

    def _never_page(self) -> QWidget:
        page = QWidget()
        self.never_note = _message("neverAudited")
        self.first_button = QPushButton(self.tr("Audit this account…"))
        self.first_button.setObjectName("firstAuditButton")
        self.first_button.clicked.connect(self.new_audit)
        column = QVBoxLayout(page)
        column.addStretch()
        column.addWidget(self.never_note)
        column.addWidget(self.first_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch()
        return page

    def _button(self, text: str, slot: Callable[[], None], key: str) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(self.tr("Shortcut: %1").replace("%1", native))
        return button

    def _keys(self) -> None:
        """Insert, F2 and Delete anywhere in the section; Ctrl+Z is the window's."""
        for key, slot in (("Insert", self.new_audit), ("F2", self.edit_audit),
                          ("Delete", self.delete_audit)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # Loading -------------------------------------------------------------------------------

    def _on_changed(self, area: str) -> None:
        if area in _RELOAD_ON:
            self.mark_dirty()

    def reload(self) -> None:
        """Read the brand's accounts and audits; the chosen account and audit stay chosen."""
        self._dirty = False
        brand_id = self.ctx.scope.brand_id
        keep_account, keep_audit = self.current_account_id(), self.current_audit_id()
        accounts = self.ctx.services.accounts.list_accounts(brand_id, False) if brand_id else []
        if not accounts:
            self.model.set_records([])
            self._show_empty(bool(brand_id))
            return
        audits = self.ctx.services.audits.list_audits(brand_id)
        self.model.set_records(audited_accounts(accounts, audits))
        self.pages.setCurrentIndex(1)
        row = max(self.model.row_of(keep_account), 0)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self._show_account(keep_audit)

    def _show_empty(self, has_brand: bool) -> None:
        self.empty.setText(self.tr(
            "This brand has no accounts yet. Add one first on the “Brands and accounts” tab "
            "of Strategy; then audit it here.") if has_brand else self.tr(
            "Create or choose a brand to audit its accounts."))
        self.pages.setCurrentIndex(0)
        self._update_buttons()

    # The chosen account and audit ----------------------------------------------------------

    def current_row(self) -> AuditedAccount | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def current_account_id(self) -> int:
        row = self.current_row()
        return row.id if row else 0

    def current_audit(self) -> AuditData | None:
        data = self.audit_choice.currentData()
        return data if isinstance(data, AuditData) else None

    def current_audit_id(self) -> int:
        audit = self.current_audit()
        return audit.id if audit else 0

    def _show_account(self, keep_audit: int = 0) -> None:
        row = self.current_row()
        self.audit_choice.blockSignals(True)
        self.audit_choice.clear()
        for audit in row.audits if row else ():
            self.audit_choice.addItem(self._audit_label(audit), audit)
        index = next((i for i, a in enumerate(row.audits) if a.id == keep_audit), 0) if row else 0
        self.audit_choice.setCurrentIndex(index if self.audit_choice.count() else -1)
        self.audit_choice.blockSignals(False)
        self.report_box.setTitle(self.tr("Audits of %1").replace(
            "%1", goal_text.account_name(row.account)) if row else self.tr("Audits"))
        self._show_audit()

    def _audit_label(self, audit: AuditData) -> str:
        return self.tr("%1 — %2").replace("%1", goal_text.day(self.ctx.fmt, audit.audited_on)
                                          ).replace("%2", audit_text.tally(audit))

    def _show_audit(self) -> None:
        audit, row = self.current_audit(), self.current_row()
        if audit is None:
            self.never_note.setText(self.tr(
                "This account was never audited. Start with an audit: it records where the "
                "account stands before your work shows.") if row else "")
            self.first_button.setVisible(row is not None)
            self.detail.setCurrentIndex(1)
        else:
            rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            self.report.setHtml(audit_text.report_html(self.ctx.fmt, audit, rtl))
            self.detail.setCurrentIndex(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_account = self.pages.currentIndex() == 1 and self.current_row() is not None
        self.new_button.setEnabled(has_account)
        self.edit_button.setEnabled(has_account and self.current_audit() is not None)
        self.delete_button.setEnabled(has_account and self.current_audit() is not None)
        self.audit_choice.setEnabled(self.audit_choice.count() > 0)

    # Actions --------------------------------------------------------------------------------

    def _env(self, row: AuditedAccount, editing: bool) -> AuditFormEnv:
        return AuditFormEnv(row.account, self.ctx.fmt, self.ctx.services.audits.today(),
                            editing=editing)

    def new_audit(self) -> None:
        self._new_audit(None)

    def _new_audit(self, draft: AuditInput | None) -> None:
        """Pre-filled from the latest numbers and the last audit; a refused save reopens."""
        row, audits = self.current_row(), self.ctx.services.audits
        if row is None or self.pages.currentIndex() != 1:
            return
        prefill = audits.prefill(row.id)
        env = dataclasses.replace(self._env(row, False), known_on=prefill.known_on,
                                  previous_on=prefill.previous_on)
        data, ok = AuditDialog.run(self.window(), lambda d: audits.validate(row.id, d), env,
                                   draft or prefill.data)
        if not ok or data is None:
            return
        command = AlsoTell(CreateCommand(
            self.tr("Audit %1").replace("%1", goal_text.account_name(row.account)),
            self.ctx.hub, DataHub.AUDITS, lambda: audits.create(row.id, data), audits.delete,
            lambda ident: audits.restore(ident, data.baseline)), self.ctx.hub, DataHub.SNAPSHOTS)
        self.ctx.undo.push(command)
        if command.failed:
            self._new_audit(data)
        elif command.record is not None:
            self.select(row.id, command.record.id)

    def edit_audit(self) -> None:
        self._edit_audit(None)

    def _edit_audit(self, draft: AuditInput | None) -> None:
        row, audit, audits = self.current_row(), self.current_audit(), self.ctx.services.audits
        if row is None or audit is None:
            return
        data, ok = AuditDialog.run(self.window(), lambda d: audits.validate(row.id, d, audit.id),
                                   self._env(row, True), draft or audit.to_input())
        if not ok or data is None or data == audit.to_input():
            return
        command = AlsoTell(ChangeCommand(
            self.tr("Edit audit of %1").replace("%1", goal_text.account_name(row.account)),
            self.ctx.hub, DataHub.AUDITS, audit, audits.update, audit.to_input(), data),
            self.ctx.hub, DataHub.SNAPSHOTS)
        self.ctx.undo.push(command)
        if command.failed:
            self._edit_audit(data)

    def delete_audit(self) -> None:
        row, audit, audits = self.current_row(), self.current_audit(), self.ctx.services.audits
        if row is None or audit is None:
            return
        text = self.tr("Delete the audit of %1 of %2").replace(
            "%1", goal_text.day(self.ctx.fmt, audit.audited_on)).replace(
            "%2", goal_text.account_name(row.account))
        self.ctx.undo.push(AlsoTell(DeleteCommand(
            text, self.ctx.hub, DataHub.AUDITS, audit, audits.delete,
            lambda ident: audits.restore(ident, audit.baseline)), self.ctx.hub, DataHub.SNAPSHOTS))

    def select(self, account_id: int, audit_id: int = 0) -> None:
        """Show this account (and this audit of it)."""
        if self._dirty:
            self.reload()
        row = self.model.row_of(account_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self._show_account(audit_id)
