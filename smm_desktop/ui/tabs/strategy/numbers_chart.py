"""An account's metric over time, drawn with matplotlib: imported only when the chart is first
shown (goal_chart registers the app's fonts, Latin and Arabic)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from matplotlib import dates as mdates
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from smm_desktop.ui.tabs.strategy import goal_chart  # noqa: F401  (registers the fonts)


@dataclass(frozen=True)
class SeriesSpec:
    """What to draw and how to write its days and numbers (the UI's locale and digits)."""

    points: Sequence[tuple[date, float]]
    label: str
    day: Callable[[date], str]
    number: Callable[[float], str]
    line: str = "#2f6fde"
    foreground: str = "#333333"
    background: str = "#ffffff"
    grid: str = "#bbbbbb"


def make_canvas() -> FigureCanvasQTAgg:
    canvas = FigureCanvasQTAgg(Figure(figsize=(4, 2.4), dpi=100, layout="constrained"))
    canvas.setObjectName("numbersChart")
    canvas.setMinimumSize(240, 160)
    return canvas


def draw(canvas: FigureCanvasQTAgg, spec: SeriesSpec) -> None:
    figure = canvas.figure
    figure.clear()
    figure.set_facecolor(spec.background)
    ax = figure.add_subplot()
    ax.set_facecolor(spec.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(colors=spec.foreground, labelsize=7)
    ax.grid(True, color=spec.grid, linewidth=0.4, alpha=0.5)
    if spec.points:
        days, values = zip(*spec.points, strict=True)
        ax.plot(mdates.date2num(days), values, marker="o", markersize=2, linewidth=1.5,
                color=spec.line)
    ax.set_title(spec.label, color=spec.foreground, fontsize=9)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=2, maxticks=5))
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda x, _pos: spec.day(mdates.num2date(x).date())))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: spec.number(y)))
    canvas.draw_idle()
