"""The sample's engagement log: a year of daily counts per account (busier on the café's
weekend, quieter on Bloom's Sunday), response times on most days of the busy accounts, a
few days skipped, and notes in each brand's language; today is half done."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import EngagementDay
from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountData
from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.workspace import Workspace

DAYS = 365
# Per platform: a day's typical (mentions, comments, messages, interactions), how often a
# day is logged, and whether the manager times the replies there.
PLATFORM_DAY: dict[Platform, tuple[tuple[int, int, int, int], float, bool]] = {
    Platform.INSTAGRAM: ((4, 14, 6, 20), 0.93, True),
    Platform.X: ((6, 5, 2, 12), 0.85, True),
    Platform.TIKTOK: ((2, 18, 1, 10), 0.8, False),
    Platform.SNAPCHAT: ((1, 0, 7, 4), 0.7, True),
    Platform.FACEBOOK: ((2, 7, 5, 6), 0.88, True),
    Platform.PINTEREST: ((0, 2, 0, 5), 0.45, False),
    Platform.LINKEDIN: ((1, 2, 1, 4), 0.5, False),
    Platform.YOUTUBE: ((0, 4, 0, 3), 0.55, False),
    Platform.WHATSAPP_BUSINESS: ((0, 0, 16, 0), 0.95, True),
}
DEFAULT_DAY = ((1, 3, 1, 4), 0.6, False)
# Per brand, in the order of SAMPLE_BRANDS: how busy each weekday is (Monday first) and the
# typical reply time in minutes.
WEEK_RHYTHM: tuple[tuple[tuple[float, ...], int], ...] = (
    ((0.9, 0.9, 1.0, 1.1, 1.6, 1.7, 1.0), 40),  # the café: Friday and Saturday mornings
    ((1.0, 1.0, 1.0, 1.1, 1.3, 1.2, 0.5), 75),  # the florist: orders before the weekend
    ((1.2, 1.1, 1.0, 1.0, 0.6, 1.3, 1.3), 55),  # the studio: the week starts on Saturday
)
NOTES: tuple[tuple[str, ...], ...] = (
    ("ردود كثيرة على مسابقة الجمعة", "شكوى عن تأخر الطلب: حُوِّلت للمدير",
     "أسئلة عن مواعيد العمل في رمضان", "تفاعلت مع حسابات مقاهي الحي",
     "مؤثرة ذكرت المقهى في قصتها", "استفسارات عن حجز الجلسات الخارجية"),
    ("Two complaints about a late delivery", "Wedding enquiries doubled after the reel",
     "Replied to every Valentine's pre-order", "Commented on three local wedding planners",
     "A florist influencer shared our bouquet", "Quiet day: shop closed for stocktake"),
    ("أسئلة كثيرة عن أسعار الاشتراك", "رسائل عن الفرع الثاني الجديد",
     "تفاعلت مع مدربات يوغا في القاهرة", "شكوى عن ازدحام حصة السادسة",
     "متدربة شاركت نتيجتها بعد ثلاثة أشهر", "ردود على تحدي المشي"),
)


def write_engagement(workspace: Workspace, rng: random.Random, sample: Sequence[SampleBrand],
                     today: date) -> None:
    """A year of logs (or since the brand came on board), written in one bulk insert."""
    rows = [row for brand in sample for account in brand.accounts if not account.archived
            for row in _account_rows(rng, brand, account, today)]
    if rows:
        with workspace.session_factory.begin() as s:
            s.execute(insert(EngagementDay), rows)


def _account_rows(rng: random.Random, brand: SampleBrand, account: AccountData,
                  today: date) -> list[dict[str, Any]]:
    typical, odds, timed = PLATFORM_DAY.get(account.platform, DEFAULT_DAY)
    rhythm, reply = WEEK_RHYTHM[brand.index % len(WEEK_RHYTHM)]
    notes = NOTES[brand.index % len(NOTES)]
    first = max(today - timedelta(days=DAYS), brand.onboarded)
    growth = 0.7 + 0.5 * rng.random()  # how much busier the account is now than a year ago
    rows = []
    for n in range((today - first).days + 1):
        day = first + timedelta(days=n)
        if day != today and rng.random() >= odds:
            continue  # a day the manager did not log
        pace = rhythm[day.weekday()] * (1 + (growth - 1) * n / DAYS)
        if day == today:
            pace *= 0.45  # the morning's work so far
        rows.append(_row(rng, account.id, day, typical, pace, timed and rng.random() < 0.75,
                         reply, notes))
    return rows


def _row(rng: random.Random, account_id: int, day: date, typical: tuple[int, int, int, int],
         pace: float, timed: bool, reply: int, notes: tuple[str, ...]) -> dict[str, Any]:
    mentions, comments, messages, interactions = (
        max(0, round(rng.gauss(t * pace, t * 0.35 + 0.5))) for t in typical)
    minutes = max(2, round(rng.lognormvariate(0, 0.5) * reply)) if timed else None
    stamp = utcnow()
    return {"account_id": account_id, "day": day, "mentions": mentions, "comments": comments,
            "messages": messages, "interactions": interactions, "response_minutes": minutes,
            "note": rng.choice(notes) if rng.random() < 0.07 else "", "version": 1,
            "created_at": stamp, "updated_at": stamp, "deleted_at": None}
