"""The week view: a time grid of seven days (right to left in Arabic) where each post is a block
at its time. Posts are dragged to a day and a quarter hour, from and to the idea bank; arrows
choose posts and slots, Alt+arrows move the chosen posts by 15 minutes or a day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QToolTip, QWidget
from typing_extensions import override

from smm_desktop.domain.week_grid import MORNING, QUARTER, minutes_of, snap
from smm_desktop.services.post_data import PostData
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.calendar_week import CalendarWeekModel, WeekGeometry
from smm_desktop.ui.tabs.calendar import post_text, week_paint
from smm_desktop.ui.tabs.calendar.drag import Carried, carried, from_mime, to_mime
from smm_desktop.ui.tabs.calendar.month_view import is_copy

DAY = 24 * 60
_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class WeekGrid(QWidget):
    """The painted grid. The chosen slot is a day and a quarter hour; the selection is of posts
    (ids), the current one first."""

    dropped = Signal(list, object, bool)  # list[Carried], datetime, copy
    nudge_requested = Signal(int)  # minutes: ±15 (Alt+Up/Down) or ±1440 (Alt+Left/Right)
    open_requested = Signal(int)  # post id
    insert_requested = Signal(object)  # datetime of the chosen slot
    page_requested = Signal(int)  # -1 / +1: the arrows went past the week's edge

    def __init__(self, week: CalendarWeekModel, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekGrid")
        self.week, self.fmt = week, fmt
        self.selected: list[int] = []
        self.current_post = 0
        self.slot: tuple[date, int] = (week.first_day(), 10 * 60)
        self.drop_target: tuple[int, int] | None = None
        self.now: Callable[[], datetime] = datetime.now
        self.reveal: Callable[[int, int], None] = lambda _x, _y: None
        self.key_handler: Callable[[QKeyEvent], bool] = lambda _event: False
        self._press: tuple[QPoint, int] | None = None
        self._grab = 0.0  # minutes between a dragged block's top and the pointer
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        week.changed.connect(self._on_changed)
        self._on_changed()
        self._clock = QTimer(self)  # moves the current time's line along
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self.update)
        self._clock.start()

    # Geometry ---------------------------------------------------------------------------

    def geometry_now(self) -> WeekGeometry:
        line = self.fontMetrics().height() + 1
        label = post_text.time_text(self.fmt, datetime(2000, 1, 1, 23, 0))
        gutter = max(self.fontMetrics().horizontalAdvance(t) for t in (label, "00:00")) + 16
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return WeekGeometry(self.width(), gutter, 4 * line, rtl)

    @override
    def sizeHint(self) -> QSize:
        return QSize(700, self.geometry_now().height)

    def _on_changed(self) -> None:
        self.setMinimumHeight(self.geometry_now().height)
        shown = {p.id for p in self.week.all_posts()}
        self.selected = [i for i in self.selected if i in shown]
        if self.current_post not in shown:
            self.current_post = self.selected[0] if self.selected else 0
        self.update()

    def blocks(self) -> list[tuple[QRect, PostData]]:
        """Every shown post's block, in drawing order."""
        geo, result = self.geometry_now(), []
        for column, day in enumerate(self.week.days()):
            for placed in self.week.placed(day):
                result.append((QRect(*geo.block(column, placed)), placed.post))
        return result

    def post_at(self, pos: QPoint) -> int:
        return next((p.id for rect, p in reversed(self.blocks()) if rect.contains(pos)), 0)

    def slot_at(self, pos: QPoint, grab: float = 0.0) -> tuple[date, int] | None:
        """The day and quarter hour under `pos` (less `grab` minutes), None over the gutter."""
        geo = self.geometry_now()
        column = geo.column_at(pos.x())
        if column < 0 or not 0 <= pos.y() < geo.height:
            return None
        return self.week.days()[column], snap(pos.y() * 60 / geo.hour - grab)

    def slot_time(self) -> datetime:
        return self.week.at(*self.slot)

    # What is chosen ---------------------------------------------------------------------

    def selected_posts(self) -> list[PostData]:
        shown = {p.id: p for p in self.week.all_posts()}
        order = sorted(self.selected, key=lambda i: i != self.current_post)
        return [shown[i] for i in order if i in shown]

    def choose(self, post_id: int, add: bool = False) -> None:
        """Select one post (or add it to / take it out of the selection); the slot follows it."""
        if add and post_id in self.selected:
            self.selected.remove(post_id)
        elif add and post_id:
            self.selected.append(post_id)
        else:
            self.selected = [post_id] if post_id else []
        self.current_post = post_id
        post = next((p for p in self.week.all_posts() if p.id == post_id), None)
        if post is not None and post.scheduled_at is not None:
            self.slot = (post.scheduled_at.date(), snap(minutes_of(post.scheduled_at)))
        self._show_slot()

    def go_to(self, day: date, post_id: int = 0, minutes: int | None = None) -> None:
        """Make `day` (at `minutes`, else its first post or the morning) the chosen slot."""
        posts = self.week.posts_on(day)
        self.slot = (day, minutes if minutes is not None else self.slot[1])
        self.choose(post_id or (posts[0].id if posts and minutes is None else 0))

    def _show_slot(self) -> None:
        geo, column = self.geometry_now(), self.week.column_of(self.slot[0])
        if column >= 0:
            left, width = geo.column_span(column)
            self.reveal(left + width // 2, geo.y_of(self.slot[1]))
        self.update()

    def morning_y(self) -> int:
        """Where to scroll a new week: 06:00, or earlier when a post is earlier."""
        y = self.geometry_now().y_of(max(0, min(MORNING, self.week.earliest() - 30)))
        return max(0, y - self.fontMetrics().height())

    # Painting ---------------------------------------------------------------------------

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        geo, palette = self.geometry_now(), self.palette()
        painter.setLayoutDirection(self.layoutDirection())
        week_paint.paint_columns(painter, geo, self.week, palette)
        week_paint.paint_hours(painter, geo, self.fmt, palette, self.fontMetrics())
        column = self.week.column_of(self.slot[0])
        if column >= 0 and self.hasFocus():
            week_paint.paint_slot(painter, geo, column, self.slot[1], palette, False)
        chosen = set(self.selected)
        for rect, post in self.blocks():
            week_paint.paint_block(painter, rect, post, post.id in chosen, self.fmt, palette, geo)
        now = self.now()
        today = self.week.column_of(now.date())
        if today >= 0:
            week_paint.paint_now(painter, geo, today, now)
        if self.drop_target is not None:
            column, minutes = self.drop_target
            label = post_text.time_text(self.fmt, self.week.at(self.week.first_day(), minutes))
            week_paint.paint_slot(painter, geo, column, minutes, palette, True, label)
        painter.end()

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            post_id = self.post_at(event.pos())
            post = next((p for p in self.week.all_posts() if p.id == post_id), None)
            if post is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), post_text.tooltip(self.fmt, post), self)
            return True
        return super().event(event)

    # Mouse ------------------------------------------------------------------------------

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        post_id, slot = self.post_at(pos), self.slot_at(pos)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if slot is not None:
            self.slot = slot
        add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if not (post_id and post_id in self.selected and not add):
            self.choose(post_id, add)
        else:
            self.current_post = post_id
        self._press = (pos, post_id) if post_id else None

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press[0]).manhattanLength() >= \
                QApplication.startDragDistance():
            self.start_post_drag(self._press[0])
            self._press = None

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        post_id, slot = self.post_at(pos), self.slot_at(pos)
        if post_id:
            self.open_requested.emit(post_id)
        elif slot is not None:
            self.insert_requested.emit(self.week.at(*slot))

    def start_post_drag(self, press: QPoint) -> None:
        """Drag the selection; the block's top lands where the pointer, less its grab, is."""
        posts = self.selected_posts()
        if not posts or posts[0].scheduled_at is None:
            return
        geo = self.geometry_now()
        self._grab = max(0.0, press.y() * 60 / geo.hour - minutes_of(posts[0].scheduled_at))
        drag = QDrag(self)
        drag.setMimeData(to_mime(carried(posts)))
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)
        self._grab = 0.0

    # Drops ------------------------------------------------------------------------------

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.acceptProposedAction() if from_mime(event.mimeData()) else event.ignore()

    @override
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        pos = event.position().toPoint()
        slot = self.slot_at(pos, self._grab)
        if slot is None or not from_mime(event.mimeData()):
            self._set_target(None)
            event.ignore()
            return
        self._set_target((self.week.column_of(slot[0]), slot[1]))
        self.reveal(pos.x(), pos.y())
        event.setDropAction(Qt.DropAction.CopyAction if is_copy(event) else Qt.DropAction.MoveAction)
        event.accept()

    @override
    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_target(None)

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        self._set_target(None)
        slot = self.slot_at(event.position().toPoint(), self._grab)
        items: list[Carried] = from_mime(event.mimeData())
        if slot is None or not items:
            event.ignore()
            return
        copy = is_copy(event)
        event.setDropAction(Qt.DropAction.CopyAction if copy else Qt.DropAction.MoveAction)
        event.accept()
        self.slot = slot
        self.dropped.emit(items, self.week.at(*slot), copy)

    def _set_target(self, target: tuple[int, int] | None) -> None:
        if target != self.drop_target:
            self.drop_target = target
            self.update()

    # Keys -------------------------------------------------------------------------------

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Insert:
            self.insert_requested.emit(self.slot_time())
        elif self.key_handler(event):
            return
        elif mods & Qt.KeyboardModifier.AltModifier and key in _ARROWS:
            self._alt_move(key)
        elif mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                and key in _ARROWS:
            self._arrow(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_post:
            self.open_requested.emit(self.current_post)
        elif key == Qt.Key.Key_Space and mods & Qt.KeyboardModifier.ControlModifier:
            if self.current_post:
                self.choose(self.current_post, add=True)
        else:
            super().keyPressEvent(event)

    def _day_step(self, key: int) -> int:
        """Left/Right as days: in right to left the day after is on the left."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return (1 if rtl else -1) if key == Qt.Key.Key_Left else (-1 if rtl else 1)

    def _alt_move(self, key: int) -> None:
        if not self.selected:
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.nudge_requested.emit(-QUARTER if key == Qt.Key.Key_Up else QUARTER)
        else:
            self.nudge_requested.emit(self._day_step(key) * DAY)

    def _arrow(self, key: int) -> None:
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._vertical(-1 if key == Qt.Key.Key_Up else 1)
            return
        column = self.week.column_of(self.slot[0]) + self._day_step(key)
        if not 0 <= column < len(self.week.days()):
            self.page_requested.emit(1 if column > 0 else -1)
            return
        day = self.week.days()[column]
        same = [p.id for p in self.week.posts_on(day)
                if p.scheduled_at and snap(minutes_of(p.scheduled_at)) == self.slot[1]]
        self.slot = (day, self.slot[1])
        self.choose(same[0] if same else 0)

    def _vertical(self, step: int) -> None:
        """Up/Down: to the day's previous or next post; past the last one, by a quarter hour."""
        day, minutes = self.slot
        posts = self.week.posts_on(day)
        ids = [p.id for p in posts]
        if self.current_post in ids:
            number = ids.index(self.current_post) + step
            if 0 <= number < len(ids):
                self.choose(ids[number])
                return
        later = [p for p in posts if p.scheduled_at and p.id != self.current_post
                 and (snap(minutes_of(p.scheduled_at)) - minutes) * step > 0]
        if later:
            self.choose((later[0] if step > 0 else later[-1]).id)
            return
        self.slot = (day, snap(minutes + step * QUARTER))
        self.choose(0)

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class WeekView(QScrollArea):
    """The grid in a scroll area, with the day header kept above it (in the top margin)."""

    def __init__(self, week: CalendarWeekModel, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekView")
        self.grid = WeekGrid(week, fmt)
        self.setWidget(self.grid)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = week_paint.WeekHeader(self.grid, self)
        self.header_height = self.fontMetrics().height() * 2
        self.setViewportMargins(0, self.header_height, 0, 0)
        self.grid.reveal = lambda x, y: self.ensureVisible(x, y, 10, self.grid.geometry_now().hour)
        self.setFocusProxy(self.grid)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        port = self.viewport().geometry()
        self.header.setGeometry(port.x(), port.y() - self.header_height, port.width(),
                                self.header_height)

    def scroll_to_morning(self) -> None:
        self.verticalScrollBar().setValue(self.grid.morning_y())
