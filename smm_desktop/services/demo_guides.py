"""The sample's brand guides: voice and words, a bio per account platform, hashtag sets, and a
consistency check about three months old with a few things to fix."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from smm_desktop.domain.enums import CheckResult, ConsistencyAspect, Platform
from smm_desktop.services.demo_strategy import SampleBrand
from smm_desktop.services.guide_checks import CheckInput, CheckItem
from smm_desktop.services.guides import BioInput, GuideInput, GuideService, HashtagSetInput
from smm_desktop.services.workspace import Workspace

P, A = Platform, ConsistencyAspect

GUIDES = (
    GuideInput(
        "صديق الطالب والموظف: مقهى الحي الهادئ الذي يعرف طلبك قبل أن تطلبه.",
        "ودود وخفيف ومحترم؛ عامية سعودية بسيطة، بلا مبالغة ولا تهريج.",
        ("قهوة مختصة", "ركن هادئ", "حياك", "محمصة يدويًا"),
        ("رخيص", "عرض لا يفوتك", "الأفضل في العالم")),
    GuideInput(
        "A friendly florist next door: warm, local and quietly expert.",
        "Warm, light, never pushy; British spelling; one emoji at most.",
        ("fresh", "hand-tied", "same-day", "seasonal"),
        ("cheap", "discount", "hurry", "last chance")),
    GuideInput(
        "مدرّبة تشجّع ولا تحكم: نبض مساحة آمنة للنساء لبدء الرياضة بثقة.",
        "محفّز وواضح وإيجابي؛ فصحى مبسطة مع كلمات مصرية قليلة.",
        ("خطوة بخطوة", "قوتك", "مساحة آمنة", "جلسة تجريبية"),
        ("خسارة سريعة للوزن", "جسم مثالي", "بدون مجهود")),
)

# Per brand: platform -> (display name, bio, link).
BIOS: tuple[dict[Platform, tuple[str, str, str]], ...] = (
    {P.INSTAGRAM: ("مقهى النخيل", "قهوة مختصة وركن هادئ للمذاكرة في حي الملقا • يوميًا ٧ص–١٢م",
                   "https://nakheel-cafe.sa"),
     P.X: ("مقهى النخيل", "مقهى مختص في حي الملقا بالرياض. نرد على الرسائل من ٩ص إلى ١١م.",
           "https://nakheel-cafe.sa"),
     P.TIKTOK: ("مقهى النخيل", "كواليس القهوة المختصة من الرياض تعال ذاكر عندنا",
                "https://nakheel-cafe.sa/menu"),
     P.SNAPCHAT: ("مقهى النخيل", "يومياتنا في المقهى وعروض الطلاب", "")},
    {P.INSTAGRAM: ("Bloom & Co. Florists", "Same-day flowers across Manchester "
                   "Two shops: Ancoats & Didsbury. Weddings and events by appointment.",
                   "https://bloomandco.co.uk"),
     P.FACEBOOK: ("Bloom & Co. Florists", "Same-day flowers across Manchester from our "
                  "Ancoats and Didsbury shops. Order by 2pm for delivery today.",
                  "https://bloomandco.co.uk"),
     P.PINTEREST: ("Bloom & Co.", "Seasonal bouquets, wedding flowers and table ideas from "
                   "our Manchester studio.", "https://bloomandco.co.uk/weddings"),
     P.LINKEDIN: ("Bloom & Co. Florists Ltd", "Corporate flowers and events for Manchester "
                  "businesses", "https://bloomandco.co.uk/business")},
    {P.INSTAGRAM: ("نبض للياقة | Nabd Fitness", "استوديو لياقة للسيدات فقط في القاهرة الجديدة "
                   "احجزي جلستك التجريبية", "https://nabdfitness.com"),
     P.FACEBOOK: ("نبض للياقة", "استوديو لياقة للسيدات في القاهرة الجديدة: تدريب جماعي وشخصي.",
                  "https://nabdfitness.com"),
     P.YOUTUBE: ("Nabd Fitness نبض", "تمارين منزلية قصيرة للمبتدئات كل أحد وأربعاء، "
                 "ونصائح تغذية بسيطة من مدرباتنا.", "https://nabdfitness.com")},
)

SETS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("القهوة", "#قهوة_مختصة #قهوة #الرياض #كوفي #specialtycoffee"),
     ("المذاكرة", "#مذاكرة #طلاب_الجامعة #مكان_هادئ #الملقا"),
     ("المواسم", "#رمضان #اليوم_الوطني #موسم_الرياض")),
    (("Weddings", "#weddingflowers #manchesterwedding #bridalbouquet #weddingflorist"),
     ("Same-day", "#flowerdelivery #manchesterflorist #sameday #bloomandco"),
     ("Seasonal", "#seasonalflowers #britishflowers #peonyseason #autumnflowers"),
     ("Mother's Day", "#mothersday #mothersdayflowers #giftsformum")),
    (("اللياقة", "#نبض_للياقة #لياقة #رياضة_نسائية #القاهرة_الجديدة"),
     ("التحدي", "#تحدي_نبض #30يوم #خطوة_بخطوة"),),
)

# Days ago of each brand's check, and the cells found to need a fix: (account index, aspect, note).
CHECKS: tuple[tuple[int, str, tuple[tuple[int, ConsistencyAspect, str], ...]], ...] = (
    (97, "صورة سناب ما زالت الشعار القديم؛ نبذة تيك توك طويلة.",
     ((3, A.PICTURE, "الشعار القديم"), (2, A.BIO, "تختلف عن الدليل"),
      (1, A.HASHTAGS, "وسوم عشوائية"))),
    (92, "LinkedIn name still has 'Ltd'; Facebook picture is last year's logo.",
     ((1, A.PICTURE, "Last year's logo"), (3, A.NAME, "Drop 'Ltd' to match the guide"))),
    (84, "واتساب بلا نبذة بعد.",
     ((3, A.BIO, "لا نبذة على واتساب للأعمال"), (2, A.TONE, "عناوين الفيديو رسمية أكثر من اللازم"))),
)


def write_guides(workspace: Workspace, rng: random.Random, sample: Sequence[SampleBrand],
                 today: date) -> None:
    """Write each sample brand's guide, bios, hashtag sets and one past check."""
    guides = GuideService(workspace.session_factory)
    for brand in sample:
        i = brand.index % len(GUIDES)
        guides.save_guide(brand.id, 0, GUIDES[i])
        platforms = {a.platform for a in brand.accounts}
        for platform, (name, bio, link) in BIOS[i].items():
            if platform in platforms:
                guides.save_bio(brand.id, platform, 0, BioInput(platform, name, bio, link))
        for name, tags in SETS[i]:
            guides.create_set(brand.id, HashtagSetInput(name, (tags,)))
        guides.create_check(brand.id, _check(brand, CHECKS[i], rng, today))


def _check(brand: SampleBrand, recipe: tuple[int, str, tuple[tuple[int, ConsistencyAspect, str],
                                                           ...]],
           rng: random.Random, today: date) -> CheckInput:
    """The fixes of the recipe; most other cells passed, a few left unchecked."""
    days, notes, fixes = recipe
    found = {(brand.accounts[n].id, aspect): note for n, aspect, note in fixes
             if n < len(brand.accounts)}
    items = []
    for account in brand.accounts:
        for aspect in ConsistencyAspect:
            if (account.id, aspect) in found:
                items.append(CheckItem(account.id, aspect, CheckResult.FIX,
                                       found[(account.id, aspect)]))
            elif rng.random() < 0.85:
                items.append(CheckItem(account.id, aspect, CheckResult.PASS))
    return CheckInput(today - timedelta(days=days), notes, tuple(items))
