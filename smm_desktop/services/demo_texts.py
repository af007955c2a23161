"""The words of the sample's strategy and audience, per brand in the order of SAMPLE_BRANDS:
Arabic for the Arabic brands, English for the English one."""

from __future__ import annotations

from smm_desktop.domain.enums import BusinessGoalKind, Gender, Platform
from smm_desktop.services.goals import BusinessGoalInput
from smm_desktop.services.personas import PersonaInput

BUSINESS_GOALS: tuple[tuple[BusinessGoalInput, ...], ...] = (
    (BusinessGoalInput(BusinessGoalKind.AWARENESS,
                       "أن يعرف طلاب الجامعات في الرياض أن المقهى مكان هادئ للمذاكرة"),
     BusinessGoalInput(BusinessGoalKind.SALES, "زيادة طلبات القهوة الباردة في الصيف")),
    (BusinessGoalInput(BusinessGoalKind.SALES, "More same-day delivery orders from social"),
     BusinessGoalInput(BusinessGoalKind.NEW_AUDIENCE, "Offices ordering weekly flowers")),
    (BusinessGoalInput(BusinessGoalKind.NEW_AUDIENCE,
                       "مشتركات جديدات للفرع الثاني في التجمع الخامس"),
     BusinessGoalInput(BusinessGoalKind.AWARENESS, "أن يُعرف الاستوديو بأنه للسيدات فقط")),
)

# One per goal of RECIPES in demo_strategy.
GOAL_TITLES: tuple[tuple[str, ...], ...] = (
    ("متابعو إنستغرام قبل الموسم الدراسي", "متابعو تيك توك مع تحدي القهوة",
     "متابعو إكس في رمضان"),
    ("Instagram followers, all accounts", "Facebook followers for the delivery push",
     "Pinterest followers before Valentine's", "LinkedIn followers among office managers"),
    ("متابعو إنستغرام للفرع الجديد", "مشتركو يوتيوب لتمارين البيت",
     "متابعو فيسبوك في التجمع", "متابعو واتساب للعروض"),
)

REACH_TITLE = "الوصول إلى ١٠٠ ألف شخص على إكس في ١٠٠ يوم"

REASONS = (
    "نمونا بنحو ١٪ أسبوعيًا في الأشهر الماضية، ونضيف إعلانات ممولة ومسابقة شهرية.",
    "We grew steadily last year and add two reels a week plus a small ad budget.",
    "الفرع الجديد يفتح بحملة إعلانية، ونمونا السابق يدعم هذا الهدف.",
)

_Shares = dict[Platform, int]
PERSONAS: tuple[tuple[tuple[PersonaInput, _Shares], ...], ...] = (
    (
        (PersonaInput(
            "نورة الطالبة", Gender.FEMALE, 19, 24, ("الرياض", "حي الملقا"), "عزباء", "جامعية",
            "طالبة", "أقل من ٣٠٠٠ ريال", ("القهوة المختصة", "المذاكرة الجماعية", "التصوير"),
            ("لا تجد مكانًا هادئًا للمذاكرة", "الإنترنت البطيء في المقاهي"),
            ("التخرج بامتياز", "السفر بعد التخرج"), ("تشتري بعد المحاضرات", "تحب العروض"),
            ("الأسعار مرتفعة",), ("ريلز قصيرة", "صور المكان"), "٤-٩ مساءً"),
         {Platform.INSTAGRAM: 85, Platform.TIKTOK: 70, Platform.SNAPCHAT: 90}),
        (PersonaInput(
            "خالد الموظف", Gender.MALE, 26, 38, ("الرياض",), "متزوج", "بكالوريوس",
            "موظف في شركة تقنية", "١٠-٢٠ ألف ريال", ("القهوة السريعة", "كرة القدم"),
            ("الزحام صباحًا",), ("ترقية في العمل",), ("يطلب عبر التطبيقات",),
            ("الانتظار طويل",), ("عروض الصباح",), "٧-٩ صباحًا"),
         {Platform.X: 75, Platform.SNAPCHAT: 60}),
        (PersonaInput(
            "عائلة أم سارة", Gender.FEMALE, 30, 45, ("الرياض", "الملقا"), "متزوجة ولديها أطفال",
            "جامعية", "ربة منزل", "", ("الحلويات", "جلسات نهاية الأسبوع"),
            ("قلة الأماكن المناسبة للعائلات",), ("وقت هادئ مع العائلة",),
            ("تشتري في نهاية الأسبوع",), (), ("صور الحلويات",), "الخميس مساءً"),
         {Platform.INSTAGRAM: 70, Platform.SNAPCHAT: 80, Platform.TIKTOK: 30}),
    ),
    (
        (PersonaInput(
            "Emma, wedding planner", Gender.FEMALE, 28, 45, ("Manchester", "Cheshire"), "",
            "Degree", "Wedding planner", "£35-50k", ("weddings", "seasonal flowers"),
            ("late suppliers",), ("a fully booked season",), ("orders in bulk, months ahead",),
            ("price per stem",), ("portfolios", "behind the scenes"), "9-11 pm"),
         {Platform.INSTAGRAM: 90, Platform.PINTEREST: 80, Platform.FACEBOOK: 40}),
        (PersonaInput(
            "Tom, office manager", Gender.ANY, 30, 55, ("Manchester city centre",), "", "",
            "Office manager", "", ("workplace wellbeing",), ("forgetting to reorder",),
            ("a reception people remember",), ("monthly invoice",), ("needs a contract",),
            ("case studies",), "lunchtime"),
         {Platform.LINKEDIN: 85, Platform.FACEBOOK: 30}),
    ),
    (
        (PersonaInput(
            "سلمى الموظفة", Gender.FEMALE, 24, 35, ("القاهرة الجديدة", "التجمع الخامس"),
            "عزباء", "جامعية", "محاسبة", "متوسط", ("اللياقة", "الأكل الصحي"),
            ("لا وقت للرياضة بعد العمل",), ("جسم صحي قبل الصيف",), ("اشتراك شهري",),
            ("الاستوديو بعيد",), ("تمارين قصيرة", "قصص المشتركات"), "٨-١١ مساءً"),
         {Platform.INSTAGRAM: 90, Platform.FACEBOOK: 60, Platform.YOUTUBE: 50}),
        (PersonaInput(
            "مدام هدى", Gender.FEMALE, 40, 55, ("مدينة نصر",), "متزوجة", "جامعية", "مديرة مدرسة",
            "فوق المتوسط", ("المشي", "اليوغا"), ("آلام الظهر",), ("نشاط أكثر",),
            ("تسأل على واتساب قبل الاشتراك",), ("الخصوصية",), ("نصائح صحية",), "٦-٨ صباحًا"),
         {Platform.FACEBOOK: 85, Platform.WHATSAPP_BUSINESS: 90}),
    ),
)
