"""The toolbar's brand switcher: it scopes every tab to one client."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.models.brands import brand_icon


class BrandSwitcher(QComboBox):
    """Lists the active brands; choosing one sets the window's current brand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("brandSwitcher")
        self.setMinimumContentsLength(22)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("The brand every tab shows (Ctrl+B)"))
        self._ctx: UiContext | None = None
        self.activated.connect(self._on_activated)

    def bind(self, ctx: UiContext) -> None:
        self._ctx = ctx
        ctx.hub.changed.connect(self._on_data_changed)
        ctx.scope.changed.connect(self._show_current)
        self.reload()

    def _on_data_changed(self, area: str) -> None:
        if area in (DataHub.BRANDS, DataHub.ACCOUNTS):
            self.reload()

    def reload(self) -> None:
        assert self._ctx is not None
        brands = self._ctx.services.brands.list_brands(include_archived=False)
        self.blockSignals(True)
        self.clear()
        for brand in brands:
            self.addItem(brand_icon(brand), brand.name, brand.id)
        self.blockSignals(False)
        self.setEnabled(bool(brands))
        ids = [b.id for b in brands]
        if self._ctx.scope.brand_id not in ids:
            self._ctx.scope.set_brand(ids[0] if ids else 0)
        self._show_current(self._ctx.scope.brand_id)

    def _show_current(self, brand_id: int) -> None:
        self.setCurrentIndex(self.findData(brand_id))

    def _on_activated(self, index: int) -> None:
        if self._ctx is not None and index >= 0:
            self._ctx.scope.set_brand(int(self.itemData(index)))
