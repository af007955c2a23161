"""The current brand's social accounts: add, edit, archive, delete (undoable), open the profile."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from smm_desktop.services.accounts import AccountData, AccountInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.account_dialog import AccountDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.accounts import AccountTableModel
from smm_desktop.ui.undo import ChangeCommand, CreateCommand, DeleteCommand
from smm_desktop.ui.widgets.record_panel import RecordPanel


class AccountsPanel(RecordPanel):
    """Follows the current brand of the window."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Social accounts"), AccountTableModel(), 2, parent)
        self.ctx = ctx
        self.view.setObjectName("accountsView")
        self.add_button_ = self.add_button(self.tr("Add account…"), self.new_account)
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit_account, "Return")
        self.archive_button = self.add_button(self.tr("Archive"), self.toggle_archived)
        self.delete_button = self.add_button(self.tr("Delete"), self.delete_account, "Delete")
        self.open_button = self.add_button(self.tr("Open profile"), self.open_profile)
        self.finish_buttons()
        self.show_archived.toggled.connect(self.reload)
        self.current_changed.connect(lambda _id: self._update_buttons())
        self.activated.connect(lambda _id: self.edit_account())
        ctx.hub.changed.connect(self._on_data_changed)
        ctx.scope.changed.connect(lambda _id: self.reload())
        self.reload()

    def _on_data_changed(self, area: str) -> None:
        if area in (DataHub.BRANDS, DataHub.ACCOUNTS):
            self.reload()

    def reload(self) -> None:
        keep = self.current_id()
        brand_id = self.ctx.scope.brand_id
        records = self.ctx.services.accounts.list_accounts(brand_id, self.show_archived.isChecked())
        self.model.set_records(records if brand_id else [])
        self.select_id(keep)
        self._update_buttons()

    def _update_buttons(self) -> None:
        account = self.current_account()
        self.add_button_.setEnabled(bool(self.ctx.scope.brand_id))
        for button in (self.edit_button, self.archive_button, self.delete_button):
            button.setEnabled(account is not None)
        self.open_button.setEnabled(account is not None and bool(account.link))
        archived = account is not None and account.archived
        self.archive_button.setText(self.tr("Unarchive") if archived else self.tr("Archive"))

    def current_account(self) -> AccountData | None:
        record = self.current_record()
        return record if isinstance(record, AccountData) else None

    def new_account(self) -> None:
        self._new_account(None)

    def _new_account(self, draft: AccountInput | None) -> None:
        """A refused save reopens the dialog with what was typed."""
        brand_id, accounts = self.ctx.scope.brand_id, self.ctx.services.accounts
        if not brand_id:
            return
        data, ok = AccountDialog.run(self.window(), accounts.validate, draft)
        if not ok or data is None:
            return
        command = CreateCommand(
            self.tr("Add account @%1").replace("%1", data.handle.lstrip("@")), self.ctx.hub,
            DataHub.ACCOUNTS, lambda: accounts.create(brand_id, data), accounts.delete,
            accounts.undelete)
        self.ctx.undo.push(command)
        if command.failed:
            self._new_account(data)

    def edit_account(self) -> None:
        self._edit_account(None)

    def _edit_account(self, draft: AccountInput | None) -> None:
        account, accounts = self.current_account(), self.ctx.services.accounts
        if account is None:
            return
        data, ok = AccountDialog.run(self.window(), lambda d: accounts.validate(d, account.id),
                                     draft or account.to_input())
        if not ok or data is None or data == account.to_input():
            return
        command = ChangeCommand(
            self.tr("Edit account @%1").replace("%1", account.handle), self.ctx.hub,
            DataHub.ACCOUNTS, account, accounts.update, account.to_input(), data)
        self.ctx.undo.push(command)
        if command.failed:
            self._edit_account(data)

    def toggle_archived(self) -> None:
        account = self.current_account()
        if account is None:
            return
        text = self.tr("Unarchive @%1") if account.archived else self.tr("Archive @%1")
        self.ctx.undo.push(ChangeCommand(
            text.replace("%1", account.handle), self.ctx.hub, DataHub.ACCOUNTS, account,
            self.ctx.services.accounts.set_archived, account.archived, not account.archived))

    def delete_account(self) -> None:
        account, accounts = self.current_account(), self.ctx.services.accounts
        if account is None:
            return
        self.ctx.undo.push(DeleteCommand(
            self.tr("Delete account @%1").replace("%1", account.handle), self.ctx.hub,
            DataHub.ACCOUNTS, account, accounts.delete, accounts.undelete))

    def open_profile(self) -> None:
        account = self.current_account()
        if account is not None and account.link:
            QDesktopServices.openUrl(QUrl(account.link))
