"""The brands table and the brand switcher's list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap

from smm_desktop.services.brands import BrandData
from smm_desktop.ui import labels
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.table import Column, RecordTableModel
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_HEADERS = (
    QT_TRANSLATE_NOOP("BrandTable", "Brand"),
    QT_TRANSLATE_NOOP("BrandTable", "Industry"),
    QT_TRANSLATE_NOOP("BrandTable", "Country"),
    QT_TRANSLATE_NOOP("BrandTable", "Accounts"),
    QT_TRANSLATE_NOOP("BrandTable", "Status"),
)
_ACTIVE = QT_TRANSLATE_NOOP("BrandTable", "Active")
_ARCHIVED = QT_TRANSLATE_NOOP("BrandTable", "Archived")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BrandTable", text)


def brand_icon(brand: BrandData) -> QIcon:
    """The brand's logo, or a swatch of its first colour."""
    pixmap = QPixmap()
    if brand.logo_png and pixmap.loadFromData(brand.logo_png):
        return QIcon(pixmap)
    swatch = QPixmap(16, 16)
    swatch.fill(QColor(brand.colours[0]) if brand.colours else QColor("#9aa0a6"))
    return QIcon(swatch)


def status_text(archived: bool) -> str:
    return _tr(_ARCHIVED if archived else _ACTIVE)


class BrandTableModel(RecordTableModel[BrandData]):
    """Brands of the workspace: name, industry, country, live accounts, status."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        columns: list[Column[BrandData]] = [
            Column(lambda: _tr(_HEADERS[0]), lambda b: b.name, brand_icon, lambda b: b.notes),
            Column(lambda: _tr(_HEADERS[1]), lambda b: b.industry),
            Column(lambda: _tr(_HEADERS[2]), lambda b: labels.region_name(b.country)),
            Column(lambda: _tr(_HEADERS[3]), lambda b: formatter.number(b.account_count)),
            Column(lambda: _tr(_HEADERS[4]), lambda b: status_text(b.archived)),
        ]
        super().__init__(columns, parent)
