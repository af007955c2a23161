"""Sample months for the report tests: an English brand and an Arabic one, built by hand."""

from __future__ import annotations

from datetime import date, datetime

from smm_desktop.domain.enums import PostStatus
from smm_desktop.reports.plan_data import PlanMonth, PlanOccasion, PlanPost

HOSTILE = "a<b R&D </para> <font name=x> <img src='/etc/passwd'/> =1+2 😀 " + "x" * 20000
AR_TOPIC = "ركن المذاكرة الهادئ في مقهى النخيل"


def post(ident: int, when: datetime, topic: str, status: PostStatus = PostStatus.SCHEDULED,
         **extra: object) -> PlanPost:
    return PlanPost(id=ident, when=when, status=status, status_text=status.value.title(),
                    topic=topic, accounts=("Instagram @bloom",), platforms=("Instagram",),
                    uid=f"post-{ident}-salt@plan.invalid", **extra)  # type: ignore[arg-type]


def english_month(count: int = 3) -> PlanMonth:
    posts = [post(n, datetime(2026, 5, 1 + n % 28, 9 + n % 10, 30), f"Spring bouquet {n}",
                  goal="Grow followers", caption="Fresh tulips =SUM(A1) R&D a<b",
                  hashtags=("#flowers",)) for n in range(count)]
    return PlanMonth("Bloom & Co.", 2026, 5, tuple(sorted(posts, key=lambda p: p.when)),
                     (PlanOccasion(date(2026, 5, 10), "Mother's Day (US)"),),
                     ("#2F5D50", "#F2B5C4"), "US")


def arabic_month() -> PlanMonth:
    posts = (post(1, datetime(2026, 11, 3, 19, 0), AR_TOPIC, persona="نورة (طالبة جامعية)",
                  caption="ركن هادئ للمذاكرة مع قهوة مختصة، مفتوح حتى منتصف الليل",
                  hashtags=("#قهوة_مختصة", "#الرياض")),
             post(2, datetime(2026, 11, 5, 12, 30), "عرض اليوم الوطني", PostStatus.CANCELLED))
    return PlanMonth("مقهى النخيل", 2026, 11, posts, (), ("#5B3A29", "#D9A441"), "SA",
                     time_zone="Asia/Riyadh", rtl=True, first_weekday=6)
