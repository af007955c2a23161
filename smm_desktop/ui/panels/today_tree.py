"""The Today panel's list: sections and their entries as tree items, kept out of the panel so
the panel only wires clicks and keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.panels.today_model import Entry, Section

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # index into TodayTree.entries; -1 for a section
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2  # the section's key
URGENT = QColor("#c0392b")
FADED = QColor("#8a8a8a")


class TodayTree(QTreeWidget):
    """One column: a bold line per section with what is left, its entries under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayTree")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(True)
        self.setIndentation(12)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformRowHeights(True)
        self.entries: list[Entry] = []
        self.folded: set[str] = set()
        self.itemCollapsed.connect(lambda i: self._remember(i, True))
        self.itemExpanded.connect(lambda i: self._remember(i, False))

    def _remember(self, item: QTreeWidgetItem, collapsed: bool) -> None:
        key = item.data(0, SECTION_ROLE)
        if key:
            (self.folded.add if collapsed else self.folded.discard)(key)

    def fill(self, sections: list[Section]) -> None:
        """Replace the items, keeping which sections were folded and the current line."""
        current = self.current_key()
        self.blockSignals(True)
        self.clear()
        self.entries = []
        for section in sections:
            top = self._section_item(section)
            self.addTopLevelItem(top)
            for entry in section.entries:
                top.addChild(self._entry_item(entry))
            top.setExpanded(section.key not in self.folded)
            for child in (top.child(n) for n in range(top.childCount())):
                if child is not None:
                    child.setExpanded(True)
        self.blockSignals(False)
        self._restore(current)

    def _section_item(self, section: Section) -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"{section.title} · {digits_in(str(section.left))}"])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setData(0, SECTION_ROLE, section.key)
        item.setData(0, ENTRY_ROLE, -1)
        item.setToolTip(0, section.title)
        return item

    def _entry_item(self, entry: Entry) -> QTreeWidgetItem:
        item = QTreeWidgetItem([entry.text])
        item.setToolTip(0, entry.tip or entry.text)
        item.setData(0, ENTRY_ROLE, len(self.entries))
        self.entries.append(entry)
        if entry.checkable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if entry.checked
                               else Qt.CheckState.Unchecked)
        if entry.checked:
            font = QFont(item.font(0))
            font.setStrikeOut(True)
            item.setFont(0, font)
            item.setForeground(0, QBrush(FADED))
        elif entry.urgent:
            item.setForeground(0, QBrush(URGENT))
        for child in entry.children:
            item.addChild(self._entry_item(child))
        return item

    def entry_of(self, item: QTreeWidgetItem | None) -> Entry | None:
        if item is None:
            return None
        number = item.data(0, ENTRY_ROLE)
        return self.entries[number] if isinstance(number, int) and number >= 0 else None

    def current_entry(self) -> Entry | None:
        return self.entry_of(self.currentItem())

    def current_key(self) -> tuple[str, str]:
        item = self.currentItem()
        if item is None:
            return ("", "")
        return (str(item.data(0, SECTION_ROLE) or ""), item.text(0))

    def _restore(self, key: tuple[str, str]) -> None:
        """Back on the same line after a reload (matched by its text), else on its section."""
        section, text = key
        if not (section or text):
            return
        for item in self._all_items():
            if item.text(0) == text or (section and item.data(0, SECTION_ROLE) == section):
                self.setCurrentItem(item)
                return

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(n) for n in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item is not None:
                found.append(item)
                stack[:0] = [item.child(n) for n in range(item.childCount())]
        return found

    def find_entry_item(self, kind: str) -> QTreeWidgetItem | None:
        """The first line of that kind (for tests and keyboard focus)."""
        return next((i for i in self._all_items()
                     if (e := self.entry_of(i)) is not None and e.kind == kind), None)
