"""A post's media files as thumbnails: added from a file dialog or dropped from the file manager,
removable and reorderable (by dragging or with the buttons); a file gone from disk is shown as
missing with its path, never a crash."""

from __future__ import annotations

import os
from collections.abc import Iterable

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.ui.bidi import ltr

THUMB = 96
PATH_ROLE = Qt.ItemDataRole.UserRole
MISSING_ROLE = Qt.ItemDataRole.UserRole + 1


def local_files(mime: QMimeData) -> list[str]:
    """The local file paths a drag carries (links to web pages are not files)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def thumbnail(path: str, size: int = THUMB) -> QPixmap | None:
    """The picture scaled down while it is read (cheap on big photos); None if not an image."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and not full.isEmpty():
        reader.setScaledSize(full.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


class DropList(QListWidget):
    """Thumbnails in a row; takes file drops from outside and moves its own items inside."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentList")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 48, THUMB + 44))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Snap)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)

    def _from_outside(self, event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> bool:
        return event.source() is not self and bool(local_files(event.mimeData()))

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._from_outside(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    @override
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._from_outside(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        if self._from_outside(event):
            event.acceptProposedAction()
            self.files_dropped.emit(local_files(event.mimeData()))
        elif event.source() is self:
            super().dropEvent(event)
        else:
            event.ignore()


class AttachmentsBox(QWidget):
    """The list and its buttons: Add files…, Remove, Move earlier, Move later."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drop_area = DropList()
        self.drop_area.files_dropped.connect(self.add_paths)
        self.drop_area.model().rowsMoved.connect(self.changed)
        buttons = QHBoxLayout()
        for text, slot, name in ((self.tr("Add files…"), self._choose, "addFiles"),
                                 (self.tr("Remove"), self.remove_selected, "removeFiles"),
                                 (self.tr("Move earlier"), lambda: self.move_selected(-1), "earlier"),
                                 (self.tr("Move later"), lambda: self.move_selected(1), "later")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.drop_area, 1)
        column.addLayout(buttons)

    def paths(self) -> tuple[str, ...]:
        return tuple(str(self.drop_area.item(i).data(PATH_ROLE))
                     for i in range(self.drop_area.count()))

    def set_paths(self, paths: Iterable[str]) -> None:
        self.drop_area.clear()
        for path in paths:
            self.drop_area.addItem(self._item(path))
        self.changed.emit()

    def add_paths(self, paths: Iterable[str]) -> None:
        """Add the files not already attached, in the order given."""
        present = set(self.paths())
        for path in dict.fromkeys(paths):
            if path not in present:
                self.drop_area.addItem(self._item(path))
        self.changed.emit()

    def missing(self) -> list[str]:
        return [p for i, p in enumerate(self.paths()) if self.drop_area.item(i).data(MISSING_ROLE)]

    def remove_selected(self) -> None:
        for item in self.drop_area.selectedItems():
            self.drop_area.takeItem(self.drop_area.row(item))
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        """Move the current file one place earlier (-1) or later (+1)."""
        row = self.drop_area.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.drop_area.count():
            return
        item = self.drop_area.takeItem(row)
        self.drop_area.insertItem(target, item)
        self.drop_area.setCurrentRow(target)
        self.changed.emit()

    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach media files"), "",
            self.tr("Media (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.mp4 *.mov *.m4v *.webm "
                    "*.pdf);;All files (*)"))
        if paths:
            self.add_paths(paths)

    def _item(self, path: str) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(PATH_ROLE, path)
        item.setToolTip(ltr(path))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        exists = os.path.isfile(path)
        item.setData(MISSING_ROLE, not exists)
        if not exists:
            item.setIcon(self._standard(QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setText(self.tr("Missing: %1").replace("%1", ltr(path)))
            return item
        pixmap = thumbnail(path)
        item.setIcon(QIcon(pixmap) if pixmap else self._standard(QStyle.StandardPixmap.SP_FileIcon))
        item.setText(ltr(os.path.basename(path)))
        return item

    def _standard(self, which: QStyle.StandardPixmap) -> QIcon:
        return self.style().standardIcon(which)
