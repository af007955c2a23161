"""The words of the sample's content plan, per sample brand (in the order of SAMPLE_BRANDS):
pillars with their topics, calls to action, captions, designers' notes, ideas, posting slots
per platform and the dates the brand always marks."""

from __future__ import annotations

from dataclasses import dataclass

from smm_desktop.domain.enums import Platform, PostPurpose

P, U = Platform, PostPurpose


@dataclass(frozen=True)
class PillarPlan:
    """A pillar and the posts it brings: what they are for and what they are about."""

    name: str
    colour: str
    share: int
    description: str
    purposes: tuple[PostPurpose, ...]
    topics: tuple[str, ...]


@dataclass(frozen=True)
class BrandPlan:
    """Everything the sample writes into one brand's plan. Captions hold {topic}; slots are
    (weekday 0 Monday … 6 Sunday, "HH:MM") per platform."""

    pillars: tuple[PillarPlan, ...]
    ctas: tuple[str, ...]
    captions: tuple[str, ...]
    notes: tuple[str, ...]
    owners: tuple[str, ...]
    ideas: tuple[str, ...]
    slots: dict[Platform, tuple[tuple[int, str], ...]]
    occasions: tuple[tuple[int, int, str], ...]
    lessons: tuple[str, ...]
    change_notes: tuple[str, ...]


CAFE = BrandPlan(
    pillars=(
        PillarPlan("أجواء المذاكرة", "#5B3A29", 35, "الركن الهادئ والطلاب وأوقات الاختبارات",
                   (U.AWARENESS, U.COMMUNITY),
                   ("ركن المذاكرة الجديد", "نصائح للمذاكرة أيام الاختبارات",
                    "قائمة تشغيل هادئة للمذاكرة", "ساعات العمل أيام الاختبارات",
                    "طاولات الشحن والإنترنت السريع", "يوم في المقهى مع طالبة طب")),
        PillarPlan("القهوة المختصة", "#D9A441", 30, "المحاصيل والتحميص وطرق التحضير",
                   (U.AWARENESS, U.ENGAGEMENT),
                   ("محصول إثيوبي جديد", "الفرق بين V60 والكيمكس", "كيف نحمّص قهوتنا",
                    "تحدي تذوق القهوة", "قهوة اليوم من الباريستا", "أسطورة الكافيين: صح أو خطأ")),
        PillarPlan("العروض والمواسم", "#8C5E3C", 20, "عروض الطلاب والمناسبات",
                   (U.SALES, U.TRAFFIC),
                   ("عرض الطلاب بعد العصر", "قائمة الشتاء الجديدة", "كوب مجاني للطلب العاشر",
                    "مشروبات رمضان", "عرض اليوم الوطني", "حلى الموسم")),
        PillarPlan("مجتمع الحي", "#3E6B48", 15, "ضيوف المقهى وجيران الحي",
                   (U.COMMUNITY, U.ENGAGEMENT),
                   ("صورة الأسبوع من متابعينا", "تعرّف على فريق الباريستا",
                    "لقاء نادي القراءة", "سؤال الأسبوع: قهوتك المفضلة؟")),
    ),
    ctas=("احجز طاولتك", "اطلب عبر التطبيق", "شاركنا رأيك في التعليقات", "زورونا اليوم",
          "احفظ المنشور", "أرسله لصديقك اللي يذاكر"),
    captions=("{topic} ☕ تعال ذاكر عندنا في حي الملقا، الركن الهادئ بانتظارك.",
              "{topic}: قهوة مختصة محمصة يدويًا وجو هادئ حتى منتصف الليل.",
              "جديدنا هذا الأسبوع: {topic}. حياك!",
              "{topic} — وش رأيك؟ قل لنا في التعليقات."),
    notes=("صورة قريبة للكوب على الطاولة الخشبية، إضاءة دافئة", "فيديو ١٥ ثانية بدون موسيقى حقوق",
           "استخدم خط الهوية والشعار الجديد", "لقطات من الركن الهادئ بعد المغرب"),
    owners=("سارة (التصميم)", "فهد (تصوير)", "ريم (مونتاج)"),
    ideas=("بث مباشر من المحمصة", "تحدي ٣٠ يوم مذاكرة", "تعاون مع نادي الكتاب بالجامعة",
           "استطلاع: أي حلى نضيف؟", "مسابقة أجمل صورة قهوة", "كواليس تجهيز الصباح",
           "دليل المشروبات بلا كافيين", "قصة المزرعة اللي نشتري منها", "ركن خاص للمجموعات",
           "فطور الاختبارات", "ورشة تذوق للمبتدئين", "جولة في المقهى بالفيديو"),
    slots={P.INSTAGRAM: ((6, "19:00"), (1, "19:00"), (3, "19:00")),
           P.X: ((6, "12:30"), (0, "12:30"), (2, "12:30")),
           P.TIKTOK: ((0, "21:00"), (2, "21:00"), (5, "21:00")),
           P.SNAPCHAT: ((1, "17:00"), (3, "17:00"), (4, "17:00"))},
    occasions=((9, 23, "اليوم الوطني السعودي"), (2, 22, "يوم التأسيس"),
               (10, 1, "اليوم العالمي للقهوة")),
    lessons=("الريلز القصيرة تفوقت على الصور بثلاثة أضعاف", "التفاعل أعلى بعد العشاء",
             "سؤال في نهاية النص ضاعف التعليقات", "العروض تنجح أكثر يوم الأحد"),
    change_notes=("غيّروا الصورة إلى الركن الجديد", "النص طويل، اختصروه لسطرين",
                  "لا تذكروا السعر في المنشور"),
)

BLOOM = BrandPlan(
    pillars=(
        PillarPlan("Weddings & events", "#2F5D50", 30, "Real weddings, planner tips, venues",
                   (U.LEADS, U.AWARENESS),
                   ("Bridal bouquet of the week", "Real wedding: a June day in Didsbury",
                    "Five questions to ask your florist", "Buttonholes that last all day",
                    "Venue styling at The Refuge", "Peonies: when they are in season")),
        PillarPlan("Same-day gifting", "#F2B5C4", 35, "Bouquets that arrive today",
                   (U.SALES, U.TRAFFIC),
                   ("Order by 2pm, delivered today", "The thank-you bouquet", "New-baby flowers",
                    "Get-well posy under £30", "Birthday bundle with chocolates",
                    "Letterbox flowers are back")),
        PillarPlan("Seasonal & care tips", "#7A9E7E", 20, "What is in season and how to keep it",
                   (U.ENGAGEMENT, U.SUPPORT),
                   ("How to make tulips last a week", "British flowers this month",
                    "Drying your wedding bouquet", "Autumn wreath workshop",
                    "Why we cut stems at an angle", "Winter greenery guide")),
        PillarPlan("Behind the counter", "#C9A66B", 15, "The team, the 5am market, the shops",
                   (U.COMMUNITY, U.AWARENESS),
                   ("Meet Hannah, our head florist", "5am at the flower market",
                    "A day in the Ancoats shop", "Our zero-plastic wrapping")),
    ),
    ctas=("Order by 2pm for same-day delivery", "Book a wedding consultation",
          "Tap the link in bio", "Save this for later", "Tell us your favourite below",
          "Pop into the shop"),
    captions=("{topic}. Hand-tied in our Manchester studio and delivered the same day.",
              "{topic} 🌿 Fresh from the market this morning.",
              "New on the blog: {topic}. Read it via the link in bio.",
              "{topic}: which one would you choose?"),
    notes=("Flat lay on the oak table, natural light, no filter",
           "Carousel: 5 slides, logo on the last one only", "Vertical video, 20s, shop sounds",
           "Show the price card in the second slide"),
    owners=("Hannah (photos)", "Tom (video)", "Priya (design)"),
    ideas=("Mother's Day pre-order countdown", "Florist Q&A live on Instagram",
           "Bouquet subscription launch", "Wedding fair in Didsbury", "Staff picks of the week",
           "Customer delivery stories", "Dried flowers range", "Corporate reception flowers",
           "Pressed-flower workshop", "Pinterest board: spring weddings"),
    slots={P.INSTAGRAM: ((0, "08:30"), (2, "08:30"), (4, "08:30")),
           P.FACEBOOK: ((1, "12:00"), (3, "12:00"), (5, "10:00")),
           P.PINTEREST: ((2, "20:00"), (5, "20:00"), (6, "20:00")),
           P.LINKEDIN: ((1, "09:00"), (3, "09:00"))},
    occasions=((2, 14, "Valentine's Day"), (12, 25, "Christmas"), (11, 11, "Singles' Day")),
    lessons=("Carousels saved twice as often as single images", "Morning posts beat evening",
             "Price in the caption lifted clicks", "Wedding posts drove enquiries by email"),
    change_notes=("Use the June wedding photo instead", "Please drop the discount wording",
                  "Shorter caption, one emoji"),
)

NABD = BrandPlan(
    pillars=(
        PillarPlan("تمارين للمبتدئات", "#E4572E", 40, "تمارين قصيرة خطوة بخطوة",
                   (U.ENGAGEMENT, U.AWARENESS),
                   ("تمرين ١٠ دقائق في البيت", "إحماء قبل الجري", "تمارين الظهر للمكتب",
                    "أول أسبوع في الجيم", "تمارين بدون أدوات", "تمدد قبل النوم")),
        PillarPlan("التغذية", "#17BEBB", 25, "وجبات بسيطة ونصائح أخصائية التغذية",
                   (U.ENGAGEMENT, U.SUPPORT),
                   ("فطار سريع قبل التمرين", "كم كوب مية تحتاجين؟", "سناك صحي للشغل",
                    "خرافات الرجيم", "وجبة بعد التمرين")),
        PillarPlan("قصص عضواتنا", "#FFC914", 20, "تجارب حقيقية بموافقة العضوات",
                   (U.COMMUNITY, U.LEADS),
                   ("رحلة منى في ٣ شهور", "من أول جلسة لحد ماراثون", "أم وبتتمرن",
                    "قصة تحدي نبض")),
        PillarPlan("العروض والاشتراكات", "#2E282A", 15, "الجلسة التجريبية والفرع الجديد",
                   (U.SALES, U.LEADS),
                   ("جلسة تجريبية مجانية", "اشتراك الصيف", "افتتاح فرع التجمع",
                    "عرض صاحبتك معاكي")),
    ),
    ctas=("احجزي جلستك التجريبية", "ابعتي لنا على واتساب", "احفظي التمرين",
          "شاركي صاحبتك", "اكتبي لنا سؤالك"),
    captions=("{topic} 💪 خطوة بخطوة وفي مساحة آمنة.",
              "{topic}: جربيها النهارده وقوليلنا حسيتي بإيه.",
              "جديد نبض: {topic}. قوتك بتبدأ بخطوة.",
              "{topic} — احفظي البوست وارجعي له."),
    notes=("فيديو رأسي ٣٠ ثانية مع ترجمة على الشاشة", "صور العضوات بموافقة مكتوبة فقط",
           "ألوان الهوية البرتقالي والتركواز", "صورة غلاف لليوتيوب بخط كبير"),
    owners=("ياسمين (تصوير)", "دينا (تصميم)", "كوتش نهى"),
    ideas=("تحدي ٣٠ يوم", "لايف مع أخصائية التغذية", "جولة في الفرع الجديد",
           "سلسلة تمارين للحوامل", "استطلاع: أحسن وقت للتمرين", "قبل وبعد بموافقة العضوات",
           "بودكاست قصير عن الثقة", "يوم مفتوح للأمهات", "تمارين رمضان الخفيفة"),
    slots={P.INSTAGRAM: ((5, "20:00"), (0, "20:00"), (2, "20:00")),
           P.FACEBOOK: ((6, "18:00"), (1, "18:00"), (3, "18:00")),
           P.YOUTUBE: ((6, "17:00"), (2, "17:00")),
           P.WHATSAPP_BUSINESS: ((3, "11:00"), (5, "10:00"))},
    occasions=((3, 21, "عيد الأم"), (3, 8, "يوم المرأة العالمي"), (1, 1, "رأس السنة")),
    lessons=("فيديوهات التمارين القصيرة أعلى وصول", "قصص العضوات جابت رسائل أكتر",
             "العروض على واتساب أسرع رد", "العناوين بالأرقام أفضل على يوتيوب"),
    change_notes=("بلاش صورة العضوة من غير موافقة", "غيروا كلمة رجيم", "ضيفوا ميعاد الجلسة"),
)

PLANS: tuple[BrandPlan, ...] = (CAFE, BLOOM, NABD)
