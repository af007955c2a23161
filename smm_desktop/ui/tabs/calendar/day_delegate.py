"""Paints a day tile: the day number, then one line per post (status swatch with its initial,
time, platform marks, topic), "+N more" when they do not fit; today, weekend, outside dimmed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget
from typing_extensions import override

from smm_desktop.services.post_data import PostData
from smm_desktop.ui import post_labels
from smm_desktop.ui.i18n import Formatter, digits_in
from smm_desktop.ui.models.calendar_month import (
    HIJRI_ROLE,
    IN_MONTH_ROLE,
    OCCASIONS_ROLE,
    POSTS_ROLE,
    TODAY_ROLE,
    WEEKEND_ROLE,
)
from smm_desktop.ui.tabs.calendar import occasion_marks, post_text

AnyIndex = QModelIndex | QPersistentModelIndex
PAD = 3


# Below this many average characters of room a tile line drops the platform marks.
NARROW_CHARS = 22


@dataclass(frozen=True)
class TileLayout:
    """Which posts of a day are drawn, in which line; `more` is how many are left out."""

    first: int
    shown: int
    more: int
    line_height: int
    header_height: int

    def line_of(self, y: int) -> int:
        """The post's number in the day at height `y` inside the tile; -1 above the posts,
        -2 on the "+N more" line or below."""
        line = (y - self.header_height) // self.line_height if y >= self.header_height else -1
        if line < 0:
            return -1
        return self.first + line if line < self.shown else -2


def tile_layout(height: int, font_metrics: QFontMetrics, count: int, current: int,
                occasion_lines: int = 0) -> TileLayout:
    """Fit `count` posts in a tile `height` high, under its occasions' lines, keeping the
    `current` one (or -1) in sight."""
    line = font_metrics.height() + 2
    header = font_metrics.height() + PAD + occasion_lines * line
    capacity = max(0, (height - header - PAD) // line)
    if count <= capacity:
        return TileLayout(0, count, 0, line, header)
    shown = max(0, capacity - 1)
    first = 0 if current < shown else current - shown + 1
    return TileLayout(first, shown, count - shown, line, header)


class DayDelegate(QStyledItemDelegate):
    """`selected()` gives the ids of the selected posts, `current()` the focused post's id,
    `current_index()` the chosen day's cell."""

    def __init__(self, fmt: Formatter, selected: Callable[[], set[int]],
                 current: Callable[[], int], current_index: Callable[[], QModelIndex],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fmt, self._selected, self._current = fmt, selected, current
        self._current_index = current_index

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(110, 90)

    def layout_for(self, option: QStyleOptionViewItem, index: AnyIndex) -> TileLayout:
        posts: list[PostData] = index.data(POSTS_ROLE) or []
        ids = [p.id for p in posts]
        current = ids.index(self._current()) if self._current() in ids else -1
        lines = occasion_marks.lines_for(len(index.data(OCCASIONS_ROLE) or []),
                                         option.rect.height(), option.fontMetrics)
        return tile_layout(option.rect.height(), option.fontMetrics, len(posts), current, lines)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        painter.setLayoutDirection(option.direction)
        self._background(painter, option, index)
        self._day_number(painter, option, index)
        posts: list[PostData] = index.data(POSTS_ROLE) or []
        layout = self.layout_for(option, index)
        occasion_marks.paint_occasions(painter, option, index.data(OCCASIONS_ROLE) or [],
                                       layout.header_height, index.data(HIJRI_ROLE) or "")
        for line, post in enumerate(posts[layout.first:layout.first + layout.shown]):
            top = option.rect.top() + layout.header_height + line * layout.line_height
            self._post_line(painter, option, post, QRect(
                option.rect.left() + PAD, top, option.rect.width() - 2 * PAD, layout.line_height))
        if layout.more:
            self._more(painter, option, layout)
        painter.restore()

    def _background(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        palette = option.palette
        if index.data(WEEKEND_ROLE):
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.AlternateBase))
        if index == self._current_index():
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(40)
            painter.fillRect(option.rect, tint)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
            painter.drawRect(option.rect.adjusted(2, 2, -3, -3))
        if index.data(TODAY_ROLE):
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))

    def _day_number(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        font = QFont(option.font)
        font.setBold(bool(index.data(TODAY_ROLE)))
        painter.setFont(font)
        role = (QPalette.ColorRole.Text if index.data(IN_MONTH_ROLE)
                else QPalette.ColorRole.PlaceholderText)
        painter.setPen(option.palette.color(role))
        rect = option.rect.adjusted(PAD + 2, PAD, -PAD - 2, 0)
        rect.setHeight(option.fontMetrics.height())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop,
                         str(index.data(Qt.ItemDataRole.DisplayRole)))
        painter.setFont(option.font)

    def _post_line(self, painter: QPainter, option: QStyleOptionViewItem, post: PostData,
                   line: QRect) -> None:
        direction, palette = option.direction, option.palette
        if post.id in self._selected():
            painter.fillRect(line, palette.color(QPalette.ColorRole.Highlight))
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if post.id in self._selected()
                                    else QPalette.ColorRole.Text)
        swatch = QRect(line.left(), line.top() + 1, line.height() - 2, line.height() - 2)
        swatch = QStyle.visualRect(direction, line, swatch)
        painter.fillRect(swatch, post_text.status_colour(post.status))
        painter.setPen(post_labels.status_text_colour(post.status))
        painter.drawText(swatch, Qt.AlignmentFlag.AlignCenter, post_text.status_initial(post.status))
        painter.setPen(text_colour)
        rest = QRect(line.left() + line.height() + 1, line.top(),
                     line.width() - line.height() - 1, line.height())
        narrow = rest.width() < option.fontMetrics.averageCharWidth() * NARROW_CHARS
        painter.drawText(QStyle.visualRect(direction, line, rest),
                         Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                         option.fontMetrics.elidedText(self.line_text(post, narrow),
                                                       Qt.TextElideMode.ElideRight, rest.width()))

    def line_text(self, post: PostData, narrow: bool = False) -> str:
        """Time, platform marks and topic; a "!" first when the brief or caption needs a look.
        In a narrow tile the marks give way to the topic (the tooltip still names them)."""
        flag = "! " if post.missing or post.over_limit else ""
        marks = "" if narrow else post_text.platform_marks(post)
        parts = (post_text.time_text(self._fmt, post.scheduled_at), marks)
        return flag + " ".join(p for p in parts if p) + " " + post_text.topic_text(post)

    def _more(self, painter: QPainter, option: QStyleOptionViewItem, layout: TileLayout) -> None:
        top = option.rect.top() + layout.header_height + layout.shown * layout.line_height
        rect = QRect(option.rect.left() + PAD, top, option.rect.width() - 2 * PAD,
                     layout.line_height)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        text = self.tr("+%1 more").replace("%1", str(layout.more))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                         digits_in(text))
