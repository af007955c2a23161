"""The on-screen report as HTML for a QTextDocument: the cover block, then each section's
tables in the report's order, charts as named images. The words and number formats are the
PDF's own (ReportTexts), so the screen shows what will print. Pure text building (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING

from smm_desktop.reports import report_data as rd

if TYPE_CHECKING:
    from smm_desktop.reports.report_texts import ReportTexts


def text(value: object) -> str:
    """The manager's text, escaped: markup they typed prints literally."""
    return escape(str(value or "")).replace("\n", "<br>")


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A bordered table; header words are escaped here, cells are already HTML."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<table class="grid" width="100%" cellspacing="0" cellpadding="4" border="1">'
            f"<tr>{head}</tr>{body}</table>")


def image(name: str) -> str:
    # Narrower than the view at 1366 pixels, so no line of the report is scrolled out of sight.
    return f'<p align="center"><img src="chart:{name}" width="460"></p>'


def chart_names(report: rd.Report) -> list[str]:
    """The charts the report shows (sections with data only)."""
    present = {k for k, v in report.sections.items()
               if v is not None and not isinstance(v, rd.Missing)}
    wanted = {"growth": ("followers", "engagement_rate"), "content": ("content",),
              "campaigns": ("spend",)}
    return [name for key, names in wanted.items() if key in present for name in names
            if key != "growth" or _has_trend(report.sections[key], name)]


def _has_trend(growth: object, name: str) -> bool:
    """A trend chart is drawn only when some account has two days with numbers."""
    from smm_desktop.reports.report_charts import has_trend

    field = "series" if name == "followers" else "engagement_rate_series"
    return has_trend([getattr(a, field) for a in getattr(growth, "accounts", ())])


class ReportHtml:
    """One report's HTML; `extra` holds the cover's own words ("accounts", "against")."""

    def __init__(self, report: rd.Report, texts: ReportTexts, extra: dict[str, str],
                 charts: Iterable[str] = ()) -> None:
        self.r, self.t, self.extra, self.charts = report, texts, extra, set(charts)
        self.h = texts.headers

    def html(self) -> str:
        colour = escape(self.r.brand_colours[0] if self.r.brand_colours else "#2a6f97")
        style = (f"h1, h2 {{ color: {colour}; }} th {{ background: #eeeeee; }} "
                 "table.grid { font-size: small; } "
                 "table.grid { border-collapse: collapse; border-color: #bbbbbb; } "
                 ".missing { color: #666666; font-style: italic; }")
        body = self.cover() + "".join(self.section(key) for key in self.r.sections)
        direction = "rtl" if self.r.request.language == "ar" else "ltr"
        return (f"<html><head><style>{style}</style></head>"
                f'<body dir="{direction}">{body}</body></html>')

    def cover(self) -> str:
        r, t = self.r, self.t
        lines = [t.period_title(r.period), t.days(r.period.start, r.period.end),
                 self.extra["against"].replace("%1", t.days(*r.previous_period)),
                 t.prepared.replace("%1", t.day(r.generated_at))]
        if r.account_labels:
            names = [t.account(label) for label in r.account_labels]
            lines.append(self.extra["accounts"].replace("%1", t.listed(names)))
        logo = '<p><img src="chart:logo" height="64"></p>' if "logo" in self.charts else ""
        return (f"{logo}<h1>{text(r.brand_name)}</h1>"
                f"<h2>{escape(t.kind_title(r.request.kind))}</h2>"
                + "".join(f"<p>{text(line)}</p>" for line in lines) + "<hr>")

    def section(self, key: str) -> str:
        data = self.r.sections.get(key)
        if data is None:
            return ""
        title = f"<h2>{escape(self.t.sections.get(key, key))}</h2>"
        if isinstance(data, rd.Missing):
            reason = self.t.missing.get(data.reason, data.reason)
            return f'{title}<p class="missing">{escape(reason)}</p>'
        return title + getattr(self, f"_{key}")(data)

    def _sub(self, label: str) -> str:
        return f"<h3>{escape(self.t.labels.get(label, label))}</h3>"

    def _value(self, value: float | None, metric: str | None) -> str:
        return self.t.rate(value) if str(metric or "").endswith("rate") else self.t.number(value)

    def _change(self, value: float | None, metric: str | None) -> str:
        is_rate = str(metric or "").endswith("rate")
        return self.t.signed_rate(value) if is_rate else self.t.signed(value)

    def _account(self, line: object) -> str:
        label = str(getattr(line, "account_label", None) or getattr(line, "label", ""))
        return self.t.account(label, getattr(line, "platform", ""), getattr(line, "handle", ""))

    def _kpi_table(self, kpis: Sequence[rd.KpiLine]) -> str:
        t, h = self.t, self.h
        rows = [[text(k.title), text(t.metric(k.metric)), text(self._account(k)),
                 self._value(k.target, k.metric), self._value(k.actual, k.metric),
                 self._change(k.change, k.metric), t.percent_of(k.percent_of_target),
                 text(t.status(k.status))] for k in kpis]
        keys = ("goal", "metric", "account", "target", "actual", "change", "percent_of_target",
                "status")
        return table([h[k] for k in keys], rows)

    def _summary(self, data: rd.SummarySection) -> str:
        return self._kpi_table(data.kpis)

    def _goals_review(self, data: rd.GoalsReviewSection) -> str:
        t, h = self.t, self.h
        rows = [[text(g.title), text(t.metric(g.metric)), self._value(g.baseline, g.metric),
                 self._value(g.target, g.metric), self._value(g.final, g.metric),
                 text(t.status(g.outcome)), text(g.notes)] for g in data.results]
        done = table([h[k] for k in ("goal", "metric", "baseline", "target", "final",
                                     "outcome", "notes")], rows)
        return (self._sub("results") + done + self._sub("next_goals")
                + self._kpi_table(data.next_goals))

    def _growth(self, data: rd.GrowthSection) -> str:
        t, h = self.t, self.h
        rows = [[text(self._account(a)), t.number(a.followers_end), t.signed(a.growth),
                 t.rate(a.growth_rate), t.number(a.reach), t.number(a.impressions),
                 t.number(a.engagements), t.rate(a.engagement_rate_reach),
                 t.number(a.video_views), t.rate(a.view_rate)] for a in data.accounts]
        keys = ("account", "followers_end", "growth", "growth_rate", "reach", "impressions",
                "engagements", "er_reach", "video_views", "view_rate")
        charts = "".join(image(c) for c in ("followers", "engagement_rate") if c in self.charts)
        weekly = self.r.request.kind == rd.ReportKind.WEEKLY
        against = self._against_last(data.accounts) if weekly else ""
        return table([h[k] for k in keys], rows) + against + charts

    def _against_last(self, accounts: Sequence[rd.AccountGrowth]) -> str:
        """The weekly report's numbers beside last week's."""
        t, h = self.t, self.h
        rows = [[text(self._account(a)),
                 t.number(a.reach), t.number(getattr(a, "reach_previous", None)),
                 t.number(a.engagements), t.number(getattr(a, "engagements_previous", None)),
                 t.rate(a.engagement_rate_reach),
                 t.rate(getattr(a, "engagement_rate_reach_previous", None)),
                 t.signed(a.growth), t.signed(getattr(a, "growth_previous", None))]
                for a in accounts]
        heads = [h["account"]]
        for key in ("reach", "engagements", "er_reach", "growth"):
            heads += [h[key], h["last_week"]]
        return self._sub("against_last_week") + table(heads, rows)

    def _posts(self, posts: Sequence[rd.PostLine]) -> str:
        t, h = self.t, self.h
        rows = [[t.day(p.day), text(self._account(p)), text(p.topic),
                 text(t.name_of(p.content_type)), t.number(p.reach), t.number(p.engagements),
                 t.rate(p.engagement_rate), text(p.lessons)] for p in posts]
        keys = ("date", "account", "topic", "content_type", "reach", "engagements",
                "engagement_rate", "lessons")
        return table([h[k] for k in keys], rows)

    def _breakdown(self, label: str, rows: Sequence[rd.Breakdown]) -> str:
        if not rows:
            return ""
        t = self.t
        body = [[text(t.name_of(b.key)), t.number(b.posts), t.rate(b.mean_engagement_rate)]
                for b in rows]
        return self._sub(label) + table(["", self.h["posts"], self.h["mean_er"]], body)

    def _content(self, data: rd.ContentSection) -> str:
        t, labels = self.t, self.t.labels
        facts = [(labels["published"], t.number(data.published)),
                 (labels["planned"], t.number(data.planned)),
                 (labels["consistency"], t.rate(data.consistency))]
        if data.published_previous is not None:
            weekly = self.r.request.kind == rd.ReportKind.WEEKLY
            before = labels["published_last_week" if weekly else "published_previous"]
            facts.append((before, t.number(data.published_previous)))
        parts = [table([name for name, _ in facts], [[value for _, value in facts]])]
        for key, posts in (("top", data.top), ("bottom", data.bottom)):
            if posts:
                parts.append(self._sub(key) + self._posts(posts))
        parts += [self._breakdown("by_type", data.by_type),
                  self._breakdown("by_purpose", data.by_purpose),
                  self._breakdown("by_pillar", data.by_pillar),
                  self._breakdown("by_persona", data.by_persona)]
        if "content" in self.charts:
            parts.append(image("content"))
        return "".join(parts)

    def _campaigns(self, data: rd.CampaignSection) -> str:
        t, h = self.t, self.h
        rows = [[text(c.name), text(t.platform(c.platform)), t.money(c.spend, c.currency),
                 t.money(c.budget, c.currency), t.number(c.results), t.rate(c.ctr),
                 t.money(c.cpc, c.currency), t.money(c.cpa, c.currency), t.ratio(c.roas),
                 t.rate(c.pacing)] for c in data.campaigns]
        keys = ("campaign", "platform", "spend", "budget", "results", "ctr", "cpc", "cpa",
                "roas", "pacing")
        return table([h[k] for k in keys], rows) + (image("spend") if "spend" in self.charts
                                                    else "")

    def _competitors(self, data: rd.CompetitorSection) -> str:
        t, h = self.t, self.h
        parts = []
        for comparison in data.comparison:
            rows = [[("<b>%s</b>" if r.is_ours else "%s") % text(r.name or r.handle),
                     t.number(r.followers), t.signed(r.growth), t.number(r.frequency, 1),
                     t.rate(r.engagement_rate)] for r in comparison.rows]
            parts.append(f"<h3>{text(t.platform(str(comparison.platform)))}</h3>" + table(
                [h[k] for k in ("account", "followers_end", "growth", "frequency",
                                "engagement_rate")], rows))
        if data.observations:
            rows = [[text(o.competitor), t.day(o.day), text(o.text)] for o in data.observations]
            parts.append(self._sub("observations")
                         + table([h["competitor"], h["date"], h["observation"]], rows))
        return "".join(parts)

    def _engagement(self, data: rd.EngagementSection) -> str:
        t, labels = self.t, self.t.labels
        values = [t.number(data.mentions), t.number(data.comments), t.number(data.messages),
                  t.number(data.interactions), t.duration(data.median_response_minutes),
                  t.number(data.days_logged)]
        keys = ("mentions", "comments", "messages", "interactions", "response", "days_logged")
        return table([labels[k] for k in keys], [values])

    def _next(self, data: rd.NextSection) -> str:
        t, h = self.t, self.h
        parts = [f"<p>{escape(t.days(data.start, data.end))} · "
                 f"{escape(t.labels['planned_posts'])}: {t.number(data.planned)}</p>"]
        if data.by_week:
            parts.append(self._sub("by_week") + table(
                [h["week"], h["posts"]],
                [[t.day(c.week_start), t.number(c.posts)] for c in data.by_week]))
        if data.occasions:
            parts.append(self._sub("occasions") + table(
                [h["date"], h["occasion"]],
                [[t.day(o.day), text(t.occasion(o.name, getattr(o, "key", "")))]
                 for o in data.occasions]))
        if data.experiments:
            parts.append(self._sub("experiments") + table(
                [h["experiment"], h["status"], h["start"], h["end"]],
                [[text(e.title), text(t.status(e.status)), t.day(e.start), t.day(e.end)]
                 for e in data.experiments]))
        return "".join(parts)

    def _notes(self, data: rd.NotesSection) -> str:
        parts = [self._sub(key) + f"<p>{text(getattr(data, key))}</p>"
                 for key in ("what_worked", "what_did_not", "next_actions")
                 if getattr(data, key)]
        return "".join(parts) or f'<p class="missing">{escape(self.t.missing["no_review"])}</p>'
