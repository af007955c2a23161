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
        """Active brands, plus the current one if it is archived (chosen with "Show archived")."""
        assert self._ctx is not None
        scope = self._ctx.scope
        brands = [b for b in self._ctx.services.brands.list_brands()
                  if not b.archived or b.id == scope.brand_id]
        self.blockSignals(True)
        self.clear()
        for brand in brands:
            self.addItem(brand_icon(brand), brand.name, brand.id)
        self.blockSignals(False)
        self.setEnabled(bool(brands))
        if scope.brand_id not in [b.id for b in brands]:
            active = [b.id for b in brands if not b.archived]
            scope.set_brand(active[0] if active else 0)
        self._show_current(scope.brand_id)

    def _show_current(self, brand_id: int) -> None:
        index = self.findData(brand_id)
        if index < 0 and brand_id and self._ctx is not None:
            self.reload()  # an archived brand was chosen in the Strategy tab
            return
        self.setCurrentIndex(index)

    def _on_activated(self, index: int) -> None:
        if self._ctx is not None and index >= 0:
            self._ctx.scope.set_brand(int(self.itemData(index)))
