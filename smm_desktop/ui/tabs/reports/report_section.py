"""Reports ▸ Report: the options on one side, the report as it will print on the other (rebuilt
in the background as the options change), the period's notes below it, and Save PDF…, Copy
and Send by email. The section and account choice is saved per brand and kind as the template."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QMimeData, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from smm_desktop.reports import report_data as rd
from smm_desktop.ui import labels, report_send, workers
from smm_desktop.ui.bidi import ltr
from smm_desktop.ui.context import UiContext
from smm_desktop.ui.hub import DataHub
from smm_desktop.ui.tabs.reports import report_texts
from smm_desktop.ui.tabs.reports.report_notes import NotesEditor
from smm_desktop.ui.tabs.reports.report_options import ReportOptions, recent_periods
from smm_desktop.ui.tabs.reports.report_preview import Preview, ReportPreview, build_preview
from smm_desktop.ui.undo import CallCommand
from smm_desktop.ui.widgets.lazy_section import LazySection

_AREAS = (DataHub.BRANDS, DataHub.ACCOUNTS, DataHub.GOALS, DataHub.SNAPSHOTS, DataHub.POSTS,
          DataHub.METRICS, DataHub.CAMPAIGNS, DataHub.COMPETITORS, DataHub.ENGAGEMENT,
          DataHub.REVIEWS, DataHub.OCCASIONS, DataHub.REPORTS)
DELAY_MS = 150  # options typed in quick succession make one rebuild


class ReportSection(LazySection):
    """Cheap to build: reads when first shown."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportSection")
        self.ctx = ctx
        self.language = _app_language()
        self.texts = report_texts.report_texts(self.language)
        self.options = ReportOptions(self.texts.sections)
        self.options.language.setCurrentIndex(max(self.options.language.findData(self.language), 0))
        self.options.kind.setCurrentIndex(1)
        self.preview = ReportPreview()
        self.notes = NotesEditor()
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self._template_version = 0
        self._buttons()
        self._layout()
        self._connect()

    def _buttons(self) -> None:
        self.save_pdf = QPushButton(self.tr("&Save PDF…"))
        self.save_pdf.setObjectName("reportSavePdf")
        self.copy = QPushButton(self.tr("&Copy"))
        self.copy.setObjectName("reportCopy")
        self.copy.setToolTip(self.tr("Copy the PDF (as a file) and the report's text"))
        self.send = QToolButton()
        self.send.setObjectName("reportSend")
        self.send.setText(self.tr("Send by &email…"))
        self.send.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.send)
        menu.addAction(self.tr("Open the draft in the mail app"), lambda: self.email(False))
        if report_send.xdg_email():
            menu.addAction(self.tr("Write with xdg-email"), lambda: self.email(True))
        menu.addSeparator()
        self.email_text = menu.addAction(self.tr("Email subject and text…"), self.edit_email)
        self.send.setMenu(menu)
        self.send.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.save_pdf, self.copy, self.send):
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview)
        right.addWidget(self.notes)
        right.setStretchFactor(0, 4)
        right.setStretchFactor(1, 1)
        right.setSizes([520, 150])
        column = QWidget()
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(buttons)
        box.addWidget(right, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.options)
        split.addWidget(column)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 1100])
        split.setCollapsible(1, False)
        QVBoxLayout(self).addWidget(split)

    def _connect(self) -> None:
        self.options.changed.connect(self.timer.start)
        self.options.template_edited.connect(self.save_template)
        self.options.kind_changed.connect(self.reload)
        self.preview.shown.connect(self._shown)
        self.preview.failed.connect(self._failed)
        self.notes.save.clicked.connect(self.save_notes)
        self.save_pdf.clicked.connect(self.ask_save_pdf)
        self.copy.clicked.connect(self.copy_report)
        self.send.clicked.connect(lambda: self.email(False))
        self.ctx.hub.changed.connect(lambda area: self.mark_dirty() if area in _AREAS else None)
        self.ctx.scope.changed.connect(lambda _b: self.mark_dirty())

    # ---- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """The brand's accounts and template for the kind, the periods, then the preview."""
        self._dirty = False
        brand = self.ctx.scope.brand_id
        kind = self.options.current_kind()
        self.setEnabled(bool(brand))
        if not brand:
            return
        accounts = [(a.id, f"{labels.platform_name(a.platform)} {a.handle}")
                    for a in self.ctx.services.accounts.list_accounts(brand, False)]
        stored = self.ctx.services.reports.template(brand, kind)
        self._template_version = stored.version
        self.options.set_template(accounts, stored.account_ids, stored.sections, stored.paper)
        self._fill_periods(kind)
        self.refresh()

    def _fill_periods(self, kind: rd.ReportKind) -> None:
        from smm_desktop.ui.week_start import locale_week

        week_start, _ = locale_week(self.ctx.settings)
        today = date.today()
        chosen = self.options.span()
        if kind is rd.ReportKind.RANGE:
            rows = [(*rd.last_complete(kind, today), "")]
        else:
            rows = [(s, e, self.texts.period_title(rd.period_label(kind, s, e)))
                    for s, e in recent_periods(kind, today, week_start)]
        spans = [(s, e) for s, e, _n in rows]
        last = rd.last_complete(kind, today, week_start)
        index = spans.index(chosen) if chosen in spans else spans.index(last) if last in spans else 0
        self.options.set_periods(rows, index)

    def request(self) -> rd.ReportRequest | None:
        span = self.options.span()
        brand = self.ctx.scope.brand_id
        if not brand or span is None or not self.options.chosen_sections():
            return None
        return rd.ReportRequest(brand, self.options.current_kind(), span[0], span[1],
                                self.options.chosen_sections(), self.options.chosen_accounts(),
                                self.options.chosen_language())

    def refresh(self) -> None:
        """Rebuild the preview for the options shown (in the background)."""
        request = self.request()
        if request is None:
            self.status.setText(self.tr("Choose at least one section and a valid period."))
            return
        language = request.language
        texts = report_texts.report_texts(language, self._digits(language))
        extra = {key: report_texts.extra(language, key) for key in report_texts.EXTRA}
        build = self.ctx.services.reports.build
        self.status.setText(self.tr("Preparing the report…"))
        self.preview.request(lambda: build_preview(build, request, texts, extra))

    def _digits(self, language: str) -> str:
        return "arabic" if language == "ar" and self.ctx.fmt.digits == "arabic" else "latin"

    def _shown(self, preview: Preview) -> None:
        self.status.clear()
        notes = preview.report.sections.get("notes")
        self.notes.show_notes(preview.report.request.kind,
                              notes if isinstance(notes, rd.NotesSection) else None)
        self.notes.setEnabled("notes" in preview.report.sections)

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.tr("The report could not be prepared: %1").replace(
            "%1", labels.error_message(error)))

    # ---- saving ---------------------------------------------------------------------------

    def save_template(self) -> None:
        """The sections, accounts and paper as the brand's template for the kind (undoable)."""
        brand, kind = self.ctx.scope.brand_id, self.options.current_kind()
        if not brand or not self.options.chosen_sections():
            return
        service = self.ctx.services.reports
        before = service.template(brand, kind)
        after = (self.options.chosen_sections(), self.options.chosen_accounts(),
                 self.options.chosen_paper())

        def write(values: tuple[tuple[str, ...], tuple[int, ...], str]) -> object:
            now = service.template(brand, kind)
            return service.save_template(brand, kind, *values, now.app_branding, now.report_day,
                                         now.version)

        self.ctx.undo.push(CallCommand(self.tr("Change the report's sections"), self.ctx.hub,
                                       DataHub.REPORTS, lambda: write(after),
                                       lambda: write(before[:3])))

    def save_notes(self) -> None:
        """The notes as the period's review (undoable: undo writes the notes seen before)."""
        request = self.request()
        if request is None or request.kind is rd.ReportKind.RANGE:
            return
        service, (start, end) = self.ctx.services.reports, (request.start, request.end)
        after, before = self.notes.values(), self.notes.shown_values

        def write(values: tuple[str, str, str]) -> int:
            return service.save_notes(request.brand_id, request.kind, start, end, *values)

        self.ctx.undo.push(CallCommand(self.tr("Save the report's notes"), self.ctx.hub,
                                       DataHub.REVIEWS, lambda: write(after),
                                       lambda: write(before)))
        self.notes.mark_saved()

    # ---- output ---------------------------------------------------------------------------

    def _pdf_work(self, then: object) -> None:
        """Render the shown report's PDF in the background, then call `then(bytes)`."""
        preview = self.preview.current
        if preview is None:
            return
        from smm_desktop.reports.report_pdf import render

        language = preview.report.request.language
        texts = report_texts.report_texts(language, self._digits(language))
        report = preview.report
        self.status.setText(self.tr("Writing the PDF…"))
        workers.start(lambda: render(report, texts),
                      lambda data: then(data) if isValid(self) else None,  # type: ignore[operator]
                      lambda error: self._failed(error) if isValid(self) else None)

    def file_name(self) -> str:
        preview = self.preview.current
        if preview is None:
            return "report.pdf"
        r = preview.report
        return report_send_name(r.brand_name, r.period.text)

    def ask_save_pdf(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as PDF"),
                                                str(Path(folder) / self.file_name()),
                                                self.tr("PDF files (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(f"{chosen}.pdf")
        self._pdf_work(lambda data: self._write(path, data))

    def _write(self, path: Path, data: bytes) -> None:
        from smm_desktop.domain.csv_safety import write_atomically

        try:
            write_atomically(path, data)
        except OSError as error:
            self.status.setText(str(error))
            return
        self._say(self.tr("The report was saved to %1.").replace("%1", ltr(str(path))))

    def drafts(self) -> Path:
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
        return Path(base or Path.home()) / "report drafts"

    def copy_report(self) -> None:
        self._pdf_work(self._copied)

    def _copied(self, data: bytes) -> None:
        from smm_desktop.reports.email import write_files

        pdf, _eml = write_files(data, self.file_name(), self.drafts(), [], "", "")
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(pdf))])
        mime.setText(self.preview.toPlainText())
        QApplication.clipboard().setMimeData(mime)
        self._say(self.tr("The report was copied."))

    def email(self, with_xdg: bool) -> None:
        self._pdf_work(lambda data: self._emailed(data, with_xdg))

    def _emailed(self, data: bytes, with_xdg: bool) -> None:
        from smm_desktop.reports.email import write_files

        preview = self.preview.current
        assert preview is not None
        r = preview.report
        to = list(self.ctx.services.brands.get(r.request.brand_id).report_recipients)
        subject, body = self._email_texts(r)
        pdf, eml = write_files(data, self.file_name(), self.drafts(), to, subject, body)
        self.last_draft = eml
        how = (report_send.compose_with_xdg(pdf, eml, to, subject, body) if with_xdg
               else report_send.open_draft(eml))
        if how == report_send.FOLDER:
            self._say(self.tr("No mail app answered; the draft is in %1.").replace(
                "%1", ltr(str(eml.parent))))
        else:
            self._say(self.tr("The email draft was opened."))

    def edit_email(self) -> None:
        """The draft's subject and body per language; one undoable change."""
        from smm_desktop.ui.dialogs.email_template_dialog import EmailTemplateDialog
        from smm_desktop.ui.undo import CallCommand

        (changed, before), accepted = EmailTemplateDialog.run(self, self.ctx, _app_language())
        if not accepted or not changed:
            return
        reports = self.ctx.services.reports

        def put(texts: dict[str, rd.EmailTexts]) -> None:
            for code, value in texts.items():
                reports.save_email_template(code, value.subject, value.body)

        self.ctx.undo.push(CallCommand(self.tr("Edit the report email"), self.ctx.hub,
                                       DataHub.REPORTS, lambda: put(changed),
                                       lambda: put(before)))

    def _email_texts(self, report: rd.Report) -> tuple[str, str]:
        language = report.request.language
        texts = report_texts.report_texts(language, self._digits(language))
        subject, body = self.ctx.services.reports.email_template(language)
        values = {"{brand}": report.brand_name, "{period}": texts.period_title(report.period),
                  "{kind}": texts.kind_title(report.request.kind)}
        for key, value in values.items():
            subject, body = subject.replace(key, value), body.replace(key, value)
        return subject, body

    def _say(self, text: str) -> None:
        self.status.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)


def _app_language() -> str:
    """The app's language: the report's language unless the person picks the other one."""
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


def report_send_name(brand: str, period: str) -> str:
    """The PDF's file name: the brand and the period ("Bloom & Co 2026-10.pdf")."""
    from smm_desktop.reports.email import safe_name

    return safe_name(f"{brand} {period.replace('..', ' to ')}.pdf")

