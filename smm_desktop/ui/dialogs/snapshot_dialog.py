"""One snapshot of a competitor account: every count, hashtags, formats and a notable piece of
content (link, a screenshot file, why it worked)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from smm_desktop.domain.competitors import (
    check_counts,
    check_day,
    check_period,
    check_url,
    split_hashtags,
)
from smm_desktop.domain.enums import ContentType
from smm_desktop.domain.errors import FieldError
from smm_desktop.services.competitor_data import SnapshotInput
from smm_desktop.ui import competitor_text as texts
from smm_desktop.ui.day_clock import DayClock, follow_today
from smm_desktop.ui.dialogs.form import FormDialog, Validator

COUNTS = ("followers", "posts", "likes", "comments", "shares", "views")


def snapshot_errors(data: SnapshotInput) -> list[FieldError]:
    counts = {name: getattr(data, name) for name in COUNTS}
    return (check_day(data.day, date.today()) + check_period(data.period_days)
            + check_counts(counts) + check_url(data.notable_link, "notable_link"))


class SnapshotDialog(FormDialog):
    """Counts are left empty when not counted (never taken as 0)."""

    def __init__(self, parent: QWidget | None, validator: Validator | None,
                 initial: SnapshotInput | None, clock: DayClock | None = None) -> None:
        title = self.tr("Edit snapshot") if initial else self.tr("New snapshot")
        super().__init__(parent, title, validator or snapshot_errors)
        self._unreadable: set[str] = set()
        initial = initial or SnapshotInput(clock.today() if clock else date.today())
        self._build(clock.today() if clock else date.today())
        self._fill(initial)
        if clock is not None:  # open past midnight: the day's limit (and today) move on
            follow_today(clock, self.day)

    def _build(self, today: date) -> None:
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(texts.qdate(today))
        self.period = QSpinBox()
        self.period.setRange(1, 92)
        self.add_row("day", self.tr("Day"), self.day)
        self.add_row("period_days", self.tr("Days counted"), self.period)
        self.counts = {name: QLineEdit() for name in COUNTS}
        names = (self.tr("Followers"), self.tr("Posts in the period"), self.tr("Likes"),
                 self.tr("Comments"), self.tr("Shares"), self.tr("Views"))
        for (name, edit), label in zip(self.counts.items(), names, strict=True):
            edit.setPlaceholderText(self.tr("Not counted"))
            self.add_row(name, label, edit)
        self.hashtags = QLineEdit()
        self.hashtags.setPlaceholderText("#ramadan #coffee")
        self.add_row("hashtags", self.tr("Top hashtags"), self.hashtags)
        self.add_row("content_types", self.tr("Formats used"), self._types_box())
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://")
        self.add_row("notable_link", self.tr("Notable content: link"), self.link)
        self.add_row("notable_file", self.tr("Screenshot"), self._file_row())
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.add_row("notable_note", self.tr("Why it worked"), self.note)

    def _types_box(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        names = texts.content_names()
        self.types = {kind: QCheckBox(names[kind]) for kind in ContentType}
        for i, check in enumerate(self.types.values()):
            grid.addWidget(check, i // 3, i % 3)
        return box

    def _file_row(self) -> QWidget:
        self.file = QLineEdit()
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose_file)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        return box

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the screenshot"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.webp)"))
        if path:
            self.file.setText(path)

    def _fill(self, data: SnapshotInput) -> None:
        self.day.setDate(texts.qdate(data.day))
        self.period.setValue(data.period_days)
        for name, edit in self.counts.items():
            value = getattr(data, name)
            edit.setText("" if value is None else str(value))
        self.hashtags.setText(" ".join(data.hashtags))
        for kind, check in self.types.items():
            check.setChecked(kind in data.content_types)
        self.link.setText(data.notable_link)
        self.file.setText(data.notable_file)
        self.note.setPlainText(data.notable_note)

    def _count(self, name: str) -> int | None:
        try:
            return texts.parse_count(self.counts[name].text())
        except ValueError:
            self._unreadable.add(name)
            return None

    def local_errors(self) -> list[FieldError]:
        self._unreadable.clear()
        self.value()
        return [FieldError(name, "not_a_number") for name in COUNTS if name in self._unreadable]

    def show_errors(self, errors: list[FieldError]) -> None:
        super().show_errors(errors)
        for error in errors:
            if error.field in self._errors:
                self._errors[error.field].setText(texts.field_text(error))

    def value(self) -> SnapshotInput:
        counts = {name: self._count(name) for name in COUNTS}
        return SnapshotInput(
            day=texts.pydate(self.day.date()), period_days=self.period.value(),
            hashtags=split_hashtags(self.hashtags.text()),
            content_types=tuple(k for k, c in self.types.items() if c.isChecked()),
            notable_link=self.link.text().strip(), notable_file=self.file.text().strip(),
            notable_note=self.note.toPlainText().strip(), **counts)

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None,
            initial: SnapshotInput | None = None,
            clock: DayClock | None = None) -> tuple[SnapshotInput | None, bool]:
        return cls(parent, validator, initial, clock).ask()
