"""The sample's reports: each brand's report templates (weekly on its report day, monthly,
quarterly) and the written reviews of its last months and weeks and of the last quarter, in
the brand's language, each quoting that period's own numbers (top and weakest post, plan kept,
account that grew, its campaign) and nothing the period did not have."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from smm_desktop.domain.digits import with_digits
from smm_desktop.reports.report_data import (
    CampaignSection,
    ContentSection,
    GrowthSection,
    ReportKind,
    ReportRequest,
    default_sections,
    last_complete,
    previous,
)
from smm_desktop.services import demo_report_texts as texts
from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.reports import ReportService
from smm_desktop.services.workspace import Workspace

MONTHS, WEEKS = 6, 4
# Per brand (SAMPLE_BRANDS order): the language of its reviews and its weekly report day.
LANGUAGE = ("ar", "en", "ar")
REPORT_DAY = (6, 0, 6)  # Sunday in Riyadh and Cairo, Monday in Manchester
WEEKLY_SECTIONS = ("summary", "growth", "content", "campaigns", "notes")


def write_report_notes(workspace: Workspace, rng: random.Random,
                       sample: Sequence[SampleBrand], today: date) -> None:
    """Templates and reviews for every sample brand (a child Random keeps others' draws)."""
    mine = random.Random(rng.random())
    service = ReportService(workspace.session_factory, today=lambda: today)
    for brand in sample:
        _templates(service, brand)
        for kind, count in ((ReportKind.MONTHLY, MONTHS), (ReportKind.WEEKLY, WEEKS)):
            for start, end in _periods(kind, today, count):
                if start >= brand.onboarded:
                    _write_review(service, mine, brand, kind, start, end)
        # the last quarter's review (demo_reviews wrote its goals): lessons true of its numbers
        quarter = last_complete(ReportKind.QUARTERLY, today, 0)
        if quarter[1] >= brand.onboarded:
            _write_review(service, mine, brand, ReportKind.QUARTERLY, *quarter)


def _templates(service: ReportService, brand: SampleBrand) -> None:
    day = REPORT_DAY[brand.index % len(REPORT_DAY)]
    service.save_template(brand.id, ReportKind.WEEKLY, WEEKLY_SECTIONS, (), "auto", False,
                          day, 0)
    for kind in (ReportKind.MONTHLY, ReportKind.QUARTERLY):
        service.save_template(brand.id, kind, default_sections(kind), (), "auto", False,
                              None, 0)


def _periods(kind: ReportKind, today: date, count: int) -> list[tuple[date, date]]:
    """The last `count` complete periods (ISO weeks from Monday), newest first."""
    found = [last_complete(kind, today, 0)]
    while len(found) < count:
        found.append(previous(kind, *found[-1]))
    return found


def _write_review(service: ReportService, rng: random.Random, brand: SampleBrand,
                  kind: ReportKind, start: date, end: date) -> None:
    report = service.build(ReportRequest(brand.id, kind, start, end,
                                         ("growth", "content", "campaigns")))
    language = LANGUAGE[brand.index % len(LANGUAGE)]
    slots = _slots(report.sections.get("growth"), report.sections.get("content"), language,
                   kind) | _campaign(report.sections.get("campaigns"))
    if "top_topic" in slots:
        lines = [_pick(rng, texts.WORKED[language], slots["best_growth"] == "—", (0, 2)),
                 _pick(rng, texts.DID_NOT[language], slots["missed"] == "0", (1,)),
                 rng.choice(texts.NEXT[language])]
        if "campaign" in slots:  # only a period that had a campaign speaks of one
            lines[0] += " " + rng.choice(texts.CAMPAIGN[language])
    else:
        lines = list(texts.QUIET[language])
    written = [_fill(line, slots, language) for line in lines]
    service.save_notes(brand.id, kind, start, end, written[0], written[1], written[2])


def _campaign(section: object) -> dict[str, str]:
    """The period's campaign that spent most, and its results; nothing without one."""
    if not isinstance(section, CampaignSection) or not section.campaigns:
        return {}
    best = max(section.campaigns, key=lambda c: (c.spend or 0.0, c.results or 0))
    return {"campaign": best.name, "campaign_results": f"{best.results or 0:,}"}


def _pick(rng: random.Random, pool: Sequence[str], leave_out: bool,
          needing: tuple[int, ...]) -> str:
    """One of the sentences; those quoting a number the period lacks are left out."""
    return rng.choice([s for i, s in enumerate(pool) if not (leave_out and i in needing)])


def _fill(line: str, slots: dict[str, str], language: str) -> str:
    text = line.format(**slots)
    text = text[:1].upper() + text[1:] if language == "en" else text
    return with_digits(text, "arabic") if language == "ar" else text


def _slots(growth: object, content: object, language: str,
           kind: ReportKind) -> dict[str, str]:
    """The numbers the sentences quote; without a post that has numbers, only the counts."""
    slots = {"period": texts.PERIOD[language][kind.value], "published": "0", "kept": "0",
             "planned": "0", "missed": "0"}
    if not isinstance(content, ContentSection):
        return slots
    kept = round((content.consistency or 0.0) * content.planned / 100)
    # "{published} posts went out" counts every post; "only {kept} of the {planned} planned"
    # counts the planned ones that went out
    slots.update(published=str(content.published), kept=str(kept), planned=str(content.planned),
                 missed=str(max(content.planned - kept, 0)))
    if not content.top or not content.bottom:
        return slots
    top, bottom = content.top[0], content.bottom[0]
    rated = [b for b in content.by_type if b.mean_engagement_rate is not None and b.posts > 1]
    best = max(rated, key=lambda b: b.mean_engagement_rate or 0.0) if rated else None
    slots.update(
        top_topic=top.topic, top_rate=f"{top.engagement_rate or 0:.1f}",
        top_platform=_platform(top.account_label, language),
        bottom_topic=bottom.topic, bottom_rate=f"{bottom.engagement_rate or 0:.1f}",
        bottom_type=texts.TYPES[language].get(bottom.content_type, texts.TYPES[language][""]),
        best_type=texts.TYPES[language].get(best.key if best else "", texts.TYPES[language][""]),
        best_type_rate=f"{best.mean_engagement_rate or 0:.1f}" if best else "—")
    slots.update(_grower(growth, language, slots["top_platform"]))
    return slots


def _grower(growth: object, language: str, fallback: str) -> dict[str, str]:
    """The account that gained the most followers, and how many."""
    lines = [a for a in growth.accounts if a.growth] if isinstance(
        growth, GrowthSection) else []
    if not lines:
        return {"best_platform": fallback, "best_growth": "—"}
    best = max(lines, key=lambda a: a.growth or 0)
    if (best.growth or 0) <= 0:
        return {"best_platform": fallback, "best_growth": "—"}
    name = texts.PLATFORMS[language].get(best.platform, best.platform)
    return {"best_platform": name, "best_growth": f"{best.growth:,}"}


def _platform(label: str, language: str) -> str:
    key = label.split(" ", 1)[0]
    return texts.PLATFORMS[language].get(key, key)
