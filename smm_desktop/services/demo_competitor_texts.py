"""The sample's competitors, in each brand's language (in the order of SAMPLE_BRANDS): their
profiles, accounts and how they grow, the hashtags and formats they use, what the manager noted
of them, and the strategy guesses written from that log."""

from __future__ import annotations

from dataclasses import dataclass

from smm_desktop.domain.enums import ContentType, Platform

IG, X, TT, FB, PIN, YT = (Platform.INSTAGRAM, Platform.X, Platform.TIKTOK, Platform.FACEBOOK,
                          Platform.PINTEREST, Platform.YOUTUBE)
C = ContentType


@dataclass(frozen=True)
class SampleCompetitor:
    """`curve`: "steady" grows every week, "plateau" stalls halfway, "surge" takes off after a
    viral post; `followers` at the start of the year per account; `posts` a week."""

    name: str
    website: str
    positioning: str
    strengths: str
    weaknesses: str
    to_learn: str
    to_avoid: str
    notes: str
    accounts: tuple[tuple[Platform, str, int], ...]
    curve: str
    posts: float
    formats: tuple[ContentType, ...]


@dataclass(frozen=True)
class BrandTexts:
    competitors: tuple[SampleCompetitor, ...]
    hashtags: tuple[str, ...]
    notable: tuple[str, ...]
    log: tuple[str, ...]
    guesses: tuple[tuple[str, str, str, str], ...]  # focus, frequency, formats, note


CAFE = BrandTexts(
    competitors=(
        SampleCompetitor(
            "بن الديرة", "https://bin-aldeira.example.com", "قهوة مختصة للطلاب بأسعار أقل",
            "ردود سريعة على التعليقات؛ مسابقة أسبوعية كل جمعة", "صور متفاوتة الجودة؛ لا هوية بصرية ثابتة",
            "مسابقات الجمعة تجمع تعليقات كثيرة بتكلفة قليلة", "الخصومات المبالغ فيها التي تضعف صورة الجودة",
            "أقرب منافس لنا جغرافيًا: فرعهم على بعد شارعين.",
            ((IG, "bin.aldeira", 17200), (TT, "binaldeira", 4100)), "steady", 5, (C.SHORT_VIDEO, C.CAROUSEL, C.IMAGE)),
        SampleCompetitor(
            "روستري الملقا", "https://malqa-roastery.example.com", "محمصة فاخرة للمحترفين وعشاق القهوة المختصة",
            "محتوى تعليمي متقن عن التحميص والمحاصيل", "نبرة رسمية بعيدة عن الطلاب؛ نشر غير منتظم",
            "سلاسل تعليمية قصيرة تبني الثقة بالخبرة", "المصطلحات التقنية الكثيرة دون شرح",
            "يبيعون الحبوب أونلاين أكثر من الجلسات.",
            ((IG, "malqa.roastery", 24500), (X, "MalqaRoastery", 9800)), "plateau", 3, (C.CAROUSEL, C.IMAGE, C.TEXT)),
        SampleCompetitor(
            "قهوة السدو", "https://sadu-coffee.example.com", "مقهى بطابع نجدي تراثي وجلسات خارجية",
            "فيديوهات قصيرة بأسلوب قصصي؛ تعاون مع مؤثرين محليين", "بطء الرد على الرسائل؛ أسعار أعلى",
            "ربط القهوة بالتراث والمناسبات المحلية", "الاعتماد الكامل على المؤثرين دون محتوى خاص بهم",
            "انتشر لهم مقطع في تيك توك في منتصف السنة وتضاعف نموهم.",
            ((IG, "sadu.coffee", 9100), (TT, "sadu.coffee", 3500), (X, "SaduCoffee", 2100)), "surge", 4,
            (C.SHORT_VIDEO, C.STORY, C.IMAGE)),
    ),
    hashtags=("#قهوة", "#قهوة_مختصة", "#الرياض", "#مقاهي_الرياض", "#كوفي", "#specialtycoffee",
              "#v60", "#لاتيه", "#حي_الملقا", "#فطور", "#اختبارات", "#رمضان_كريم", "#جلسات_خارجية"),
    notable=("ريل الباريستا وهو يحضّر V60 بصوت هادئ: مشاهدات عالية", "مسابقة الجمعة: أكثر من ٤٠٠ تعليق",
             "صورة كاروسيل للقائمة الجديدة مع الأسعار", "مقطع مؤثر محلي يزور المقهى", "عرض الطلاب وقت الاختبارات",
             "لقطة الجلسة الخارجية في أول أيام الشتاء"),
    log=("أطلقوا سلسلة «قهوة الاختبارات» من اليوم الأول للاختبارات", "ردّوا على التعليقات خلال ساعة تقريبًا",
         "غيّروا صورة الحساب وألوان المنشورات", "أعلنوا عن قائمة شتوية بمشروبات جديدة",
         "تعاونوا مع مؤثرة قهوة معروفة في الرياض", "نشروا مسابقة بجائزة اشتراك شهري",
         "توقفوا عن النشر أسبوعًا كاملًا", "بدؤوا بث مباشر أسبوعي مع الباريستا",
         "خصم ٣٠٪ في اليوم الوطني", "جمعوا آراء المتابعين في استطلاع عن المحاصيل",
         "افتتحوا فرعًا جديدًا شمال الرياض", "ردّوا بأسلوب ساخر على شكوى علنية: تفاعل سلبي",
         "نشروا فيديو خلف الكواليس للتحميص", "سلسلة رمضانية يومية قبل الإفطار",
         "أعادوا نشر صور العملاء في القصص يوميًا", "رفعوا الأسعار وشرحوا السبب في منشور"),
    guesses=(
        ("الطلاب في موسم الاختبارات", "٤–٥ منشورات أسبوعيًا", "ريلز وكاروسيل", "يراهنون على العروض الموسمية"),
        ("القائمة الشتوية والجلسات الخارجية", "٣ منشورات أسبوعيًا مع قصص يومية", "صور وقصص",
         "تركيز على الأجواء أكثر من السعر"),
        ("التعاون مع المؤثرين", "منشوران أسبوعيًا ومقاطع المؤثرين", "فيديو قصير", "الوصول أهم لهم من التفاعل"),
        ("المحتوى التعليمي عن القهوة", "٣ منشورات أسبوعيًا", "كاروسيل ونص", "يبنون صورة الخبير"),
    ),
)

BLOOM = BrandTexts(
    competitors=(
        SampleCompetitor(
            "Petal Post", "https://petalpost.example.co.uk", "Same-day flowers across Manchester, ordered in two taps",
            "Fast delivery promise front and centre; slick product photos", "Generic captions; rarely replies to comments",
            "Clear delivery cut-off times in every post", "Discount codes in every caption: it cheapens the brand",
            "Our closest rival on delivery; they undercut us on price in February.",
            ((IG, "petalpost", 21400), (FB, "PetalPostFlowers", 12800)), "steady", 6, (C.IMAGE, C.CAROUSEL, C.SHORT_VIDEO)),
        SampleCompetitor(
            "The Northern Stem", "https://northernstem.example.co.uk", "Seasonal, British-grown wedding floristry",
            "Beautiful wedding portfolios; strong Pinterest boards", "Posts in bursts, then silence for weeks",
            "Pinterest boards per wedding style bring planners to them", "Long gaps between posts lose momentum",
            "Mostly weddings; they do not deliver same day.",
            ((IG, "northernstem", 15600), (PIN, "northernstem", 8300)), "plateau", 3, (C.CAROUSEL, C.IMAGE)),
        SampleCompetitor(
            "Wildflower Lane", "https://wildflowerlane.example.co.uk", "Playful, colourful bouquets and workshops",
            "Workshop reels and behind-the-scenes videos; a warm, funny voice", "Website is slow; prices unclear",
            "Workshops turn followers into customers and content", "Trend audio that has nothing to do with flowers",
            "A workshop reel went viral in the summer; growth has stayed faster since.",
            ((IG, "wildflowerlane.mcr", 7800), (FB, "WildflowerLaneMCR", 3900), (PIN, "wildflowerlane", 2100)),
            "surge", 5, (C.SHORT_VIDEO, C.STORY, C.CAROUSEL)),
    ),
    hashtags=("#flowers", "#manchesterflowers", "#florist", "#weddingflowers", "#samedaydelivery",
              "#bouquet", "#mcr", "#peonies", "#flowerdelivery", "#britishflowers",
              "#valentines", "#mothersday", "#flowerworkshop"),
    notable=("Peony season reel: their most shared post this year", "Carousel of a real wedding, tagged venue",
             "Workshop time-lapse with a funny voice-over", "Before/after of a shop window display",
             "Customer's proposal bouquet story, reshared", "Price list post: lots of saves"),
    log=("Launched a Valentine's pre-order campaign three weeks early", "Answered comments within the hour all week",
         "Started a weekly 'stem of the week' series", "Partnered with a Manchester wedding venue",
         "Ran a giveaway with a local bakery", "Posted nothing for ten days",
         "Introduced a flower subscription with a launch discount", "Reels with trending audio every other day",
         "Replied badly to a public complaint about a late delivery", "Opened bookings for autumn workshops",
         "Shared a price rise openly and explained the cost of British stems",
         "Mother's Day countdown stories, daily for two weeks", "Featured their florists by name in every post",
         "Moved from discount codes to free delivery thresholds", "Went live from the flower market at 5 am",
         "Pinned a post with delivery cut-off times"),
    guesses=(
        ("Seasonal gifting (Valentine's, Mother's Day)", "Daily in the fortnight before each date",
         "Carousels and countdown stories", "They win on urgency and cut-off times"),
        ("Weddings and venue partnerships", "Two or three posts a week", "Carousels, Pinterest boards",
         "Slow, high-value; they nurture planners"),
        ("Workshops and community", "Five posts a week, mostly reels", "Short video, lives",
         "Content doubles as a product: the workshop"),
        ("Subscriptions and repeat orders", "Three posts a week", "Image posts with offers",
         "Trying to smooth out the seasonal peaks"),
    ),
)

NABD = BrandTexts(
    competitors=(
        SampleCompetitor(
            "فِت هير ستوديو", "https://fither.example.com", "ستوديو نسائي بأسعار متوسطة في التجمع الخامس",
            "تحديات شهرية تجمع المتدربات؛ مدربات معروفات", "ازدحام الحصص المسائية؛ ردود متأخرة على الرسائل",
            "التحديات الشهرية بنتائج قبل وبعد بموافقة المتدربات", "الوعود بنتائج سريعة غير واقعية",
            "أكبر منافس مباشر؛ اشتراكاتهم أرخص قليلًا.",
            ((IG, "fither.eg", 26800), (FB, "FitHerEG", 19500)), "steady", 6, (C.SHORT_VIDEO, C.IMAGE, C.STORY)),
        SampleCompetitor(
            "ستوديو رشاقة", "https://rashaqa.example.com", "تمارين منزلية مجانية على يوتيوب واشتراكات أونلاين",
            "مكتبة فيديوهات طويلة ومنظمة", "لا يوجد ستوديو فعلي؛ تفاعل ضعيف على إنستغرام",
            "قوائم تشغيل حسب المستوى تبقي المشتركات", "فيديوهات طويلة دون ملخص قصير",
            "منافس على الاهتمام أكثر منه على الاشتراك.",
            ((IG, "rashaqa.studio", 14200), (YT, "RashaqaStudio", 31000)), "plateau", 3, (C.VIDEO, C.SHORT_VIDEO, C.LIVE)),
        SampleCompetitor(
            "بيلاتس هاوس القاهرة", "https://pilateshouse.example.com", "بيلاتس بالأجهزة للسيدات في مجموعات صغيرة",
            "جودة تصوير عالية؛ محتوى تعليمي عن الوضعيات", "أسعار مرتفعة؛ نشر قليل على فيسبوك",
            "شرح الفائدة الصحية لكل تمرين في ثوانٍ", "الظهور كخدمة للنخبة فقط",
            "انتشر لهم ريل عن آلام الظهر وزاد المتابعون بسرعة منذ ذلك الوقت.",
            ((IG, "pilateshouse.cairo", 6400), (FB, "PilatesHouseCairo", 2800)), "surge", 4,
            (C.SHORT_VIDEO, C.CAROUSEL, C.IMAGE)),
    ),
    hashtags=("#لياقة", "#رياضة_نسائية", "#القاهرة_الجديدة", "#بيلاتس", "#يوغا", "#تمارين",
              "#fitness", "#cairo", "#صحة", "#تحدي_المشي", "#التجمع_الخامس", "#رمضان", "#womenfitness"),
    notable=("ريل تمرين لآلام الظهر: أكثر منشور مشاركة", "نتيجة متدربة بعد ثلاثة أشهر بموافقتها",
             "بث مباشر لحصة صباحية كاملة", "كاروسيل عن التغذية قبل التمرين",
             "فيديو جولة في الستوديو الجديد", "تحدي المشي ٣٠ يومًا: مشاركات كثيرة"),
    log=("أطلقوا تحدي ٣٠ يومًا مع جوائز للمشاركات", "ردّوا على التعليقات خلال ساعة طوال الأسبوع",
         "أعلنوا عن فرع جديد في الشيخ زايد", "تعاونوا مع أخصائية تغذية في بث مباشر",
         "خصم على الاشتراك السنوي في بداية السنة", "توقفوا عن النشر أسبوعين",
         "جدول حصص رمضان نُشر قبل الشهر بأسبوع", "بدؤوا سلسلة «تمرين في دقيقة» يومية",
         "ردّوا بحدة على تعليق ينتقد الأسعار", "نشروا آراء المتدربات بالفيديو",
         "رفعوا الأسعار دون إعلان", "أطلقوا اشتراكًا أونلاين بنصف السعر",
         "استضافوا مدربة معروفة لحصة مجانية", "نشروا محتوى عن صحة المرأة بعد الولادة",
         "غيّروا الهوية البصرية وألوان الحساب", "أعادوا نشر قصص المتدربات يوميًا"),
    guesses=(
        ("التحديات الجماعية والمجتمع", "منشور يومي تقريبًا", "ريلز وقصص", "يبنون الانتماء قبل البيع"),
        ("الاشتراكات الأونلاين", "٣ منشورات أسبوعيًا مع فيديو طويل", "فيديو وبث مباشر",
         "يستهدفون من لا تستطيع الحضور"),
        ("الصحة والفائدة الطبية", "٤ منشورات أسبوعيًا", "ريلز تعليمية وكاروسيل", "صورة الخبيرات الموثوقات"),
        ("عروض بداية الموسم", "منشوران أسبوعيًا مع إعلانات", "صور بعروض", "يعتمدون على الخصم أكثر من المحتوى"),
    ),
)

TEXTS: tuple[BrandTexts, ...] = (CAFE, BLOOM, NABD)
