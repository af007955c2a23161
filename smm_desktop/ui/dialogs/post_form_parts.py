"""The pieces of the post editor: choice lists that keep a value no longer listed, the accounts
checklist, the date-or-idea-bank picker, an optional date, the status box and the hashtag-set
buttons. Each gives back exactly what it was given when left alone (a refused save reopens)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from smm_desktop.domain.enums import PostStatus
from smm_desktop.domain.posts import MAX_DATE, MIN_DATE, STATUS_ORDER
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.guides import HashtagSetData
from smm_desktop.ui import post_labels
from smm_desktop.ui.goal_text import account_name

E = TypeVar("E", bound=StrEnum)
_TAG_SEPARATORS = re.compile(r"[\s,،;؛]+")
SET_COLUMNS = 3
ROLE_ID = Qt.ItemDataRole.UserRole
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def swatch(colour: QColor | str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour) if QColor(colour).isValid() else QColor("#9aa0a6"))
    return QIcon(pixmap)


def align_lines(edit: QPlainTextEdit) -> None:
    """Lines start at the leading side: a plain text box aligns them left even right to left."""
    option = edit.document().defaultTextOption()
    right_to_left = edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option.setAlignment(Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
    edit.document().setDefaultTextOption(option)


def parse_tags(text: str) -> tuple[str, ...]:
    """The tags as typed, split at spaces, commas (Latin or Arabic), semicolons and lines."""
    return tuple(piece for piece in _TAG_SEPARATORS.split(text) if piece)


class ChoiceBox(QComboBox):
    """"None" then the listed (text, id); a value not listed (deleted since) gets its own item."""

    def __init__(self, none_text: str, items: Iterable[tuple[str, int]], gone_text: str,
                 icons: dict[int, QIcon] | None = None) -> None:
        super().__init__()
        self._gone_text = gone_text
        self.addItem(none_text, None)
        for text, ident in items:
            icon = (icons or {}).get(ident)
            self.addItem(icon, text, ident) if icon else self.addItem(text, ident)

    def set_value(self, ident: int | None) -> None:
        index = self.findData(ident) if ident is not None else 0
        if index < 0:
            self.addItem(self._gone_text, ident)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def value(self) -> int | None:
        data = self.currentData()
        return None if data is None else int(data)


class EnumBox(QComboBox):
    """"Not set" then the members of an enum by their translated names."""

    def __init__(self, kind: type[E], name: Callable[[E], str], none_text: str) -> None:
        super().__init__()
        self._kind = kind
        self.addItem(none_text, None)
        for member in kind:
            self.addItem(name(member), member.value)

    def set_value(self, member: StrEnum | None) -> None:
        self.setCurrentIndex(0 if member is None else max(0, self.findData(member.value)))

    def value(self) -> StrEnum | None:
        data = self.currentData()
        return None if data is None else self._kind(data)


class StatusBox(QComboBox):
    """The statuses in their order, each with its colour."""

    def __init__(self) -> None:
        super().__init__()
        for status in STATUS_ORDER:
            self.addItem(swatch(post_labels.status_colour(status)),
                         post_labels.status_name(status), status.value)

    def set_value(self, status: PostStatus) -> None:
        self.setCurrentIndex(max(0, self.findData(status.value)))

    def value(self) -> PostStatus:
        return PostStatus(self.currentData())


class AccountChecklist(QListWidget):
    """The brand's accounts to tick; the ids come back in the order they were chosen."""

    changed = Signal()

    def __init__(self, accounts: Sequence[AccountData], gone_text: str) -> None:
        super().__init__()
        self.setObjectName("postAccounts")
        self._gone_text = gone_text
        self._order: list[int] = []
        self.accounts = {a.id: a for a in accounts}
        for account in accounts:
            self._add(account_name(account), account.id)
        self.itemChanged.connect(self._on_item_changed)

    def _add(self, text: str, ident: int) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(ROLE_ID, ident)
        item.setCheckState(UNCHECKED)
        self.addItem(item)
        return item

    def set_value(self, ids: Sequence[int]) -> None:
        self.blockSignals(True)
        listed = {self.item(i).data(ROLE_ID): self.item(i) for i in range(self.count())}
        for ident in ids:
            item = listed.get(ident) or self._add(self._gone_text, ident)
            item.setCheckState(CHECKED)
        self._order = list(dict.fromkeys(ids))
        self.blockSignals(False)
        self.changed.emit()

    def value(self) -> tuple[int, ...]:
        return tuple(self._order)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        ident = int(item.data(ROLE_ID))
        if item.checkState() == CHECKED and ident not in self._order:
            self._order.append(ident)
        elif item.checkState() != CHECKED and ident in self._order:
            self._order.remove(ident)
        self.changed.emit()


class ScheduleEdit(QWidget):
    """A date and time, or "no date: keep in the idea bank"."""

    changed = Signal()

    def __init__(self, no_date_text: str) -> None:
        super().__init__()
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        # Right to left, the edit would turn its sections around: set the direction first.
        self.when.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.when.setDisplayFormat("yyyy-MM-dd  HH:mm")
        self.when.setDateTimeRange(QDateTime(_qdate(MIN_DATE), QTime(0, 0)),
                                   QDateTime(_qdate(MAX_DATE), QTime(23, 59, 59)))
        self.when.setDateTime(QDateTime(QDate.currentDate().addDays(1), QTime(19, 0)))
        self.idea_bank = QCheckBox(no_date_text)
        self.idea_bank.toggled.connect(self._on_toggled)
        self.when.dateTimeChanged.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.when)
        row.addWidget(self.idea_bank)
        row.addStretch()
        self.setFocusProxy(self.when)

    def _on_toggled(self, checked: bool) -> None:
        self.when.setEnabled(not checked)
        self.changed.emit()

    def set_value(self, when: datetime | None) -> None:
        if when is not None:
            self.when.setDateTime(QDateTime(_qdate(when.date()), QTime(
                when.hour, when.minute, when.second, when.microsecond // 1000)))
        self.idea_bank.setChecked(when is None)
        self.when.setEnabled(when is not None)

    def value(self) -> datetime | None:
        if self.idea_bank.isChecked():
            return None
        result = self.when.dateTime().toPython()
        assert isinstance(result, datetime)
        return result


class OptionalDateEdit(QDateEdit):
    """A date, or none: the lowest date reads as the "none" text."""

    def __init__(self, none_text: str) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self._none = _qdate(MIN_DATE).addDays(-1)
        self.setDateRange(self._none, _qdate(MAX_DATE))
        self.setSpecialValueText(none_text)
        self.setDate(self._none)

    def set_value(self, day: date | None) -> None:
        self.setDate(self._none if day is None else _qdate(day))

    def value(self) -> date | None:
        if self.date() == self._none:
            return None
        result = self.date().toPython()
        assert isinstance(result, date)
        return result


class HashtagSetButtons(QWidget):
    """One button a hashtag set of the brand: a click inserts its tags."""

    chosen = Signal(tuple)

    def __init__(self, sets: Sequence[HashtagSetData]) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        for number, tag_set in enumerate(sets):
            button = QPushButton(tag_set.name)
            button.setToolTip(tag_set.text)
            button.clicked.connect(lambda _=False, tags=tag_set.tags: self.chosen.emit(tags))
            grid.addWidget(button, number // SET_COLUMNS, number % SET_COLUMNS)
            self.buttons.append(button)


def merged_tags(present: Sequence[str], added: Iterable[str]) -> tuple[str, ...]:
    """`present` then each of `added` not already there (compared without case or '#')."""
    def key(tag: str) -> str:
        return tag.casefold().lstrip("#")
    seen = {key(t) for t in present}
    extra = [t for t in dict.fromkeys(added) if key(t) not in seen]
    return tuple(present) + tuple(extra)

