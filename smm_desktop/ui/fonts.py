"""The app's own fonts, so Arabic and Latin text never show as empty boxes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from smm_desktop import paths

log = logging.getLogger(__name__)
UI_FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
            "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
UI_FAMILIES = ["Noto Sans", "Noto Sans Arabic"]


def load_ui_fonts(app: QApplication) -> None:
    """Register the bundled UI fonts and make them the application font (Latin, then Arabic)."""
    for name in UI_FONTS:
        if QFontDatabase.addApplicationFont(str(paths.resource("fonts", name))) < 0:
            log.warning("Could not load bundled font %s", name)
    font = QFont(app.font())
    font.setFamilies(UI_FAMILIES)
    app.setFont(font)
