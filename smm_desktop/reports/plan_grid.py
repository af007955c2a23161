"""The month as a calendar grid drawn on one page: each day's occasions and posts (time,
platforms, status colour, topic), "+N more" when a day is full; mirrored right to left."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from smm_desktop.domain.month_grid import DAYS, month_days
from smm_desktop.reports import rtl
from smm_desktop.reports.plan_data import PlanMonth, PlanOccasion, PlanPost, PlanTexts
from smm_desktop.reports.style import STATUS_COLOURS, Palette

HEAD = 16.0      # the weekday names' row
DAY_SIZE = 8.5   # the day number
SMALL = 6.5      # occasions and posts
LINE = 8.0       # one small line
PAD = 3.0


class MonthGrid(Flowable):
    """Fills the frame it is given: 7 columns, as many week rows as the month needs."""

    def __init__(self, plan: PlanMonth, texts: PlanTexts, palette: Palette) -> None:
        super().__init__()
        self.plan, self.texts, self.palette = plan, texts, palette
        days = month_days(plan.year, plan.month, plan.first_weekday)
        weeks = [days[n:n + DAYS] for n in range(0, len(days), DAYS)]
        self.weeks = [w for w in weeks if any(d.month == plan.month for d in w)]
        self.posts: dict[date, list[PlanPost]] = defaultdict(list)
        for post in plan.posts:
            self.posts[post.when.date()].append(post)
        self.occasions: dict[date, list[PlanOccasion]] = defaultdict(list)
        for occasion in plan.occasions:
            self.occasions[occasion.day].append(occasion)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, availHeight
        return availWidth, availHeight

    def _x(self, column: int) -> float:
        """Left edge of a column; column 0 is the first day of the week, on the reading side."""
        place = DAYS - 1 - column if self.plan.rtl else column
        return place * self.width / DAYS

    def draw(self) -> None:
        cell_w = self.width / DAYS
        cell_h = (self.height - HEAD) / len(self.weeks)
        self._draw_head(cell_w)
        for row, week in enumerate(self.weeks):
            top = self.height - HEAD - row * cell_h
            for column, day in enumerate(week):
                self._draw_day(day, self._x(column), top, cell_w, cell_h)

    def _draw_head(self, cell_w: float) -> None:
        c = self.canv
        c.setFillColor(self.palette.primary)
        c.rect(0, self.height - HEAD, self.width, HEAD, stroke=0, fill=1)
        c.setFillColor(self.palette.on_primary)
        for column in range(DAYS):
            weekday = (self.plan.first_weekday + column) % DAYS
            line = rtl.one_line(self.texts.weekdays[weekday], 8, cell_w - 2 * PAD, self.plan.rtl,
                                bold=True)
            middle = self._x(column) + (cell_w + rtl.width(line, 8, True)) / 2
            rtl.draw_line(self.canv, line, middle, self.height - HEAD + 5, 8, right=True, bold=True)

    def _draw_day(self, day: date, x: float, top: float, w: float, h: float) -> None:
        c = self.canv
        outside = day.month != self.plan.month
        weekend = day.weekday() in self.plan.weekend
        fill = colors.HexColor("#f1f1f1") if outside else (
            colors.HexColor("#f8f8f6") if weekend else colors.white)
        c.setFillColor(fill)
        c.setStrokeColor(colors.HexColor("#c8c8c8"))
        c.setLineWidth(0.5)
        c.rect(x, top - h, w, h, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#9a9a9a") if outside else colors.black)
        number = self.texts.number(day.day)
        edge = x + w - PAD if self.plan.rtl else x + PAD
        rtl.draw_line(c, number, edge, top - PAD - DAY_SIZE, DAY_SIZE, self.plan.rtl, bold=True)
        if not outside:
            self._draw_contents(day, x, top - PAD - DAY_SIZE - 2, w, top - h)

    def _draw_contents(self, day: date, x: float, y: float, w: float, bottom: float) -> None:
        """Occasions first, then the posts, two lines each, while they fit."""
        room = w - 2 * PAD - 3
        for occasion in self.occasions.get(day, [])[:2]:
            y -= LINE
            name = occasion.name + (f" {self.texts.expected}" if occasion.expected else "")
            self.canv.setFillColor(self.palette.accent)
            self._small(rtl.one_line(name, SMALL, room, self.plan.rtl), x, y, w)
        posts = self.posts.get(day, [])
        for shown, post in enumerate(posts):
            left = len(posts) - shown
            if y - 2 * LINE - (LINE if left > 1 else 0) < bottom + PAD:
                self.canv.setFillColor(colors.HexColor("#555555"))
                more = self.texts.more.replace("%1", self.texts.number(left))
                self._small(rtl.one_line(more, SMALL, room, self.plan.rtl), x, y - LINE, w)
                return
            self._draw_post(post, x, y, w, room)
            y -= 2 * LINE + 1

    def _draw_post(self, post: PlanPost, x: float, y: float, w: float, room: float) -> None:
        c = self.canv
        bar = x + w - PAD - 2 if self.plan.rtl else x + PAD
        c.setFillColor(colors.HexColor(STATUS_COLOURS[post.status]))
        c.rect(bar, y - 2 * LINE + 1.5, 2, 2 * LINE - 1, stroke=0, fill=1)
        c.setFillColor(colors.black)
        first = " · ".join([self.texts.time(post.when), self.texts.list_separator.join(post.platforms)])
        self._small(rtl.one_line(first, SMALL, room, self.plan.rtl, bold=True), x, y - LINE, w,
                    bold=True)
        topic = post.topic or self.texts.untitled
        self._small(rtl.one_line(topic, SMALL, room, self.plan.rtl), x, y - 2 * LINE, w)

    def _small(self, line: str, x: float, y: float, w: float, bold: bool = False) -> None:
        edge = x + w - PAD - 4 if self.plan.rtl else x + PAD + 4
        rtl.draw_line(self.canv, line, edge, y, SMALL, self.plan.rtl, bold)
