"""The report's charts build from fixed data: a line per account, bars per type and pillar,
spend against budget, a note when nothing was recorded, and user text made safe."""

from __future__ import annotations

from smm_desktop.reports import report_charts as rc
from smm_desktop.reports import report_data as rd

from .report_samples import EN, START, account, comparison, sections


def _legend(figure: object) -> list[str]:
    return [t.get_text() for t in figure.legends[0].get_texts()]  # type: ignore[attr-defined]


def test_followers_reach_and_rate_have_a_line_per_account() -> None:
    accounts = [account(0, "Instagram @bloom"), account(1, "مقهى النخيل")]
    followers = rc.followers_chart(accounts)
    lines = followers.axes[0].get_lines()
    assert followers.axes[0].get_title() == "Followers"
    assert [line.get_ydata()[0] for line in lines] == [10_000, 11_000]  # type: ignore[index]
    assert _legend(followers) == ["Instagram \u200e@bloom", "مقهى النخيل"]
    assert rc.reach_chart(accounts).axes[0].get_title() == "Reach"
    rate = rc.engagement_rate_chart(accounts, rc.ReportChartText(engagement_rate="Taux"))
    assert rate.axes[0].get_title() == "Taux"


def test_days_without_a_value_are_skipped_and_nothing_recorded_says_so() -> None:
    chart = rc.trend_chart([("a", [(START, None), (START, 5.0)])], "T")
    assert list(chart.axes[0].get_lines()[0].get_ydata()) == [5.0]  # type: ignore[arg-type]
    empty = rc.trend_chart([("a", [(START, None)])], "T")
    assert [t.get_text() for t in empty.axes[0].texts] == ["Nothing recorded in this period"]


def test_content_bars_by_type_and_pillar() -> None:
    content = sections(EN)["content"]
    assert isinstance(content, rd.ContentSection)
    text = rc.ReportChartText(names={"short_video": "Short video"})
    figure = rc.content_chart(content.by_type, content.by_pillar, text)
    by_type, by_pillar = figure.axes
    assert [t.get_text() for t in by_type.get_yticklabels()] == ["Short video", "image"]
    assert sorted(p.get_width() for p in by_type.patches) == [8, 9]  # type: ignore[attr-defined]
    assert [p.get_width() for p in by_pillar.patches] == [12]  # type: ignore[attr-defined]


def test_spend_against_budget() -> None:
    campaigns = sections(EN)["campaigns"]
    assert isinstance(campaigns, rd.CampaignSection)
    figure = rc.spend_chart(campaigns.campaigns)
    widths = sorted(p.get_width() for p in figure.axes[0].patches)  # type: ignore[attr-defined]
    assert widths == [0, 500, 1250, 2000]
    assert _legend(figure) == ["Budget", "Spend"]
    assert rc.spend_chart([]).axes[0].texts


def test_competitors_ours_first_and_thicker() -> None:
    figure = rc.competitors_chart(comparison("Bloom", "Petal"))
    lines = figure.axes[0].get_lines()
    assert _legend(figure) == ["Bloom (us)", "Petal"]
    assert lines[0].get_linewidth() > lines[1].get_linewidth()


def test_user_text_is_made_safe_and_the_png_is_drawn() -> None:
    assert rc.label("a$b$ 😀 " + "x" * 100).startswith("a\\$b\\$ x")
    assert len(rc.label("x" * 100)) == 40
    assert rc.label("😀") == "—"
    figure = rc.followers_chart([account(0, "$\\frac{1}{0}$ 😀 \u202e" + "W" * 20_000)])
    assert rc.png(figure, dpi=50).startswith(b"\x89PNG")


def test_one_snapshot_is_no_trend_and_the_axis_spans_the_period() -> None:
    from datetime import date, timedelta

    from matplotlib import dates as mdates

    single = [rd.SeriesPoint(START, 10.0)]
    assert not rc.has_trend([single, ()])
    assert rc.has_trend([single, [rd.SeriesPoint(START, 1.0), rd.SeriesPoint(START, 2.0)]])
    week = (date(2026, 11, 16), date(2026, 11, 22))
    points = [rd.SeriesPoint(week[0] + timedelta(days=i), v) for i, v in enumerate((0, 1, 2, 1))]
    figure = rc.trend_chart([("posts", points)], "T", span=week, counts=True)
    ax = figure.axes[0]
    assert ax.get_xlim() == (mdates.date2num(week[0]), mdates.date2num(week[1]))
    figure.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks and len(set(ticks)) == len(ticks)  # never "1 Jan" repeated
    values = [v for v in ax.get_yticks() if ax.get_ylim()[0] <= v <= ax.get_ylim()[1]]
    assert values and all(float(v).is_integer() for v in values)  # no "0.8 posts"


def test_account_names_in_legends_are_the_texts_words() -> None:
    accounts = [account(0, "facebook @bloom")]
    text = rc.ReportChartText(account=lambda a: "Facebook @bloom")
    assert _legend(rc.followers_chart(accounts, text)) == ["Facebook \u200e@bloom"]
