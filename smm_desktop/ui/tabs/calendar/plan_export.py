"""The calendar's "Export…" menu: the month shown as a PDF (calendar and list), a CSV or an
iCalendar file, in the person's language, written off the GUI thread, whole or not at all."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QToolButton, QWidget

from smm_desktop.domain.digits import with_digits
from smm_desktop.reports.plan_data import PlanTexts
from smm_desktop.services.plan_export import ExportKind, MonthRequest, Namer
from smm_desktop.ui import goal_text, labels, occasion_labels, post_labels, workers
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.tr import QT_TRANSLATE_NOOP

_C = "PlanExport"
_HEADERS = {
    "when": QT_TRANSLATE_NOOP("PlanExport", "Date and time"),
    "brief": QT_TRANSLATE_NOOP("PlanExport", "Brief"),
    "date": QT_TRANSLATE_NOOP("PlanExport", "Date"),
    "time": QT_TRANSLATE_NOOP("PlanExport", "Time"),
    "accounts": QT_TRANSLATE_NOOP("PlanExport", "Accounts"),
    "status": QT_TRANSLATE_NOOP("PlanExport", "Status"),
    "topic": QT_TRANSLATE_NOOP("PlanExport", "Topic"),
    "goal": QT_TRANSLATE_NOOP("PlanExport", "Goal"),
    "content_type": QT_TRANSLATE_NOOP("PlanExport", "Content type"),
    "purpose": QT_TRANSLATE_NOOP("PlanExport", "Purpose"),
    "persona": QT_TRANSLATE_NOOP("PlanExport", "Persona"),
    "pillar": QT_TRANSLATE_NOOP("PlanExport", "Pillar"),
    "call_to_action": QT_TRANSLATE_NOOP("PlanExport", "Call to action"),
    "caption": QT_TRANSLATE_NOOP("PlanExport", "Caption"),
    "hashtags": QT_TRANSLATE_NOOP("PlanExport", "Hashtags"),
    "approval": QT_TRANSLATE_NOOP("PlanExport", "Approval"),
    "occasion": QT_TRANSLATE_NOOP("PlanExport", "Occasion"),
    "notes_for_design": QT_TRANSLATE_NOOP("PlanExport", "Notes for design"),
}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def _digit_style(chosen: str) -> str:
    if chosen != "locale":
        return chosen
    return "latin" if QLocale().zeroDigit() == "0" else "arabic"


def plan_texts(year: int, month: int, digits: str) -> PlanTexts:
    """The documents' words in the person's language, dates as their locale writes them."""
    locale, style = QLocale(), _digit_style(digits)
    long_day, short_day = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    return PlanTexts(
        title=QCoreApplication.translate("PlanExport", "Content plan"),
        month_title=with_digits(locale.toString(QDate(year, month, 1), "MMMM yyyy"), style),
        weekdays=tuple(locale.dayName(day, long_day) for day in range(1, 8)),
        weekdays_short=tuple(locale.dayName(day, short_day) for day in range(1, 8)),
        headers={key: _tr(text) for key, text in _HEADERS.items()},
        page=QCoreApplication.translate("PlanExport", "Page %1 of %2"), empty=QCoreApplication.translate("PlanExport", "No posts are planned for this month."),
        expected=QCoreApplication.translate("PlanExport", "(expected)"), more=QCoreApplication.translate("PlanExport", "+%1 more"),
        posts_heading=QCoreApplication.translate("PlanExport", "Posts and their briefs"),
        list_separator=QCoreApplication.translate("PlanExport", ", "),
        untitled=QCoreApplication.translate("PlanExport", "(no topic)"), digits=style)


def translated_namer() -> Namer:
    """Statuses, types, platforms, goals and occasions as the app shows them."""
    return Namer(status=post_labels.status_name, content_type=post_labels.content_type_name,
                 purpose=post_labels.purpose_name, approval=post_labels.approval_name,
                 platform=labels.platform_name, goal=goal_text.goal_name,
                 occasion=occasion_labels.occasion_name)


class PlanExporter(QObject):
    """Owns the Export… button; `month` gives (year, month) of the month shown."""

    def __init__(self, ctx: UiContext, owner: Any) -> None:
        super().__init__(owner)
        self.ctx, self.owner = ctx, owner
        self.button = QToolButton()
        self.button.setObjectName("exportPlanButton")
        self.button.setText(self.tr("Export…"))
        self.button.setToolTip(self.tr("Send the month's plan: PDF for the client, CSV or calendar file"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        for kind, text in ((ExportKind.PDF, self.tr("PDF: calendar and list…")),
                           (ExportKind.CSV, self.tr("CSV spreadsheet…")),
                           (ExportKind.ICS, self.tr("iCalendar file (.ics)…"))):
            action = menu.addAction(text)
            action.setData(kind.value)
            action.triggered.connect(lambda _=False, k=kind: self.export(k))
        self.button.setMenu(menu)
        self.running = False

    def _filters(self, kind: ExportKind) -> str:
        return {ExportKind.PDF: self.tr("PDF files (*.pdf)"),
                ExportKind.CSV: self.tr("CSV files (*.csv)"),
                ExportKind.ICS: self.tr("iCalendar files (*.ics)")}[kind]

    def _suggested(self, kind: ExportKind) -> str:
        brand = self.ctx.services.brands.get(self.ctx.scope.brand_id).name
        name = _UNSAFE.sub(" ", brand).strip() or "plan"
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"{name} {self.owner.year}-{self.owner.month:02d}.{kind.value}")

    def ask_path(self, kind: ExportKind) -> Path | None:
        """The file to write, with the right suffix; None when the person cancels."""
        chosen, _ = QFileDialog.getSaveFileName(self.owner, self.tr("Export the month's plan"),
                                                self._suggested(kind), self._filters(kind))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{kind.value}" else path.with_name(
            f"{path.name}.{kind.value}")

    def export(self, kind: ExportKind) -> None:
        """Ask for a file, then gather and write it in the background."""
        brand_id = self.ctx.scope.brand_id
        if not brand_id or self.running:
            return
        path = self.ask_path(kind)
        if path is None:
            return
        request = self._request(brand_id)
        texts = plan_texts(request.year, request.month, self.ctx.fmt.digits)
        services, namer = self.ctx.services, translated_namer()
        from smm_desktop.services.plan_export import export_month

        self.running = True
        workers.start(lambda: export_month(services, request, kind, path, namer, texts),
                      self._done, self._failed)

    def _request(self, brand_id: int) -> MonthRequest:
        from smm_desktop.ui.week_start import locale_week

        first, weekend = locale_week(self.ctx.settings)
        rtl = self.owner.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return MonthRequest(brand_id, self.owner.year, self.owner.month, rtl, first, weekend)

    def _status(self, text: str) -> None:
        window = self.owner.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def _done(self, path: Path) -> None:
        self.running = False
        self._status(self.tr("The plan was exported to %1.").replace("%1", ltr(str(path))))

    def _failed(self, error: Exception) -> None:
        self.running = False
        parent = self.owner if isinstance(self.owner, QWidget) else None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export failed"),
                          self.tr("The plan could not be exported."), parent=parent)
        box.setInformativeText(self.tr(
            "Nothing was written: a file already there is unchanged. Check that the folder "
            "exists and that you may write in it, then try again."))
        box.setDetailedText(labels.error_message(error) if not isinstance(error, OSError)
                            else str(error))
        box.exec()
