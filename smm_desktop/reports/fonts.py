"""The bundled fonts registered with ReportLab, so Arabic and Latin never print as boxes.

ReportLab has no font fallback: Latin runs use Noto Sans, Arabic runs Noto Sans Arabic (which
has no Latin letters); rtl.py splits text into runs of each.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from smm_desktop import paths

LATIN, LATIN_BOLD = "SmmSans", "SmmSans-Bold"
ARABIC, ARABIC_BOLD = "SmmArabic", "SmmArabic-Bold"
_FILES = {
    LATIN: "NotoSans-Regular.ttf", LATIN_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf", ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}


@cache
def register() -> None:
    """Register the four faces once per process; `<b>` in a paragraph picks the bold one."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", file))))
    for regular, bold in ((LATIN, LATIN_BOLD), (ARABIC, ARABIC_BOLD)):
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)
        addMapping(regular, 1, 1, bold)


def face(arabic: bool, bold: bool = False) -> str:
    """The registered font name for a run of Arabic or other text."""
    if arabic:
        return ARABIC_BOLD if bold else ARABIC
    return LATIN_BOLD if bold else LATIN
