"""The sample brands' own occasions: each one's yearly anniversary and a launch coming up, in
the brand's language."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.occasions import BrandOccasionInput, OccasionService
from smm_desktop.services.workspace import Workspace

# Per brand, in the order of SAMPLE_BRANDS: (anniversary name, year opened, notes) and
# (launch name, notes).
_ANNIVERSARIES = (
    ("ذكرى افتتاح المقهى", 2019, "خصم ٢٠٪ على القهوة المختصة طوال اليوم، ومسابقة على إنستغرام."),
    ("Bloom & Co. birthday", 2015, "Free mini posy with every order; thank-you post for "
                                   "regulars."),
    ("ذكرى تأسيس نبض", 2021, "حصة مفتوحة مجانية وقصص من أوائل المشتركات."),
)
_LAUNCHES = (
    ("إطلاق قائمة الموسم الجديدة", "تصوير المشروبات الجديدة قبلها بأسبوعين."),
    ("Didsbury shop opens", "Second shop: invite locals to the opening morning."),
    ("افتتاح فرع الشيخ زايد", "الفرع الثاني: حملة تسجيل مبكر قبل شهر من الافتتاح."),
)


def _anniversary(rng: random.Random, index: int) -> BrandOccasionInput:
    name, year, notes = _ANNIVERSARIES[index % len(_ANNIVERSARIES)]
    day = date(year, rng.randrange(1, 13), rng.randrange(1, 29))
    return BrandOccasionInput(name, day, yearly=True, notes=notes)


def _launch(rng: random.Random, index: int, today: date) -> BrandOccasionInput:
    name, notes = _LAUNCHES[index % len(_LAUNCHES)]
    return BrandOccasionInput(name, today + timedelta(days=rng.randrange(20, 90)), notes=notes)


def write_occasions(workspace: Workspace, rng: random.Random, sample: Sequence[SampleBrand],
                    today: date) -> None:
    """Two own occasions per sample brand: a yearly anniversary and a launch within 3 months."""
    service = OccasionService(workspace.session_factory)
    for brand in sample:
        service.create(brand.id, _anniversary(rng, brand.index))
        service.create(brand.id, _launch(rng, brand.index, today))
