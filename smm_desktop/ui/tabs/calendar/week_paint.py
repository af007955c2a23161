"""Paints the week's time grid: hour rows, weekend and today's columns, the hour labels, each
post as a block (status swatch with its initial, time, platform marks, topic), the current time,
the chosen slot and the drop target; the day header above the grid."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QStyle, QWidget
from typing_extensions import override

from smm_desktop.domain.digits import with_digits
from smm_desktop.domain.week_grid import QUARTER, minutes_of
from smm_desktop.services.post_data import PostData
from smm_desktop.ui import post_labels
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.calendar_week import CalendarWeekModel, WeekGeometry
from smm_desktop.ui.tabs.calendar import post_text

if TYPE_CHECKING:
    from smm_desktop.ui.tabs.calendar.week_view import WeekGrid

NOW_COLOUR = QColor("#d93025")  # the current time's line, as calendars commonly draw it
PAD = 3


def _direction(geo: WeekGeometry) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if geo.rtl else Qt.LayoutDirection.LeftToRight


def column_rect(geo: WeekGeometry, column: int, top: int = 0, height: int = -1) -> QRect:
    left, width = geo.column_span(column)
    return QRect(left, top, width, geo.height if height < 0 else height)


def paint_columns(painter: QPainter, geo: WeekGeometry, week: CalendarWeekModel,
                  palette: QPalette) -> None:
    """Weekend days shaded, today tinted, a line between days."""
    painter.fillRect(QRect(0, 0, geo.width, geo.height), palette.color(QPalette.ColorRole.Base))
    for column, day in enumerate(week.days()):
        rect = column_rect(geo, column)
        if day.weekday() in week.weekend:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        if day == week.today:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(28)
            painter.fillRect(rect, tint)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.left(), 0, rect.left(), geo.height)


def paint_hours(painter: QPainter, geo: WeekGeometry, fmt: Formatter, palette: QPalette,
                metrics: QFontMetrics) -> None:
    """A line at each hour, a dotted one at each half, the hour's label in the gutter."""
    grid_left = geo.column_span(6 if geo.rtl else 0)[0]
    grid_right = grid_left + round(geo.column_width * 7)
    gutter = QRect(geo.gutter_left(), 0, geo.gutter, geo.height)
    for hour in range(24):
        y = geo.y_of(hour * 60)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(grid_left, y, grid_right, y)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Midlight), 1, Qt.PenStyle.DotLine))
        half = geo.y_of(hour * 60 + 30)
        painter.drawLine(grid_left, half, grid_right, half)
        if hour:
            label = post_text.time_text(fmt, datetime(2000, 1, 1, hour))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            box = QRect(gutter.left() + PAD, y - metrics.height() // 2, gutter.width() - 2 * PAD,
                        metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)


def paint_slot(painter: QPainter, geo: WeekGeometry, column: int, minutes: int,
               palette: QPalette, drop: bool, label: str = "") -> None:
    """The keyboard's chosen quarter hour (dashed), or where a drop would land (filled, with
    its time as `label`)."""
    left, width = geo.column_span(column)
    rect = QRect(left + 1, geo.y_of(minutes), width - 2, geo.y_of(QUARTER) - 1)
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    if drop:
        colour.setAlpha(110)
        painter.fillRect(rect, colour)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1,
                        Qt.PenStyle.SolidLine if drop else Qt.PenStyle.DashLine))
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    if label:
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


def paint_now(painter: QPainter, geo: WeekGeometry, column: int, now: datetime) -> None:
    """A line across today's column at the current time, a dot at its leading end."""
    left, width = geo.column_span(column)
    y = geo.y_of(minutes_of(now))
    painter.setPen(QPen(NOW_COLOUR, 2))
    painter.drawLine(left, y, left + width, y)
    painter.setBrush(NOW_COLOUR)
    x = left + width - 1 if geo.rtl else left + 1
    painter.drawEllipse(QPoint(x, y), 4, 4)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def block_lines(fmt: Formatter, post: PostData) -> tuple[str, str]:
    """The block's two lines: "! time marks", then the topic."""
    flag = "! " if post.missing or post.over_limit else ""
    head = " ".join(p for p in (post_text.time_text(fmt, post.scheduled_at),
                                post_text.platform_marks(post)) if p)
    return flag + head, post_text.topic_text(post)


def paint_block(painter: QPainter, rect: QRect, post: PostData, selected: bool, fmt: Formatter,
                palette: QPalette, geo: WeekGeometry) -> None:
    """A post's block: tinted in its status colour, the swatch with the status initial on the
    leading side, its time and platforms, then its topic (elided)."""
    status = post_labels.status_colour(post.status)
    fill = QColor(palette.color(QPalette.ColorRole.Highlight)) if selected else QColor(status)
    if not selected:
        fill.setAlpha(70)
    painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
    painter.fillRect(rect, fill)
    painter.setPen(QPen(status, 1))
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    metrics = painter.fontMetrics()
    side = min(metrics.height() + 2, rect.width() // 3)
    swatch = QStyle.visualRect(_direction(geo), rect, QRect(rect.left(), rect.top(), side, side))
    painter.fillRect(swatch, status)
    painter.setPen(post_labels.status_text_colour(post.status))
    painter.drawText(swatch, Qt.AlignmentFlag.AlignCenter, post_text.status_initial(post.status))
    _block_text(painter, rect, side, block_lines(fmt, post), selected, palette, geo)


def _block_text(painter: QPainter, rect: QRect, side: int, lines: tuple[str, str],
                selected: bool, palette: QPalette, geo: WeekGeometry) -> None:
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    painter.setPen(palette.color(role))
    metrics = painter.fontMetrics()
    line_height = metrics.height()
    head = QRect(rect.left() + side + 2, rect.top(), rect.width() - side - 4, line_height)
    align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QStyle.visualRect(_direction(geo), rect, head), align,
                     metrics.elidedText(lines[0], Qt.TextElideMode.ElideRight, head.width()))
    if rect.height() >= 2 * line_height:
        body = QRect(rect.left() + 3, rect.top() + line_height, rect.width() - 6, line_height)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        bold = QFontMetrics(font)
        painter.drawText(QStyle.visualRect(_direction(geo), rect, body), align,
                         bold.elidedText(lines[1], Qt.TextElideMode.ElideRight, body.width()))
        font.setBold(False)
        painter.setFont(font)


class WeekHeader(QWidget):
    """The days' names and dates above the grid's columns; today in bold, underlined."""

    def __init__(self, grid: WeekGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekHeader")
        self.grid = grid
        grid.week.changed.connect(self.update)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        geo = self.grid.geometry_now()
        palette, week = self.palette(), self.grid.week
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        for column, day in enumerate(week.days()):
            left, width = geo.column_span(column)
            rect = QRect(left, 0, width, self.height())
            if day.weekday() in week.weekend:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            self._day(painter, rect, day, day == week.today)
        painter.end()

    def _day(self, painter: QPainter, rect: QRect, day: date, today: bool) -> None:
        font = QFont(self.font())
        font.setBold(today)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        number = with_digits(QLocale().toString(day.day), self.grid.fmt.digits)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{name} {number}")
        if today:
            painter.fillRect(QRect(rect.left() + 4, rect.bottom() - 2, rect.width() - 8, 3),
                             self.palette().color(QPalette.ColorRole.Highlight))
