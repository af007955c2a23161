"""Audit an account: the checklist (a result and a note a point), the posting rhythm, best
posts, what failed, notes, and the baseline numbers of the audit day (empty = not recorded)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.audit import POSTS_MAX, common_count, usual_metrics
from smm_desktop.domain.enums import AuditItem, CheckResult
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.audits import AuditInput, CheckEntry
from smm_desktop.ui import audit_text, goal_text, labels
from smm_desktop.ui.dialogs.form import FormDialog, Validator
from smm_desktop.ui.dialogs.goal_dialog import date_edit, to_date, to_qdate
from smm_desktop.ui.i18n import Formatter

BASELINE = "baseline:"


@dataclass(frozen=True)
class AuditFormEnv:
    """The account audited, and where the suggested numbers came from."""

    account: AccountData
    fmt: Formatter
    today: date
    known_on: Mapping[Metric, date] = field(default_factory=dict)
    previous_on: date | None = None
    editing: bool = False


def _text_box(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(64)
    edit.setPlaceholderText(placeholder)
    return edit


class AuditDialog(FormDialog):
    """The form beside the checklist and the numbers grid; the rules run on OK."""

    def __init__(self, parent: QWidget | None, validator: Validator | None, env: AuditFormEnv,
                 initial: AuditInput) -> None:
        name = goal_text.account_name(env.account)
        title = self.tr("Edit audit of %1") if env.editing else self.tr("New audit of %1")
        super().__init__(parent, title.replace("%1", name), validator)
        self.setMinimumWidth(1080)
        self.env = env
        self._build_form()
        side = QVBoxLayout()
        side.addWidget(self._checklist_box())
        side.addWidget(self._numbers_box())
        side.addStretch()
        self.body.removeItem(self.form)  # the fields keep to the top, the rest below them
        fields = QVBoxLayout()
        fields.addLayout(self.form)
        fields.addStretch()
        self.body.addLayout(fields, 2)
        self.body.addLayout(side, 3)
        self._fill(initial)

    def _build_form(self) -> None:
        self.day = date_edit()
        self.day.setMaximumDate(to_qdate(self.env.today))
        self.posts = QSpinBox()
        self.posts.setRange(-1, POSTS_MAX)
        self.posts.setSpecialValueText(self.tr("Not counted"))
        self.rhythm = QLabel()
        self.rhythm.setObjectName("rhythmNote")
        self.rhythm.setWordWrap(True)
        self.posts.valueChanged.connect(self._show_rhythm)
        self.best = _text_box(self.tr("Which posts did best, and why you think so."))
        self.failed = _text_box(self.tr("Formats or topics that did not work before."))
        self.notes = _text_box(self.tr("Anything else to remember from this audit."))
        posts_box = QWidget()
        column = QVBoxLayout(posts_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.posts)
        column.addWidget(self.rhythm)
        self.add_row("audited_on", self.tr("Audit day"), self.day)
        self.add_row("posts_last_90_days", self.tr("Posts in the last 90 days"), posts_box)
        self.add_row("best_posts", self.tr("Best posts"), self.best)
        self.add_row("failed_before", self.tr("What failed before"), self.failed)
        self.add_row("notes", self.tr("Notes"), self.notes)

    def _checklist_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Checklist"))
        grid = QGridLayout(box)
        if self.env.previous_on is not None and not self.env.editing:
            carried = QLabel(self.tr("The points the audit of %1 left to fix come with their "
                                     "notes: mark each one again.").replace(
                "%1", goal_text.day(self.env.fmt, self.env.previous_on)))
            carried.setObjectName("carriedNote")
            carried.setWordWrap(True)
            grid.addWidget(carried, len(AuditItem), 0, 1, 3)
        self.results: dict[AuditItem, QComboBox] = {}
        self.check_notes: dict[AuditItem, QLineEdit] = {}
        for row, item in enumerate(AuditItem):
            result, note = QComboBox(), QLineEdit()
            for choice in CheckResult:
                result.addItem(audit_text.result_text(choice), choice.value)
            note.setPlaceholderText(self.tr("Note"))
            note.setMinimumWidth(220)
            label = QLabel(audit_text.item_name(item))
            label.setBuddy(result)
            result.setAccessibleName(audit_text.item_name(item))
            note.setAccessibleName(self.tr("Note: %1").replace("%1", audit_text.item_name(item)))
            grid.addWidget(label, row, 0)
            grid.addWidget(result, row, 1)
            grid.addWidget(note, row, 2)
            self.results[item], self.check_notes[item] = result, note
        grid.setColumnStretch(2, 1)
        return box

    def _numbers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Baseline numbers on the audit day"))
        column = QVBoxLayout(box)
        hint = QLabel(self.tr("Leave a number empty when it was not recorded."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        grid = QGridLayout()
        self.numbers: dict[Metric, QLineEdit] = {}
        self._extra: list[QWidget] = []
        usual = common_count(self.env.account.platform)
        for n, metric in enumerate(usual_metrics(self.env.account.platform)):
            label, edit = QLabel(labels.metric_name(metric)), QLineEdit()
            edit.setMinimumWidth(110)
            label.setBuddy(edit)
            edit.setAccessibleName(labels.metric_name(metric))
            grid.addWidget(label, n // 2, (n % 2) * 2)
            grid.addWidget(edit, n // 2, (n % 2) * 2 + 1)
            self.numbers[metric] = edit
            self._fields[BASELINE + metric.value] = edit
            if n >= usual:
                self._extra += [label, edit]
        column.addLayout(grid)
        self.more = QCheckBox(self.tr("Show every KPI"))
        self.more.toggled.connect(self._show_extra)
        column.addWidget(self.more)
        self.numbers_error = QLabel()
        self.numbers_error.setObjectName("error_baseline")
        self.numbers_error.setStyleSheet("color: #c0392b;")
        self.numbers_error.setWordWrap(True)
        self.numbers_error.hide()
        column.addWidget(self.numbers_error)
        return box

    def _show_extra(self, shown: bool) -> None:
        for widget in self._extra:
            widget.setVisible(shown)

    def _fill(self, data: AuditInput) -> None:
        self.day.setDate(to_qdate(data.audited_on))
        self.posts.setValue(-1 if data.posts_last_90_days is None else data.posts_last_90_days)
        self.best.setPlainText(data.best_posts)
        self.failed.setPlainText(data.failed_before)
        self.notes.setPlainText(data.notes)
        for item in AuditItem:
            check = data.check(item)
            self.results[item].setCurrentIndex(self.results[item].findData(check.result.value))
            self.check_notes[item].setText(check.note)
        for metric, edit in self.numbers.items():
            self._fill_number(metric, edit, data.baseline.get(metric))
        extra = [m for m in self.numbers if self.numbers[m] in self._extra]
        self.more.setChecked(any(self.numbers[m].text() for m in extra))
        self._show_extra(self.more.isChecked())
        self._show_rhythm()

    def _fill_number(self, metric: Metric, edit: QLineEdit, value: float | None) -> None:
        if value is not None and math.isfinite(value):
            edit.setText(goal_text.decimal(self.env.fmt, value, 2))
        elif value is not None:
            edit.setText(str(value))
        known = self.env.known_on.get(metric)
        if known is not None and not self.env.editing:
            edit.setToolTip(self.tr("Latest recorded value, of %1: check it against the "
                                    "insights of the audit day.").replace(
                "%1", goal_text.day(self.env.fmt, known)))

    def _show_rhythm(self) -> None:
        posts = self.posts.value()
        self.rhythm.setText(audit_text.rhythm(self.env.fmt, None if posts < 0 else posts))

    def _number(self, edit: QLineEdit) -> float | None:
        try:
            return goal_text.parse_number(edit.text())
        except ValueError:
            return math.nan  # the rules name it: not a number

    def value(self) -> AuditInput:
        checks = tuple(CheckEntry(item, CheckResult(self.results[item].currentData()),
                                  self.check_notes[item].text().strip()) for item in AuditItem)
        baseline = {m: n for m, e in self.numbers.items() if (n := self._number(e)) is not None}
        posts = self.posts.value()
        return AuditInput(
            to_date(self.day.date()) or self.env.today, checks=checks,
            posts_last_90_days=None if posts < 0 else posts,
            best_posts=self.best.toPlainText().strip(),
            failed_before=self.failed.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(), baseline=baseline)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message under its field; the numbers' messages under the grid, KPI named."""
        for label in self._errors.values():
            label.hide()
        numbers = [e for e in errors if e.field.startswith(BASELINE)]
        for error in errors:
            if error.field in self._errors:
                self._errors[error.field].setText(audit_text.field_message(error))
                self._errors[error.field].show()
        self.numbers_error.setText("\n".join(
            self.tr("%1: %2").replace("%1", labels.metric_name(Metric(e.field[len(BASELINE):])))
            .replace("%2", audit_text.field_message(e)) for e in numbers))
        self.numbers_error.setVisible(bool(numbers))
        if any(self.numbers[Metric(e.field[len(BASELINE):])] in self._extra for e in numbers):
            self.more.setChecked(True)

    def number_errors(self) -> str:
        return self.numbers_error.text() if self.numbers_error.isVisibleTo(self) else ""

    @classmethod
    def run(cls, parent: QWidget | None, validator: Validator | None, env: AuditFormEnv,
            initial: AuditInput) -> tuple[AuditInput | None, bool]:
        return cls(parent, validator, env, initial).ask()
