"""The sample's chosen platforms: each brand's choices with reasons that follow its personas.

One choice is made for the wrong reason on purpose (مقهى النخيل is on TikTok because its
competitors are), and Bloom & Co. keeps a Facebook account it did not choose, so the advice and
the verdicts have something to say.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from smm_desktop.domain.enums import Platform
from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.platform_choice import ChosenInput, PlatformChoiceService
from smm_desktop.services.workspace import Workspace

# Per brand, in the order of SAMPLE_BRANDS: (platform, reason), in the brand's order.
CHOICES: tuple[tuple[tuple[Platform, str], ...], ...] = (
    (
        (Platform.SNAPCHAT, "الشرائح الثلاث كلها هناك: نورة وخالد وعائلة أم سارة يقضون عليه "
                            "معظم يومهم."),
        (Platform.TIKTOK, "المقاهي المنافسة تنشر عليه يوميًا، فلا نريد أن نغيب عنه."),
    ),
    (
        (Platform.INSTAGRAM, "Wedding planners like Emma choose florists from the feed: 90% "
                             "of that segment is there."),
        (Platform.LINKEDIN, "Office managers such as Tom are only reachable there, and they "
                            "sign the monthly contracts."),
        (Platform.PINTEREST, "Planners collect bouquet ideas on boards months before the "
                             "wedding."),
    ),
    (
        (Platform.FACEBOOK, "سلمى ومدام هدى كلتاهما على فيسبوك، وهو أقرب منصة لجمهور مدينة "
                            "نصر والتجمع."),
        (Platform.INSTAGRAM, "سلمى تتابع التمارين القصيرة وقصص المشتركات على إنستغرام كل مساء."),
        (Platform.WHATSAPP_BUSINESS, "مدام هدى تسأل على واتساب قبل أن تشترك: الرد السريع هناك "
                                     "يبيع."),
    ),
)


def write_platforms(workspace: Workspace, rng: random.Random, sample: Sequence[SampleBrand],
                    today: date) -> None:
    """Each sample brand's chosen platforms, in its order (the rng and the day are not needed:
    the choices follow the personas, which are fixed)."""
    service = PlatformChoiceService(workspace.session_factory)
    for brand in sample:
        for platform, reason in CHOICES[brand.index]:
            service.choose(brand.id, ChosenInput(platform, reason))
