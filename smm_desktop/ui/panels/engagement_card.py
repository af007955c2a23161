"""One account's day in the engagement log: four counters with − and + (or typed), the reply
time in minutes (empty = not recorded) and a note. It only emits; the panel makes the edits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from smm_desktop.domain.digits import with_digits
from smm_desktop.domain.engagement import COUNT_MAX, MINUTES_MAX, NOTE_MAX, Counter
from smm_desktop.services.engagement import EngagementEntry
from smm_desktop.ui.bidi import isolate, ltr
from smm_desktop.ui.i18n import digits_in
from smm_desktop.ui.labels import platform_name
from smm_desktop.ui.panels.engagement_commands import DayValues
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

COUNTER_NAMES = {
    Counter.MENTIONS: QT_TRANSLATE_NOOP("EngagementCard", "Mentions"),
    Counter.COMMENTS: QT_TRANSLATE_NOOP("EngagementCard", "Comments"),
    Counter.MESSAGES: QT_TRANSLATE_NOOP("EngagementCard", "Messages"),
    Counter.INTERACTIONS: QT_TRANSLATE_NOOP("EngagementCard", "Engaged"),
}
COUNTER_TIPS = {
    Counter.MENTIONS: QT_TRANSLATE_NOOP("EngagementCard", "Mentions of the brand handled"),
    Counter.COMMENTS: QT_TRANSLATE_NOOP("EngagementCard", "Comments replied to"),
    Counter.MESSAGES: QT_TRANSLATE_NOOP("EngagementCard", "Messages answered"),
    Counter.INTERACTIONS: QT_TRANSLATE_NOOP(
        "EngagementCard", "Interactions with competitors', influencers' and others' posts"),
}
DIGITS = "[0-9\u0660-\u0669\u06f0-\u06f9]"
STEP_KEYS = {Qt.Key.Key_Plus: 1, Qt.Key.Key_Up: 1, Qt.Key.Key_Minus: -1, Qt.Key.Key_Down: -1}


def counter_name(counter: Counter) -> str:
    return QCoreApplication.translate("EngagementCard", COUNTER_NAMES[counter])


def parse_whole(text: str) -> int | None:
    """A whole number typed in Latin or Arabic digits; None for an empty field."""
    cleaned = with_digits(text, "latin").translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
    return int(cleaned) if cleaned.strip() else None


def _number_edit(digits: int, width: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(f"{DIGITS}{{0,{digits}}}")))
    edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
    edit.setFixedWidth(width)
    return edit


def _step_button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field; keys step
    button.setAutoRepeat(False)
    return button


class EngagementCard(QFrame):
    """Emits `stepped(account_id, counter, step)` and `edited(account_id, DayValues)`."""

    stepped = Signal(int, object, int)
    edited = Signal(int, object)

    def __init__(self, entry: EngagementEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("engagementCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.entry = entry
        self._draft: dict[QLineEdit, str] = {}
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.numbers: dict[Counter, QLineEdit] = {}
        self.buttons: dict[tuple[Counter, int], QToolButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addLayout(self._counters())
        layout.addLayout(self._extras())
        self.error = QLabel()
        self.error.setObjectName("engagementError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(link);")
        self.error.hide()
        layout.addWidget(self.error)
        self.set_entry(entry)

    def _counters(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0)
        for index, counter in enumerate(Counter):
            row, column = divmod(index, 2)
            label = QLabel(counter_name(counter))
            label.setToolTip(QCoreApplication.translate("EngagementCard", COUNTER_TIPS[counter]))
            grid.addWidget(label, row * 2, column)
            grid.addLayout(self._counter(counter, label), row * 2 + 1, column)
        return grid

    def _counter(self, counter: Counter, label: QLabel) -> QHBoxLayout:
        less = _step_button("−", self.tr("One less (− key)"))
        more = _step_button("+", self.tr("One more (+ key)"))
        edit = _number_edit(6, 52)
        edit.setToolTip(label.toolTip())
        label.setBuddy(edit)
        edit.installEventFilter(self)
        edit.editingFinished.connect(self._typed)
        less.clicked.connect(lambda: self.stepped.emit(self.entry.account_id, counter, -1))
        more.clicked.connect(lambda: self.stepped.emit(self.entry.account_id, counter, 1))
        self.numbers[counter] = edit
        self.buttons[(counter, -1)], self.buttons[(counter, 1)] = less, more
        row = QHBoxLayout()
        row.setSpacing(1)
        for widget in (less, edit, more):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _extras(self) -> QHBoxLayout:
        self.minutes = _number_edit(5, 64)
        self.minutes.setPlaceholderText(self.tr("min"))
        self.minutes.setToolTip(self.tr(
            "Median time to reply today, in minutes (leave empty when not timed)"))
        self.minutes.editingFinished.connect(self._typed)
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("Note"))
        self.note.setClearButtonEnabled(True)
        self.note.editingFinished.connect(self._typed)
        label = QLabel(self.tr("Reply:"))
        label.setBuddy(self.minutes)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(label)
        row.addWidget(self.minutes)
        row.addWidget(self.note, 1)
        return row

    # Showing --------------------------------------------------------------------------------

    def set_entry(self, entry: EngagementEntry) -> None:
        """Show the stored day; a field the person is typing in keeps their text."""
        self.entry = entry
        where = f"{platform_name(entry.platform)} {ltr('@' + entry.handle)}"
        self.title.setText(f"{isolate(entry.brand_name)} · {where}")
        for counter, edit in self.numbers.items():
            self._show(edit, digits_in(str(entry.counts.get(counter))))
            edit.setAccessibleName(f"{counter_name(counter)}, {entry.brand_name}, {where}")
        minutes = entry.response_minutes
        self._show(self.minutes, "" if minutes is None else digits_in(str(minutes)))
        self._show(self.note, entry.note)

    @staticmethod
    def _show(edit: QLineEdit, text: str) -> None:
        if not (edit.hasFocus() and edit.isModified()) and edit.text() != text:
            edit.setText(text)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _edits(self) -> list[QLineEdit]:
        return [*self.numbers.values(), self.minutes, self.note]

    def restore_draft(self) -> None:
        """A refused save: what the person typed comes back into the fields, to save again."""
        for edit, text in self._draft.items():
            edit.setText(text)
            edit.setModified(True)

    # Typing ---------------------------------------------------------------------------------

    def values(self) -> DayValues | None:
        """What the fields say now; None (and a message under the card) when a number is out
        of range."""
        counts = self.entry.counts
        for counter, edit in self.numbers.items():
            value = parse_whole(edit.text()) or 0
            if value > COUNT_MAX:
                self.show_error(self.tr("A count is a whole number from 0 to %1.")
                                .replace("%1", digits_in(str(COUNT_MAX))))
                return None
            counts = counts.with_value(counter, value)
        minutes = parse_whole(self.minutes.text())
        if minutes is not None and minutes > MINUTES_MAX:
            self.show_error(self.tr("The reply time is in minutes, at most %1 (a week).")
                            .replace("%1", digits_in(str(MINUTES_MAX))))
            return None
        self.show_error("")
        return DayValues(counts, minutes, self.note.text().strip())

    def _typed(self) -> None:
        """Return or leaving a field: the day's values go to the panel when they changed."""
        values = self.values()
        if values is None or values == DayValues.of(self.entry):
            return
        self._draft = {e: e.text() for e in self._edits() if e.isModified()}
        for edit in self._draft:
            edit.setModified(False)  # the saved value may be shown in it now
        self.edited.emit(self.entry.account_id, values)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """+ and − (or the arrows) on a focused counter step it."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = STEP_KEYS.get(Qt.Key(event.key()))
            counter = next((c for c, e in self.numbers.items() if e is watched), None)
            if step is not None and counter is not None:
                if self.numbers[counter].isModified():
                    self._typed()  # a number typed and not yet saved counts first
                self.stepped.emit(self.entry.account_id, counter, step)
                return True
        return super().eventFilter(watched, event)
