"""A realistic, deterministic sample workspace: what the demo, the screenshots and benchmarks show.

Each area of the app adds its own part here, so the sample always shows the whole app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from smm_desktop.db.models import Brand, SocialAccount
from smm_desktop.domain.enums import Platform
from smm_desktop.services.accounts import AccountInput, AccountService
from smm_desktop.services.brands import BrandInput, BrandService
from smm_desktop.services.demo_agenda import write_agenda
from smm_desktop.services.demo_audits import write_audits
from smm_desktop.services.demo_competitors import write_competitors
from smm_desktop.services.demo_engagement import write_engagement
from smm_desktop.services.demo_feeds import write_feeds
from smm_desktop.services.demo_guides import write_guides
from smm_desktop.services.demo_numbers import write_numbers
from smm_desktop.services.demo_occasions import write_occasions
from smm_desktop.services.demo_platforms import write_platforms
from smm_desktop.services.demo_posts import write_posts
from smm_desktop.services.demo_report_notes import write_report_notes
from smm_desktop.services.demo_reviews import write_reviews
from smm_desktop.services.demo_series import write_series
from smm_desktop.services.demo_strategy import SampleBrand, write_strategy
from smm_desktop.services.workspace import Workspace

SAMPLE_BRANDS: tuple[tuple[BrandInput, tuple[tuple[Platform, str], ...]], ...] = (
    (
        BrandInput(
            name="مقهى النخيل", industry="مقاهي ومخابز", country="SA", languages=("ar",),
            colours=("#5B3A29", "#D9A441"), notes="مقهى مختص في حي الملقا بالرياض؛ جمهوره طلاب وموظفون.",
            report_recipients=("marketing@nakheel-cafe.sa",),
        ),
        ((Platform.INSTAGRAM, "nakheel.cafe"), (Platform.X, "NakheelCafe"),
         (Platform.TIKTOK, "nakheel.cafe"), (Platform.SNAPCHAT, "nakheelcafe")),
    ),
    (
        BrandInput(
            name="Bloom & Co. Florists", industry="Retail: flowers and gifts", country="GB",
            languages=("en",), colours=("#2F5D50", "#F2B5C4"),
            notes="Two shops in Manchester; same-day delivery is the selling point.",
            report_recipients=("owner@bloomandco.co.uk", "ops@bloomandco.co.uk"),
        ),
        ((Platform.INSTAGRAM, "bloomandco"), (Platform.FACEBOOK, "BloomAndCoFlorists"),
         (Platform.PINTEREST, "bloomandco"), (Platform.LINKEDIN, "bloom-and-co")),
    ),
    (
        BrandInput(
            name="نبض للياقة | Nabd Fitness", industry="Fitness studio", country="EG",
            languages=("ar", "en"), colours=("#E4572E", "#17BEBB"),
            notes="Women-only studio in New Cairo; launching a second branch in spring.",
            report_recipients=("hello@nabdfitness.com",),
        ),
        ((Platform.INSTAGRAM, "nabd.fitness"), (Platform.FACEBOOK, "NabdFitnessEG"),
         (Platform.YOUTUBE, "NabdFitness"), (Platform.WHATSAPP_BUSINESS, "nabd.fitness")),
    ),
)


@dataclass(frozen=True)
class DemoSummary:
    brands: int
    accounts: int


def write_demo(target: Path, years: int = 2, seed: int = 7, today: date | None = None) -> DemoSummary:
    """Write the sample into a new workspace file at `target` (refuses an existing file)."""
    if target.exists():
        raise FileExistsError(f"{target} already exists; the sample is written to a new file only.")
    rng = random.Random(seed)
    today = today or date.today()
    start = datetime.combine(today - timedelta(days=365 * years), datetime.min.time())
    workspace = Workspace.open(target)
    try:
        sample = _fill(workspace, rng, start)
        for write in (write_strategy, write_platforms, write_audits, write_guides, write_reviews,
                      write_occasions, write_posts, write_series, write_agenda, write_engagement,
                      write_feeds, write_competitors, write_numbers, write_report_notes):
            write(workspace, rng, sample, today)
        return DemoSummary(len(sample), sum(len(b.accounts) for b in sample))
    finally:
        workspace.close()


def _fill(workspace: Workspace, rng: random.Random, start: datetime) -> list[SampleBrand]:
    brands, accounts = BrandService(workspace.session_factory), AccountService(workspace.session_factory)
    sample = []
    for index, (brand_input, handles) in enumerate(SAMPLE_BRANDS):
        brand = brands.create(brand_input)
        made = tuple(accounts.create(brand.id, AccountInput(platform, handle))
                     for platform, handle in handles)
        onboarded = start + timedelta(days=rng.randrange(0, 60))
        _backdate(workspace, brand.id, onboarded)
        sample.append(SampleBrand(index, brand.id, onboarded.date(), made))
    return sample


def _backdate(workspace: Workspace, brand_id: int, when: datetime) -> None:
    """The sample's clients came on board at the start of its history."""
    with workspace.session_factory.begin() as s:
        s.execute(update(Brand).where(Brand.id == brand_id).values(created_at=when))
        s.execute(
            update(SocialAccount).where(SocialAccount.brand_id == brand_id).values(created_at=when)
        )
