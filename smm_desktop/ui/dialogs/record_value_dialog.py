"""Record a KPI's value for an account on a day (today unless changed): one snapshot."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.metrics import Metric
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.snapshots import SnapshotData, snapshot_errors
from smm_desktop.ui import goal_text, labels
from smm_desktop.ui.dialogs.form import FormDialog
from smm_desktop.ui.dialogs.goal_dialog import date_edit, to_date, to_qdate
from smm_desktop.ui.i18n import Formatter


@dataclass(frozen=True)
class RecordValueEnv:
    """The accounts to choose from and the latest values, to show beside the field."""

    accounts: Sequence[AccountData]
    fmt: Formatter
    latest: Mapping[tuple[int, Metric], SnapshotData] = field(default_factory=dict)
    today: date = field(default_factory=date.today)


class RecordValueDialog(FormDialog):
    """Account, KPI, value and day; the rules refuse a negative count or a rate over 100%."""

    def __init__(self, parent: QWidget | None, env: RecordValueEnv,
                 initial: SnapshotData | None) -> None:
        super().__init__(parent, self.tr("Record a value"), snapshot_errors)
        self.env = env
        self.account = QComboBox()
        for account in env.accounts:
            self.account.addItem(goal_text.account_name(account), account.id)
        self.metric_box = QComboBox()
        for metric in Metric:
            self.metric_box.addItem(labels.metric_name(metric), metric.value)
        self.number = QLineEdit()
        self.latest_note = QLabel()
        self.latest_note.setObjectName("latestNote")
        self.latest_note.setWordWrap(True)
        self.day = date_edit()
        self.day.setMaximumDate(to_qdate(env.today))
        self.add_row("account_id", self.tr("Account"), self.account)
        self.add_row("metric", self.tr("KPI"), self.metric_box)
        self.add_row("value", self.tr("Value"), self._value_box())
        self.add_row("day", self.tr("Day"), self.day)
        self._fill(initial)
        self.account.currentIndexChanged.connect(self._show_latest)
        self.metric_box.currentIndexChanged.connect(self._show_latest)
        self._show_latest()

    def _value_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.number)
        column.addWidget(self.latest_note)
        return box

    def _fill(self, initial: SnapshotData | None) -> None:
        if initial is not None:
            self.account.setCurrentIndex(max(self.account.findData(initial.account_id), 0))
            self.metric_box.setCurrentIndex(self.metric_box.findData(initial.metric.value))
            if math.isfinite(initial.value):
                self.number.setText(goal_text.decimal(self.env.fmt, initial.value, 4))
        self.day.setDate(to_qdate(initial.day if initial else self.env.today))

    def _show_latest(self) -> None:
        latest = self.env.latest.get((self.account.currentData(), Metric(self.metric_box.currentData())))
        if latest is None:
            self.latest_note.setText(self.tr("No value of this KPI is recorded for this account yet."))
            return
        self.latest_note.setText(self.tr("The latest value is %1, recorded on %2.").replace(
            "%1", goal_text.quantity(self.env.fmt, latest.value, latest.metric)).replace(
            "%2", goal_text.day(self.env.fmt, latest.day)))

    def value(self) -> SnapshotData:
        try:
            number = goal_text.parse_number(self.number.text())
        except ValueError:
            number = None
        day = to_date(self.day.date()) or self.env.today
        return SnapshotData(self.account.currentData() or 0, Metric(self.metric_box.currentData()),
                            day, math.nan if number is None else number)

    def local_errors(self) -> list[FieldError]:
        if self.account.currentData() is None:
            return [FieldError("account_id", "required")]
        try:
            number = goal_text.parse_number(self.number.text())
        except ValueError:
            return [FieldError("value", "not_a_number")]
        return [FieldError("value", "required")] if number is None else []

    @classmethod
    def run(cls, parent: QWidget | None, env: RecordValueEnv,
            initial: SnapshotData | None = None) -> tuple[SnapshotData | None, bool]:
        return cls(parent, env, initial).ask()
