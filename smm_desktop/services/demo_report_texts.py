"""The words of the sample's written reviews, in Arabic and English: sentences with slots the
period's own numbers fill (the top post, the weakest one, the plan kept, the account that grew)."""

from __future__ import annotations

# Per language: the content types and platforms as a manager writes them.
TYPES = {
    "en": {"image": "photos", "carousel": "carousels", "video": "videos",
           "short_video": "reels", "story": "stories", "text": "text posts",
           "link": "link posts", "poll": "polls", "live": "lives", "": "posts"},
    "ar": {"image": "الصور", "carousel": "الكاروسيل", "video": "الفيديوهات",
           "short_video": "المقاطع القصيرة", "story": "القصص", "text": "المنشورات النصية",
           "link": "منشورات الروابط", "poll": "الاستطلاعات", "live": "البث المباشر",
           "": "المنشورات"},
}
PLATFORMS = {
    "en": {"instagram": "Instagram", "facebook": "Facebook", "x": "X", "tiktok": "TikTok",
           "youtube": "YouTube", "snapchat": "Snapchat", "pinterest": "Pinterest",
           "linkedin": "LinkedIn", "threads": "Threads", "whatsapp_business": "WhatsApp"},
    "ar": {"instagram": "إنستغرام", "facebook": "فيسبوك", "x": "إكس", "tiktok": "تيك توك",
           "youtube": "يوتيوب", "snapchat": "سناب شات", "pinterest": "بنترست",
           "linkedin": "لينكدإن", "threads": "ثريدز", "whatsapp_business": "واتساب"},
}
PERIOD = {"en": {"weekly": "week", "monthly": "month", "quarterly": "quarter"},
          "ar": {"weekly": "الأسبوع", "monthly": "الشهر", "quarterly": "الربع"}}

# Slots: {top_topic} {top_platform} {top_rate} {best_platform} {best_growth} {best_type}
# {best_type_rate} {bottom_topic} {bottom_rate} {bottom_type} {period}; {published} = every
# post that went out, {kept} of the {planned} planned ones went out ({missed} did not).
# Each list is a few ways of saying the same thing; the sample picks one whose facts hold.
WORKED = {
    "en": (
        '"{top_topic}" on {top_platform} was the post of the {period}: {top_rate}% engagement '
        "by reach. {best_platform} gained {best_growth} followers.",
        "{best_type} carried the {period} at {best_type_rate}% engagement on average, with "
        '"{top_topic}" ({top_platform}, {top_rate}%) the strongest single post.',
        "{published} posts went out and {best_platform} grew by {best_growth} followers; "
        '"{top_topic}" reached people well beyond our followers ({top_rate}%).',
    ),
    "ar": (
        "منشور «{top_topic}» على {top_platform} كان الأفضل في {period} بنسبة تفاعل {top_rate}٪ "
        "من الوصول، وزاد متابعو {best_platform} بمقدار {best_growth}.",
        "{best_type} قادت أداء {period} بمتوسط تفاعل {best_type_rate}٪، وأقوى منشور كان "
        "«{top_topic}» على {top_platform} ({top_rate}٪).",
        "بلغ عدد المنشورات {published}، وزاد متابعو {best_platform} بمقدار {best_growth}، "
        "ووصل «{top_topic}» إلى جمهور أوسع من متابعينا ({top_rate}٪).",
    ),
}
DID_NOT = {
    "en": (
        '"{bottom_topic}" stalled at {bottom_rate}% engagement; {bottom_type} in general did '
        "not get people talking.",
        "Only {kept} of the {planned} planned posts went out ({missed} slipped), so the "
        '{period} felt uneven; "{bottom_topic}" was the weakest at {bottom_rate}%.',
        '{bottom_type} underperformed again: "{bottom_topic}" got {bottom_rate}% engagement '
        "against an average well above that.",
    ),
    "ar": (
        "منشور «{bottom_topic}» توقف عند {bottom_rate}٪ تفاعل، و{bottom_type} عمومًا لم "
        "تشجع الجمهور على التعليق.",
        "نُشر {kept} فقط من أصل {planned} في الخطة ({missed} لم تُنشر)، فجاء {period} "
        "متقطعًا، وأضعف منشور كان «{bottom_topic}» بنسبة {bottom_rate}٪.",
        "{bottom_type} كانت أقل من المتوقع مرة أخرى: «{bottom_topic}» حقق {bottom_rate}٪ "
        "فقط من التفاعل.",
    ),
}
NEXT = {
    "en": (
        "Plan two more {best_type} next {period} and repost the idea behind "
        '"{top_topic}" on {best_platform}; drop {bottom_type} to one a week.',
        "Batch-produce the {period}'s posts by Wednesday so nothing slips; test a stronger "
        "hook on {bottom_type} before giving up on them.",
        "Keep {best_type} as the weekly anchor, reply to every comment within the hour, and "
        "ask the client for fresh photos for {best_platform}.",
    ),
    "ar": (
        "زيادة {best_type} بمنشورين في {period} القادم وإعادة فكرة «{top_topic}» على "
        "{best_platform}، وتقليل {bottom_type} إلى مرة أسبوعيًا.",
        "تجهيز منشورات {period} كلها قبل الأربعاء حتى لا يتأخر شيء، وتجربة افتتاحية أقوى "
        "في {bottom_type} قبل الاستغناء عنها.",
        "الإبقاء على {best_type} ركيزةً أسبوعية، والرد على كل تعليق خلال ساعة، وطلب صور "
        "جديدة من العميل لحساب {best_platform}.",
    ),
}
# Added only when the period had a campaign: {campaign} (the one that spent most) and its
# {campaign_results} results.
CAMPAIGN = {
    "en": ('The "{campaign}" campaign ran alongside the posts and brought {campaign_results} '
           "results.",),
    "ar": ("حملة «{campaign}» رافقت المنشورات وحققت {campaign_results} نتيجة.",),
}
# When the period has no post with numbers: a short honest note.
QUIET = {
    "en": ("A quiet {period}: {published} posts, too few numbers to compare yet.",
           "Nothing stood out badly; the plan was thin.",
           "Fill the plan for the next {period} and import the numbers on Monday."),
    "ar": ("{period} هادئ: عدد المنشورات {published}، والأرقام قليلة للمقارنة.",
           "لم يظهر ضعف واضح؛ الخطة كانت خفيفة.",
           "ملء خطة {period} القادم واستيراد الأرقام يوم الاثنين."),
}
