"""Text for ReportLab paragraphs: Arabic shaped and ordered right to left, lines broken by us.

ReportLab draws glyphs left to right as given and has no bidi. So each text is shaped
(arabic-reshaper) in logical order, broken into lines at the real available width, and only
then is each line put in visual order (python-bidi); reordering a whole paragraph before
breaking would put its last line first (FACTS.md). Breaking ourselves also splits a word
longer than the line, which ReportLab cannot do (LayoutError). Text is escaped after
reordering: user text is data, never markup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

import arabic_reshaper  # type: ignore[import-untyped]
from bidi.algorithm import get_display  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph  # type: ignore[import-untyped]

from smm_desktop.reports import fonts

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))
_ISOLATES = re.compile("[\u2066-\u2069]")  # the legacy bidi algorithm asserts on them
_LATIN_TAG = re.compile(r"(?<!\w)([@#])(?=[A-Za-z0-9_])")  # @handle, #tag: keep the sign on its word
_SLACK = 1.0  # points kept free on each line: ReportLab's own sums may round a hair higher


@cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    """Keeps the diacritics (the default configuration drops them)."""
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def is_arabic(char: str) -> bool:
    """A letter, digit, mark or presentation form of the Arabic script."""
    code = ord(char)
    return any(low <= code <= high for low, high in _ARABIC_RANGES)


def starts_rtl(text: str, default: bool) -> bool:
    """The text's own direction: that of its first strong letter (Unicode rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return default


def _reorder(line: str, base: str) -> str:
    """One shaped line in visual order. bidi.algorithm mirrors brackets (python-bidi's newer
    `bidi.get_display` does not); it knows no isolates, so they go first. Invisible format
    characters (marks, zero-width ones) go after: the fonts have no glyph for them."""
    line = _LATIN_TAG.sub("\u200e\\1", _ISOLATES.sub("", line))
    shown = get_display(line, base_dir=base)
    return "".join(char for char in shown if unicodedata.category(char) != "Cf")


def reads_rtl(text: str, rtl_doc: bool) -> bool:
    """The base direction a line is ordered in: left to right for text with no Arabic (or
    Hebrew) letters or Arabic-Indic digits; else right to left in a right-to-left document,
    else by its first strong letter."""
    kinds = {unicodedata.bidirectional(char) for char in text}
    if rtl_doc and "AN" in kinds:
        return True
    if not kinds & {"R", "AL"}:
        return False
    return rtl_doc or starts_rtl(text, False)


def _runs(text: str) -> list[tuple[bool, str]]:
    """Consecutive pieces of Arabic and of other text: each is drawn with its own font."""
    runs: list[tuple[bool, str]] = []
    for char in text:
        arabic = is_arabic(char)
        if runs and runs[-1][0] == arabic:
            runs[-1] = (arabic, runs[-1][1] + char)
        else:
            runs.append((arabic, char))
    return runs


def width(text: str, size: float, bold: bool = False) -> float:
    """The printed width of `text` (already shaped), each run in its own font."""
    return sum(stringWidth(piece, fonts.face(arabic, bold), size) for arabic, piece in _runs(text))


def markup(text: str, bold: bool = False) -> str:
    """`text` (in visual order) as escaped paragraph markup, each run in its font."""
    return "".join(f'<font name="{fonts.face(arabic, bold)}">{escape(piece)}</font>'
                   for arabic, piece in _runs(text))


def _split_long(word: str, size: float, room: float, bold: bool) -> list[str]:
    """A word wider than the line, cut into pieces that fit (a 20,000-character word too)."""
    pieces, current = [], ""
    for char in word:
        if current and width(current + char, size, bold) > room:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces


def _break_paragraph(text: str, size: float, room: float, bold: bool) -> list[str]:
    """Greedy line breaking of one hard paragraph, in logical order."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if width(trial, size, bold) <= room:
            current = trial
            continue
        if current:
            lines.append(current)
        pieces = _split_long(word, size, room, bold)
        lines += pieces[:-1]
        current = pieces[-1] if pieces else ""
    return [*lines, current]


def logical_lines(text: str, size: float, room: float, bold: bool = False) -> list[str]:
    """The shaped text broken into lines at `room` points, still in logical order."""
    shaped = _reshaper().reshape(text.replace("\r\n", "\n").replace("\r", "\n"))
    room = max(room - _SLACK, size)
    lines: list[str] = []
    for paragraph in shaped.split("\n"):
        lines += _break_paragraph(paragraph, size, room, bold)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def visual_lines(text: str, size: float, room: float, rtl: bool, bold: bool = False) -> list[str]:
    """Each line ready to draw left to right: shaped, broken, then reordered on its own."""
    base = "R" if reads_rtl(text, rtl) else "L"
    return [_reorder(line, base) for line in logical_lines(text, size, room, bold)]


def paragraph(text: str, style: ParagraphStyle, room: float, rtl: bool,
              bold: bool = False) -> Paragraph:
    """A Paragraph of user (or label) text that fits `room` points: shaped, ordered, escaped,
    aligned to the document's reading side."""
    size = style.fontSize
    lines = visual_lines(text, size, room, rtl, bold)
    body = "<br/>".join(markup(line, bold) for line in lines)
    aligned = ParagraphStyle(f"{style.name}-{'r' if rtl else 'l'}", parent=style,
                             alignment=TA_RIGHT if rtl else TA_LEFT)
    return Paragraph(body, aligned)


def one_line(text: str, size: float, room: float, rtl: bool, bold: bool = False) -> str:
    """The text on a single line of `room` points (cut with "…" when longer), visual order."""
    shaped = " ".join(_reshaper().reshape(text).split())
    if width(shaped, size, bold) > room:
        ellipsis = "…"
        while shaped and width(shaped + ellipsis, size, bold) > room:
            shaped = shaped[:-1]
        shaped = shaped.rstrip() + ellipsis
    return _reorder(shaped, "R" if reads_rtl(text, rtl) else "L")


def draw_line(canvas: Canvas, line: str, x: float, y: float, size: float,
              right: bool = False, bold: bool = False) -> None:
    """Draw a visual-order line run by run; `right`: `x` is where the line ends."""
    start = x - width(line, size, bold) if right else x
    for arabic, piece in _runs(line):
        name = fonts.face(arabic, bold)
        canvas.setFont(name, size)
        canvas.drawString(start, y, piece)
        start += stringWidth(piece, name, size)
