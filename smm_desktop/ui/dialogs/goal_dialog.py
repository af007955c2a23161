"""Add or edit a SMART social goal, with the SMART checker beside the fields, live."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import FieldError
from smm_desktop.domain.goal_templates import GoalTemplate, fit_platform, matching
from smm_desktop.domain.kpi import CLOSING_STATUSES, GoalStatus, TargetKind, percent_change
from smm_desktop.domain.metrics import Metric
from smm_desktop.domain.smart import SmartReport
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.goals import BusinessGoalData, SocialGoalInput
from smm_desktop.services.snapshots import SnapshotData
from smm_desktop.ui import goal_text, labels
from smm_desktop.ui.dialogs.form import FormDialog
from smm_desktop.ui.i18n import Formatter
from smm_desktop.ui.models.goals import one_line
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP
from smm_desktop.ui.widgets.smart_panel import SmartPanel

# A deadline at this date means "none yet" (the date box shows its special text there).
NO_DATE = QDate(2000, 1, 1)

# A template's name once it moved to another platform (%1: that platform).
MOVED_TITLES = {
    "x_followers_30_percent_4_months": QT_TRANSLATE_NOOP(
        "GoalDialog", "+30% followers on %1 in 4 months"),
    "linkedin_website_clicks_10_percent_60_days": QT_TRANSLATE_NOOP(
        "GoalDialog", "+10% website clicks from %1 in 60 days"),
    "x_reach_100k_100_days": QT_TRANSLATE_NOOP("GoalDialog", "Reach 100,000 people on %1 in 100 days"),
}


@dataclass(frozen=True)
class GoalFormEnv:
    """What the form needs of the workspace: choices, the rules, and the latest numbers."""

    accounts: Sequence[AccountData]
    business_goals: Sequence[BusinessGoalData]
    validate: Callable[[SocialGoalInput], list[FieldError]]
    smart_check: Callable[[SocialGoalInput], SmartReport]
    fmt: Formatter
    latest: Mapping[tuple[int, Metric], SnapshotData] = field(default_factory=dict)
    today: date = field(default_factory=date.today)
    editing: bool = False


def to_qdate(value: date | None) -> QDate:
    return NO_DATE if value is None else QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date | None:
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def date_edit(optional_text: str = "") -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    if optional_text:
        edit.setSpecialValueText(optional_text)
    return edit


def narrow_combo() -> QComboBox:
    """A combo box that does not widen the dialog to its longest item (it elides instead)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    return combo


def _read_number(edit: QLineEdit) -> float | None:
    try:
        return goal_text.parse_number(edit.text())
    except ValueError:
        return None


class GoalDialog(FormDialog):
    """Every part of a SMART goal; the target shown worked out, the SMART check kept live."""

    def __init__(self, parent: QWidget | None, env: GoalFormEnv,
                 initial: SocialGoalInput | None) -> None:
        title = self.tr("Edit social goal") if env.editing else self.tr("New social goal")
        super().__init__(parent, title, env.validate)
        self.env = env
        self._initial = initial or SocialGoalInput(start=env.today, baseline_date=env.today)
        self._build_scope()
        self._build_numbers()
        self._build_dates_and_links()
        self.smart = SmartPanel()
        self.smart.setFixedWidth(320)
        self.body.addWidget(self.smart)
        self.setMinimumWidth(900)
        self._fill(self._initial)
        self._fit_template()
        self._connect()
        self.refresh()

    def _build_scope(self) -> None:
        self.template_note = QLabel()
        self.template_note.setObjectName("templateNote")
        self.template_note.setWordWrap(True)
        self.template_note.hide()
        self.form.addRow(self.template_note)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("For example: grow the X audience before Ramadan"))
        self.platform = QComboBox()
        for platform in Platform:
            self.platform.addItem(labels.platform_name(platform), platform.value)
        self.account = narrow_combo()
        self.metric_box = QComboBox()
        for metric in Metric:
            self.metric_box.addItem(labels.metric_name(metric), metric.value)
        self.add_row("title", self.tr("Name"), self.title_edit)
        self.add_row("platform", self.tr("Platform"), self.platform)
        self.add_row("account_id", self.tr("Account"), self.account)
        self.add_row("metric", self.tr("KPI"), self.metric_box)

    def _build_numbers(self) -> None:
        self.baseline = QLineEdit()
        self.use_latest = QPushButton(self.tr("Use the latest value"))
        self.baseline_date = date_edit()
        self.target_kind = QComboBox()
        for kind in TargetKind:
            self.target_kind.addItem(labels.target_kind_name(kind), kind.value)
        self.target = QLineEdit()
        self.target_note = QLabel()
        self.target_note.setObjectName("targetNote")
        self.target_note.setWordWrap(True)
        self.add_row("baseline_value", self.tr("Baseline value"),
                     self._line(self.baseline, self.use_latest))
        self.add_row("baseline_date", self.tr("Baseline date"), self.baseline_date)
        self.add_row("target_value", self.tr("Target"), self._target_box())

    def _build_dates_and_links(self) -> None:
        self.start = date_edit()
        self.deadline = date_edit(self.tr("No deadline"))
        self.clear_deadline = QPushButton(self.tr("No deadline"))
        self.business_goal = narrow_combo()
        self.business_goal.addItem(self.tr("None chosen"), 0)
        for goal in self.env.business_goals:
            self.business_goal.addItem(self._business_text(goal), goal.id)
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("For example: a giveaway every week, as last spring"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(48)
        self.closed_as = self._closing_box()
        self.add_row("start", self.tr("Start"), self.start)
        self.add_row("deadline", self.tr("Deadline"), self._line(self.deadline, self.clear_deadline))
        self.add_row("business_goal_id", self.tr("Business goal it serves"), self.business_goal)
        self.add_row("why_realistic", self.tr("Why it is realistic"), self.why)
        self.add_row("notes", self.tr("Notes"), self.notes)
        self.add_row("closed_as", self.tr("Status"), self.closed_as)

    def _closing_box(self) -> QComboBox:
        """Computed from the numbers, or closed by hand (results the app never saw)."""
        combo = QComboBox()
        combo.addItem(self.tr("Worked out from the numbers"), "")
        for status in CLOSING_STATUSES:
            combo.addItem(self.tr("Closed by hand: %1").replace(
                "%1", labels.goal_status_name(status)), status.value)
        return combo

    def _business_text(self, goal: BusinessGoalData) -> str:
        kind = labels.business_goal_kind_name(goal.kind)
        text = one_line(goal.description)
        return self.tr("%1: %2").replace("%1", kind).replace("%2", text) if text else kind

    @staticmethod
    def _line(*widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget, 1 if isinstance(widget, (QLineEdit, QDateEdit)) else 0)
        return box

    def _target_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._line(self.target_kind, self.target))
        column.addWidget(self.target_note)
        return box

    def _fill(self, data: SocialGoalInput) -> None:
        account = next((a for a in self.env.accounts if a.id == data.account_id), None)
        platform = account.platform if account else (data.platform or self._first_platform())
        self.platform.setCurrentIndex(self.platform.findData(platform.value))
        self._list_accounts()
        self.account.setCurrentIndex(max(self.account.findData(data.account_id or 0), 0))
        self.metric_box.setCurrentIndex(self.metric_box.findData((data.metric or Metric.FOLLOWERS).value))
        self.title_edit.setText(data.title)
        self._fill_numbers(data)
        self.start.setDate(to_qdate(data.start or self.env.today))
        self.deadline.setDate(to_qdate(data.deadline))
        self.business_goal.setCurrentIndex(max(self.business_goal.findData(
            data.business_goal_id or 0), 0))
        self.why.setText(data.why_realistic)
        for edit in (self.title_edit, self.why):
            edit.setCursorPosition(0)
        self.notes.setPlainText(data.notes)
        self.closed_as.setCurrentIndex(max(self.closed_as.findData(
            data.closed_as.value if data.closed_as else ""), 0))

    def _template(self) -> GoalTemplate | None:
        """The template a new goal was filled from, when it names no account."""
        data = self._initial
        if self.env.editing or data.account_id is not None:
            return None
        days = (data.deadline - data.start).days if data.deadline and data.start else None
        return matching(data.platform, data.metric, data.target_kind, data.target_value, days)

    def _fit_template(self) -> None:
        """A template on a platform the brand has no account on moves to the brand's
        best-fitting account for the same KPI, or the form says there is none."""
        found = self._template()
        live = [a for a in self.env.accounts if not a.archived]
        if found is None or any(a.platform is found.platform for a in live):
            return
        fitted = fit_platform(found, {a.platform for a in live})
        words = {"%1": labels.platform_name(found.platform), "%2": labels.metric_name(found.metric)}
        if fitted is None:
            self._note(self.tr("This template is for %1, and the brand has no account where %2 "
                               "makes sense: add one in the Strategy tab, or choose another "
                               "platform here."), words)
            return
        account = next(a for a in live if a.platform is fitted)
        self._move_to(found, account)
        words["%3"] = goal_text.account_name(account)
        self._note(self.tr("This template is for %1, where the brand has no account: it is set "
                           "on %3 instead, where %2 makes sense too."), words)

    def _note(self, text: str, words: Mapping[str, str]) -> None:
        for key, word in words.items():
            text = text.replace(key, word)
        self.template_note.setText(text)
        self.template_note.show()

    def _move_to(self, found: GoalTemplate, account: AccountData) -> None:
        self.platform.setCurrentIndex(self.platform.findData(account.platform.value))
        self._list_accounts()
        self.account.setCurrentIndex(self.account.findData(account.id))
        if self.title_edit.text() == labels.template_title(found.key):
            self.title_edit.setText(QCoreApplication.translate(
                "GoalDialog", MOVED_TITLES[found.key]).replace(
                "%1", labels.platform_name(account.platform)))
        latest = self.env.latest.get((account.id, found.metric))
        if latest is not None and self._initial.baseline_value is None:
            self.baseline.setText(goal_text.decimal(self.env.fmt, latest.value, 4))
            self.baseline_date.setDate(to_qdate(latest.day))

    def _fill_numbers(self, data: SocialGoalInput) -> None:
        for edit, value in ((self.baseline, data.baseline_value), (self.target, data.target_value)):
            edit.setText("" if value is None else goal_text.decimal(self.env.fmt, value, 4))
        self.baseline_date.setDate(to_qdate(data.baseline_date or data.start or self.env.today))
        self.target_kind.setCurrentIndex(self.target_kind.findData(data.target_kind.value))

    def _first_platform(self) -> Platform:
        live = [a for a in self.env.accounts if not a.archived]
        return live[0].platform if live else Platform.INSTAGRAM

    def _list_accounts(self) -> None:
        """The platform's accounts, after the choice of all of them together."""
        keep, platform = self.account.currentData(), self.platform.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(self.tr("All the brand's accounts on this platform"), 0)
        for account in self.env.accounts:
            if account.platform.value == platform and (
                    not account.archived or account.id == self._initial.account_id):
                self.account.addItem(goal_text.account_name(account), account.id)
        self.account.setCurrentIndex(max(self.account.findData(keep), 0))
        self.account.blockSignals(False)

    def _connect(self) -> None:
        self.platform.currentIndexChanged.connect(self._list_accounts)
        for combo in (self.platform, self.account, self.metric_box, self.target_kind,
                      self.business_goal, self.closed_as):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.title_edit, self.baseline, self.target, self.why):
            edit.textChanged.connect(self.refresh)
        for date_box in (self.baseline_date, self.start, self.deadline):
            date_box.dateChanged.connect(self.refresh)
        self.use_latest.clicked.connect(self._use_latest)
        self.clear_deadline.clicked.connect(lambda: self.deadline.setDate(NO_DATE))

    def _latest(self) -> SnapshotData | None:
        account, metric = self.account.currentData(), Metric(self.metric_box.currentData())
        return self.env.latest.get((account, metric)) if account else None

    def _use_latest(self) -> None:
        latest = self._latest()
        if latest is not None:
            self.baseline.setText(goal_text.decimal(self.env.fmt, latest.value, 4))
            self.baseline_date.setDate(to_qdate(latest.day))

    def refresh(self) -> None:
        """Everything that follows the fields: the worked-out target and the SMART check."""
        data = self.value()
        latest = self._latest()
        self.use_latest.setEnabled(latest is not None)
        self.use_latest.setToolTip(self._latest_tip(latest))
        self.clear_deadline.setEnabled(data.deadline is not None)
        self.target_note.setText(self._target_words(data))
        self.smart.show_report(self.env.smart_check(data), self._number)

    def _number(self, value: float) -> str:
        return goal_text.decimal(self.env.fmt, value)

    def _latest_tip(self, latest: SnapshotData | None) -> str:
        if latest is None:
            return self.tr("No value of this KPI is recorded for this account yet.")
        return self.tr("%1, recorded on %2.").replace(
            "%1", goal_text.quantity(self.env.fmt, latest.value, latest.metric)).replace(
            "%2", goal_text.day(self.env.fmt, latest.day))

    def _target_words(self, data: SocialGoalInput) -> str:
        target = data.to_draft().target
        if target is None or data.baseline_value is None:
            return ""
        text = goal_text.quantity(self.env.fmt, target, data.metric)
        change = percent_change(data.baseline_value, target)
        if change is None:
            return self.tr("The number to reach is %1.").replace("%1", text)
        signed = ("+" if change > 0 else "") + goal_text.decimal(self.env.fmt, change, 1)
        return self.tr("The number to reach is %1 (%2% from the baseline).").replace(
            "%1", text).replace("%2", signed)

    def value(self) -> SocialGoalInput:
        account = self.account.currentData() or None
        closed = self.closed_as.currentData()
        return SocialGoalInput(
            account_id=account, platform=Platform(self.platform.currentData()),
            metric=Metric(self.metric_box.currentData()),
            baseline_value=_read_number(self.baseline),
            baseline_date=to_date(self.baseline_date.date()),
            target_kind=TargetKind(self.target_kind.currentData()),
            target_value=_read_number(self.target), start=to_date(self.start.date()),
            deadline=to_date(self.deadline.date()),
            business_goal_id=self.business_goal.currentData() or None,
            why_realistic=self.why.text().strip(), title=self.title_edit.text().strip(),
            notes=self.notes.toPlainText(), closed_as=GoalStatus(closed) if closed else None,
        )

    def local_errors(self) -> list[FieldError]:
        """Text that is not a number: the rules would only see a missing value."""
        errors = []
        for name, edit in (("baseline_value", self.baseline), ("target_value", self.target)):
            try:
                goal_text.parse_number(edit.text())
            except ValueError:
                errors.append(FieldError(name, "not_a_number"))
        return errors

    @classmethod
    def run(cls, parent: QWidget | None, env: GoalFormEnv,
            initial: SocialGoalInput | None = None) -> tuple[SocialGoalInput | None, bool]:
        return cls(parent, env, initial).ask()
