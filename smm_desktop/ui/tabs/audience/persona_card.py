"""Draws a persona as a card: picture (or initial), name, who, where, and the top platforms.

Mirrored in right to left: the picture sits where reading starts and the text follows it.
"""

from __future__ import annotations

import zlib

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override

from smm_desktop.ui.models.personas import PERSONA_ROLE, PLATFORMS_ROLE, WHERE_ROLE, WHO_ROLE

CARD_WIDTH = 340
PICTURE = 56
MARGIN = 10
GAP = 4  # between cards
LINES = 4  # name, who, where, platforms
_INITIAL_HUES = (12, 36, 160, 200, 260, 320)

AnyIndex = QModelIndex | QPersistentModelIndex


def card_height(metrics: QFontMetrics) -> int:
    """A card's height, with the gap around it, for text in these metrics."""
    return max(PICTURE, metrics.lineSpacing() * LINES + 6) + 2 * (MARGIN + GAP)


class PersonaCardDelegate(QStyledItemDelegate):
    """A fixed-size card; the view lays them out in rows that wrap."""

    @override

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(CARD_WIDTH, card_height(option.fontMetrics))

    @override

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(GAP, GAP, -GAP, -GAP)
        self._draw_frame(painter, option, card)
        direction = option.direction
        picture = QStyle.visualRect(direction, card, QRect(
            card.left() + MARGIN, card.top() + MARGIN, PICTURE, PICTURE))
        text = QStyle.visualRect(direction, card, QRect(
            card.left() + 2 * MARGIN + PICTURE, card.top() + MARGIN,
            card.width() - 3 * MARGIN - PICTURE, card.height() - 2 * MARGIN))
        self._draw_picture(painter, index, picture)
        self._draw_lines(painter, option, index, text)
        painter.restore()

    @staticmethod
    def _draw_frame(painter: QPainter, option: QStyleOptionViewItem, card: QRect) -> None:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill = QColor(palette.color(QPalette.ColorRole.Base))
        border = QColor(palette.color(QPalette.ColorRole.Mid))
        if selected:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlpha(48)
            border = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 8, 8)
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = painter.pen()
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(2, 2, -2, -2), 7, 7)

    @staticmethod
    def _draw_picture(painter: QPainter, index: AnyIndex, rect: QRect) -> None:
        path = QPainterPath()
        path.addEllipse(rect)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            painter.setClipPath(path)
            scaled = pixmap.scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                   Qt.TransformationMode.SmoothTransformation)
            painter.drawPixmap(rect, scaled, QRect(
                (scaled.width() - rect.width()) // 2, (scaled.height() - rect.height()) // 2,
                rect.width(), rect.height()))
            painter.setClipping(False)
            return
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "?")
        hue = _INITIAL_HUES[zlib.crc32(name.encode()) % len(_INITIAL_HUES)]
        painter.fillPath(path, QColor.fromHsl(hue, 110, 150))
        font = QFont(painter.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name.strip()[:1].upper() or "?")

    def _draw_lines(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex,
                    rect: QRect) -> None:
        persona = index.data(PERSONA_ROLE)
        archived = bool(getattr(persona, "archived", False))
        role = QPalette.ColorRole.PlaceholderText if archived else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        align = QStyle.visualAlignment(option.direction, Qt.AlignmentFlag.AlignLeft)
        align |= Qt.AlignmentFlag.AlignVCenter
        lines = [str(index.data(r) or "") for r in (
            Qt.ItemDataRole.DisplayRole, WHO_ROLE, WHERE_ROLE, PLATFORMS_ROLE)]
        if archived:
            lines[0] = self.tr("%1 (archived)").replace("%1", lines[0])
        lines = [lines[0], *[line for line in lines[1:] if line]]  # no gaps for empty fields
        height = rect.height() // LINES
        for number, line in enumerate(lines):
            font = QFont(option.font)
            font.setBold(number == 0)
            font.setItalic(archived)
            painter.setFont(font)
            box = QRect(rect.left(), rect.top() + number * height, rect.width(), height)
            elided = painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight,
                                                      box.width())
            painter.drawText(box, int(align), elided)

