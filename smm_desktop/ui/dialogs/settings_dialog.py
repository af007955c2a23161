"""Language, region, digits, theme, workspace file, backup folder, and the to-do list's and
reminders' choices."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smm_desktop.paths import WORKSPACE_SUFFIX
from smm_desktop.settings import FOLLOW_UP_DAYS, MAX_REMINDER_MINUTES, Settings, clock_time
from smm_desktop.ui import labels
from smm_desktop.ui.dialogs.form import FormDialog


class SettingsDialog(FormDialog):
    """Edits a copy of the settings; the caller saves and applies them."""

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent, self.tr("Settings"), None)
        self._settings = settings
        self.language = self._combo([("", self.tr("Same as the system")),
                                     ("en", "English"), ("ar", "العربية")], settings.language)
        regions = [("", self.tr("Same as the language"))]
        regions += [(code, labels.region_name(code)) for code in labels.REGIONS]
        self.region = self._combo(regions, settings.region)
        self.digits = self._combo([("locale", self.tr("As the language writes them")),
                                   ("latin", self.tr("Latin (0123)")),
                                   ("arabic", self.tr("Arabic-Indic (٠١٢٣)"))], settings.digits)
        self.theme = self._combo([("system", self.tr("Same as the system")),
                                  ("light", self.tr("Light")), ("dark", self.tr("Dark"))],
                                 settings.theme)
        self.workspace = QLineEdit(settings.workspace)
        self.workspace.setPlaceholderText(self.tr("Your default workspace"))
        self.database_url = QLineEdit(settings.database_url)
        self.database_url.setPlaceholderText("postgresql://user@server/database")
        self.database_url.setToolTip(self.tr("A team database on a PostgreSQL server; when set, it is opened instead of the workspace file."))
        self.backup_dir = QLineEdit(settings.backup_dir)
        self.backup_dir.setPlaceholderText(self.tr("Beside the workspace"))
        self.add_row("language", self.tr("Language"), self.language)
        self.add_row("region", self.tr("Region"), self.region)
        self.add_row("digits", self.tr("Digits"), self.digits)
        self.add_row("theme", self.tr("Theme"), self.theme)
        self.add_row("workspace", self.tr("Workspace file"), self._browse(self.workspace, False))
        self.add_row("database_url", self.tr("Team database"), self.database_url)
        self.add_row("backup_dir", self.tr("Backup folder"), self._browse(self.backup_dir, True))
        self.add_row("retention", self.tr("Keep backups"), self._retention(settings))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self._today_group(settings))

    def _today_group(self, settings: Settings) -> QGroupBox:
        """Follow-ups ahead, the reminder before a post, the morning summary, the week's start."""
        group = QGroupBox(self.tr("To-do and reminders"))
        form = QFormLayout(group)
        self.follow_up_days = self._spin(settings.follow_up_days, FOLLOW_UP_DAYS[1])
        self.follow_up_days.setMinimum(FOLLOW_UP_DAYS[0])
        self.reminder_minutes = self._spin(settings.reminder_minutes, MAX_REMINDER_MINUTES)
        self.reminder_minutes.setSingleStep(5)
        self.reminder_minutes.setSpecialValueText(self.tr("No reminder"))
        self.morning_summary = QCheckBox(self.tr("Show a summary of the day from"))
        self.morning_summary.setChecked(settings.morning_summary)
        self.morning_time = QTimeEdit(QTime(*(clock_time(settings.morning_time) or (8, 30))))
        # Right to left, the edit would put the minutes first: set the direction, then the format.
        self.morning_time.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.morning_time.setDisplayFormat("HH:mm")
        self.morning_summary.toggled.connect(self.morning_time.setEnabled)
        self.morning_time.setEnabled(settings.morning_summary)
        self.week_start = self._week_combo(settings.week_start)
        form.addRow(self.tr("Follow-ups"), _with_unit(self.follow_up_days, self.tr("days ahead")))
        form.addRow(self.tr("Post reminder"),
                    _with_unit(self.reminder_minutes, self.tr("minutes before")))
        form.addRow(self.tr("Morning"), _with_unit(self.morning_summary, "", self.morning_time))
        form.addRow(self.tr("Week starts on"), self.week_start)
        group.setToolTip(self.tr("Reminders show in the system tray, or in the status bar where there is none, while SMM Desktop is open."))
        return group

    def _week_combo(self, current: int) -> QComboBox:
        locale = QLocale()
        days = [(day, locale.dayName(day + 1)) for day in range(7)]
        combo = QComboBox()
        combo.addItem(self.tr("As the system"), -1)
        for day, name in days:
            combo.addItem(name, day)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _retention(self, settings: Settings) -> QWidget:
        """One a day for N days, one a week for N weeks, one a month for N months."""
        self.keep_daily = self._spin(settings.keep_daily, 60)
        self.keep_weekly = self._spin(settings.keep_weekly, 52)
        self.keep_monthly = self._spin(settings.keep_monthly, 120)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for spin, text in ((self.keep_daily, self.tr("days")), (self.keep_weekly, self.tr("weeks")),
                           (self.keep_monthly, self.tr("months"))):
            row.addWidget(spin)
            row.addWidget(QLabel(text))
        row.addStretch()
        box.setToolTip(self.tr("Every backup of today and yesterday is kept; then one a day, one a week and one a month, as far back as these say."))
        return box

    @staticmethod
    def _spin(value: int, most: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, most)
        spin.setValue(value)
        return spin

    @staticmethod
    def _combo(items: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox()
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _browse(self, line: QLineEdit, folder: bool) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(lambda: self._pick(line, folder))
        row.addWidget(line)
        row.addWidget(button)
        return box

    def _pick(self, line: QLineEdit, folder: bool) -> None:
        if folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), line.text())
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Workspace file"), line.text(),
                self.tr("SMM Desktop workspaces (*%1)").replace("%1", WORKSPACE_SUFFIX),
                options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            line.setText(path)

    def value(self) -> Settings:
        return dataclasses.replace(
            self._settings, language=self.language.currentData(), region=self.region.currentData(),
            digits=self.digits.currentData(), theme=self.theme.currentData(),
            workspace=self.workspace.text().strip(), backup_dir=self.backup_dir.text().strip(),
            keep_daily=self.keep_daily.value(), keep_weekly=self.keep_weekly.value(),
            keep_monthly=self.keep_monthly.value(), database_url=self.database_url.text().strip(),
            follow_up_days=self.follow_up_days.value(),
            reminder_minutes=self.reminder_minutes.value(),
            morning_summary=self.morning_summary.isChecked(),
            morning_time=self.morning_time.time().toString("HH:mm"),
            week_start=int(self.week_start.currentData()))

    @classmethod
    def run(cls, parent: QWidget | None, settings: Settings) -> tuple[Settings, bool]:
        dialog = cls(parent, settings)
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        return (dialog.value() if accepted else settings), accepted


def _with_unit(field: QWidget, unit: str, *more: QWidget) -> QWidget:
    """A field and the word after it ("3 days ahead"), in reading order either way."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field)
    if unit:
        row.addWidget(QLabel(unit))
    for widget in more:
        row.addWidget(widget)
    row.addStretch()
    return box
