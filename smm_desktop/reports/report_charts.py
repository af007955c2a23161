"""The report's charts (followers per account, reach and engagement-rate trends, content by
type and pillar, campaign spend against budget), drawn the same on screen and in the PDF.

Qt-free; matplotlib is imported inside the functions only (a heavy import, never at start-up).
Arabic goes to matplotlib as it is: matplotlib 3.11 shapes and orders it itself.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from smm_desktop.reports.competitor_charts import MIX_COLOURS, THEIR_COLOURS, _register_fonts

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Points of a series: (day, value), value None when nothing was recorded that day.
Series = Sequence[tuple[date, float | int | None]]
PNG_DPI = 160  # ~150 ppi at its printed width: sharp on paper, and 7 charts stay well under 1 s
SIZE = (6.6, 2.7)  # inches: the text column of A4/Letter landscape, about a third of its height
LINE_COLOURS = ("#2a6f97", *THEIR_COLOURS)
_LATIN_TAG = re.compile(r"(?<!\w)([@#])(?=[A-Za-z0-9_])")  # @handle: the sign stays on its word


def _plain_number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 10 else f"{value:,.1f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class ReportChartText:
    """The words and number formats of the charts (the caller translates; English by default)."""

    followers: str = "Followers"
    reach: str = "Reach"
    engagement_rate: str = "Engagement rate (%)"
    by_type: str = "Posts by content type"
    by_pillar: str = "Posts by pillar"
    spend: str = "Spend against budget"
    spent: str = "Spend"
    budget: str = "Budget"
    no_data: str = "Nothing recorded in this period"
    names: Mapping[str, str] = field(default_factory=dict)  # content type keys -> words
    number: Callable[[float], str] = _plain_number
    day: Callable[[date], str] = lambda d: d.strftime("%d %b")
    foreground: str = "#222222"
    background: str = "#ffffff"
    grid: str = "#bbbbbb"
    colour: str = "#2a6f97"  # the brand's colour for bars
    account: Callable[[Any], str] = lambda a: str(a.label)  # an AccountGrowth's name


def label(text: str, limit: int = 40) -> str:
    """User text made safe for a chart: cut short, "$" not taken for mathtext, and characters
    the fonts lack (emoji) left out, so that a name never fails or swells a chart."""
    kept = "".join(c for c in text if ord(c) < 0x1F000
                   and unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    kept = " ".join(kept.split())
    kept = kept if len(kept) <= limit else kept[:limit - 1] + "…"
    return _LATIN_TAG.sub("\u200e\\1", kept.replace("$", r"\$")) or "—"


def _figure(text: ReportChartText, size: tuple[float, float] = SIZE) -> Figure:
    _register_fonts()
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100, layout="constrained")
    figure.set_facecolor(text.background)
    return figure


def _style(ax: Axes, text: ReportChartText, title: str) -> None:
    ax.set_facecolor(text.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("bottom", "left"):
        ax.spines[side].set_color(text.grid)
    ax.tick_params(colors=text.foreground, labelsize=7)
    ax.grid(True, color=text.grid, linewidth=0.4, alpha=0.5)
    ax.set_title(title, color=text.foreground, fontsize=9)


def _empty(ax: Axes, text: ReportChartText) -> None:
    ax.text(0.5, 0.5, text.no_data, ha="center", va="center", transform=ax.transAxes,
            color=text.foreground, fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])


def _legend(figure: Figure, text: ReportChartText) -> None:
    legend = figure.legend(loc="outside lower center", ncols=3, fontsize=7, frameon=False)
    for item in legend.get_texts():
        item.set_color(text.foreground)


def _number_axis(text: ReportChartText, axis: Any, counts: bool = False) -> None:
    """Up to five ticks; whole numbers only for counts (never "0.8 posts")."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(nbins=5, integer=counts, min_n_ticks=1 if counts else 2))
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: text.number(v)))


def has_trend(series: Sequence[Series]) -> bool:
    """True when some series has two days with a value: one point is no trend, and a chart
    of single dots says nothing the table does not."""
    return any(sum(1 for _day, value in s if value is not None) >= 2 for s in series)


def trend_chart(lines: Sequence[tuple[str, Series]], title: str,
                text: ReportChartText | None = None, thick_first: bool = False,
                span: tuple[date, date] | None = None, counts: bool = False) -> Figure:
    """One line per labelled series over the period (days without a value are skipped);
    `span`: the report's period, the x axis's limits."""
    from matplotlib import dates as mdates

    text = text or ReportChartText()
    figure = _figure(text)
    ax = figure.add_subplot()
    _style(ax, text, title)
    drawn = 0
    for index, (name, series) in enumerate(lines):
        points = [(day, value) for day, value in series if value is not None]
        if not points:
            continue
        days, values = zip(*points, strict=True)
        ax.plot(mdates.date2num(days), values, marker="o", markersize=2,
                linewidth=2.2 if index == 0 and thick_first else 1.4,
                color=LINE_COLOURS[index % len(LINE_COLOURS)], label=label(name))
        drawn += 1
    if not drawn:
        _empty(ax, text)
        return figure
    _date_axis(ax, text, span)
    _number_axis(text, ax.yaxis, counts)
    _legend(figure, text)
    return figure


def _date_axis(ax: Axes, text: ReportChartText, span: tuple[date, date] | None) -> None:
    """Whole-day ticks inside the period, about five of them (never "1 Jan" repeated)."""
    from datetime import datetime, time

    from matplotlib import dates as mdates
    from matplotlib.ticker import FuncFormatter

    if span is not None:
        ax.set_xlim(mdates.date2num(span[0]), mdates.date2num(span[1]))
    low, high = ax.get_xlim()
    first = mdates.num2date(math.ceil(low)).date()
    every = max(1, math.ceil((high - low) / 5))
    rule = mdates.rrulewrapper(mdates.DAILY, interval=every,
                               dtstart=datetime.combine(first, time()))
    ax.xaxis.set_major_locator(mdates.RRuleLocator(rule))
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda x, _pos: text.day(mdates.num2date(x).date())))


def followers_chart(accounts: Sequence[Any], text: ReportChartText | None = None,
                    span: tuple[date, date] | None = None) -> Figure:
    """Followers over the period, one line per account (AccountGrowth.series)."""
    text = text or ReportChartText()
    return trend_chart([(text.account(a), a.series) for a in accounts], text.followers, text,
                       span=span, counts=True)


def reach_chart(accounts: Sequence[Any], text: ReportChartText | None = None,
                span: tuple[date, date] | None = None) -> Figure:
    """Reach over the period, one line per account (AccountGrowth.reach_series)."""
    text = text or ReportChartText()
    return trend_chart([(text.account(a), a.reach_series) for a in accounts], text.reach, text,
                       span=span, counts=True)


def engagement_rate_chart(accounts: Sequence[Any], text: ReportChartText | None = None,
                          span: tuple[date, date] | None = None) -> Figure:
    """Engagement rate (percent) over the period, one line per account."""
    text = text or ReportChartText()
    return trend_chart([(text.account(a), a.engagement_rate_series) for a in accounts],
                       text.engagement_rate, text, span=span)


def _bars(ax: Axes, rows: Sequence[tuple[str, float]], text: ReportChartText,
          title: str, colour: str) -> None:
    """Horizontal bars, the first row on top."""
    _style(ax, text, title)
    if not rows:
        _empty(ax, text)
        return
    labels = [label(text.names.get(name, name), 24) for name, _value in rows]
    ax.barh(range(len(rows)), [value for _name, value in rows], color=colour)
    ax.set_yticks(range(len(rows)), labels)
    ax.invert_yaxis()
    _number_axis(text, ax.xaxis, counts=True)


def content_chart(by_type: Sequence[tuple[Any, ...]], by_pillar: Sequence[tuple[Any, ...]],
                  text: ReportChartText | None = None) -> Figure:
    """Posts published by content type and by pillar, side by side. Rows are (key or name,
    posts, mean engagement rate) as in ContentSection."""
    text = text or ReportChartText()
    figure = _figure(text)
    left, right = figure.subplots(1, 2)
    _bars(left, [(str(r[0]), float(r[1])) for r in by_type], text, text.by_type, text.colour)
    _bars(right, [(str(r[0]), float(r[1])) for r in by_pillar], text, text.by_pillar,
          MIX_COLOURS[1])
    return figure


def spend_chart(campaigns: Sequence[Any], text: ReportChartText | None = None) -> Figure:
    """Each campaign's spend next to its budget (CampaignLine: name, spend, budget)."""
    text = text or ReportChartText()
    figure = _figure(text)
    ax = figure.add_subplot()
    _style(ax, text, text.spend)
    rows = [c for c in campaigns if c.spend is not None or c.budget is not None]
    if not rows:
        _empty(ax, text)
        return figure
    places = range(len(rows))
    ax.barh([p - 0.2 for p in places], [c.budget or 0 for c in rows], height=0.38,
            color="#c8c8c8", label=text.budget)
    ax.barh([p + 0.2 for p in places], [c.spend or 0 for c in rows], height=0.38,
            color=text.colour, label=text.spent)
    ax.set_yticks(list(places), [label(c.name, 24) for c in rows])
    ax.invert_yaxis()
    _number_axis(text, ax.xaxis)
    _legend(figure, text)
    return figure


def competitors_chart(comparison: Any, text: ReportChartText | None = None,
                      ours: str = "{name} (us)", span: tuple[date, date] | None = None) -> Figure:
    """Followers over the period of our accounts (first, thicker) and the competitors' on one
    platform (services.competitor_data.Comparison)."""
    text = text or ReportChartText()
    rows = sorted(comparison.rows, key=lambda r: not r.is_ours)
    lines = [(ours.replace("{name}", r.name) if r.is_ours else r.name, r.followers_series)
             for r in rows]
    return trend_chart(lines, text.followers, text, thick_first=bool(rows and rows[0].is_ours),
                       span=span, counts=True)


def png(figure: Figure, dpi: int = PNG_DPI) -> bytes:
    """The figure as PNG bytes at `dpi` (PNG_DPI for print: sharp at its printed size)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor=figure.get_facecolor())
    return buffer.getvalue()
