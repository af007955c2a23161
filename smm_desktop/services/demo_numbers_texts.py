"""The words of the sample's numbers, per sample brand (in the order of SAMPLE_BRANDS): the paid
campaigns each brand runs through the year, and the posts that turn up only in the platforms'
exports (posted on the spot, never planned)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from smm_desktop.domain.campaigns import CampaignObjective
from smm_desktop.domain.enums import Platform

P, Obj = Platform, CampaignObjective


@dataclass(frozen=True)
class CampaignPlan:
    """A campaign the brand runs: its name (the year is added), the stem of the name the ads
    manager gives it, what it buys, where it runs, and when in the year it starts (month, day;
    None: any time, an evergreen campaign; "ramadan": the first days of Ramadan)."""

    name: str
    stem: str
    objective: CampaignObjective
    platforms: tuple[Platform, ...]
    starts: tuple[int, int] | str | None = None


@dataclass(frozen=True)
class BrandNumbers:
    """A brand's paid side: currency, the ads manager's name prefix, daily budget and CPM ranges
    (in the currency), its campaigns (the first, evergreen, is the one running now) and the
    captions of its posts found only in the exports."""

    currency: str
    prefix: str
    daily: tuple[float, float]
    cpm: tuple[float, float]
    campaigns: tuple[CampaignPlan, ...]
    unplanned: tuple[str, ...]


# The first day of Ramadan (approximately, as announced) by Gregorian year.
RAMADAN = {2020: date(2020, 4, 24), 2021: date(2021, 4, 13), 2022: date(2022, 4, 2),
           2023: date(2023, 3, 23), 2024: date(2024, 3, 11), 2025: date(2025, 3, 1),
           2026: date(2026, 2, 18), 2027: date(2027, 2, 8), 2028: date(2028, 1, 28),
           2029: date(2029, 1, 16), 2030: date(2030, 1, 6)}

NUMBERS: tuple[BrandNumbers, ...] = (
    BrandNumbers(
        "SAR", "NAKHEEL", (90.0, 380.0), (14.0, 32.0),
        (
            CampaignPlan("اطلب عبر التطبيق", "App_Orders_Traffic", Obj.TRAFFIC,
                         (P.INSTAGRAM, P.SNAPCHAT)),
            CampaignPlan("عروض رمضان", "Ramadan_Offers_Sales", Obj.SALES,
                         (P.SNAPCHAT, P.INSTAGRAM), "ramadan"),
            CampaignPlan("إطلاق قهوة الموسم", "Season_Coffee_Awareness", Obj.AWARENESS,
                         (P.TIKTOK, P.INSTAGRAM), (10, 5)),
            CampaignPlan("صباحك مع النخيل", "Morning_Engagement", Obj.ENGAGEMENT,
                         (P.INSTAGRAM, P.X), None),
            CampaignPlan("العودة للدراسة", "Back_To_School_Sales", Obj.SALES,
                         (P.SNAPCHAT, P.TIKTOK), (8, 20)),
            CampaignPlan("اليوم الوطني", "National_Day_Awareness", Obj.AWARENESS,
                         (P.X, P.SNAPCHAT, P.INSTAGRAM), (9, 12)),
        ),
        (
            "زحمة الجمعة اليوم 😅 شكراً لكل من مرّ علينا، والطاولات الخارجية رجعت!",
            "مطر الرياض ☔️ والقهوة الحارة أحلى مع هالجو… نراكم في الفرع",
            "وصلت دفعة جديدة من حبوب إثيوبيا، متوفرة من اليوم بكمية محدودة",
            "فريق الباريستا يجهّز للمسابقة المحلية الأسبوع الجاي، ادعوا لنا 🤞",
            "لقطة من الصباح: أول كوب من الفلتر الجديد ☕️",
            "تنبيه: الفرع يفتح اليوم الساعة ١٠ بسبب الصيانة، نعتذر عن التأخير",
        ),
    ),
    BrandNumbers(
        "GBP", "BLOOM", (15.0, 65.0), (4.5, 9.5),
        (
            CampaignPlan("Same-day delivery", "SameDay_Delivery_Conv", Obj.SALES,
                         (P.INSTAGRAM, P.FACEBOOK)),
            CampaignPlan("Valentine's Day roses", "VDAY_Roses_Conv", Obj.SALES,
                         (P.INSTAGRAM, P.FACEBOOK), (2, 1)),
            CampaignPlan("Mother's Day bouquets", "MothersDay_Conv", Obj.SALES,
                         (P.FACEBOOK, P.INSTAGRAM), (3, 1)),
            CampaignPlan("Wedding flowers enquiries", "Weddings_Leads", Obj.LEADS,
                         (P.INSTAGRAM, P.PINTEREST), (4, 15)),
            CampaignPlan("Office flower subscriptions", "B2B_Subscriptions_Leads", Obj.LEADS,
                         (P.LINKEDIN,), (9, 8)),
            CampaignPlan("Spring range", "Spring_Range_Traffic", Obj.TRAFFIC,
                         (P.PINTEREST, P.INSTAGRAM), (3, 25)),
            CampaignPlan("Meet the florists", "Local_Awareness", Obj.AWARENESS,
                         (P.FACEBOOK, P.INSTAGRAM), None),
            CampaignPlan("Christmas wreaths", "XMAS_Wreaths_Conv", Obj.SALES,
                         (P.INSTAGRAM, P.FACEBOOK), (11, 20)),
        ),
        (
            "Van's loaded and out the door: 42 same-day deliveries before noon! 🚐🌷",
            "Sneak peek from the workshop: peonies have landed. First come, first served.",
            "Our Didsbury shop is closed early today for a private event. Back tomorrow 9am.",
            "Thank you Manchester! We've been shortlisted for Independent Florist of the Year.",
            "Rainy Tuesday, bright buckets. Pop in for a free stem with any coffee receipt ☕",
            "Behind the scenes at this weekend's wedding at the Midland 💐",
        ),
    ),
    BrandNumbers(
        "EGP", "NABD", (450.0, 1800.0), (45.0, 110.0),
        (
            CampaignPlan("حصة تجريبية مجانية", "Free_Trial_Leads", Obj.LEADS,
                         (P.INSTAGRAM, P.FACEBOOK)),
            CampaignPlan("اشتراكات رمضان", "Ramadan_Memberships_Sales", Obj.SALES,
                         (P.INSTAGRAM, P.FACEBOOK), "ramadan"),
            CampaignPlan("افتتاح الفرع الثاني", "Branch2_Opening_Awareness", Obj.AWARENESS,
                         (P.FACEBOOK, P.INSTAGRAM), (3, 10)),
            CampaignPlan("تحدي ٣٠ يوم", "30Day_Challenge_Engagement", Obj.ENGAGEMENT,
                         (P.INSTAGRAM,), (1, 3)),
            CampaignPlan("برنامج ما بعد الولادة", "Postnatal_Program_Leads", Obj.LEADS,
                         (P.FACEBOOK,), (6, 1)),
            CampaignPlan("تمارين منزلية قصيرة", "Home_Workouts_Views", Obj.VIDEO_VIEWS,
                         (P.YOUTUBE,), (7, 15)),
            CampaignPlan("عروض الصيف", "Summer_Offer_Sales", Obj.SALES,
                         (P.INSTAGRAM, P.FACEBOOK), (6, 20)),
        ),
        (
            "حصة الزومبا النهارده كانت نار 🔥 شكراً لكل اللي حضروا!",
            "تنبيه: حصة الساعة ٧ مساءً اتنقلت للقاعة الكبيرة النهارده",
            "أول صورة من الفرع الجديد وهو بيتجهّز 😍 قريب جداً",
            "مدربتنا سلمى خلّصت شهادة التغذية الرياضية، ألف مبروك 👏",
            "الجو حر؟ ماتنسوش زجاجة المياه… عندنا مبرّد مياه جديد في الاستقبال",
            "تحدي البلانك النهارده: أطول وقت كان ٤ دقايق و١٢ ثانية 💪",
        ),
    ),
)
