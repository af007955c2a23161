"""The sample's series: each brand's weekly recurring post over the coming two months, made the
way the Calendar's "Series…" makes them (one rule, one template brief, one unit of work)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, time, timedelta

from smm_desktop.domain.enums import ContentType, PostPurpose, PostStatus
from smm_desktop.domain.series import Frequency, Recurrence
from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.pillars import PillarService
from smm_desktop.services.post_data import PostInput
from smm_desktop.services.posts import PostService
from smm_desktop.services.series import SeriesInput, series_posts
from smm_desktop.services.workspace import Workspace

# Per brand, in the order of SAMPLE_BRANDS: (topic, call to action, weekday 0 Monday, time,
# caption).
SERIES = (
    ("نصيحة الثلاثاء للمذاكرة", "احفظ المنشور لوقت المذاكرة", 1, time(18, 0),
     "كل ثلاثاء نصيحة قصيرة تجعل المذاكرة في المقهى أسهل."),
    ("Tuesday flower-care tip", "Save this for your next bouquet", 1, time(18, 0),
     "Every Tuesday, one small trick that keeps your flowers fresh for longer."),
    ("تمرين الأحد السريع", "جرّبيه واكتبي لنا رأيك", 6, time(19, 30),
     "تمرين سريع كل أحد تستطيعين أداءه في البيت خلال عشر دقائق."),
)


def write_series(workspace: Workspace, rng: random.Random, sample: Sequence[SampleBrand],
                 today: date) -> None:
    """A weekly series on each brand's first account, from next week for eight weeks, in draft."""
    posts, pillars = PostService(workspace.session_factory), PillarService(workspace.session_factory)
    first, last = today + timedelta(days=7), today + timedelta(days=62)
    for brand in sample:
        topic, cta, weekday, at, caption = SERIES[brand.index % len(SERIES)]
        pillar = next(iter(pillars.list_pillars(brand.id)), None)
        template = PostInput(
            topic=topic, status=PostStatus.DRAFT, account_ids=(brand.accounts[0].id,),
            content_type=ContentType.CAROUSEL, purpose=PostPurpose.ENGAGEMENT,
            pillar_id=pillar.id if pillar else None, call_to_action=cta, caption=caption)
        rule = Recurrence(Frequency.WEEKLY, first, weekdays=(weekday,), count=8)
        posts.create_many(brand.id, series_posts(SeriesInput(template, rule, at), first, last))
