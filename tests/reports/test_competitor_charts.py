"""The comparison charts the tab and the report share: Figures from fixed data, ours drawn
apart, Arabic names passed as they are, and a note when nothing was recorded."""

from __future__ import annotations

from datetime import date

from smm_desktop.domain.enums import ContentType, Platform
from smm_desktop.reports.competitor_charts import (
    ChartText,
    content_mix_chart,
    engagement_chart,
    followers_chart,
)
from smm_desktop.services.competitor_data import Comparison, ComparisonRow

D1, D2 = date(2026, 11, 1), date(2026, 11, 22)
COMPARISON = Comparison(1, Platform.INSTAGRAM, D1, D2, (
    ComparisonRow(1, "Bloom", "bloom", True, followers=900,
                  content_mix={ContentType.VIDEO: 60.0, ContentType.IMAGE: 40.0},
                  followers_series=((D1, 850), (D2, 900)),
                  engagement_series=((D1, 2.5), (D2, 3.0))),
    ComparisonRow(7, "مقهى النخيل", "nakheel", False, 3, followers=1200,
                  content_mix={ContentType.VIDEO: 1.0},
                  followers_series=((D1, 1100), (D2, 1200))),
))


def _legend(figure: object) -> list[str]:
    return [t.get_text() for t in figure.legends[0].get_texts()]  # type: ignore[attr-defined]


def test_the_followers_chart_has_a_line_per_account_ours_thicker() -> None:
    figure = followers_chart(COMPARISON)
    ax = figure.axes[0]
    assert ax.get_title() == "Followers"
    lines = ax.get_lines()
    assert [list(line.get_ydata()) for line in lines] == [[850, 900], [1100, 1200]]  # type: ignore[arg-type]
    assert lines[0].get_linewidth() > lines[1].get_linewidth()
    assert _legend(figure) == ["Bloom (us)", "مقهى النخيل"]


def test_the_engagement_chart_leaves_out_accounts_without_a_rate() -> None:
    text = ChartText(engagement="Taux", ours="{name} (nous)")
    figure = engagement_chart(COMPARISON, text)
    assert figure.axes[0].get_title() == "Taux"
    assert _legend(figure) == ["Bloom (nous)"]


def test_the_content_mix_is_in_percent_whether_shares_or_percents() -> None:
    figure = content_mix_chart(COMPARISON, ChartText(content_names={ContentType.VIDEO: "Video"}))
    ax = figure.axes[0]
    widths = sorted(round(p.get_width()) for p in ax.patches if p.get_width())  # type: ignore[attr-defined]
    assert widths == [40, 60, 100]
    assert "Video" in _legend(figure) and "image" in _legend(figure)


def test_an_empty_comparison_says_nothing_was_recorded() -> None:
    empty = Comparison(1, Platform.X, D1, D2, ())
    for chart in (followers_chart, engagement_chart, content_mix_chart):
        figure = chart(empty, ChartText(no_data="Rien"))
        assert [t.get_text() for t in figure.axes[0].texts] == ["Rien"]
