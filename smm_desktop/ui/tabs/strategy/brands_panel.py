"""The workspace's brands: create, edit, archive and delete, every change undoable."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from smm_desktop.services.brands import BrandData, BrandInput
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.brand_dialog import BrandDialog
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.brands import BrandTableModel
from smm_desktop.ui.undo import ChangeCommand, CreateCommand, DeleteCommand
from smm_desktop.ui.widgets.record_panel import RecordPanel


class BrandsPanel(RecordPanel):
    """Lists brands; selecting one makes it the current brand of every tab."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Brands (clients)"), BrandTableModel(ctx.fmt), parent=parent)
        self.ctx = ctx
        self.view.setObjectName("brandsView")
        self.add_button(self.tr("New brand…"), self.new_brand)
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit_brand, "Return")
        self.archive_button = self.add_button(self.tr("Archive"), self.toggle_archived)
        self.delete_button = self.add_button(self.tr("Delete"), self.delete_brand, "Delete")
        self.finish_buttons()
        self.show_archived.toggled.connect(self.reload)
        self.current_changed.connect(self._on_current)
        self.activated.connect(lambda _id: self.edit_brand())
        ctx.hub.changed.connect(self._on_data_changed)
        ctx.scope.changed.connect(self.select_id)
        self.reload()

    def _on_data_changed(self, area: str) -> None:
        if area in (DataHub.BRANDS, DataHub.ACCOUNTS):
            self.reload()

    def reload(self) -> None:
        """The current brand stays selected; if this list hides it now, the first one is current."""
        records = self.ctx.services.brands.list_brands(self.show_archived.isChecked())
        self.model.set_records(records)
        if self.model.row_of(self.ctx.scope.brand_id) < 0:
            self.ctx.scope.set_brand(records[0].id if records else 0)
        self.select_id(self.ctx.scope.brand_id)
        self._update_buttons()

    def _on_current(self, brand_id: int) -> None:
        if brand_id:
            self.ctx.scope.set_brand(brand_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        brand = self.current_brand()
        for button in (self.edit_button, self.archive_button, self.delete_button):
            button.setEnabled(brand is not None)
        archived = brand is not None and brand.archived
        self.archive_button.setText(self.tr("Unarchive") if archived else self.tr("Archive"))

    def current_brand(self) -> BrandData | None:
        record = self.current_record()
        return record if isinstance(record, BrandData) else None

    def new_brand(self) -> None:
        self._new_brand(None)

    def _new_brand(self, draft: BrandInput | None) -> None:
        """A refused save (a disk fault, a name taken meanwhile) reopens what was typed."""
        brands = self.ctx.services.brands
        data, ok = BrandDialog.run(self.window(), brands.validate, draft)
        if not ok or data is None:
            return
        command = CreateCommand(self.tr("Create brand %1").replace("%1", data.name), self.ctx.hub,
                                DataHub.BRANDS, lambda: brands.create(data), brands.delete,
                                brands.undelete)
        self.ctx.undo.push(command)
        if command.failed:
            self._new_brand(data)
        elif command.record is not None:
            self.ctx.scope.set_brand(command.record.id)

    def edit_brand(self) -> None:
        self._edit_brand(None)

    def _edit_brand(self, draft: BrandInput | None) -> None:
        """On a refusal the dialog comes back with the person's text over the brand as it is now."""
        brand, brands = self.current_brand(), self.ctx.services.brands
        if brand is None:
            return
        data, ok = BrandDialog.run(self.window(), lambda d: brands.validate(d, brand.id),
                                   draft or brand.to_input())
        if not ok or data is None or data == brand.to_input():
            return
        command = ChangeCommand(self.tr("Edit brand %1").replace("%1", data.name), self.ctx.hub,
                                DataHub.BRANDS, brand, brands.update, brand.to_input(), data)
        self.ctx.undo.push(command)
        if command.failed:
            self._edit_brand(data)

    def toggle_archived(self) -> None:
        brand = self.current_brand()
        if brand is None:
            return
        text = self.tr("Unarchive %1") if brand.archived else self.tr("Archive %1")
        self.ctx.undo.push(ChangeCommand(
            text.replace("%1", brand.name), self.ctx.hub, DataHub.BRANDS, brand,
            self.ctx.services.brands.set_archived, brand.archived, not brand.archived))

    def delete_brand(self) -> None:
        brand, brands = self.current_brand(), self.ctx.services.brands
        if brand is None:
            return
        self.ctx.undo.push(DeleteCommand(
            self.tr("Delete brand %1").replace("%1", brand.name), self.ctx.hub, DataHub.BRANDS,
            brand, brands.delete, brands.undelete))
