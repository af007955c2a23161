"""The month grid as a table view: click or arrow keys choose a day and a post in it; posts are
dragged between days, from and to the idea bank; Alt+arrows move them by day or week."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from typing_extensions import override

from smm_desktop.services.post_data import PostData
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.calendar_month import CalendarMonthModel
from smm_desktop.ui.tabs.calendar.day_delegate import DayDelegate
from smm_desktop.ui.tabs.calendar.drag import Carried, carried, from_mime, to_mime

AnyIndex = QModelIndex | QPersistentModelIndex
_WEEK_KEYS = {Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


def is_copy(event: QDropEvent | QDragMoveEvent) -> bool:
    """Ctrl held: duplicate instead of move (the proposed action alone says copy too often)."""
    return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


class MonthView(QTableView):
    """Selection is of posts (ids), the current cell is the chosen day."""

    dropped = Signal(list, object, bool)  # list[Carried], datetime.date, copy
    shift_requested = Signal(int)  # days (Alt+arrows; a week is 7)
    open_requested = Signal(int)  # post id (double-click, Enter)
    selection_changed = Signal()

    def __init__(self, model: CalendarMonthModel, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthView")
        self.month = model
        self.selected: list[int] = []
        self.current_post = 0
        self._press: tuple[QPoint, int] | None = None
        self._pressing = False
        self.key_handler: Callable[[QKeyEvent], bool] = lambda _event: False
        self.setModel(model)
        self.delegate = DayDelegate(fmt, lambda: set(self.selected), lambda: self.current_post,
                                    self.currentIndex, self)
        self.setItemDelegate(self.delegate)
        self._setup()

    def _setup(self) -> None:
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)  # posts are chosen, not cells
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.verticalHeader().hide()
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(24)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)

    # What is chosen -------------------------------------------------------------------------

    def current_day(self) -> date | None:
        index = self.currentIndex()
        return self.month.day_at(index) if index.isValid() else None

    def day_posts(self) -> list[PostData]:
        day = self.current_day()
        return self.month.posts_on(day) if day else []

    def selected_posts(self) -> list[PostData]:
        """The selected posts, the current one first (it leads a multi-post move)."""
        shown = {p.id: p for p in self.month.all_posts()}
        order = sorted(self.selected, key=lambda i: i != self.current_post)
        return [shown[i] for i in order if i in shown]

    def go_to(self, day: date, post_id: int = 0) -> None:
        """Make `day` the current cell and `post_id` (or its first post) the chosen post."""
        index = self.month.index_of(day)
        if index.isValid():
            self.setCurrentIndex(index)
        self.choose(post_id or self._first_on(day))

    def _first_on(self, day: date) -> int:
        posts = self.month.posts_on(day)
        return posts[0].id if posts else 0

    def choose(self, post_id: int, add: bool = False) -> None:
        """Select one post (or add it to / take it out of the selection)."""
        if add and post_id in self.selected:
            self.selected.remove(post_id)
        elif add and post_id:
            self.selected.append(post_id)
        else:
            self.selected = [post_id] if post_id else []
        self.current_post = post_id
        self.viewport().update()
        self.selection_changed.emit()

    def keep_valid(self) -> None:
        """After a reload: forget posts no longer shown."""
        shown = {p.id for p in self.month.all_posts()}
        self.selected = [i for i in self.selected if i in shown]
        if self.current_post not in shown:
            self.current_post = self.selected[0] if self.selected else 0
        self.viewport().update()

    def post_at(self, pos: QPoint) -> int:
        """The id of the post drawn at `pos`, or 0."""
        index = self.indexAt(pos)
        if not index.isValid():
            return 0
        option = self._option_for(index)
        line = self.delegate.layout_for(option, index).line_of(pos.y() - option.rect.top())
        posts = self.month.posts_on(self.month.day_at(index))
        return posts[line].id if 0 <= line < len(posts) else 0

    def _option_for(self, index: QModelIndex) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        return option

    # Mouse --------------------------------------------------------------------------------

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        post_id = self.post_at(pos)
        self._pressing = True
        super().mousePressEvent(event)
        self._pressing = False
        add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if not (post_id and post_id in self.selected and not add):
            self.choose(post_id, add)
        else:
            self.current_post = post_id
        self._press = (pos, post_id) if post_id else None

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        distance = (event.position().toPoint() - self._press[0]).manhattanLength()
        if distance >= QApplication.startDragDistance():
            self._press = None
            self.start_post_drag()

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        post_id = self.post_at(event.position().toPoint())
        if post_id:
            self.open_requested.emit(post_id)

    def start_post_drag(self) -> None:
        items = carried(self.selected_posts())
        if not items:
            return
        drag = QDrag(self)
        drag.setMimeData(to_mime(items))
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)

    # Drops --------------------------------------------------------------------------------

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if from_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and from_mime(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction if is_copy(event)
                                else Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        items: list[Carried] = from_mime(event.mimeData())
        if not index.isValid() or not items:
            event.ignore()
            return
        copy = is_copy(event)
        event.setDropAction(Qt.DropAction.CopyAction if copy else Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(items, self.month.day_at(index), copy)

    # Keys ---------------------------------------------------------------------------------

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if self.key_handler(event):
            return
        if mods & Qt.KeyboardModifier.AltModifier and self._alt_move(key):
            return
        if mods == Qt.KeyboardModifier.NoModifier and key in _WEEK_KEYS and self._within_day(key):
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_post:
            self.open_requested.emit(self.current_post)
            return
        if key == Qt.Key.Key_Space and mods & Qt.KeyboardModifier.ControlModifier:
            self._toggle_current()
            return
        super().keyPressEvent(event)

    def _alt_move(self, key: int) -> bool:
        """Alt+Left/Right move to the visual neighbour: in right to left Alt+Right is the day
        before (days run leftwards). Alt+Up/Down move by a week."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        days = {Qt.Key.Key_Left: 1 if rtl else -1, Qt.Key.Key_Right: -1 if rtl else 1,
                **_WEEK_KEYS}.get(Qt.Key(key))
        if days is None:
            return False
        if self.selected:
            self.shift_requested.emit(days)
        return True

    def _within_day(self, key: int) -> bool:
        """Up/Down walk through the day's posts first; past the first or last, to the next week."""
        ids = [p.id for p in self.day_posts()]
        if self.current_post not in ids:
            return False
        step = -1 if key == Qt.Key.Key_Up else 1
        number = ids.index(self.current_post) + step
        if not 0 <= number < len(ids):
            return False
        self.choose(ids[number])
        return True

    def _toggle_current(self) -> None:
        if self.current_post:
            self.choose(self.current_post, add=True)

    @override
    def currentChanged(self, current: AnyIndex, previous: AnyIndex) -> None:
        super().currentChanged(current, previous)
        if current.isValid() and current != previous and not self._pressing:
            posts = self.month.posts_on(self.month.day_at(current))
            if self.current_post not in {p.id for p in posts}:
                upward = previous.isValid() and current.row() < previous.row()
                self.choose(posts[-1].id if upward and posts else
                            posts[0].id if posts else 0)
