"""Copy a series: recurring posts ("every Tuesday tip") from one template brief and a rule
(weekly on chosen days or monthly on a day, every N, until a date or a number of times),
with the dates it gives in the month shown listed before anything is created."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.enums import ContentType, PostPurpose, PostStatus
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.series import MAX_COUNT, MAX_INTERVAL, Frequency, Recurrence
from smm_desktop.services.post_data import PostInput
from smm_desktop.services.series import SeriesInput, series_days, series_errors
from smm_desktop.ui import post_labels
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.dialogs.form import FormDialog
from smm_desktop.ui.dialogs.post_form_parts import AccountChecklist, ChoiceBox, EnumBox, swatch
from smm_desktop.ui.i18n import digits_in

END_OF_MONTH, ON_DATE, AFTER_COUNT = 0, 1, 2


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class SeriesDialog(FormDialog):
    """The template brief and the rule on the left, the dates it gives on the right."""

    def __init__(self, parent: QWidget | None, ctx: UiContext, brand_id: int,
                 first: date, last: date, initial: SeriesInput | None = None) -> None:
        super().__init__(parent, self.tr("Copy a series"), self._check)
        self.setObjectName("seriesDialog")
        self.resize(900, 560)
        self.ctx, self.brand_id, self.first, self.last = ctx, brand_id, first, last
        self._build_brief()
        self._build_rule()
        self.body.addLayout(self._preview_panel())
        self._fill(initial)
        for signal in (self.frequency.currentIndexChanged, self.ends.currentIndexChanged,
                       self.month_day.valueChanged, self.interval.valueChanged,
                       self.start.dateChanged, self.until.dateChanged, self.count.valueChanged):
            signal.connect(self.refresh)
        for box in self.weekdays.values():
            box.toggled.connect(self.refresh)
        self.refresh()

    # Building -------------------------------------------------------------------------------

    def _build_brief(self) -> None:
        s = self.ctx.services
        accounts = s.accounts.list_accounts(self.brand_id, False)
        pillars = s.pillars.list_pillars(self.brand_id)
        self.topic = QLineEdit()
        self.topic.setMaxLength(200)
        self.topic.setPlaceholderText(self.tr("e.g. Tuesday tip"))
        self.account_ids = AccountChecklist(accounts, self.tr("An account no longer listed"))
        self.account_ids.setFixedHeight(min(110, 26 * max(1, len(accounts)) + 6))
        self.content_type = EnumBox(ContentType, post_labels.content_type_name, self.tr("Not set"))
        self.purpose = EnumBox(PostPurpose, post_labels.purpose_name, self.tr("Not set"))
        self.pillar_id = ChoiceBox(self.tr("No pillar"), [(p.name, p.id) for p in pillars],
                                   self.tr("A pillar no longer listed"),
                                   {p.id: swatch(p.colour) for p in pillars if p.colour})
        self.at = QTimeEdit(QTime(10, 0))
        self.at.setDisplayFormat("HH:mm")
        for field, label, widget in (
                ("topic", self.tr("Topic"), self.topic),
                ("account_ids", self.tr("Accounts"), self.account_ids),
                ("content_type", self.tr("Content type"), self.content_type),
                ("purpose", self.tr("Purpose"), self.purpose),
                ("pillar_id", self.tr("Pillar"), self.pillar_id),
                ("at", self.tr("Time"), self.at)):
            self.add_row(field, label, widget)

    def _build_rule(self) -> None:
        self.frequency = QComboBox()
        self.frequency.addItem(self.tr("Every week"), Frequency.WEEKLY.value)
        self.frequency.addItem(self.tr("Every month"), Frequency.MONTHLY.value)
        self.month_day = QSpinBox()
        self.month_day.setRange(1, 31)
        self.month_day.setToolTip(self.tr("In a shorter month, the series falls on its last day."))
        self.interval = QSpinBox()
        self.interval.setRange(1, MAX_INTERVAL)
        self.interval.setToolTip(self.tr("1: every week (or month); 2: every other one; and so on"))
        self.start = QDateEdit(_qdate(self.first))
        self.start.setCalendarPopup(True)
        self.add_row("frequency", self.tr("Repeats"), self.frequency)
        self.add_row("weekdays", self.tr("On"), self._weekday_row())
        self.add_row("month_day", self.tr("Day of the month"), self.month_day)
        self.add_row("interval", self.tr("Repeat every (weeks or months)"), self.interval)
        self.add_row("start", self.tr("Starts"), self.start)
        self.add_row("until", self.tr("Ends"), self._end_row())

    def _weekday_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        first = QLocale().firstDayOfWeek().value - 1
        self.weekdays: dict[int, QCheckBox] = {}
        for offset in range(7):
            weekday = (first + offset) % 7
            check = QCheckBox(QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            self.weekdays[weekday] = check
            row.addWidget(check)
        row.addStretch()
        return box

    def _end_row(self) -> QWidget:
        self.ends = QComboBox()
        self.ends.addItem(self.tr("With the month shown"))
        self.ends.addItem(self.tr("On a date"))
        self.ends.addItem(self.tr("After a number of posts"))
        self.until = QDateEdit(_qdate(self.last))
        self.until.setCalendarPopup(True)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_COUNT)
        self.count.setValue(4)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.ends, self.until, self.count):
            row.addWidget(widget)
        row.addStretch()
        return box

    def _preview_panel(self) -> QVBoxLayout:
        self.preview_title = QLabel()
        self.preview_title.setObjectName("seriesPreviewTitle")
        self.preview_title.setWordWrap(True)
        self.preview = QListWidget()
        self.preview.setObjectName("seriesPreview")
        self.preview.setMinimumWidth(220)
        self.preview.setMaximumWidth(280)
        rule_error = QLabel()
        rule_error.setStyleSheet("color: #c0392b;")
        rule_error.setWordWrap(True)
        rule_error.hide()
        self._errors["rule"] = rule_error
        column = QVBoxLayout()
        column.addWidget(self.preview_title)
        column.addWidget(self.preview, 1)
        column.addWidget(rule_error)
        return column

    def _fill(self, initial: SeriesInput | None) -> None:
        if initial is None:
            self.weekdays[self.first.weekday()].setChecked(True)
            self.month_day.setValue(self.first.day)
            return
        t, rule = initial.template, initial.rule
        self.topic.setText(t.topic)
        self.account_ids.set_value(t.account_ids)
        self.content_type.set_value(t.content_type)
        self.purpose.set_value(t.purpose)
        self.pillar_id.set_value(t.pillar_id)
        self.at.setTime(QTime(initial.at.hour, initial.at.minute))
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(rule.frequency.value)))
        for weekday, box in self.weekdays.items():
            box.setChecked(weekday in rule.weekdays)
        self.month_day.setValue(rule.month_day)
        self.interval.setValue(rule.interval)
        self.start.setDate(_qdate(rule.start))
        self.ends.setCurrentIndex(ON_DATE if rule.until else AFTER_COUNT if rule.count
                                  else END_OF_MONTH)
        if rule.until:
            self.until.setDate(_qdate(rule.until))
        self.count.setValue(rule.count or self.count.value())

    # Values ---------------------------------------------------------------------------------

    def rule(self) -> Recurrence:
        frequency = Frequency(self.frequency.currentData())
        end = self.ends.currentIndex()
        return Recurrence(
            frequency, _pydate(self.start.date()),
            tuple(sorted(d for d, box in self.weekdays.items() if box.isChecked())),
            self.month_day.value(), self.interval.value(),
            _pydate(self.until.date()) if end == ON_DATE else None,
            self.count.value() if end == AFTER_COUNT else None)

    def value(self) -> SeriesInput:
        template = PostInput(
            topic=self.topic.text().strip(), status=PostStatus.DRAFT,
            account_ids=self.account_ids.value(), content_type=self.content_type.value(),  # type: ignore[arg-type]
            purpose=self.purpose.value(), pillar_id=self.pillar_id.value())  # type: ignore[arg-type]
        at = self.at.time()
        return SeriesInput(template, self.rule(), time(at.hour(), at.minute()))

    def days(self) -> list[date]:
        return series_days(self.value(), self.first, self.last)

    def refresh(self) -> None:
        """Enable the parts of the rule that apply and list the dates it gives."""
        weekly = self.frequency.currentData() == Frequency.WEEKLY.value
        for box in self.weekdays.values():
            box.setEnabled(weekly)
        self.month_day.setEnabled(not weekly)
        self.until.setEnabled(self.ends.currentIndex() == ON_DATE)
        self.count.setEnabled(self.ends.currentIndex() == AFTER_COUNT)
        days = self.days()
        self.preview.clear()
        for day in days:
            self.preview.addItem(digits_in(QLocale().toString(
                _qdate(day), QLocale.FormatType.LongFormat)))
        month = QLocale().toString(_qdate(self.first), "MMMM yyyy")
        self.preview_title.setText(digits_in(self.tr("Posts to create in %1: %2").replace(
            "%1", month).replace("%2", str(len(days)))))

    def _check(self, value: SeriesInput) -> list[FieldError]:
        own = series_errors(value, self.first, self.last)
        return own or self.ctx.services.posts.validate(self.brand_id, value.template)

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.hide()
        for error in errors:
            if error.field in self._errors:
                self._errors[error.field].setText(self._message(error))
                self._errors[error.field].show()

    def _message(self, error: FieldError) -> str:
        if error.code == "no_dates":
            return self.tr("This rule gives no date in the month shown: change the days or the "
                           "start.")
        if error.code == "before_start":
            return self.tr("The end comes before the start.")
        if error.field == "weekdays" and error.code == "required":
            return self.tr("Tick at least one day of the week.")
        return post_labels.field_message(error)

    @classmethod
    def run(cls, parent: QWidget | None, ctx: UiContext, brand_id: int, first: date, last: date,
            initial: SeriesInput | None = None) -> tuple[SeriesInput | None, bool]:
        """Ask for a series for first..last: (the series, True) when accepted."""
        return cls(parent, ctx, brand_id, first, last, initial).ask()
