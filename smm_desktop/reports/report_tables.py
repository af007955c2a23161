"""The report's building blocks: headings, paragraphs, notes and tables that split across
pages with their header repeated, all mirrored for right-to-left reports.

Every text goes through rtl.py (shaped, broken at the real width, reordered per line, escaped),
after characters no bundled font has (emoji, pictographs) are dropped: they print as nothing
rather than as boxes or a failure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from smm_desktop.reports import fonts, rtl
from smm_desktop.reports.style import Palette

CELL_PAD = 3.5
# A user text longer than this is cut in a table cell, so that no row is taller than a page
# (ReportLab cannot split a row). Notes paragraphs outside tables are cut much later.
MAX_CELL, MAX_PARAGRAPH, MAX_LINES = 400, 6000, 30
BODY = ParagraphStyle("reportBody", fontName=fonts.LATIN, fontSize=8, leading=10.5)
CELL = ParagraphStyle("reportCell", parent=BODY, fontSize=7.5, leading=9.5)
TEXT = ParagraphStyle("reportText", parent=BODY, fontSize=9.5, leading=13, spaceAfter=4)
H1 = ParagraphStyle("reportH1", parent=BODY, fontSize=16, leading=21, spaceAfter=6)
H2 = ParagraphStyle("reportH2", parent=BODY, fontSize=11, leading=15, spaceBefore=6,
                    spaceAfter=3, keepWithNext=1)
NOTE = ParagraphStyle("reportNote", parent=BODY, fontSize=9.5, leading=13,
                      textColor=colors.HexColor("#666666"))
GRID = colors.HexColor("#c8c8c8")
STRIPE = colors.HexColor("#f6f6f4")


@cache
def _covered() -> frozenset[int]:
    """The code points the bundled Latin and Arabic fonts draw."""
    fonts.register()
    faces = (pdfmetrics.getFont(fonts.LATIN).face, pdfmetrics.getFont(fonts.ARABIC).face)
    return frozenset().union(*(face.charToGlyph.keys() for face in faces))


def printable(text: str) -> str:
    """`text` without the characters no bundled font has (emoji and such), keeping line breaks
    and the invisible bidi controls rtl.py handles."""
    covered = _covered()
    return "".join(c for c in text if ord(c) in covered or c in "\n\t" or "\u200b" <= c <= "\u206f")


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass(frozen=True)
class Layout:
    """What every builder needs: the direction, the colours and the text column's width."""

    rtl: bool
    colours: Palette
    room: float  # usable width inside the frame

    def para(self, text: str, style: ParagraphStyle = TEXT, room: float | None = None,
             bold: bool = False, end: bool = False, max_lines: int = 0) -> Paragraph:
        """A paragraph of (user or label) text; `end`: aligned to the line's far side
        (numbers in tables); `max_lines`: cut there with "…" (a table row cannot split)."""
        text = printable(text)
        width = self.room if room is None else room
        lines = rtl.visual_lines(text, style.fontSize, width, self.rtl, bold)
        if max_lines and len(lines) > max_lines:
            lines = [*lines[:max_lines - 1], "…"]
        body = "<br/>".join(rtl.markup(line, bold) for line in lines)
        right = self.rtl != end
        aligned = _aligned(style, right)
        return Paragraph(body, aligned)

    def heading(self, text: str, level: int = 2) -> Paragraph:
        return self.para(text, H1 if level == 1 else H2, bold=True)

    def note(self, text: str) -> Paragraph:
        return self.para(text, NOTE)


@cache
def _aligned(style: ParagraphStyle, right: bool) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{'r' if right else 'l'}", parent=style,
                          alignment=TA_RIGHT if right else TA_LEFT)


@dataclass(frozen=True)
class Column:
    """A table column: its header, share of the width, and whether it holds numbers."""

    header: str
    share: float
    number: bool = False


def table(layout: Layout, columns: Sequence[Column], rows: Sequence[Sequence[str]],
          width: float | None = None) -> Table:
    """A table whose rows may split across pages with the header repeated; the columns are
    mirrored in a right-to-left report (the first column on the right)."""
    total = sum(c.share for c in columns)
    room = layout.room if width is None else width
    widths = [room * c.share / total for c in columns]
    head = ParagraphStyle("reportHead", parent=CELL, textColor=layout.colours.on_primary)
    cells = [[layout.para(c.header, head, w - 2 * CELL_PAD, bold=True, end=c.number)
              for c, w in zip(columns, widths, strict=True)]]
    for row in rows:
        cells.append([layout.para(cut(text, MAX_CELL), CELL, w - 2 * CELL_PAD, end=c.number,
                                  max_lines=MAX_LINES)
                      for text, c, w in zip(row, columns, widths, strict=True)])
    if layout.rtl:
        cells, widths = [row[::-1] for row in cells], widths[::-1]
    result = Table(cells, colWidths=widths, repeatRows=1, hAlign="RIGHT" if layout.rtl else "LEFT")
    result.setStyle(_table_style(layout))
    return result


def _table_style(layout: Layout) -> TableStyle:
    return TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), layout.colours.primary),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
        *[(edge, (0, 0), (-1, -1), CELL_PAD) for edge in
          ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")],
    ])


def facts(layout: Layout, pairs: Sequence[tuple[str, str]]) -> Table:
    """Label / value lines (no header row): key figures of a section."""
    widths = [layout.room * 0.45, layout.room * 0.25]
    cells = [[layout.para(label, CELL, widths[0] - 2 * CELL_PAD, bold=True),
              layout.para(value, CELL, widths[1] - 2 * CELL_PAD, end=True)]
             for label, value in pairs]
    if layout.rtl:
        cells, widths = [row[::-1] for row in cells], widths[::-1]
    result = Table(cells, colWidths=widths, hAlign="RIGHT" if layout.rtl else "LEFT")
    result.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, STRIPE]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *[(edge, (0, 0), (-1, -1), CELL_PAD) for edge in
          ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")],
    ]))
    return result


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


def flow(*parts: Flowable | None) -> list[Flowable]:
    """The parts that exist."""
    return [p for p in parts if p is not None]
