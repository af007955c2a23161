"""Puts a comparison chart (the report's own, from reports/competitor_charts.py) on screen.

Imports matplotlib, so it is imported only when a chart is first shown (never at start-up).
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtWidgets import QWidget

from smm_desktop.reports import competitor_charts
from smm_desktop.reports.competitor_charts import ChartText
from smm_desktop.services.competitor_data import Comparison

_DRAW = {"followers": competitor_charts.followers_chart,
         "engagement": competitor_charts.engagement_chart,
         "mix": competitor_charts.content_mix_chart}


def show_chart(holder: QWidget, name: str, comparison: Comparison, text: ChartText) -> None:
    """Replace what `holder` shows with the chart `name` of `comparison`."""
    layout = holder.layout()
    assert layout is not None
    while (item := layout.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widget.deleteLater()
    canvas = FigureCanvasQTAgg(_DRAW[name](comparison, text))
    canvas.setObjectName(f"competitorChart_{name}")
    canvas.setMinimumSize(200, 140)
    layout.addWidget(canvas)
    canvas.draw_idle()
