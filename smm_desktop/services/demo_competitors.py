"""The sample's competitors: three per brand on the brand's own platforms, a year of weekly
snapshots (one grows steadily, one stalls, one takes off after a viral post), a monitoring log of
a few dozen dated lines and a strategy guess for each of the last two quarters citing the log.
Deterministic from the rng; snapshots and log lines go in as bulk inserts."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import (
    Competitor,
    CompetitorAccount,
    CompetitorGuess,
    CompetitorObservation,
    CompetitorSnapshot,
)
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.quarters import Quarter, quarter_of
from smm_desktop.services.demo_competitor_texts import TEXTS, BrandTexts, SampleCompetitor
from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.workspace import Workspace

WEEKS = 52
LOG_LINES = 10  # per competitor: a few dozen per brand
# Days since the last weekly check, per brand: Bloom's is overdue, so the to-do asks for it.
LAST_CHECK_AGO = (1, 9, 2)
# Typical engagements per post as a share of followers, per platform.
ENGAGEMENT = {Platform.INSTAGRAM: 0.022, Platform.TIKTOK: 0.05, Platform.X: 0.006,
              Platform.FACEBOOK: 0.008, Platform.PINTEREST: 0.004, Platform.YOUTUBE: 0.03}
VIDEO_FIRST = {Platform.TIKTOK, Platform.YOUTUBE, Platform.INSTAGRAM}
NOTABLE_HOST = {Platform.INSTAGRAM: "https://www.instagram.com/p/",
                Platform.TIKTOK: "https://www.tiktok.com/@x/video/",
                Platform.FACEBOOK: "https://www.facebook.com/posts/",
                Platform.X: "https://x.com/i/status/", Platform.YOUTUBE: "https://youtu.be/",
                Platform.PINTEREST: "https://www.pinterest.com/pin/"}


def write_competitors(workspace: Workspace, rng: random.Random, sample: Sequence[SampleBrand],
                      today: date) -> None:
    """Everything for every sample brand, in one transaction."""
    with workspace.session_factory.begin() as s:
        for brand in sample:
            texts = TEXTS[brand.index % len(TEXTS)]
            last = today - timedelta(days=LAST_CHECK_AGO[brand.index % len(LAST_CHECK_AGO)])
            for position, competitor in enumerate(texts.competitors):
                _write_one(s, rng, brand.id, position, competitor, texts, last, today)


def _write_one(s: Any, rng: random.Random, brand_id: int, position: int,
               sample: SampleCompetitor, texts: BrandTexts, last: date, today: date) -> None:
    row = Competitor(brand_id=brand_id, position=position, name=sample.name,
                     website=sample.website, positioning=sample.positioning,
                     strengths=sample.strengths, weaknesses=sample.weaknesses,
                     to_learn=sample.to_learn, to_avoid=sample.to_avoid, notes=sample.notes)
    s.add(row)
    s.flush()
    accounts = [CompetitorAccount(competitor_id=row.id, platform=p.value, handle=h,
                                  handle_key=h.casefold()) for p, h, _ in sample.accounts]
    s.add_all(accounts)
    s.flush()
    now = utcnow()
    snapshots = [snap for account, (platform, _, start) in zip(accounts, sample.accounts, strict=True)
                 for snap in _snapshots(rng, account.id, platform, start, sample, texts, last)]
    s.execute(insert(CompetitorSnapshot), [{**snap, "created_at": now, "updated_at": now}
                                           for snap in snapshots])
    log = _log(rng, texts, last)
    s.execute(insert(CompetitorObservation), [
        {"competitor_id": row.id, "day": day, "text": text, "link": "", "created_at": now,
         "updated_at": now} for day, text in log])
    _write_guesses(s, rng, row.id, texts, today)


def _growth(curve: str, week: int) -> float:
    """The weekly follower growth (a share) in week `week` of the year."""
    if curve == "plateau":
        return 0.012 if week < WEEKS // 2 else 0.0005
    if curve == "surge":
        return 0.004 if week < 24 else (0.09 if week == 24 else 0.018)
    return 0.008


def _snapshots(rng: random.Random, account_id: int, platform: Platform, start: int,
               sample: SampleCompetitor, texts: BrandTexts,
               last: date) -> list[dict[str, Any]]:
    """A year of weekly checks; now and then a week skipped or only followers noted."""
    found: list[dict[str, Any]] = []
    followers = float(start)
    for week in range(WEEKS):
        followers *= 1 + _growth(sample.curve, week) + rng.gauss(0, 0.002)
        day = last - timedelta(days=7 * (WEEKS - 1 - week))
        if week < WEEKS - 1 and rng.random() < 0.04:
            continue  # the manager skipped this week
        found.append({"account_id": account_id, "day": day, "period_days": 7,
                      "followers": round(followers),
                      **_counts(rng, platform, followers, sample, week),
                      **_tags_and_formats(rng, sample, texts),
                      **_notable(rng, platform, texts)})
    return found


def _counts(rng: random.Random, platform: Platform, followers: float,
            sample: SampleCompetitor, week: int) -> dict[str, int | None]:
    """Posts and reactions of the week; about one week in twelve only followers were noted."""
    posts = max(0, round(sample.posts + rng.gauss(0, 1.2)))
    if rng.random() < 0.08:
        return {"posts": posts if rng.random() < 0.5 else None, "likes": None,
                "comments": None, "shares": None, "views": None}
    season = 1 + 0.25 * math.sin(week / WEEKS * 2 * math.pi)
    per_post = followers * ENGAGEMENT.get(platform, 0.01) * season * rng.uniform(0.7, 1.3)
    likes = round(per_post * posts * 0.9)
    views = round(followers * posts * rng.uniform(0.3, 1.1)) if platform in VIDEO_FIRST else None
    return {"posts": posts, "likes": likes, "comments": round(likes * rng.uniform(0.03, 0.08)),
            "shares": round(likes * rng.uniform(0.01, 0.04)), "views": views}


def _tags_and_formats(rng: random.Random, sample: SampleCompetitor,
                      texts: BrandTexts) -> dict[str, str]:
    """Three to five tags, the first of the brand's list the most common; one to three formats."""
    pool = texts.hashtags
    weights = [len(pool) - i for i in range(len(pool))]
    tags = dict.fromkeys(rng.choices(pool, weights=weights, k=rng.randint(3, 5)))
    formats = rng.sample(sample.formats, k=rng.randint(1, len(sample.formats)))
    return {"hashtags": " ".join(tags), "content_types": ",".join(f.value for f in formats)}


def _notable(rng: random.Random, platform: Platform, texts: BrandTexts) -> dict[str, str]:
    """About one week in six, a piece of content worth noting (a saved screenshot sometimes)."""
    if rng.random() > 0.17:
        return {"notable_link": "", "notable_file": "", "notable_note": ""}
    code = "".join(rng.choices("abcdefghijkmnpqrstuvwxyz0123456789", k=11))
    shot = f"screenshots/{code}.png" if rng.random() < 0.4 else ""
    return {"notable_link": NOTABLE_HOST.get(platform, "https://example.com/") + code,
            "notable_file": shot, "notable_note": rng.choice(texts.notable)}


def _log(rng: random.Random, texts: BrandTexts, last: date) -> list[tuple[date, str]]:
    """Ten distinct lines on distinct days of the year, oldest first."""
    lines = rng.sample(texts.log, k=LOG_LINES)
    days = sorted(rng.sample(range(0, 7 * WEEKS), k=LOG_LINES), reverse=True)
    return [(last - timedelta(days=ago), text) for ago, text in zip(days, lines, strict=True)]


def _write_guesses(s: Any, rng: random.Random, competitor_id: int, texts: BrandTexts,
                   today: date) -> None:
    """The current and the previous quarter, each citing up to three log lines of its own
    quarter (the latest lines before it when the quarter has none)."""
    log = list(s.execute(select(CompetitorObservation.id, CompetitorObservation.day)
                         .where(CompetitorObservation.competitor_id == competitor_id)
                         .order_by(CompetitorObservation.day)))
    current = quarter_of(today)
    for quarter in (current.previous(), current):
        focus, frequency, formats, note = rng.choice(texts.guesses)
        s.add(CompetitorGuess(competitor_id=competitor_id, quarter=_key(quarter), focus=focus,
                              frequency=frequency, formats=formats, note=note,
                              evidence=",".join(str(i) for i in _evidence(log, quarter))))


def _key(quarter: Quarter) -> str:
    return f"{quarter.year}-Q{quarter.number}"


def _evidence(log: list[Any], quarter: Quarter) -> list[int]:
    inside = [ident for ident, day in log if quarter.contains(day)]
    before = [ident for ident, day in log if day < quarter.first_day]
    return (inside or before)[-3:]
