"""The competitor comparison's charts (followers, engagement rate, content mix), drawn the same
in the Competitors tab and in the monthly report.

Qt-free; matplotlib is imported inside the functions only (a heavy import, never at start-up).
Arabic goes to matplotlib as it is: matplotlib 3.11 shapes and orders it itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from smm_desktop import paths
from smm_desktop.domain.enums import ContentType
from smm_desktop.services.competitor_data import Comparison, ComparisonRow

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
              "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
FONT_FAMILIES = ["Noto Sans", "Noto Sans Arabic", "DejaVu Sans"]
OURS_COLOUR = "#2a6f97"
THEIR_COLOURS = ("#e07a5f", "#81b29a", "#f2cc8f", "#9c6ade", "#d1495b", "#8d99ae", "#6a994e")
MIX_COLOURS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
               "#ff9da7", "#9c755f")


def _plain_number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 10 else f"{value:,.1f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class ChartText:
    """The words and number formats of the charts (the caller translates; English by default)."""

    followers: str = "Followers"
    engagement: str = "Engagement rate per post (%)"
    content_mix: str = "Content mix (%)"
    # Ours are counted over posts; theirs over the checks (a format ticked when seen).
    mix_note: str = "Ours: share of posts. Theirs: share of checks a format was seen in."
    no_data: str = "Nothing recorded in this period"
    ours: str = "{name} (us)"
    content_names: Mapping[ContentType, str] = field(default_factory=dict)
    number: Callable[[float], str] = _plain_number
    day: Callable[[date], str] = lambda d: d.strftime("%d %b")
    foreground: str = "#222222"
    background: str = "#ffffff"
    grid: str = "#bbbbbb"


@cache
def _register_fonts() -> None:
    """The app's bundled fonts, Latin then Arabic, so both draw on any machine."""
    import matplotlib
    from matplotlib import font_manager

    for name in FONT_FILES:
        try:
            font_manager.fontManager.addfont(str(paths.resource("fonts", name)))
        except (OSError, RuntimeError, ValueError):
            log.warning("matplotlib could not load the bundled font %s", name)
    matplotlib.rcParams["font.family"] = FONT_FAMILIES


def _figure(text: ChartText, size: tuple[float, float] = (6, 3)) -> Figure:
    _register_fonts()
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100, layout="constrained")
    figure.set_facecolor(text.background)
    return figure


def _label(row: ComparisonRow, text: ChartText) -> str:
    return text.ours.replace("{name}", row.name) if row.is_ours else row.name


def _colours(comparison: Comparison) -> list[str]:
    """Ours in one colour; each competitor account its own."""
    colours, other = [], 0
    for row in comparison.rows:
        if row.is_ours:
            colours.append(OURS_COLOUR)
        else:
            colours.append(THEIR_COLOURS[other % len(THEIR_COLOURS)])
            other += 1
    return colours


def _style(ax: Axes, text: ChartText, title: str) -> None:
    ax.set_facecolor(text.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("bottom", "left"):
        ax.spines[side].set_color(text.grid)
    ax.tick_params(colors=text.foreground, labelsize=7)
    ax.grid(True, color=text.grid, linewidth=0.4, alpha=0.5)
    ax.set_title(title, color=text.foreground, fontsize=9)


def _empty(ax: Axes, text: ChartText) -> None:
    ax.text(0.5, 0.5, text.no_data, ha="center", va="center", transform=ax.transAxes,
            color=text.foreground, fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])


def _line_chart(comparison: Comparison, text: ChartText, title: str,
                series: Callable[[ComparisonRow], tuple[tuple[date, Any], ...]]) -> Figure:
    """One line per account over the period; ours thicker."""
    from matplotlib import dates as mdates
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    figure = _figure(text)
    ax = figure.add_subplot()
    _style(ax, text, title)
    drawn = 0
    for row, colour in zip(comparison.rows, _colours(comparison), strict=True):
        points = series(row)
        if not points:
            continue
        days, values = zip(*points, strict=True)
        ax.plot(mdates.date2num(days), values, marker="o", markersize=2, color=colour,
                linewidth=2.2 if row.is_ours else 1.3, label=_label(row, text))
        drawn += 1
    if not drawn:
        _empty(ax, text)
        return figure
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=2, maxticks=5))
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda x, _pos: text.day(mdates.num2date(x).date())))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: text.number(y)))
    _legend(figure, text)
    return figure


def _legend(figure: Figure, text: ChartText) -> None:
    legend = figure.legend(loc="outside lower center", ncols=3, fontsize=7, frameon=False)
    for item in legend.get_texts():
        item.set_color(text.foreground)


def followers_chart(comparison: Comparison, text: ChartText | None = None) -> Figure:
    """Followers over the period, one line per account (ours and theirs)."""
    text = text or ChartText()
    return _line_chart(comparison, text, text.followers, lambda r: r.followers_series)


def engagement_chart(comparison: Comparison, text: ChartText | None = None) -> Figure:
    """Engagement rate per post (percent of followers) over the period, one line per account."""
    text = text or ChartText()
    return _line_chart(comparison, text, text.engagement, lambda r: r.engagement_series)


def content_mix_chart(comparison: Comparison, text: ChartText | None = None) -> Figure:
    """Each account's mix of formats as one stacked horizontal bar: ours is the share of posts,
    a competitor's the share of checks that saw the format (the title says so)."""
    text = text or ChartText()
    rows = [r for r in comparison.rows if r.content_mix]
    figure = _figure(text)
    ax = figure.add_subplot()
    _style(ax, text, "\n".join(t for t in (text.content_mix, text.mix_note) if t))
    if not rows:
        _empty(ax, text)
        return figure
    labels = [_label(r, text) for r in rows]
    left = [0.0] * len(rows)
    for kind, colour in zip(ContentType, MIX_COLOURS, strict=False):
        shares = [_percent(r.content_mix, kind) for r in rows]
        if any(shares):
            ax.barh(labels, shares, left=left, color=colour,
                    label=text.content_names.get(kind, kind.value))
            left = [a + b for a, b in zip(left, shares, strict=True)]
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    _legend(figure, text)
    return figure


def _percent(mix: Mapping[ContentType, float], kind: ContentType) -> float:
    """The share of `kind` as a percent, whether the mix holds fractions (summing to 1) or
    percents."""
    scale = 100.0 if sum(mix.values()) <= 1.0001 else 1.0
    return float(mix.get(kind) or 0.0) * scale
