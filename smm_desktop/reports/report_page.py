"""What the report draws around its text: the cover (the brand's colour, logo, name, the kind
and period), the brand band at the top of every other page, and "Page X of Y" at the bottom.
White label: the app's name appears only when the template asks for it (app_branding)."""

from __future__ import annotations

import io
import logging
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import BaseDocTemplate  # type: ignore[import-untyped]

from smm_desktop.reports import rtl
from smm_desktop.reports.report_data import Report
from smm_desktop.reports.report_tables import printable
from smm_desktop.reports.report_texts import ReportTexts
from smm_desktop.reports.style import Palette

log = logging.getLogger(__name__)
MARGIN = 36.0
HEADER = 30.0
FOOTER = 18.0
COVER_BAND = 230.0  # the coloured top of the cover
LOGO = 96.0  # the logo's box on the cover, in points
GREY = colors.HexColor("#555555")


class Decorations:
    """Draws the cover, the page header and the footers for one report."""

    def __init__(self, report: Report, texts: ReportTexts, colours: Palette, rtl_doc: bool) -> None:
        self.report, self.texts, self.colours, self.rtl = report, texts, colours, rtl_doc
        self.name = printable(report.brand_name)
        self.kind = texts.kind_title(report.request.kind)
        self.period = texts.period_title(report.period)

    def _line(self, canvas: Canvas, text: str, size: float, y: float, room: float,
              bold: bool = False, at_end: bool = False) -> None:
        """One line at the reading start of the page (or its end), cut to `room`."""
        width = canvas._pagesize[0]
        right = self.rtl != at_end
        # rtl.one_line shortens a character at a time: cut first past what could ever fit
        text = text[:int(room / (size * 0.2)) + 1]
        line = rtl.one_line(text, size, room, self.rtl, bold)
        rtl.draw_line(canvas, line, width - MARGIN if right else MARGIN, y, size, right=right,
                      bold=bold)

    def cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(self.colours.primary)
        canvas.rect(0, height - COVER_BAND, width, COVER_BAND, stroke=0, fill=1)
        canvas.setFillColor(self.colours.accent)
        canvas.rect(0, height - COVER_BAND - 5, width, 5, stroke=0, fill=1)
        logo = self._logo(canvas, width, height)
        room = width - 2 * MARGIN - (LOGO + 16 if logo else 0)
        canvas.setFillColor(self.colours.on_primary)
        top = height - MARGIN - 120
        self._line(canvas, self.name, 26, top, room, bold=True)
        self._line(canvas, self.kind, 16, top - 32, room)
        self._line(canvas, self.period, 14, top - 56, room)
        prepared = self.texts.prepared.replace("%1", self.texts.day(self.report.generated_at))
        canvas.setFillColor(GREY)
        self._line(canvas, prepared, 9, height - COVER_BAND - 24, width - 2 * MARGIN)
        canvas.restoreState()

    def _logo(self, canvas: Canvas, width: float, height: float) -> bool:
        """The brand's logo in a white box at the cover's far corner; False when none (or it
        cannot be read)."""
        if not self.report.logo_png:
            return False
        try:
            image = ImageReader(io.BytesIO(self.report.logo_png))
            x = width - MARGIN - LOGO if not self.rtl else MARGIN
            y = height - MARGIN - LOGO
            canvas.setFillColor(colors.white)
            canvas.roundRect(x - 6, y - 6, LOGO + 12, LOGO + 12, 6, stroke=0, fill=1)
            canvas.drawImage(image, x, y, LOGO, LOGO, preserveAspectRatio=True, anchor="c",
                             mask="auto")
        except Exception:  # a broken logo must not cost the client their report
            log.warning("the brand's logo could not be drawn", exc_info=True)
            return False
        return True

    def header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(self.colours.primary)
        canvas.rect(0, height - 8, width, 8, stroke=0, fill=1)
        half = width / 2 - MARGIN - 6
        canvas.setFillColor(colors.black)
        self._line(canvas, self.name, 12, height - MARGIN - 10, half, bold=True)
        canvas.setFillColor(GREY)
        self._line(canvas, f"{self.kind} · {self.period}", 9, height - MARGIN - 9, half,
                   at_end=True)
        canvas.setStrokeColor(colors.HexColor("#dddddd"))
        canvas.line(MARGIN, height - MARGIN - 18, width - MARGIN, height - MARGIN - 18)
        canvas.restoreState()

    def footer(self, canvas: Canvas, number: int, total: int) -> None:
        width = canvas._pagesize[0]
        text = self.texts.page.replace("%1", self.texts.number(number)).replace(
            "%2", self.texts.number(total))
        canvas.setFillColor(GREY)
        line = rtl.one_line(text, 8, width / 2, self.rtl)
        rtl.draw_line(canvas, line, (width + rtl.width(line, 8)) / 2, MARGIN - 12, 8, right=True)
        if self.report.app_branding:
            self._line(canvas, self.texts.app_branding, 7, MARGIN - 12, width / 4, at_end=True)

    def canvas_maker(self) -> type[Canvas]:
        """A canvas that holds its pages until the end, so each footer can say the total."""
        decorations = self

        class NumberedCanvas(Canvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._held: list[dict[str, Any]] = []

            def showPage(self) -> None:
                self._held.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._held)
                for number, state in enumerate(self._held, start=1):
                    self.__dict__.update(state)
                    decorations.footer(self, number, total)
                    super().showPage()
                super().save()

        return NumberedCanvas
