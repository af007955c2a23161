"""Reports built by hand (no database) for the PDF and chart tests: every section, in English
and in Arabic, any size."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

from smm_desktop.domain.enums import Platform
from smm_desktop.reports import report_data as rd
from smm_desktop.services.competitor_data import Comparison, ComparisonRow

START, END = date(2026, 11, 1), date(2026, 11, 30)
DAYS = [START + timedelta(days=i) for i in range(0, 30, 3)]


def _series(base: float, step: float) -> tuple[rd.SeriesPoint, ...]:
    return tuple(rd.SeriesPoint(d, base + step * i) for i, d in enumerate(DAYS))


def account(i: int, label: str) -> rd.AccountGrowth:
    return rd.AccountGrowth(
        label=label, platform="instagram", followers_start=10_000 + i * 1000,
        followers_end=10_450 + i * 1000, growth=450, growth_rate=4.5, reach=52_300 + i,
        impressions=81_200, engagements=3_140, engagement_rate_reach=6.0,
        engagement_rate_followers=30.04, video_views=12_000 if i % 2 else None,
        view_rate=14.8 if i % 2 else None, series=_series(10_000 + i * 1000, 50),
        reach_series=_series(1500 + 100 * i, 20), engagement_rate_series=_series(5 + i / 10, 0.1),
        account_id=i)


def post(i: int, topic: str, lessons: str, account_label: str) -> rd.PostLine:
    return rd.PostLine(post_id=i, day=START + timedelta(days=i % 30), account_label=account_label,
                       topic=f"{topic} {i}", content_type="short_video", purpose="awareness",
                       pillar="Behind the scenes", persona="Busy parent", reach=1000 + i,
                       engagements=120 + i, engagement_rate=12.5, lessons=lessons)


def comparison(us: str, them: str) -> Comparison:
    d1, d2 = START, END
    return Comparison(1, Platform.INSTAGRAM, d1, d2, (
        ComparisonRow(1, us, "us", True, followers=10_450, growth=450, growth_rate=4.5,
                      frequency=3.5, engagement_rate=2.75,
                      followers_series=((d1, 10_000), (d2, 10_450))),
        ComparisonRow(7, them, "them", False, 3, followers=22_100, growth=-100,
                      growth_rate=-0.45, frequency=5.0, engagement_rate=1.2,
                      followers_series=((d1, 22_200), (d2, 22_100))),
    ))


def sections(words: dict[str, str], posts: int = 3, accounts: int = 2) -> dict[str, rd.Section]:
    """Every section with data; `words` gives the user text (names, topics, notes)."""
    w = words
    labels = [f"{w['account']} {i}" for i in range(accounts)]
    lines = tuple(post(i, w["topic"], w["lessons"], labels[i % accounts]) for i in range(posts))
    return {
        "summary": rd.SummarySection((
            rd.KpiLine(w["goal"], "followers", labels[0], 12_000, 10_450, 450, 87.1, "on_track"),
            rd.KpiLine(w["goal"] + " 2", "engagement_rate", labels[0], 4.5, None, None, None,
                       "no_data"))),
        "goals_review": rd.GoalsReviewSection(
            (rd.GoalResultLine(w["goal"], "reach", 1000, 5000, 5230, "achieved", w["notes"]),),
            (rd.KpiLine(w["goal"] + " Q1", "followers", labels[0], 15_000, None, None, None,
                        "not_started"),)),
        "growth": rd.GrowthSection(tuple(account(i, labels[i]) for i in range(accounts))),
        "content": rd.ContentSection(
            published=17, planned=20, consistency=85.0, top=lines, bottom=lines[-2:],
            by_type=(rd.Breakdown("short_video", 9, 7.25), rd.Breakdown("image", 8, None)),
            by_purpose=(rd.Breakdown("awareness", 17, 6.5),),
            by_pillar=(rd.Breakdown(w["pillar"], 12, 5.5),),
            by_persona=(rd.Breakdown(w["persona"], 17, 6.1),), published_previous=14),
        "campaigns": rd.CampaignSection((
            rd.CampaignLine(w["campaign"], "instagram", 1250.0, 2000.0, "SAR", 321, 1.84, 0.75,
                            3.89, 2.4, 62.5),
            rd.CampaignLine(w["campaign"] + " B", "tiktok", None, 500.0, "SAR", None, None, None,
                            None, None, None))),
        "competitors": rd.CompetitorSection(
            (comparison(w["account"], w["competitor"]),),
            (rd.Observation(w["competitor"], START + timedelta(days=4), w["notes"]),)),
        "engagement": rd.EngagementSection(42, 318, 57, 417, 95.0, 21),
        "next": rd.NextSection(date(2026, 12, 1), date(2026, 12, 31), 22,
                               (rd.WeekCount(date(2026, 11, 30), 5),
                                rd.WeekCount(date(2026, 12, 7), 6)),
                               (rd.OccasionLine(date(2026, 12, 2), w["occasion"]),),
                               (rd.ExperimentLine(w["experiment"], "planned",
                                                  date(2026, 12, 1), date(2026, 12, 14)),)),
        "notes": rd.NotesSection(w["notes"], w["notes"] + " (2)", w["notes"] + " (3)", 5),
    }


EN = {"account": "Instagram @bloom", "topic": "Spring bouquet", "lessons": "Short hooks win",
      "goal": "Grow followers", "notes": "Reels with R&D a<b worked", "pillar": "Flowers",
      "persona": "Gift buyer", "campaign": "Mother's Day", "competitor": "Petal Co.",
      "occasion": "National Day", "experiment": "Carousel vs reel", "brand": "Bloom & Co."}
AR = {"account": "إنستغرام @nakheel", "topic": "قهوة الصباح", "lessons": "المقاطع القصيرة أفضل",
      "goal": "زيادة المتابعين", "notes": "نجحت المقاطع القصيرة مع عرض 20%", "pillar": "القهوة",
      "persona": "طالب جامعي", "campaign": "حملة اليوم الوطني", "competitor": "مقهى الريم",
      "occasion": "اليوم الوطني", "experiment": "صورة أم فيديو", "brand": "مقهى النخيل"}


def report(words: dict[str, str] = EN, language: str = "en",
           kind: rd.ReportKind = rd.ReportKind.MONTHLY, posts: int = 3, accounts: int = 2,
           keys: tuple[str, ...] = rd.ALL_SECTIONS, country: str = "US") -> rd.Report:
    every = sections(words, posts, accounts)
    request = rd.ReportRequest(1, kind, START, END, keys, (), language)
    return rd.Report(request, words["brand"], ("#2a9d8f", "#8a5a00"), None, country,
                     rd.period_label(kind, START, END), (date(2026, 10, 1), date(2026, 10, 31)),
                     datetime(2026, 12, 2, 9, 30), {k: every[k] for k in keys})


def with_missing(base: rd.Report) -> rd.Report:
    """The same report with every section's data missing, each for its own reason."""
    reasons = dict(zip(base.sections, rd.MISSING_REASONS, strict=False))
    return dataclasses.replace(base, sections={k: rd.Missing(r) for k, r in reasons.items()})
