"""The report on screen as it will print: built on a pool thread (the service's Report, the
HTML and the charts drawn by matplotlib), then shown in a QTextBrowser. A newer request wins
over a late older one, so the window never freezes and never shows stale options."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget
from shiboken6 import isValid

from smm_desktop.reports import report_data as rd
from smm_desktop.ui import workers

if TYPE_CHECKING:
    from smm_desktop.reports.report_texts import ReportTexts

PREVIEW_DPI = 72  # charts on screen: sharp enough at 600 px wide, quick to draw


@dataclass(frozen=True)
class Preview:
    """What the preview shows: the report, its HTML and the PNG of each named chart."""

    report: rd.Report
    html: str
    images: dict[str, bytes] = field(default_factory=dict)


def _chart_png(name: str, report: rd.Report, texts: ReportTexts) -> bytes:
    from smm_desktop.reports import report_charts as charts

    colour = report.brand_colours[0] if report.brand_colours else "#2a6f97"
    words = texts.chart_text(colour)
    data = report.sections
    figures = {
        "followers": lambda: charts.followers_chart(data["growth"].accounts, words),  # type: ignore[union-attr]
        "engagement_rate": lambda: charts.engagement_rate_chart(data["growth"].accounts, words),  # type: ignore[union-attr]
        "content": lambda: charts.content_chart(data["content"].by_type,  # type: ignore[union-attr]
                                                data["content"].by_pillar, words),  # type: ignore[union-attr]
        "spend": lambda: charts.spend_chart(data["campaigns"].campaigns, words),  # type: ignore[union-attr]
    }
    return charts.png(figures[name](), dpi=PREVIEW_DPI)


def build_preview(build: Callable[[rd.ReportRequest], rd.Report], request: rd.ReportRequest,
                  texts: ReportTexts, extra: dict[str, str], charts: bool = True) -> Preview:
    """The whole preview, off the GUI thread: the Report, its charts, its HTML."""
    from smm_desktop.ui.tabs.reports.report_html import ReportHtml, chart_names

    report = build(request)
    names = chart_names(report) if charts else []
    images = {name: _chart_png(name, report, texts) for name in names}
    if report.logo_png:
        images["logo"] = report.logo_png
    return Preview(report, ReportHtml(report, texts, extra, images).html(), images)


def document(preview: Preview, parent: QWidget | None = None) -> QTextDocument:
    """The preview as a QTextDocument, right to left for an Arabic report."""
    doc = QTextDocument(parent)
    for name, png in preview.images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"),
                        QImage.fromData(png))
    if preview.report.request.language == "ar":
        option = QTextOption(Qt.AlignmentFlag.AlignLeading)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        doc.setDefaultTextOption(option)
    doc.setHtml(preview.html)
    return doc


class ReportPreview(QTextBrowser):
    """Shows the newest preview asked for; `shown(Preview)` once it is on screen."""

    shown = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setOpenLinks(False)
        self._serial = 0
        self.current: Preview | None = None
        self.busy = False

    def request(self, work: Callable[[], Preview]) -> int:
        """Build `work` in the background; only the newest request's result is shown."""
        self._serial += 1
        serial = self._serial
        self.busy = True
        workers.start(work, lambda result: self._done(serial, result),
                      lambda error: self._failed(serial, error))
        return serial

    def _done(self, serial: int, preview: Preview) -> None:
        if not isValid(self) or serial != self._serial:
            return
        self.busy = False
        self.current = preview
        rtl = preview.report.request.language == "ar"
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                else Qt.LayoutDirection.LeftToRight)
        self.setDocument(document(preview, self))  # the old one, our child, is deleted
        self.shown.emit(preview)

    def _failed(self, serial: int, error: Exception) -> None:
        if isValid(self) and serial == self._serial:
            self.busy = False
            self.failed.emit(error)
