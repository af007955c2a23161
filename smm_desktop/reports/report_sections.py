"""Each report section as flowables: its tables (header repeated, rows split across pages),
its charts and, when its data does not exist, the reason in words (never invented numbers)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable  # type: ignore[import-untyped]

from smm_desktop.reports import report_data as rd
from smm_desktop.reports.report_tables import H2, Column, Layout, facts, gap, table
from smm_desktop.reports.report_texts import ReportTexts

SUB_ROOM = 80.0  # points a subtitle needs below it: itself, a table's header and two rows
Charts = Callable[[str, Any], list[Flowable]]  # (chart key, data) -> flowables (maybe none)


class Builder:
    """Turns one section's data into flowables with the report's texts and layout."""

    def __init__(self, texts: ReportTexts, layout: Layout, charts: Charts,
                 kind: str = rd.ReportKind.MONTHLY) -> None:
        self.t, self.layout, self.charts = texts, layout, charts
        self.weekly = str(kind) == rd.ReportKind.WEEKLY

    def h(self, key: str) -> str:
        return self.t.headers.get(key, key)

    def label(self, key: str) -> str:
        return self.t.labels.get(key, key)

    def sub(self, key: str) -> list[Flowable]:
        """A subtitle, on the next page when too little room is left for a few rows under it
        (rather than "keep with next", which carries a whole long table over)."""
        return [CondPageBreak(SUB_ROOM), self.layout.para(self.label(key), H2, bold=True)]

    def account(self, line: Any) -> str:
        """A line's account as the translated platform name and "@handle"."""
        label = str(getattr(line, "account_label", None) or getattr(line, "label", ""))
        return self.t.account(label, getattr(line, "platform", ""), getattr(line, "handle", ""))

    def build(self, key: str, data: rd.Section) -> list[Flowable]:
        if isinstance(data, rd.Missing):
            return [self.layout.note(self.t.missing.get(data.reason, data.reason))]
        method = getattr(self, f"_{key}", None)
        return method(data) if method else []

    # ---- summary and goals ----------------------------------------------------------------

    def _kpi_rows(self, kpis: Sequence[rd.KpiLine]) -> list[list[str]]:
        t = self.t
        return [[k.title, t.metric(k.metric), self.account(k), self._goal_number(k.target, k.metric),
                 self._goal_number(k.actual, k.metric), self._goal_change(k.change, k.metric),
                 t.percent_of(k.percent_of_target), t.status(k.status)] for k in kpis]

    def _goal_number(self, value: float | None, metric: str | None) -> str:
        """A goal's number: a rate as a percent, a count whole ("12,000", never "12,000.40")."""
        return self.t.rate(value) if _is_rate(metric) else self.t.number(value)

    def _goal_change(self, value: float | None, metric: str | None) -> str:
        return self.t.signed_rate(value) if _is_rate(metric) else self.t.signed(value)

    def _kpi_columns(self) -> list[Column]:
        h = self.h
        return [Column(h("goal"), 2.2), Column(h("metric"), 1.2), Column(h("account"), 1.4),
                Column(h("target"), 1, True), Column(h("actual"), 1, True),
                Column(h("change"), 1, True), Column(h("percent_of_target"), 1, True),
                Column(h("status"), 1.1)]

    def _summary(self, data: rd.SummarySection) -> list[Flowable]:
        if not data.kpis:
            return [self.layout.note(self.t.missing["no_goals"])]
        return [table(self.layout, self._kpi_columns(), self._kpi_rows(data.kpis))]

    def _goals_review(self, data: rd.GoalsReviewSection) -> list[Flowable]:
        t, h = self.t, self.h
        columns = [Column(h("goal"), 2), Column(h("metric"), 1.2), Column(h("baseline"), 1, True),
                   Column(h("target"), 1, True), Column(h("final"), 1, True),
                   Column(h("outcome"), 1), Column(h("notes"), 2.2)]
        num = self._goal_number
        rows = [[g.title, t.metric(g.metric), num(g.baseline, g.metric), num(g.target, g.metric),
                 num(g.final, g.metric), t.status(g.outcome), g.notes] for g in data.results]
        out: list[Flowable] = self.sub("results")
        out.append(table(self.layout, columns, rows) if rows
                   else self.layout.note(t.missing["no_goals"]))
        out += self.sub("next_goals")
        out.append(table(self.layout, self._kpi_columns(), self._kpi_rows(data.next_goals))
                   if data.next_goals else self.layout.note(t.missing["no_goals"]))
        return out

    # ---- growth ---------------------------------------------------------------------------

    def _growth(self, data: rd.GrowthSection) -> list[Flowable]:
        t, h = self.t, self.h
        if not data.accounts:
            return [self.layout.note(t.missing["no_numbers"])]
        audience = [Column(h("account"), 2.4), Column(h("followers_start"), 1, True),
                    Column(h("followers_end"), 1, True), Column(h("growth"), 1, True),
                    Column(h("growth_rate"), 1, True)]
        reach = [Column(h("account"), 1.9), Column(h("reach"), 1, True),
                 Column(h("impressions"), 1, True), Column(h("engagements"), 1, True),
                 Column(h("er_reach"), 1.1, True), Column(h("er_followers"), 1.1, True),
                 Column(h("video_views"), 1, True), Column(h("view_rate"), 1, True)]
        accounts = data.accounts
        return [
            *self.sub("audience"),
            table(self.layout, audience, [
                [self.account(a), t.number(a.followers_start), t.number(a.followers_end),
                 t.signed(a.growth), t.signed_rate(a.growth_rate)] for a in accounts]),
            *self.charts("followers", accounts),
            *(self._against_last(accounts) if self.weekly else []),
            *self.sub("reach_engagement"),
            table(self.layout, reach, [
                [self.account(a), t.number(a.reach), t.number(a.impressions), t.number(a.engagements),
                 t.rate(a.engagement_rate_reach), t.rate(a.engagement_rate_followers),
                 t.number(a.video_views), t.rate(a.view_rate)] for a in accounts]),
            *self.charts("reach", accounts),
            *self.charts("engagement_rate", accounts),
        ]

    def _against_last(self, accounts: Sequence[rd.AccountGrowth]) -> list[Flowable]:
        """The weekly report's "this week against last": each number beside last week's."""
        t, h, was = self.t, self.h, self.h("last_week")
        columns = [Column(h("account"), 1.9)]
        for key in ("reach", "engagements", "er_reach", "growth"):
            columns += [Column(h(key), 1, True), Column(was, 0.9, True)]
        rows = [[self.account(a),
                 t.number(a.reach), t.number(getattr(a, "reach_previous", None)),
                 t.number(a.engagements), t.number(getattr(a, "engagements_previous", None)),
                 t.rate(a.engagement_rate_reach),
                 t.rate(getattr(a, "engagement_rate_reach_previous", None)),
                 t.signed(a.growth), t.signed(getattr(a, "growth_previous", None))]
                for a in accounts]
        return [*self.sub("against_last_week"), table(self.layout, columns, rows)]

    # ---- content --------------------------------------------------------------------------

    def _posts(self, posts: Sequence[rd.PostLine]) -> Flowable:
        t, h = self.t, self.h
        columns = [Column(h("date"), 0.7), Column(h("account"), 1.2), Column(h("topic"), 1.6),
                   Column(h("content_type"), 0.9), Column(h("pillar"), 1),
                   Column(h("reach"), 0.8, True), Column(h("engagements"), 1.1, True),
                   Column(h("engagement_rate"), 1.1, True), Column(h("lessons"), 1.8)]
        rows = [[t.short_day(p.day), self.account(p), p.topic, t.name_of(p.content_type), p.pillar,
                 t.number(p.reach), t.number(p.engagements), t.rate(p.engagement_rate),
                 p.lessons] for p in posts]
        return table(self.layout, columns, rows)

    def _breakdown(self, key: str, rows: Sequence[rd.Breakdown]) -> list[Flowable]:
        if not rows:
            return []
        t = self.t
        columns = [Column(self.label(key), 2.2), Column(self.h("posts"), 0.8, True),
                   Column(self.h("mean_er"), 1.2, True)]
        body = [[t.name_of(b.key) or t.none, t.number(b.posts), t.rate(b.mean_engagement_rate)]
                for b in rows]
        return [gap(4), table(self.layout, columns, body, width=self.layout.room * 0.6)]

    def _content(self, data: rd.ContentSection) -> list[Flowable]:
        t = self.t
        pairs = [(self.label("published"), t.number(data.published)),
                 (self.label("planned"), t.number(data.planned)),
                 (self.label("consistency"), t.rate(data.consistency))]
        if data.published_previous is not None:
            before = "published_last_week" if self.weekly else "published_previous"
            pairs.append((self.label(before), t.number(data.published_previous)))
        out: list[Flowable] = [facts(self.layout, pairs)]
        for key, posts in (("top", data.top), ("bottom", data.bottom)):
            if posts:
                out += [*self.sub(key), self._posts(posts)]
        for key in ("by_type", "by_purpose", "by_pillar", "by_persona"):
            out += self._breakdown(key, getattr(data, key))
        if data.by_type or data.by_pillar:
            out += self.charts("content", data)
        return out

    # ---- campaigns, competitors, engagement -----------------------------------------------

    def _campaigns(self, data: rd.CampaignSection) -> list[Flowable]:
        t, h = self.t, self.h
        if not data.campaigns:
            return [self.layout.note(t.missing["no_campaigns"])]
        columns = [Column(h("campaign"), 1.8), Column(h("platform"), 1),
                   Column(h("spend"), 1.2, True), Column(h("budget"), 1.2, True),
                   Column(h("results"), 0.8, True), Column(h("ctr"), 0.8, True),
                   Column(h("cpc"), 0.9, True), Column(h("cpa"), 0.9, True),
                   Column(h("roas"), 0.7, True), Column(h("pacing"), 0.8, True)]
        rows = [[c.name, t.platform(c.platform), t.money(c.spend, c.currency),
                 t.money(c.budget, c.currency), t.number(c.results), t.rate(c.ctr),
                 t.money(c.cpc, c.currency), t.money(c.cpa, c.currency), t.ratio(c.roas),
                 t.rate(c.pacing)] for c in data.campaigns]
        notes = [self.layout.note(self.label("roas_note"))] if any(
            c.roas is not None for c in data.campaigns) else []
        return [table(self.layout, columns, rows), *notes, *self.charts("spend", data.campaigns)]

    def _competitors(self, data: rd.CompetitorSection) -> list[Flowable]:
        t, h = self.t, self.h
        out: list[Flowable] = []
        columns = [Column(h("account"), 2.4), Column(h("followers_end"), 1, True),
                   Column(h("growth"), 1, True), Column(h("growth_rate"), 1, True),
                   Column(h("frequency"), 1, True), Column(h("engagement_rate"), 1, True)]
        ours = self.label("ours")
        for comparison in data.comparison:
            rows = [[ours.replace("{name}", t.account(r.name)) if r.is_ours else r.name,
                     t.number(r.followers), t.signed(r.growth), t.signed_rate(r.growth_rate),
                     t.number(r.frequency, 1), t.rate(r.engagement_rate)]
                    for r in comparison.rows]
            if rows:
                out += [CondPageBreak(SUB_ROOM),
                        self.layout.para(t.platform(str(comparison.platform)), H2, bold=True),
                        table(self.layout, columns, rows),
                        *self.charts("competitors", comparison)]
        if data.observations:
            columns = [Column(h("competitor"), 1.3), Column(h("date"), 0.9),
                       Column(h("observation"), 4)]
            out += [*self.sub("observations"), table(self.layout, columns, [
                [o.competitor, t.day(o.day), o.text] for o in data.observations])]
        return out or [self.layout.note(t.missing["no_competitors"])]

    def _engagement(self, data: rd.EngagementSection) -> list[Flowable]:
        t = self.t
        return [facts(self.layout, [
            (self.label("mentions"), t.number(data.mentions)),
            (self.label("comments"), t.number(data.comments)),
            (self.label("messages"), t.number(data.messages)),
            (self.label("interactions"), t.number(data.interactions)),
            (self.label("response"), t.duration(data.median_response_minutes)),
            (self.label("days_logged"), t.number(data.days_logged)),
        ])]

    # ---- next period and notes ------------------------------------------------------------

    def _next(self, data: rd.NextSection) -> list[Flowable]:
        t, h = self.t, self.h
        out: list[Flowable] = [facts(self.layout, [
            (self.label("planned_posts"), t.number(data.planned)),
            (h("period"), t.days(data.start, data.end))])]
        half = self.layout.room * 0.6
        if data.by_week:
            out += [*self.sub("by_week"), table(self.layout, [
                Column(h("week"), 2), Column(h("posts"), 1, True)],
                [[t.day(w.week_start), t.number(w.posts)] for w in data.by_week], half)]
        if data.occasions:
            out += [*self.sub("occasions"), table(self.layout, [
                Column(h("date"), 1), Column(h("occasion"), 3)],
                [[t.day(o.day), t.occasion(o.name, getattr(o, "key", ""))]
                 for o in data.occasions], half)]
        if data.experiments:
            out += [*self.sub("experiments"), table(self.layout, [
                Column(h("experiment"), 3), Column(h("status"), 1), Column(h("start"), 1),
                Column(h("end"), 1)],
                [[e.title, t.status(e.status), t.day(e.start), t.day(e.end)]
                 for e in data.experiments])]
        return out

    def _notes(self, data: rd.NotesSection) -> list[Flowable]:
        from smm_desktop.reports.report_tables import MAX_PARAGRAPH, cut

        out: list[Flowable] = []
        for key in ("what_worked", "what_did_not", "next_actions"):
            text = getattr(data, key).strip()
            if text:
                out += [*self.sub(key), self.layout.para(cut(text, MAX_PARAGRAPH))]
        return out or [self.layout.note(self.t.missing["no_review"])]


def _is_rate(metric: str | None) -> bool:
    return str(metric or "").endswith("rate")
