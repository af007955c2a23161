"""How a day tile shows its occasions: a line each above the posts (at most two; the second
says how many more), tinted in its kind's colour with a small shape per kind, the name in
italics, "≈" before a date that may still move; and the Hijri date beside the day number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPolygonF
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from smm_desktop.domain.occasions import Occasion, OccasionKind
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.occasion_labels import occasion_name

PAD = 3
MAX_LINES = 2
EXPECTED_MARK = "≈"
# One colour per kind, mid-tones that read on light and dark themes alike.
KIND_COLOURS = {
    OccasionKind.ISLAMIC: "#2a9d8f",
    OccasionKind.PUBLIC_HOLIDAY: "#d9534f",
    OccasionKind.NATIONAL: "#3aa55d",
    OccasionKind.MARKETING: "#e0a526",
    OccasionKind.BRAND: "#a66cd9",
}


def kind_colour(kind: OccasionKind) -> QColor:
    return QColor(KIND_COLOURS[kind])


def lines_for(count: int, height: int, metrics: QFontMetrics) -> int:
    """How many occasion lines a tile gives: up to two, leaving a line for a post when it can."""
    if not count:
        return 0
    room = (height - metrics.height() - PAD) // (metrics.height() + 2)
    return max(0, min(count, MAX_LINES, room - 1 if room >= 2 else room))


def line_text(occasion: Occasion, more: int = 0) -> str:
    """The translated name, "≈" first when the date is expected, "+N" when others are hidden."""
    text = (EXPECTED_MARK + " " if occasion.expected else "") + occasion_name(occasion)
    return text + (digits_in(f" +{more}") if more else "")


def paint_occasions(painter: QPainter, option: QStyleOptionViewItem,
                    occasions: Sequence[Occasion], header_height: int, hijri: str) -> None:
    """Occasion lines between the day number and `header_height`, and the Hijri date."""
    metrics = option.fontMetrics
    if hijri:
        _hijri(painter, option, hijri)
    line = metrics.height() + 2
    top = option.rect.top() + metrics.height() + PAD
    count = (header_height - metrics.height() - PAD) // line
    for number in range(min(count, len(occasions))):
        more = len(occasions) - count if number == count - 1 else 0
        rect = QRect(option.rect.left() + PAD, top + number * line,
                     option.rect.width() - 2 * PAD, line - 1)
        _line(painter, option, occasions[number], rect, more)


def _line(painter: QPainter, option: QStyleOptionViewItem, occasion: Occasion, rect: QRect,
          more: int) -> None:
    direction, colour = option.direction, kind_colour(occasion.kind)
    tint = QColor(colour)
    tint.setAlpha(45)
    painter.fillRect(rect, tint)
    strip = QStyle.visualRect(direction, rect, QRect(rect.left(), rect.top(), 3, rect.height()))
    painter.fillRect(strip, colour)
    size = rect.height() - 8
    mark = QStyle.visualRect(direction, rect, QRect(rect.left() + 6, rect.top() + 4, size, size))
    _shape(painter, occasion.kind, QRectF(mark), colour)
    text = QRect(rect.left() + size + 10, rect.top(), rect.width() - size - 12, rect.height())
    font = QFont(option.font)
    font.setItalic(True)
    painter.setFont(font)
    painter.setPen(option.palette.color(QPalette.ColorRole.Text))
    painter.drawText(QStyle.visualRect(direction, rect, text),
                     Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                     QFontMetrics(font).elidedText(line_text(occasion, more),
                                                   Qt.TextElideMode.ElideRight, text.width()))
    painter.setFont(option.font)


def _shape(painter: QPainter, kind: OccasionKind, box: QRectF, colour: QColor) -> None:
    """A small mark telling the kinds apart without colour: circle, square, diamond,
    triangle, ring."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen if kind is not OccasionKind.BRAND else colour)
    painter.setBrush(colour if kind is not OccasionKind.BRAND else Qt.BrushStyle.NoBrush)
    c, r = box.center(), box.width() / 2
    if kind is OccasionKind.PUBLIC_HOLIDAY:
        painter.drawRect(box)
    elif kind is OccasionKind.NATIONAL:
        painter.drawPolygon(QPolygonF([QPointF(c.x(), box.top()), QPointF(box.right(), c.y()),
                                       QPointF(c.x(), box.bottom()), QPointF(box.left(), c.y())]))
    elif kind is OccasionKind.MARKETING:
        painter.drawPolygon(QPolygonF([QPointF(c.x(), box.top()), box.bottomRight(),
                                       box.bottomLeft()]))
    else:
        path = QPainterPath()
        path.addEllipse(c, r, r)
        painter.drawPath(path)
    painter.restore()


def _hijri(painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
    """The Hijri date small, at the trailing end of the day number's row."""
    font = QFont(option.font)
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
    painter.setFont(font)
    painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
    rect = option.rect.adjusted(PAD + 24, PAD, -PAD - 2, 0)  # clear of the day number
    rect.setHeight(option.fontMetrics.height())
    rect = QStyle.visualRect(option.direction, option.rect, rect)
    painter.drawText(rect, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter,
                     QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
    painter.setFont(option.font)
