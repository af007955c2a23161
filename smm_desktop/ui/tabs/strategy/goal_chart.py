"""A goal's chart: its measured values against the straight pace from baseline to target.

Imports matplotlib, so it is imported only when a chart is first shown (never at start-up).
Arabic goes to matplotlib as it is: matplotlib shapes and orders it itself.
"""

from __future__ import annotations

import logging
from datetime import date

import matplotlib
from matplotlib import dates as mdates
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from smm_desktop import paths
from smm_desktop.ui.fonts import UI_FAMILIES, UI_FONTS
from smm_desktop.ui.tabs.strategy.goal_series import ChartSpec

log = logging.getLogger(__name__)


def _register_fonts() -> None:
    """The app's own fonts, Latin then Arabic, so both draw on any machine."""
    for name in UI_FONTS:
        try:
            font_manager.fontManager.addfont(str(paths.resource("fonts", name)))
        except (OSError, RuntimeError, ValueError):
            log.warning("matplotlib could not load the bundled font %s", name)
    matplotlib.rcParams["font.family"] = [*UI_FAMILIES, "DejaVu Sans"]
    matplotlib.rcParams["font.size"] = 8


_register_fonts()


def make_canvas() -> FigureCanvasQTAgg:
    figure = Figure(figsize=(4, 2), dpi=100, layout="constrained")
    canvas = FigureCanvasQTAgg(figure)
    canvas.setObjectName("goalChart")
    canvas.setMinimumSize(200, 120)
    return canvas


def draw(canvas: FigureCanvasQTAgg, spec: ChartSpec) -> None:
    figure = canvas.figure
    figure.clear()
    figure.set_facecolor(spec.colours.background)
    ax = figure.add_subplot()
    _style(ax, spec)
    _lines(ax, spec)
    _axes(ax, spec)
    legend = figure.legend(loc="outside upper center", ncols=3, fontsize=7, frameon=False)
    for text in legend.get_texts():
        text.set_color(spec.colours.foreground)
    canvas.draw_idle()


def _lines(ax: Axes, spec: ChartSpec) -> None:
    """The measured values, the straight pace from baseline to target, and today."""
    colours, text = spec.colours, spec.text
    if spec.points:
        days, values = zip(*spec.points, strict=True)
        ax.plot(mdates.date2num(days), values, marker="o", markersize=2.5, linewidth=1.6,
                color=colours.actual, label=text.actual)
    if spec.plan is not None:
        plan = spec.plan
        ax.plot(mdates.date2num([plan.start, plan.deadline]), [plan.baseline, plan.target],
                linestyle="--", linewidth=1.2, color=colours.pace, label=text.pace)
    ax.axvline(float(mdates.date2num(spec.today)), color=colours.grid, linewidth=1,
               linestyle=":", label=text.today)


def _style(ax: Axes, spec: ChartSpec) -> None:
    ax.set_facecolor(spec.colours.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("bottom", "left"):
        ax.spines[side].set_color(spec.colours.grid)
    ax.tick_params(colors=spec.colours.foreground, labelsize=7)
    ax.grid(True, color=spec.colours.grid, linewidth=0.4, alpha=0.5)


def _axes(ax: Axes, spec: ChartSpec) -> None:
    fg = spec.colours.foreground
    ax.set_xlabel(spec.text.x_label, color=fg)
    ax.set_ylabel(spec.text.y_label, color=fg)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=2, maxticks=4))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: spec.text.day(_day(x))))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: spec.text.number(y)))


def _day(value: float) -> date:
    return mdates.num2date(value).date()
