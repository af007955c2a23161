"""The idea bank: posts with no date, beside the month. Drag an idea onto a day to plan it,
drag a post here to unschedule it; Ctrl+drag copies."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.domain.enums import PostStatus
from smm_desktop.services.post_data import PostData
from smm_desktop.ui.bidi import isolate
from smm_desktop.ui.models.table import Column, RecordTableModel
from smm_desktop.ui.tabs.calendar import post_text
from smm_desktop.ui.tabs.calendar.drag import carried, from_mime, to_mime
from smm_desktop.ui.tabs.calendar.month_view import is_copy


def _line(post: PostData) -> str:
    """The topic (isolated: it may be in either language) and the platforms; the status only
    when it is not an idea, which nearly everything in the bank is."""
    parts = [isolate(post_text.topic_text(post))]
    if post.status is not PostStatus.IDEA:
        parts.insert(0, f"[{post_text.status_initial(post.status)}]")
    if marks := post_text.platform_marks(post):
        parts.append(f"({marks})")
    return " ".join(parts)


def idea_model(parent: QWidget | None = None) -> RecordTableModel[PostData]:
    return RecordTableModel([Column(lambda: "", _line, tooltip=lambda p: "\n".join(filter(None, (
        post_text.topic_text(p), post_text.status_name(p.status), post_text.platform_names(p)))))],
        parent)


class IdeaList(QListView):
    """Drags its selected ideas out; takes dated posts in (to unschedule them)."""

    dropped = Signal(list, bool)  # list[Carried], copy
    open_requested = Signal(int)

    def __init__(self, model: RecordTableModel[PostData], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ideaList")
        self.setModel(model)
        self.ideas = model
        self.key_handler: Callable[[QKeyEvent], bool] = lambda _event: False
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.doubleClicked.connect(lambda index: self.open_requested.emit(
            self.ideas.record(index.row()).id))

    def selected_posts(self) -> list[PostData]:
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        current = self.currentIndex().row()
        rows.sort(key=lambda r: r != current)
        return [self.ideas.record(r) for r in rows]

    def select_ids(self, ids: Sequence[int]) -> None:
        self.clearSelection()
        for ident in ids:
            row = self.ideas.row_of(ident)
            if row >= 0:
                index = self.ideas.index(row, 0)
                self.selectionModel().select(index, self.selectionModel().SelectionFlag.Select)
                self.setCurrentIndex(index)

    @override
    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        items = carried(self.selected_posts())
        if items:
            drag = QDrag(self)
            drag.setMimeData(to_mime(items))
            drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction,
                      Qt.DropAction.MoveAction)

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.acceptProposedAction() if from_mime(event.mimeData()) else event.ignore()

    @override
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if from_mime(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction if is_copy(event)
                                else Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        items = from_mime(event.mimeData())
        if not items:
            event.ignore()
            return
        copy = is_copy(event)
        event.setDropAction(Qt.DropAction.CopyAction if copy else Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(items, copy)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter, Delete, Ctrl+X/V and Insert go to the tab; the rest moves in the list."""
        if not self.key_handler(event):
            super().keyPressEvent(event)


class IdeaBank(QWidget):
    """The side list with its heading and a "New idea…" button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ideaBank")
        self.model = idea_model(self)
        self.view = IdeaList(self.model)
        self.heading = QLabel(self.tr("Idea bank"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel(self.tr("Drag an idea onto a day to plan it; drag a post here to "
                                   "unschedule it."))
        self.hint.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New idea…"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.view, self.hint, self.new_button):
            layout.addWidget(widget)
        layout.setStretch(1, 1)

    def set_ideas(self, ideas: Sequence[PostData]) -> None:
        kept = [p.id for p in self.view.selected_posts()]
        self.model.set_records(ideas)
        self.view.select_ids(kept)
