"""The month's plan as a PDF for the client: the calendar grid on the first page, then every
post with its brief in a table that splits across pages with its header repeated. Branded
with the brand's name and colours only (white label); right to left for Arabic."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from smm_desktop.reports import fonts, rtl
from smm_desktop.reports.plan_data import PlanMonth, PlanPost, PlanTexts
from smm_desktop.reports.plan_grid import MonthGrid
from smm_desktop.reports.style import STATUS_COLOURS, Palette, page_size, palette

MARGIN = 30.0
HEADER = 34.0
FOOTER = 18.0
CELL_PAD = 4.0
FRAME_PAD = 6.0  # ReportLab's frames keep this much free on each side
# A longer caption (or hashtag list) is cut in the PDF, so that no row is taller than a page
# (the CSV keeps it whole). Rows are not split inside: ReportLab then repeats the header mid-page.
MAX_CAPTION, MAX_TAGS = 1000, 300
# The list's columns and their share of the width, in reading order.
COLUMNS = (("when", 0.09), ("accounts", 0.12), ("topic", 0.15), ("brief", 0.23),
           ("caption", 0.29), ("approval", 0.12))
BRIEF_LINES = ("goal", "content_type", "purpose", "persona", "pillar", "call_to_action",
               "occasion")
BODY = ParagraphStyle("planBody", fontName=fonts.LATIN, fontSize=7.5, leading=10)
HEAD = ParagraphStyle("planHead", parent=BODY, fontSize=8)
HEADING = ParagraphStyle("planHeading", parent=BODY, fontSize=13, leading=17, spaceAfter=6)


def render(plan: PlanMonth, texts: PlanTexts | None = None) -> bytes:
    """The PDF's bytes (nothing is written here: the caller writes the file whole)."""
    texts = texts or PlanTexts()
    fonts.register()
    colours = palette(plan.colours)
    buffer = io.BytesIO()
    title = f"{plan.brand_name} · {texts.title} · {plan.month_title(texts)}"
    doc = BaseDocTemplate(
        buffer, pagesize=page_size(plan.country), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + HEADER, bottomMargin=MARGIN + FOOTER, title=title,
        author=plan.brand_name, creator=plan.brand_name, producer=plan.brand_name,
        lang="ar" if plan.rtl else "en")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    decorate = _Decorations(plan, texts, colours)
    doc.addPageTemplates([PageTemplate("plan", [frame], onPage=decorate.header)])
    room = doc.width - 2 * FRAME_PAD
    doc.build(_story(plan, texts, colours, room), canvasmaker=decorate.canvas_maker())
    return buffer.getvalue()


def _story(plan: PlanMonth, texts: PlanTexts, colours: Palette, room: float) -> list[Flowable]:
    story: list[Flowable] = []
    if not plan.posts:
        story += [rtl.paragraph(texts.empty, HEADING, room, plan.rtl, bold=True), Spacer(1, 4)]
    story += [MonthGrid(plan, texts, colours), PageBreak()]
    story.append(rtl.paragraph(texts.posts_heading, HEADING, room, plan.rtl, bold=True))
    if not plan.posts:
        story.append(rtl.paragraph(texts.empty, BODY, room, plan.rtl))
        return story
    story.append(_list_table(plan, texts, colours, room))
    return story


def _list_table(plan: PlanMonth, texts: PlanTexts, colours: Palette, room: float) -> Table:
    """One row per post; columns mirrored right to left; rows may split across pages."""
    widths = [room * share for _key, share in COLUMNS]
    head_style = ParagraphStyle("planHeadColour", parent=HEAD, textColor=colours.on_primary)
    header = [rtl.paragraph(texts.headers[key], head_style, w - 2 * CELL_PAD, plan.rtl, True)
              for (key, _share), w in zip(COLUMNS, widths, strict=True)]
    rows = [header] + [_row(post, texts, widths, plan.rtl) for post in plan.posts]
    if plan.rtl:
        rows, widths = [row[::-1] for row in rows], widths[::-1]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colours.primary),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#c8c8c8")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f4")]),
        *[(edge, (0, 0), (-1, -1), CELL_PAD) for edge in
          ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")],
    ]))
    return table


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _cells(post: PlanPost, texts: PlanTexts) -> dict[str, list[tuple[str, ParagraphStyle]]]:
    """Each column's paragraphs (text, style) for one post."""
    head = texts.headers
    day = f"{texts.weekdays_short[post.when.weekday()]} {texts.number(post.when.day)}"
    status = ParagraphStyle(f"status-{post.status}", parent=BODY,
                            textColor=colors.HexColor(STATUS_COLOURS[post.status]))
    brief = [(f"{head[key]}: {getattr(post, key)}", BODY) for key in BRIEF_LINES
             if getattr(post, key)]
    approval = [(post.approval, BODY)] + ([(post.approval_note, BODY)] if post.approval_note
                                          else [])
    return {
        "when": [(day, BODY), (texts.time(post.when), BODY)],
        "accounts": [(account, BODY) for account in post.accounts],
        "topic": [(post.topic or texts.untitled, BODY), (post.status_text, status)],
        "brief": brief,
        "caption": [(_cut(post.caption, MAX_CAPTION), BODY),
                    (_cut(" ".join(post.hashtags), MAX_TAGS), BODY)],
        "approval": approval,
    }


def _row(post: PlanPost, texts: PlanTexts, widths: list[float], right_to_left: bool) -> list[Any]:
    cells = _cells(post, texts)
    return [[rtl.paragraph(text, style, w - 2 * CELL_PAD, right_to_left)
             for text, style in cells[key] if text]
            for (key, _share), w in zip(COLUMNS, widths, strict=True)]


class _Decorations:
    """The brand band at the top of every page and "Page n of N" at the bottom."""

    def __init__(self, plan: PlanMonth, texts: PlanTexts, colours: Palette) -> None:
        self.plan, self.texts, self.colours = plan, texts, colours

    def header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(self.colours.primary)
        canvas.rect(0, height - 8, width, 8, stroke=0, fill=1)
        right = self.plan.rtl
        start, end = (width - MARGIN, MARGIN) if right else (MARGIN, width - MARGIN)
        half = width / 2 - MARGIN
        canvas.setFillColor(colors.black)
        name = rtl.one_line(self.plan.brand_name, 14, half, right, bold=True)
        rtl.draw_line(canvas, name, start, height - MARGIN - 14, 14, right=right, bold=True)
        title = f"{self.texts.title} · {self.plan.month_title(self.texts)}"
        canvas.setFillColor(colors.HexColor("#444444"))
        line = rtl.one_line(title, 10, half, right)
        rtl.draw_line(canvas, line, end, height - MARGIN - 13, 10, right=not right)
        canvas.restoreState()

    def footer(self, canvas: Canvas, number: int, total: int) -> None:
        width = canvas._pagesize[0]
        text = self.texts.page.replace("%1", self.texts.number(number)).replace(
            "%2", self.texts.number(total))
        line = rtl.one_line(text, 8, width / 2, self.plan.rtl)
        canvas.setFillColor(colors.HexColor("#666666"))
        rtl.draw_line(canvas, line, (width + rtl.width(line, 8)) / 2, MARGIN - 4, 8, right=True)

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
