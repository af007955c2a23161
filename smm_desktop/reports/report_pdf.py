"""A client report as a PDF: a cover in the brand's colours with its logo and name (white label),
a table of contents for monthly and quarterly reports, then each chosen section with its tables
and charts; "Page X of Y" on every page; A4 or Letter; Arabic right to left throughout.

The contents' page numbers come from a first layout pass: the contents always fit on the
cover page, so the second pass lays out every page the same and only the numbers change.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4, letter  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from smm_desktop.reports import fonts, report_charts
from smm_desktop.reports.report_data import Report, ReportKind
from smm_desktop.reports.report_page import COVER_BAND, FOOTER, HEADER, MARGIN, Decorations
from smm_desktop.reports.report_sections import Builder
from smm_desktop.reports.report_tables import CELL_PAD, H1, Column, Layout, gap, table
from smm_desktop.reports.report_texts import ReportTexts
from smm_desktop.reports.style import LETTER_COUNTRIES, palette

__all__ = ["ReportTexts", "page_size", "render"]
log = logging.getLogger(__name__)
FRAME_PAD = 6.0  # ReportLab's frames keep this much free on each side
TOC_KINDS = (ReportKind.MONTHLY, ReportKind.QUARTERLY)
# Room a section's title needs below it (its title, a subtitle, a table's header and two rows);
# less left on the page starts the section on the next one. Titles are not "kept with next":
# that would carry a whole long table (or chart) over, leaving half a page empty.
HEADING_ROOM = 110.0


def render(report: Report, texts: ReportTexts | None = None, charts: bool = True) -> bytes:
    """The PDF's bytes (nothing is written here: the caller writes the file whole)."""
    texts = texts or ReportTexts()
    fonts.register()
    colours = palette(report.brand_colours)
    right_to_left = report.request.language == "ar"
    pages: dict[str, int] = {}
    buffer = io.BytesIO()
    doc = _document(buffer, report, texts)
    room = doc.width - 2 * FRAME_PAD
    layout = Layout(right_to_left, colours, room)
    decorations = Decorations(report, texts, colours, right_to_left)
    _templates(doc, decorations)
    sketch = [False]  # True while the first pass only measures: pictures are not drawn
    span = (report.request.start, report.request.end)
    chart_maker = _ChartMaker(texts, layout, sketch, span) if charts else _no_charts
    body = _body(report, texts, layout, chart_maker, pages)
    with_contents = report.request.kind in TOC_KINDS and bool(report.sections)
    if with_contents:  # first pass: where each section starts (pictures not drawn)
        sketch[0] = True
        _build(doc, _contents(report, texts, layout, pages) + body, decorations)
        sketch[0] = False
        buffer.seek(0)
        buffer.truncate()
    front = _contents(report, texts, layout, pages) if with_contents else []
    _build(doc, front + body, decorations)
    return buffer.getvalue()


def page_size(report: Report) -> tuple[float, float]:
    """Portrait A4 or Letter: the template's paper, else by the brand's country."""
    paper = (report.paper or "auto").lower()
    if paper == "letter" or (paper == "auto" and report.country.upper() in LETTER_COUNTRIES):
        return letter
    return A4


def _document(buffer: io.BytesIO, report: Report, texts: ReportTexts) -> BaseDocTemplate:
    title = (f"{report.brand_name} · {texts.kind_title(report.request.kind)} · "
             f"{texts.period_title(report.period)}")
    return BaseDocTemplate(
        buffer, pagesize=page_size(report), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + HEADER, bottomMargin=MARGIN + FOOTER, title=title,
        author=report.brand_name, creator=report.brand_name, producer=report.brand_name,
        lang=report.request.language, initialFontName=fonts.LATIN, initialFontSize=9)


def _templates(doc: BaseDocTemplate, decorations: Decorations) -> None:
    """The cover (its band drawn on the canvas, the contents below it) and the other pages."""
    height = doc.pagesize[1] - COVER_BAND - MARGIN - doc.bottomMargin
    cover = Frame(doc.leftMargin, doc.bottomMargin, doc.width, height, id="cover")
    body = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate("cover", [cover], onPage=decorations.cover),
                          PageTemplate("body", [body], onPage=decorations.header)])


def _build(doc: BaseDocTemplate, story: list[Flowable], decorations: Decorations) -> None:
    """Lay the story out once. ReportLab marks flowables as it goes (`_postponed`, and
    `keepWithNext` cleared once grouped): the marks are undone afterwards, as its own
    multiBuild does, so that a second pass lays out the same pages."""
    edits: list[tuple[Any, ...]] = []
    doc._multiBuildEdits = edits.append
    try:
        doc.build(list(story), canvasmaker=decorations.canvas_maker())
    finally:
        del doc._multiBuildEdits
        for edit in reversed(edits):
            edit[0](*edit[1:])


def _contents(report: Report, texts: ReportTexts, layout: Layout,
              pages: dict[str, int]) -> list[Flowable]:
    """The table of contents: each section's title and the page it starts on."""
    rows = [[texts.sections.get(key, key), texts.number(pages.get(key, 0))]
            for key in report.sections]
    columns = [Column(texts.labels.get("section", "Section"), 5),
               Column(texts.labels.get("page", "Page"), 1, True)]
    return [layout.heading(texts.contents, 1),
            table(layout, columns, rows, width=layout.room * 0.7)]


def _body(report: Report, texts: ReportTexts, layout: Layout,
          charts: Callable[[str, Any], list[Flowable]],
          pages: dict[str, int]) -> list[Flowable]:
    """Each section on its own page after the cover, its title marked for the contents."""
    builder = Builder(texts, layout, charts, report.request.kind)
    story: list[Flowable] = [NextPageTemplate("body"), gap(1), PageBreak()]
    for key, data in report.sections.items():
        story.append(CondPageBreak(HEADING_ROOM))  # a title never ends a page alone
        story.append(_Heading(layout.para(texts.sections.get(key, key), H1, bold=True),
                              key, pages))
        story += builder.build(key, data)
        story.append(gap(14))
    return story


class _Heading(Flowable):
    """A section's title: notes the page it lands on (for the contents) and adds a PDF
    bookmark; kept with what follows it."""

    def __init__(self, paragraph: Flowable, key: str, pages: dict[str, int]) -> None:
        super().__init__()
        self.paragraph, self.key, self.pages = paragraph, key, pages

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.paragraph.wrap(available_width, available_height)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.paragraph.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.paragraph.getSpaceAfter())

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()
        self.canv.bookmarkPage(f"section-{self.key}")
        self.canv.addOutlineEntry(self.paragraph.getPlainText() or self.key,
                                  f"section-{self.key}", level=0)
        self.paragraph.drawOn(self.canv, 0, 0)


class _Picture(Flowable):
    """A chart's PNG at a fixed size; drawn only in the final pass (the first one only
    measures), from an opaque RGB copy (an alpha channel makes ReportLab build a mask)."""

    def __init__(self, png: bytes, width: float, height: float, sketch: list[bool]) -> None:
        super().__init__()
        self.png, self.width, self.height, self.sketch = png, width, height, sketch

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        if self.sketch[0]:
            return
        from PIL import Image

        with Image.open(io.BytesIO(self.png)) as picture:
            opaque = picture.convert("RGB")
        self.canv.drawImage(ImageReader(opaque), 0, 0, self.width, self.height)


def _no_charts(_key: str, _data: Any) -> list[Flowable]:
    return []


class _ChartMaker:
    """Draws a section's chart as a PNG_DPI PNG the width of the text; a chart that fails is
    left out (logged) rather than failing the report."""

    def __init__(self, texts: ReportTexts, layout: Layout, sketch: list[bool],
                 span: tuple[Any, Any] | None = None) -> None:
        colour = layout.colours.primary.hexval().replace("0x", "#")
        self.text = texts.chart_text(colour)
        self.texts, self.layout, self.sketch, self.span = texts, layout, sketch, span

    def __call__(self, key: str, data: Any) -> list[Flowable]:
        if not _worth_drawing(key, data):
            return []
        try:
            figure = self._figure(key, data)
            picture = report_charts.png(figure)
        except Exception:  # a chart is an extra: the numbers are in the tables
            log.exception("the %s chart could not be drawn", key)
            return []
        width = self.layout.room - 2 * CELL_PAD
        inches = figure.get_size_inches()
        return [gap(4), _Picture(picture, width, width * inches[1] / inches[0], self.sketch), gap(4)]

    def _figure(self, key: str, data: Any) -> Any:
        t, span = self.text, self.span
        if key == "followers":
            return report_charts.followers_chart(data, t, span)
        if key == "reach":
            return report_charts.reach_chart(data, t, span)
        if key == "engagement_rate":
            return report_charts.engagement_rate_chart(data, t, span)
        if key == "content":
            return report_charts.content_chart(data.by_type, data.by_pillar, t)
        if key == "spend":
            return report_charts.spend_chart(data, t)
        return report_charts.competitors_chart(data, t, self.texts.labels.get("ours", "{name}"),
                                               span)


_SERIES = {"followers": "series", "reach": "reach_series",
           "engagement_rate": "engagement_rate_series"}


def _worth_drawing(key: str, data: Any) -> bool:
    """A trend chart needs two days with numbers in some line (one dot is no trend)."""
    if key in _SERIES:
        return report_charts.has_trend([getattr(a, _SERIES[key]) for a in data])
    if key == "competitors":
        return report_charts.has_trend([r.followers_series for r in data.rows])
    return True
