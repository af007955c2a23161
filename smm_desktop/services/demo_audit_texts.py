"""The words of the sample's account audits: Arabic for the Arabic brands, English for Bloom & Co.
Each brand gets the notes of the points to fix, what passed, its best posts and what failed."""

from __future__ import annotations

from smm_desktop.domain.enums import AuditItem

Notes = dict[AuditItem, str]

_AR_FIX: Notes = {
    AuditItem.BIO_LINK: "الرابط في النبذة يفتح قائمة قديمة؛ نضع رابط الطلب المباشر وساعات العمل",
    AuditItem.IMAGES: "الصورة الشخصية بالشعار القديم ولا تُقرأ داخل الدائرة؛ الغلاف بدقة منخفضة",
    AuditItem.PINNED: "لا يوجد محتوى مثبّت؛ نثبّت فيديو تعريفيًا بالمكان وعرض الأسبوع",
    AuditItem.CONSISTENCY: "النشر متقطع: أسابيع بلا منشورات ثم ثلاثة في يوم واحد",
    AuditItem.ENGAGEMENT: "التفاعل أقل من ١٪ والتعليقات تبقى أيامًا بلا رد",
    AuditItem.BEST_POSTS: "أفضل المنشورات لا يُعاد استخدامها ولا تُحوَّل إلى قصص",
    AuditItem.FAILED_BEFORE: "تكرار العروض النصية الطويلة رغم ضعف نتائجها",
}
_AR_PASS: Notes = {
    AuditItem.BIO_LINK: "النبذة واضحة وفيها الموقع ورابط الطلب",
    AuditItem.IMAGES: "الشعار واضح والغلاف بألوان الهوية",
    AuditItem.PINNED: "ثلاثة منشورات مثبّتة: الموقع، القائمة، آراء العملاء",
    AuditItem.CONSISTENCY: "نشر منتظم ثلاث مرات أسبوعيًا",
    AuditItem.ENGAGEMENT: "الردود على التعليقات خلال يوم",
    AuditItem.BEST_POSTS: "",
    AuditItem.FAILED_BEFORE: "",
}
_EN_FIX: Notes = {
    AuditItem.BIO_LINK: "Bio link goes to the old homepage; point it to same-day delivery",
    AuditItem.IMAGES: "Profile picture is the 2019 logo, cropped badly in the circle",
    AuditItem.PINNED: "Nothing pinned; pin the delivery promise and a wedding showcase",
    AuditItem.CONSISTENCY: "Bursts before holidays, then silence for weeks",
    AuditItem.ENGAGEMENT: "Comments left unanswered for days; engagement under 1%",
    AuditItem.BEST_POSTS: "Top posts never reused as stories or ads",
    AuditItem.FAILED_BEFORE: "Still posting price lists that never worked",
}
_EN_PASS: Notes = {
    AuditItem.BIO_LINK: "Clear bio with both shop addresses and the order link",
    AuditItem.IMAGES: "New logo and a seasonal cover",
    AuditItem.PINNED: "Delivery promise pinned",
    AuditItem.CONSISTENCY: "Three posts a week, steady",
    AuditItem.ENGAGEMENT: "Replies within the day",
    AuditItem.BEST_POSTS: "",
    AuditItem.FAILED_BEFORE: "",
}

# Per brand, in the order of SAMPLE_BRANDS: (fix notes, pass notes).
NOTES: tuple[tuple[Notes, Notes], ...] = ((_AR_FIX, _AR_PASS), (_EN_FIX, _EN_PASS),
                                          (_AR_FIX, _AR_PASS))

BEST_POSTS: tuple[tuple[str, ...], ...] = (
    ("فيديو تحضير اللاتيه آرت (٤٨ ألف مشاهدة)", "صور ركن المذاكرة وقت الغروب",
     "مسابقة «اختر نكهة الشهر»"),
    ("Behind the scenes of a wedding arch (reel)", "Mother's Day bouquet countdown",
     "Customer photos of same-day deliveries"),
    ("تمرين ١٠ دقائق في البيت مع المدربة", "قصص المشتركات قبل وبعد", "جدول الحصص الأسبوعي"),
)
FAILED_BEFORE: tuple[tuple[str, ...], ...] = (
    ("العروض النصية الطويلة", "منشورات الأعياد العامة بلا صلة بالمقهى", "الإعلانات بلا استهداف"),
    ("Price list images", "Generic stock photos", "Giveaways asking for tags only"),
    ("صور الأجهزة الفارغة", "منشورات التخفيضات بلا موعد نهائي", "البث المباشر بلا إعلان مسبق"),
)
NOTES_FIRST = (
    "أول تدقيق عند استلام الحسابات من العميل؛ الأرقام من صفحة الإحصاءات يوم التدقيق.",
    "Audit on taking over the accounts; numbers from each platform's insights that day.",
    "تدقيق الاستلام؛ الحسابات كانت تُدار من موظفة الاستقبال بلا خطة.",
)
NOTES_AGAIN = (
    "إعادة تدقيق بعد الموسم: معظم النقاط أُصلحت.",
    "Re-audit before the Christmas push: most points fixed.",
    "إعادة تدقيق قبل افتتاح الفرع الثاني.",
)
FIXED_PREFIX = ("تم: ", "Done: ", "تم: ")
