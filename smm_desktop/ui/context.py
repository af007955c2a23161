"""What every view of one open workspace shares: services, the undo stack, the current brand."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from smm_desktop.services.registry import Services
from smm_desktop.settings import Settings
from smm_desktop.ui.day_clock import DayClock
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.i18n import Formatter


class BrandScope(QObject):
    """The brand the tabs show; 0 when the workspace has none."""

    changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.brand_id = 0

    def set_brand(self, brand_id: int) -> None:
        if brand_id != self.brand_id:
            self.brand_id = brand_id
            self.changed.emit(brand_id)


@dataclass
class UiContext:
    services: Services
    settings: Settings
    hub: DataHub
    undo: QUndoStack
    scope: BrandScope
    fmt: Formatter
    clock: DayClock = field(default_factory=DayClock)  # day_changed just after midnight

    def dispose(self) -> None:
        """Free the Qt objects of a workspace that is no longer shown."""
        for obj in (self.hub, self.scope, self.undo, self.clock):
            obj.deleteLater()

    @classmethod
    def create(cls, services: Services, settings: Settings) -> UiContext:
        ctx = cls(services, settings, DataHub(), QUndoStack(), BrandScope(),
                  Formatter(settings.digits))
        ctx.clock.start()
        return ctx
