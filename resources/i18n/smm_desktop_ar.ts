<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SMM Desktop</source>
        <translation>حول SMM Desktop</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>إشعارات الأطراف الخارجية</translation>
    </message>
    <message>
        <source>Font licences</source>
        <translation>تراخيص الخطوط</translation>
    </message>
    <message>
        <source>Plan, track and report social media work for your clients.</source>
        <translation>خطّط لأعمال وسائل التواصل الاجتماعي لعملائك، وتابِعها، وأعدّ تقاريرها.</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version. It comes with no warranty.</source>
        <translation>برنامج حر مرخّص بموجب &lt;a href=&quot;%1&quot;&gt;رخصة جنو العمومية العامة&lt;/a&gt;، الإصدار 3 أو أي إصدار لاحق، ويُقدَّم دون أي ضمان.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>تعديل الحساب</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@اسم_المستخدم</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>رابط الصفحة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>AccountTable</name>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Social accounts</source>
        <translation>حسابات التواصل</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>إضافة حساب…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>فتح الصفحة</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>إلغاء الأرشفة</translation>
    </message>
    <message>
        <source>Add account @%1</source>
        <translation>إضافة الحساب ‎@%1</translation>
    </message>
    <message>
        <source>Edit account @%1</source>
        <translation>تعديل الحساب ‎@%1</translation>
    </message>
    <message>
        <source>Unarchive @%1</source>
        <translation>إلغاء أرشفة ‎@%1</translation>
    </message>
    <message>
        <source>Archive @%1</source>
        <translation>أرشفة ‎@%1</translation>
    </message>
    <message>
        <source>Delete account @%1</source>
        <translation>حذف الحساب ‎@%1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>مساحة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;فتح مساحة عمل…</translation>
    </message>
    <message>
        <source>Open the &amp;sample workspace</source>
        <translation>فتح مساحة العمل ال&amp;تجريبية</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ال&amp;نسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>&amp;Export workspace to JSON…</source>
        <translation>&amp;تصدير مساحة العمل إلى JSON…</translation>
    </message>
    <message>
        <source>Export this &amp;brand to JSON…</source>
        <translation>تصدير هذه ال&amp;علامة التجارية إلى JSON…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;استيراد من JSON…</translation>
    </message>
    <message>
        <source>Import analytics &amp;files…</source>
        <translation>استيراد &amp;ملفات التحليلات…</translation>
    </message>
    <message>
        <source>Import lo&amp;g…</source>
        <translation>&amp;سجل الاستيراد…</translation>
    </message>
    <message>
        <source>&amp;Check workspace</source>
        <translation>&amp;فحص مساحة العمل</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>New &amp;brand…</source>
        <translation>&amp;علامة تجارية جديدة…</translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation>&amp;حساب جديد…</translation>
    </message>
    <message>
        <source>Switch brand</source>
        <translation>تبديل العلامة التجارية</translation>
    </message>
    <message>
        <source>&amp;Today panel</source>
        <translation>لوحة &amp;اليوم</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>فتح مجلد ال&amp;سجل</translation>
    </message>
    <message>
        <source>&amp;About SMM Desktop</source>
        <translation>&amp;حول SMM Desktop</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>تأخير</translation>
    </message>
    <message>
        <source>Attach media files</source>
        <translation>إرفاق ملفات وسائط</translation>
    </message>
    <message>
        <source>Media (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.mp4 *.mov *.m4v *.webm *.pdf);;All files (*)</source>
        <translation>الوسائط (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.mp4 *.mov *.m4v *.webm *.pdf);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>مفقود: %1</translation>
    </message>
</context>
<context>
    <name>AudienceAdvice</name>
    <message>
        <source>Set how much of each segment is on each platform in the table above: the advice on where to put your effort appears here.</source>
        <translation>حدّد في الجدول أعلاه نسبة وجود كل شريحة على كل منصة: ستظهر هنا النصيحة حول أين تضع جهدك.</translation>
    </message>
    <message>
        <source>Segments with no platform share set yet: %1. The advice leaves them out until you set their shares.</source>
        <translation>شرائح لم تُحدَّد نسبها على المنصات بعد: %1. لا تدخل في هذه التوصية حتى تحدّد نسبها.</translation>
    </message>
    <message>
        <source>In short: focus on %1.</source>
        <translation>باختصار: ركّز على %1.</translation>
    </message>
    <message>
        <source>In short: focus on %1; %2 can wait.</source>
        <translation>باختصار: ركّز على %1؛ ويمكن تأجيل %2.</translation>
    </message>
    <message>
        <source>Your segment spends %1% of its time on %2: put most of your effort there.</source>
        <translation>تقضي شريحتك %1% من وقتها على %2: ضع معظم جهدك هناك.</translation>
    </message>
    <message>
        <source>One of your %3 segments spends at least half its time on %2, and about %1% of your whole audience is there: put most of your effort on %2.</source>
        <translation>شريحة واحدة من شرائحك (عددها: %3) تقضي نصف وقتها على الأقل على %2، وهناك نحو %1% من جمهورك كله: ضع معظم جهدك على %2.</translation>
    </message>
    <message>
        <source>No segment spends half its time on one platform. The largest part of your audience, about %1%, is on %2: start there.</source>
        <translation>لا توجد شريحة تقضي نصف وقتها على منصة واحدة. الجزء الأكبر من جمهورك، نحو %1%، على %2: ابدأ من هناك.</translation>
    </message>
    <message>
        <source>Then %1: it reaches one more segment that spends at least half its time there.</source>
        <translation>ثم %1: تصل إلى شريحة أخرى تقضي نصف وقتها على الأقل هناك.</translation>
    </message>
    <message>
        <source>One segment spends less than half its time on any of these platforms: check its shares, or plan another way to reach it.</source>
        <translation>شريحة واحدة تقضي أقل من نصف وقتها على كل منصة من هذه المنصات: راجع نسبها، أو خطّط لطريقة أخرى للوصول إليها.</translation>
    </message>
    <message>
        <source>%n segments spend less than half their time on any of these platforms: check their shares, or plan another way to reach them.</source>
        <translation>شرائح (عددها: %n) تقضي أقل من نصف وقتها على كل منصة من هذه المنصات: راجع نسبها، أو خطّط لطريقة أخرى للوصول إليها.</translation>
    </message>
    <message>
        <source>The brand has no social accounts yet: open them on the platforms above.</source>
        <translation>ليس للعلامة التجارية حسابات تواصل بعد: افتحها على المنصات أعلاه.</translation>
    </message>
    <message>
        <source>The brand has no account on %1 yet, where much of your audience is.</source>
        <translation>ليس للعلامة التجارية حساب على %1 بعد، حيث يوجد كثير من جمهورك.</translation>
    </message>
    <message>
        <source>None of your segments is on %1, where the brand has an account: keep the effort there light, or check the segments&apos; shares.</source>
        <translation>لا توجد أي من شرائحك على %1، حيث للعلامة التجارية حساب: اجعل الجهد هناك خفيفًا، أو راجع نسب الشرائح.</translation>
    </message>
</context>
<context>
    <name>AudienceTab</name>
    <message>
        <source>Add another segment…</source>
        <translation>أضف شريحة أخرى…</translation>
    </message>
    <message>
        <source>This brand has only one audience segment. The job advises at least two, each with content of its own: think of who else buys, or who influences the buyer.</source>
        <translation>لهذه العلامة التجارية شريحة جمهور واحدة فقط. يُنصح في هذا العمل بشريحتين على الأقل، لكل منهما محتواها: فكّر في من يشتري أيضًا، أو من يؤثر في المشتري.</translation>
    </message>
    <message>
        <source>Who does this brand speak to?</source>
        <translation>لمن تتحدث هذه العلامة التجارية؟</translation>
    </message>
    <message>
        <source>Add the first segment…</source>
        <translation>أضف أول شريحة…</translation>
    </message>
    <message>
        <source>This brand has no audience segments yet. Describe the people it speaks to: who they are, what they struggle with and dream of, and where they spend their time online. The job advises at least two segments, each with content of its own.</source>
        <translation>لا توجد شرائح جمهور لهذه العلامة التجارية بعد. صِف الناس الذين تخاطبهم: من هم، وما يعانونه وما يحلمون به، وأين يقضون وقتهم على الإنترنت. يُنصح بشريحتين على الأقل، لكل منهما محتواها.</translation>
    </message>
    <message>
        <source>Personas belong to a brand. Add a brand in the Strategy tab first, or choose one with the brand switcher.</source>
        <translation>الشخصيات تتبع علامة تجارية. أضف علامة تجارية في تبويب الاستراتيجية أولًا، أو اختر واحدة من مبدّل العلامات.</translation>
    </message>
</context>
<context>
    <name>AuditAccountTable</name>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>آخر تدقيق</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Never audited</source>
        <translation>لم يُدقَّق بعد</translation>
    </message>
    <message>
        <source>Points to fix: %1</source>
        <translation>نقاط للإصلاح: %1</translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation>لا شيء للإصلاح</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Edit audit of %1</source>
        <translation>تعديل تدقيق %1</translation>
    </message>
    <message>
        <source>New audit of %1</source>
        <translation>تدقيق جديد لـ %1</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>غير محسوب</translation>
    </message>
    <message>
        <source>Which posts did best, and why you think so.</source>
        <translation>أي المنشورات حققت أفضل النتائج، ولماذا تظن ذلك.</translation>
    </message>
    <message>
        <source>Formats or topics that did not work before.</source>
        <translation>الصيغ أو المواضيع التي لم تنجح من قبل.</translation>
    </message>
    <message>
        <source>Anything else to remember from this audit.</source>
        <translation>أي شيء آخر يجب تذكّره من هذا التدقيق.</translation>
    </message>
    <message>
        <source>Audit day</source>
        <translation>يوم التدقيق</translation>
    </message>
    <message>
        <source>Posts in the last 90 days</source>
        <translation>المنشورات في آخر 90 يومًا</translation>
    </message>
    <message>
        <source>Best posts</source>
        <translation>أفضل المنشورات</translation>
    </message>
    <message>
        <source>What failed before</source>
        <translation>ما لم ينجح سابقًا</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>The points the audit of %1 left to fix come with their notes: mark each one again.</source>
        <translation>النقاط التي تركها تدقيق %1 للإصلاح منقولة مع ملاحظاتها: قيّم كل واحدة منها من جديد.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Baseline numbers on the audit day</source>
        <translation>أرقام الأساس في يوم التدقيق</translation>
    </message>
    <message>
        <source>Leave a number empty when it was not recorded.</source>
        <translation>اترك الرقم فارغًا إن لم يُسجَّل.</translation>
    </message>
    <message>
        <source>Show every KPI</source>
        <translation>إظهار كل مؤشرات الأداء</translation>
    </message>
    <message>
        <source>Latest recorded value, of %1: check it against the insights of the audit day.</source>
        <translation>آخر قيمة مسجّلة، بتاريخ %1: طابقها مع إحصاءات يوم التدقيق.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>التدقيقات</translation>
    </message>
    <message>
        <source>&amp;Audit of:</source>
        <translation>&amp;تدقيق يوم:</translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation>تدقيق &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Audit this account…</source>
        <translation>دقّق هذا الحساب…</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>الاختصار: %1</translation>
    </message>
    <message>
        <source>This brand has no accounts yet. Add one first on the “Brands and accounts” tab of Strategy; then audit it here.</source>
        <translation>لا حسابات لهذه العلامة التجارية بعد. أضف حسابًا أولًا من تبويب «العلامات والحسابات» في الاستراتيجية، ثم دقّقه هنا.</translation>
    </message>
    <message>
        <source>Create or choose a brand to audit its accounts.</source>
        <translation>أنشئ علامة تجارية أو اخترها لتدقيق حساباتها.</translation>
    </message>
    <message>
        <source>Audits of %1</source>
        <translation>تدقيقات %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This account was never audited. Start with an audit: it records where the account stands before your work shows.</source>
        <translation>لم يُدقَّق هذا الحساب قط. ابدأ بتدقيق: فهو يسجّل وضع الحساب قبل أن يظهر أثر عملك.</translation>
    </message>
    <message>
        <source>Audit %1</source>
        <translation>تدقيق %1</translation>
    </message>
    <message>
        <source>Edit audit of %1</source>
        <translation>تعديل تدقيق %1</translation>
    </message>
    <message>
        <source>Delete the audit of %1 of %2</source>
        <translation>حذف تدقيق يوم %1 لـ %2</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Bio and link</source>
        <translation>النبذة والرابط</translation>
    </message>
    <message>
        <source>Profile picture and cover</source>
        <translation>الصورة الشخصية والغلاف</translation>
    </message>
    <message>
        <source>Pinned content</source>
        <translation>المحتوى المثبّت</translation>
    </message>
    <message>
        <source>Posting consistency (last 90 days)</source>
        <translation>انتظام النشر (آخر 90 يومًا)</translation>
    </message>
    <message>
        <source>Engagement baseline</source>
        <translation>مستوى التفاعل الأساسي</translation>
    </message>
    <message>
        <source>Best posts</source>
        <translation>أفضل المنشورات</translation>
    </message>
    <message>
        <source>What failed before</source>
        <translation>ما لم ينجح سابقًا</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>للإصلاح</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Dormant: nothing posted</source>
        <translation>متوقف: لا منشورات</translation>
    </message>
    <message>
        <source>Too rare: under one post a week</source>
        <translation>نادر جدًا: أقل من منشور في الأسبوع</translation>
    </message>
    <message>
        <source>Irregular: one or two posts a week</source>
        <translation>غير منتظم: منشور أو اثنان في الأسبوع</translation>
    </message>
    <message>
        <source>Steady: three or more posts a week</source>
        <translation>منتظم: ثلاثة منشورات أو أكثر في الأسبوع</translation>
    </message>
    <message>
        <source>An audit cannot be dated after today.</source>
        <translation>لا يمكن أن يكون تاريخ التدقيق بعد اليوم.</translation>
    </message>
    <message>
        <source>Posts in 90 days: a whole number from {min} to {max}.</source>
        <translation>المنشورات في 90 يومًا: عدد صحيح من {min} إلى {max}.</translation>
    </message>
    <message>
        <source>This account already has an audit on this day: edit that one instead.</source>
        <translation>لهذا الحساب تدقيق في هذا اليوم بالفعل: عدّله بدلًا من إنشاء آخر.</translation>
    </message>
    <message>
        <source>{value} is already recorded for this day (typed or imported) and is kept: enter the same number, or change it in the account&apos;s numbers.</source>
        <translation>الرقم {value} مسجَّل لهذا اليوم من قبل (مُدخل يدويًا أو مستورد) وسيبقى كما هو: أدخل الرقم نفسه، أو عدّله في أرقام الحساب.</translation>
    </message>
    <message>
        <source>Posts in the last 90 days: not counted.</source>
        <translation>المنشورات في آخر 90 يومًا: غير محسوبة.</translation>
    </message>
    <message>
        <source>Posts in the last 90 days: %1 (%2 a week). %3</source>
        <translation>المنشورات في آخر 90 يومًا: %1 (%2 في الأسبوع). %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No numbers were recorded.</source>
        <translation>لم تُسجَّل أي أرقام.</translation>
    </message>
    <message>
        <source>Nothing noted.</source>
        <translation>لا ملاحظات.</translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation>تدقيق يوم %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Posting consistency</source>
        <translation>انتظام النشر</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Baseline numbers on the audit day</source>
        <translation>أرقام الأساس في يوم التدقيق</translation>
    </message>
</context>
<context>
    <name>BackupTable</name>
    <message>
        <source>Made</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>العلامات التجارية</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>أنشأتها بنفسك</translation>
    </message>
    <message>
        <source>When the app closed</source>
        <translation>عند إغلاق التطبيق</translation>
    </message>
    <message>
        <source>Before an update of the workspace</source>
        <translation>قبل تحديث مساحة العمل</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <source>When the workspace moved</source>
        <translation>عند نقل مساحة العمل</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>غير مقروءة</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>انسخ الآن</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Backups in %2: %1. Each one was checked when it was made.</source>
        <translation>النسخ الاحتياطية في %2: %1. فُحصت كل نسخة عند إنشائها.</translation>
    </message>
</context>
<context>
    <name>BioDialog</name>
    <message>
        <source>Bio on %1</source>
        <translation>النبذة على %1</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>النبذة</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>عدد الأحرف: %1</translation>
    </message>
    <message>
        <source>Characters: %1 of %2</source>
        <translation>عدد الأحرف: %1 من %2</translation>
    </message>
</context>
<context>
    <name>BiosPanel</name>
    <message>
        <source>Bio on each platform</source>
        <translation>النبذة على كل منصة</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Copy bio</source>
        <translation>نسخ النبذة</translation>
    </message>
    <message>
        <source>Edit bio on %1</source>
        <translation>تعديل النبذة على %1</translation>
    </message>
    <message>
        <source>Clear bio on %1</source>
        <translation>مسح النبذة على %1</translation>
    </message>
    <message>
        <source>Bio copied.</source>
        <translation>نُسخت النبذة.</translation>
    </message>
</context>
<context>
    <name>BrandDialog</name>
    <message>
        <source>Edit brand</source>
        <translation>تعديل العلامة التجارية</translation>
    </message>
    <message>
        <source>New brand</source>
        <translation>علامة تجارية جديدة</translation>
    </message>
    <message>
        <source>The client&apos;s name, as in reports</source>
        <translation>اسم العميل كما يظهر في التقارير</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>One email address per line</source>
        <translation>عنوان بريد إلكتروني في كل سطر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Brand colours</source>
        <translation>ألوان العلامة</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Report recipients</source>
        <translation>مستلمو التقارير</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Add colour…</source>
        <translation>إضافة لون…</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>لون العلامة</translation>
    </message>
    <message>
        <source>Choose the brand&apos;s logo</source>
        <translation>اختر شعار العلامة التجارية</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.svg)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>بلا شعار</translation>
    </message>
</context>
<context>
    <name>BrandSwitcher</name>
    <message>
        <source>The brand every tab shows (Ctrl+B)</source>
        <translation>العلامة التجارية التي تعرضها كل التبويبات (Ctrl+B)</translation>
    </message>
</context>
<context>
    <name>BrandTable</name>
    <message>
        <source>Brand</source>
        <translation>العلامة التجارية</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
</context>
<context>
    <name>BrandsPanel</name>
    <message>
        <source>Brands (clients)</source>
        <translation>العلامات التجارية (العملاء)</translation>
    </message>
    <message>
        <source>New brand…</source>
        <translation>علامة تجارية جديدة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>إلغاء الأرشفة</translation>
    </message>
    <message>
        <source>Create brand %1</source>
        <translation>إنشاء العلامة التجارية %1</translation>
    </message>
    <message>
        <source>Edit brand %1</source>
        <translation>تعديل العلامة التجارية %1</translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation>إلغاء أرشفة %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>أرشفة %1</translation>
    </message>
    <message>
        <source>Delete brand %1</source>
        <translation>حذف العلامة التجارية %1</translation>
    </message>
</context>
<context>
    <name>BusinessGoalDialog</name>
    <message>
        <source>Edit business goal</source>
        <translation>تعديل هدف العمل</translation>
    </message>
    <message>
        <source>New business goal</source>
        <translation>هدف عمل جديد</translation>
    </message>
    <message>
        <source>For example: make the new spring bouquets known to young families in Riyadh.</source>
        <translation>مثلًا: التعريف بباقات الربيع الجديدة لدى العائلات الشابة في الرياض.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>BusinessGoalsPanel</name>
    <message>
        <source>Business goals</source>
        <translation>أهداف العمل</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move earlier (Alt+Up)</source>
        <translation>تقديم (Alt+Up)</translation>
    </message>
    <message>
        <source>Move later (Alt+Down)</source>
        <translation>تأخير (Alt+Down)</translation>
    </message>
    <message>
        <source>Add business goal: %1</source>
        <translation>إضافة هدف العمل: %1</translation>
    </message>
    <message>
        <source>Edit business goal: %1</source>
        <translation>تعديل هدف العمل: %1</translation>
    </message>
    <message>
        <source>Delete business goal: %1</source>
        <translation>حذف هدف العمل: %1</translation>
    </message>
    <message>
        <source>Move business goal: %1</source>
        <translation>نقل هدف العمل: %1</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>منشور جديد…</translation>
    </message>
    <message>
        <source>Pillars…</source>
        <translation>محاور المحتوى…</translation>
    </message>
    <message>
        <source>The brand&apos;s content categories and their share of the plan</source>
        <translation>فئات محتوى العلامة ونصيب كل منها من الخطة</translation>
    </message>
    <message>
        <source>Posting slots…</source>
        <translation>مواعيد النشر…</translation>
    </message>
    <message>
        <source>The usual times to post on each account</source>
        <translation>الأوقات المعتادة للنشر على كل حساب</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <source>Plan setup</source>
        <translation>إعداد الخطة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>No posts this month yet. Drag ideas from the idea bank onto a day, or choose a day and press Insert.</source>
        <translation>لا منشورات في هذا الشهر بعد. اسحب أفكارًا من بنك الأفكار إلى يوم، أو اختر يومًا واضغط Insert.</translation>
    </message>
    <message>
        <source>This brand has no accounts to post to yet: add an account first on Strategy &gt; Brands and accounts.</source>
        <translation>لا حسابات لهذه العلامة التجارية للنشر عليها بعد: أضف حسابًا أولًا من الاستراتيجية &gt; العلامات التجارية والحسابات.</translation>
    </message>
    <message>
        <source>The calendar belongs to a brand. Add a brand in the Strategy tab first, or choose one with the brand switcher.</source>
        <translation>التقويم خاص بعلامة تجارية. أضف علامة تجارية في تبويب الاستراتيجية أولًا، أو اختر واحدة من مبدّل العلامات.</translation>
    </message>
    <message>
        <source>Occasions…</source>
        <translation>المناسبات…</translation>
    </message>
    <message>
        <source>The brand&apos;s own occasions: anniversaries, launches, openings</source>
        <translation>مناسبات العلامة التجارية الخاصة: الذكرى السنوية، الإطلاقات، الافتتاحات</translation>
    </message>
    <message>
        <source>The brand&apos;s occasions…</source>
        <translation>مناسبات العلامة التجارية…</translation>
    </message>
    <message>
        <source>Show Hijri dates</source>
        <translation>إظهار التاريخ الهجري</translation>
    </message>
    <message>
        <source>Idea bank</source>
        <translation>بنك الأفكار</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Edit campaign</source>
        <translation>تعديل الحملة</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>e.g. Ramadan offers – Instagram</source>
        <translation>مثال: عروض رمضان – إنستغرام</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Total budget, e.g. 3000</source>
        <translation>الميزانية الإجمالية، مثل 3000</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>بلا تاريخ بدء</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>بلا هدف</translation>
    </message>
    <message>
        <source>No longer listed</source>
        <translation>لم يعد مدرجًا</translation>
    </message>
    <message>
        <source>The name in the ads manager&apos;s exports</source>
        <translation>الاسم كما يظهر في ملفات مدير الإعلانات المُصدَّرة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>تبدأ في</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <source>Goal it serves</source>
        <translation>الهدف الذي تخدمه</translation>
    </message>
    <message>
        <source>Name in exports</source>
        <translation>الاسم في الملفات المُصدَّرة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>CampaignList</name>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>الإنفاق</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>وتيرة الصرف</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>CPC</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
</context>
<context>
    <name>CampaignsSection</name>
    <message>
        <source>No campaigns yet. Add the brand&apos;s paid campaigns to follow their spend against the budget and their results.</source>
        <translation>لا توجد حملات بعد. أضف الحملات الممولة للعلامة لمتابعة إنفاقها مقارنة بالميزانية ونتائجها.</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;حملة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Add a day</source>
        <translation>إضافة يوم</translation>
    </message>
    <message>
        <source>Delete the day</source>
        <translation>حذف اليوم</translation>
    </message>
    <message>
        <source>Daily results</source>
        <translation>النتائج اليومية</translation>
    </message>
    <message>
        <source>Daily results: %1</source>
        <translation>النتائج اليومية: %1</translation>
    </message>
    <message>
        <source>New campaign %1</source>
        <translation>حملة جديدة %1</translation>
    </message>
    <message>
        <source>Edit campaign %1</source>
        <translation>تعديل الحملة %1</translation>
    </message>
    <message>
        <source>Delete campaign %1</source>
        <translation>حذف الحملة %1</translation>
    </message>
    <message>
        <source>This day already has results: edit its row.</source>
        <translation>لهذا اليوم نتائج مسجلة بالفعل: عدّل صفه.</translation>
    </message>
    <message>
        <source>Edit a day&apos;s results</source>
        <translation>تعديل نتائج يوم</translation>
    </message>
    <message>
        <source>Delete a day&apos;s results</source>
        <translation>حذف نتائج يوم</translation>
    </message>
</context>
<context>
    <name>CaptionCounter</name>
    <message>
        <source>Choose the accounts on the Brief page to count the caption against each platform&apos;s limit.</source>
        <translation>اختر الحسابات في صفحة الموجز لحساب طول النص مقابل الحد الأقصى لكل منصة.</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>يتجاوز الحد بـ %1</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Consistency check</source>
        <translation>فحص توحيد الهوية</translation>
    </message>
    <message>
        <source>Run the consistency check…</source>
        <translation>إجراء فحص توحيد الهوية…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>No consistency check yet.</source>
        <translation>لم يُجرَ فحص لتوحيد الهوية بعد.</translation>
    </message>
    <message>
        <source>Last check: %1 (days ago: %2)</source>
        <translation>آخر فحص: %1 (منذ أيام: %2)</translation>
    </message>
    <message>
        <source>Due: no check in the last %1 days. Check that every account still matches the guide.</source>
        <translation>حان الموعد: لم يُجرَ فحص خلال آخر %1 يومًا. تأكد أن كل حساب ما زال مطابقًا للدليل.</translation>
    </message>
    <message>
        <source>Consistency check of %1</source>
        <translation>فحص توحيد الهوية بتاريخ %1</translation>
    </message>
    <message>
        <source>Edit consistency check of %1</source>
        <translation>تعديل فحص توحيد الهوية بتاريخ %1</translation>
    </message>
    <message>
        <source>Delete consistency check of %1</source>
        <translation>حذف فحص توحيد الهوية بتاريخ %1</translation>
    </message>
</context>
<context>
    <name>ChosenPlatformDialog</name>
    <message>
        <source>Why this platform</source>
        <translation>لماذا هذه المنصة</translation>
    </message>
    <message>
        <source>Choose a platform</source>
        <translation>اختيار منصة</translation>
    </message>
    <message>
        <source>For example: two of our three segments spend their evenings there.</source>
        <translation>مثلًا: شريحتان من شرائحنا الثلاث تقضيان أمسياتهما هناك.</translation>
    </message>
    <message>
        <source>Go where your audience is, not where your competitors are.</source>
        <translation>اذهب حيث يوجد جمهورك، لا حيث يوجد منافسوك.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Why the brand is there</source>
        <translation>لماذا توجد العلامة التجارية هناك</translation>
    </message>
    <message>
        <source>This platform is already chosen for the brand: edit its reason instead.</source>
        <translation>هذه المنصة مختارة بالفعل لهذه العلامة التجارية: عدّل سبب اختيارها بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>ChosenPlatformsModel</name>
    <message>
        <source>Your audience is here</source>
        <translation>جمهورك هنا</translation>
    </message>
    <message>
        <source>Few segments use it: reconsider</source>
        <translation>قليل من الشرائح يستخدمها: أعد النظر</translation>
    </message>
    <message>
        <source>Not known: set the shares</source>
        <translation>غير معروف: حدّد النسب</translation>
    </message>
    <message>
        <source>None of %1</source>
        <translation>لا شيء من %1</translation>
    </message>
    <message>
        <source>%1 of %2 (up to %3%)</source>
        <translation>%1 من %2 (حتى %3%)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Segments there</source>
        <translation>الشرائح الموجودة</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا يوجد بعد</translation>
    </message>
</context>
<context>
    <name>ChosenPlatformsPanel</name>
    <message>
        <source>Chosen platforms</source>
        <translation>المنصات المختارة</translation>
    </message>
    <message>
        <source>Choose a platform…</source>
        <translation>اختيار منصة…</translation>
    </message>
    <message>
        <source>Edit reason…</source>
        <translation>تعديل السبب…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Move earlier (Alt+Up)</source>
        <translation>تقديم (Alt+Up)</translation>
    </message>
    <message>
        <source>Move later (Alt+Down)</source>
        <translation>تأخير (Alt+Down)</translation>
    </message>
    <message>
        <source>No platforms chosen yet. Choose the few where the brand will be, each with its reason: go where your audience is, not where your competitors are.</source>
        <translation>لم تُختر أي منصة بعد. اختر المنصات القليلة التي ستوجد فيها العلامة التجارية، ولكل منها سببها: اذهب حيث يوجد جمهورك، لا حيث يوجد منافسوك.</translation>
    </message>
    <message>
        <source>Choose %1? %2</source>
        <translation>هل تختار %1؟ %2</translation>
    </message>
    <message>
        <source>Choose %1…</source>
        <translation>اختيار %1…</translation>
    </message>
    <message>
        <source>Segments spending at least half their time there: %1 of %2.</source>
        <translation>الشرائح التي تقضي نصف وقتها على الأقل هناك: %1 من %2.</translation>
    </message>
    <message>
        <source>Choose platform: %1</source>
        <translation>اختيار المنصة: %1</translation>
    </message>
    <message>
        <source>Edit reason: %1</source>
        <translation>تعديل السبب: %1</translation>
    </message>
    <message>
        <source>Remove platform: %1</source>
        <translation>إزالة المنصة: %1</translation>
    </message>
    <message>
        <source>Move platform: %1</source>
        <translation>نقل المنصة: %1</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Map the columns</source>
        <translation>ربط الأعمدة</translation>
    </message>
    <message>
        <source>Tell SMM Desktop which column of %1 holds what. Columns left “(not imported)” are ignored. The next file with the same columns is read this way by itself.</source>
        <translation>حدّد لـ SMM Desktop محتوى كل عمود في %1. تُهمَل الأعمدة المتروكة على «(لا يُستورد)». وسيُقرأ الملف التالي ذو الأعمدة نفسها بهذه الطريقة تلقائيًا.</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>يحتوي الملف على:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>المنصة:</translation>
    </message>
    <message>
        <source>Name of this layout:</source>
        <translation>اسم هذا التنسيق:</translation>
    </message>
    <message>
        <source>Save and preview</source>
        <translation>حفظ ومعاينة</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>الصفوف الأولى من الملف:</translation>
    </message>
    <message>
        <source>Choose what at least one column holds.</source>
        <translation>حدّد محتوى عمود واحد على الأقل.</translation>
    </message>
    <message>
        <source>Two columns hold %1: choose one.</source>
        <translation>عمودان يحتويان على %1: اختر أحدهما.</translation>
    </message>
    <message>
        <source>Choose the column that holds %1.</source>
        <translation>اختر العمود الذي يحتوي على %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>Give this layout a name.</source>
        <translation>أعطِ هذا التنسيق اسمًا.</translation>
    </message>
</context>
<context>
    <name>ComparisonSection</name>
    <message>
        <source>Ours: share of posts by format. Competitors: share of their checks in which a format was seen.</source>
        <translation>لدينا: حصة المنشورات حسب الشكل. المنافسون: حصة متابعاتهم التي ظهر فيها الشكل.</translation>
    </message>
    <message>
        <source>Share of posts</source>
        <translation>حصة المنشورات</translation>
    </message>
    <message>
        <source>Share of checks a format was seen in</source>
        <translation>حصة المتابعات التي ظهر فيها الشكل</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>معدل التفاعل</translation>
    </message>
    <message>
        <source>Content mix</source>
        <translation>مزيج المحتوى</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>آخر 4 أسابيع</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>آخر 3 أشهر</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>فترة مخصصة</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>المنصة:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>No accounts on this platform, ours or theirs.</source>
        <translation>لا توجد حسابات على هذه المنصة، لا لنا ولا للمنافسين.</translation>
    </message>
    <message>
        <source>No competitor account on this platform yet.</source>
        <translation>لا يوجد حساب لأي منافس على هذه المنصة بعد.</translation>
    </message>
    <message>
        <source>Engagement rate per post (%)</source>
        <translation>معدل التفاعل لكل منشور (%)</translation>
    </message>
    <message>
        <source>Content mix (%)</source>
        <translation>مزيج المحتوى (%)</translation>
    </message>
    <message>
        <source>Ours: share of posts. Theirs: share of checks a format was seen in.</source>
        <translation>لدينا: حصة المنشورات. لديهم: حصة المتابعات التي ظهر فيها الشكل.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period</source>
        <translation>لم يُسجَّل شيء في هذه الفترة</translation>
    </message>
    <message>
        <source>%1 (us)</source>
        <translation>%1 (نحن)</translation>
    </message>
</context>
<context>
    <name>CompetitorDialog</name>
    <message>
        <source>Edit competitor</source>
        <translation>تعديل المنافس</translation>
    </message>
    <message>
        <source>New competitor</source>
        <translation>منافس جديد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>التموضع</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>نقاط القوة</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>نقاط الضعف</translation>
    </message>
    <message>
        <source>What to learn</source>
        <translation>ما نتعلمه منهم</translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation>ما نتجنبه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>Choose the competitor&apos;s logo</source>
        <translation>اختر شعار المنافس</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا شعار</translation>
    </message>
</context>
<context>
    <name>CompetitorImport</name>
    <message>
        <source>A new day for this account</source>
        <translation>يوم جديد لهذا الحساب</translation>
    </message>
    <message>
        <source>The account is new: added only if the missing ones are created</source>
        <translation>الحساب جديد: يُضاف فقط عند إنشاء الحسابات غير الموجودة</translation>
    </message>
    <message>
        <source>Already recorded with the same values</source>
        <translation>مسجّل مسبقًا بالقيم نفسها</translation>
    </message>
    <message>
        <source>Already recorded with other values</source>
        <translation>مسجّل مسبقًا بقيم مختلفة</translation>
    </message>
    <message>
        <source>The same account and day again further down: the last row counts</source>
        <translation>الحساب واليوم نفسهما يتكرران لاحقًا في الملف: يُعتمد الصف الأخير</translation>
    </message>
    <message>
        <source>The row has no handle or profile address</source>
        <translation>لا يحتوي الصف على معرّف الحساب أو رابطه</translation>
    </message>
    <message>
        <source>No platform: add a Platform column or use a profile address</source>
        <translation>لا توجد منصة: أضف عمود المنصة أو استخدم رابط الحساب</translation>
    </message>
    <message>
        <source>Not a platform this app knows</source>
        <translation>منصة لا يعرفها التطبيق</translation>
    </message>
    <message>
        <source>A content type this app does not know (use image, carousel, video, reel, story, text, link, poll or live)</source>
        <translation>نوع محتوى لا يعرفه التطبيق (استخدم: صورة، كاروسيل، فيديو، ريلز، قصة، نص، رابط، استطلاع أو بث مباشر)</translation>
    </message>
    <message>
        <source>Handle or profile address</source>
        <translation>معرّف الحساب أو رابطه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Competitor snapshots imported: added %1, updated %2, skipped %3.</source>
        <translation>تم استيراد لقطات المنافسين: أُضيف %1، وحُدِّث %2، وتُخطّي %3.</translation>
    </message>
</context>
<context>
    <name>CompetitorImportDialog</name>
    <message>
        <source>Import competitor snapshots</source>
        <translation>استيراد لقطات المنافسين</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>المنافس</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>اليوم أولًا (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>الشهر أولًا (12/31/2026)</translation>
    </message>
    <message>
        <source>The dates could be read two ways. They are written:</source>
        <translation>يمكن قراءة التواريخ بطريقتين. هي مكتوبة بصيغة:</translation>
    </message>
    <message>
        <source>Create the missing competitors and accounts</source>
        <translation>إنشاء المنافسين والحسابات غير الموجودة</translation>
    </message>
    <message>
        <source>Update days already recorded (only the columns the file has; the rest is kept)</source>
        <translation>تحديث الأيام المسجلة مسبقًا (الأعمدة الموجودة في الملف فقط، ويبقى الباقي كما هو)</translation>
    </message>
    <message>
        <source>Import the good rows only</source>
        <translation>استيراد الصفوف السليمة فقط</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>%1 is not a competitor tracking sheet this app can read.</source>
        <translation>الملف %1 ليس جدول متابعة منافسين يستطيع التطبيق قراءته.</translation>
    </message>
    <message>
        <source>Columns missing: %2.</source>
        <translation>الأعمدة الناقصة: %2.</translation>
    </message>
    <message>
        <source>File: %1 (%2 columns recognised)</source>
        <translation>الملف: %1 (الأعمدة المعروفة: %2)</translation>
    </message>
    <message>
        <source>%1: new account %2 (lines %3)</source>
        <translation>%1: حساب جديد %2 (الأسطر %3)</translation>
    </message>
    <message>
        <source>%1 (new competitor): account %2 (lines %3)</source>
        <translation>%1 (منافس جديد): الحساب %2 (الأسطر %3)</translation>
    </message>
    <message>
        <source>To add: %1 · to update: %2 · to skip: %3 · bad cells: %4 · new accounts: %5</source>
        <translation>للإضافة: %1 · للتحديث: %2 · للتخطي: %3 · خلايا غير صالحة: %4 · حسابات جديدة: %5</translation>
    </message>
    <message>
        <source>Planned rows: %1</source>
        <translation>الصفوف المخطط لها: %1</translation>
    </message>
    <message>
        <source>Bad rows: %1</source>
        <translation>الصفوف غير الصالحة: %1</translation>
    </message>
    <message>
        <source>New competitors and accounts: %1</source>
        <translation>منافسون وحسابات جديدة: %1</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>لا يمكن استيراد أي شيء من هذا الملف.</translation>
    </message>
    <message>
        <source>No backup can be made from here. Import without a backup?</source>
        <translation>لا يمكن إنشاء نسخة احتياطية من هنا. هل تريد الاستيراد دون نسخة احتياطية؟</translation>
    </message>
    <message>
        <source>The backup failed, so nothing was imported: %1</source>
        <translation>فشل النسخ الاحتياطي، لذا لم يُستورد أي شيء: %1</translation>
    </message>
</context>
<context>
    <name>CompetitorQuestions</name>
    <message>
        <source>Already checked on this day</source>
        <translation>سبقت المتابعة في هذا اليوم</translation>
    </message>
    <message>
        <source>Snapshots already saved for this day: %1. Update them with the new values, or keep what was saved?</source>
        <translation>لقطات محفوظة لهذا اليوم من قبل: %1. هل نحدّثها بالقيم الجديدة، أم نُبقي ما حُفظ؟</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
</context>
<context>
    <name>CompetitorTables</name>
    <message>
        <source>Competitor</source>
        <translation>المنافس</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>آخر متابعة</translation>
    </message>
    <message>
        <source>Followers trend</source>
        <translation>اتجاه المتابعين</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>النمو</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <source>Posts per week</source>
        <translation>المنشورات أسبوعيًا</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>معدل التفاعل</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <source>Notable content</source>
        <translation>محتوى لافت</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>الربع</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>وتيرة النشر</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>الأشكال</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Content mix</source>
        <translation>مزيج المحتوى</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Their uses</source>
        <translation>استخدامهم</translation>
    </message>
    <message>
        <source>Our uses</source>
        <translation>استخدامنا</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>يستخدمه</translation>
    </message>
    <message>
        <source>%1 (us)</source>
        <translation>%1 (نحن)</translation>
    </message>
</context>
<context>
    <name>CompetitorTexts</name>
    <message>
        <source>Write the quarter as 2026-Q4.</source>
        <translation>اكتب الربع بالشكل 2026-Q4.</translation>
    </message>
    <message>
        <source>Too large: at most {max}.</source>
        <translation>الرقم كبير جدًا: الحد الأقصى {max}.</translation>
    </message>
    <message>
        <source>This competitor already has this account.</source>
        <translation>هذا الحساب مسجَّل لهذا المنافس من قبل.</translation>
    </message>
    <message>
        <source>Enter a whole number, such as 1500.</source>
        <translation>أدخل عددًا صحيحًا، مثل 1500.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>CompetitorsPanel</name>
    <message>
        <source>Competitors</source>
        <translation>المنافسون</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>إلغاء الأرشفة</translation>
    </message>
    <message>
        <source>Add competitor: %1</source>
        <translation>إضافة منافس: %1</translation>
    </message>
    <message>
        <source>Edit competitor: %1</source>
        <translation>تعديل المنافس: %1</translation>
    </message>
    <message>
        <source>Unarchive competitor: %1</source>
        <translation>إلغاء أرشفة المنافس: %1</translation>
    </message>
    <message>
        <source>Archive competitor: %1</source>
        <translation>أرشفة المنافس: %1</translation>
    </message>
    <message>
        <source>Delete competitor: %1</source>
        <translation>حذف المنافس: %1</translation>
    </message>
</context>
<context>
    <name>CompetitorsSection</name>
    <message>
        <source>Profile</source>
        <translation>الملف التعريفي</translation>
    </message>
    <message>
        <source>Monitoring log</source>
        <translation>سجل الرصد</translation>
    </message>
    <message>
        <source>Strategy guesses</source>
        <translation>تقديرات الاستراتيجية</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>اللقطات</translation>
    </message>
    <message>
        <source>Add the brand&apos;s competitors to follow what they do.</source>
        <translation>أضف منافسي العلامة التجارية لمتابعة ما يفعلونه.</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>التموضع</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>نقاط القوة</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>نقاط الضعف</translation>
    </message>
    <message>
        <source>What to learn</source>
        <translation>ما نتعلمه منهم</translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation>ما نتجنبه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>لم يُكتب بعد.</translation>
    </message>
</context>
<context>
    <name>CompetitorsTab</name>
    <message>
        <source>Competitors</source>
        <translation>المنافسون</translation>
    </message>
    <message>
        <source>Weekly check</source>
        <translation>المتابعة الأسبوعية</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>ConsistencyDialog</name>
    <message>
        <source>Consistency check</source>
        <translation>فحص توحيد الهوية</translation>
    </message>
    <message>
        <source>New consistency check</source>
        <translation>فحص توحيد هوية جديد</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>تاريخ الفحص</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>What to fix first, who does it, by when.</source>
        <translation>ما الذي نعدّله أولًا، ومن يتولاه، وبحلول متى.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>A note on this cell, e.g. “old logo”</source>
        <translation>ملاحظة على هذه الخانة، مثل: «الشعار القديم»</translation>
    </message>
    <message>
        <source>Mark unchecked cells as pass</source>
        <translation>اعتبار الخانات غير المفحوصة مطابقة</translation>
    </message>
    <message>
        <source>Tone to match: %1</source>
        <translation>النبرة المطلوبة: %1</translation>
    </message>
    <message>
        <source>not set in the guide</source>
        <translation>غير محددة في الدليل</translation>
    </message>
    <message>
        <source>Hashtag sets: %1</source>
        <translation>مجموعات الوسوم: %1</translation>
    </message>
    <message>
        <source>This brand has no accounts to check.</source>
        <translation>لا توجد حسابات لهذه العلامة التجارية لفحصها.</translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation>ملاحظة على: %1</translation>
    </message>
    <message>
        <source>The guide has no name or bio for this platform yet: add them in the bios table of the brand guide.</source>
        <translation>لا يحدد الدليل اسمًا أو نبذة لهذه المنصة بعد: أضفهما في جدول النبذات في دليل الهوية.</translation>
    </message>
    <message>
        <source>The guide expects: %1</source>
        <translation>ما يحدده الدليل: %1</translation>
    </message>
</context>
<context>
    <name>ConsistencyGrid</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>The guide expects</source>
        <translation>ما يحدده الدليل</translation>
    </message>
    <message>
        <source>No bio in the guide for this platform yet</source>
        <translation>لا توجد نبذة لهذه المنصة في الدليل بعد</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>الفحص السابق: %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (مؤرشف)</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The workspace is open in another SMM Desktop window, so nothing was restored.</source>
        <translation>مساحة العمل مفتوحة في نافذة أخرى من SMM Desktop، لذا لم يُستعد شيء.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>لم يُستعد شيء: %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>SMM Desktop workspaces (*%1)</source>
        <translation>مساحات عمل SMM Desktop ‏(*%1)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open workspace to open it.</source>
        <translation>الملف %1 موجود مسبقًا. استخدم «فتح مساحة عمل» لفتحه.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <source>SMM Desktop workspaces (*%1);;All files (*)</source>
        <translation>مساحات عمل SMM Desktop ‏(*%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>The new language, region and digits apply when SMM Desktop starts again. Restart now? Everything is saved.</source>
        <translation>تُطبَّق اللغة والمنطقة والأرقام الجديدة عند تشغيل SMM Desktop من جديد. هل تريد إعادة التشغيل الآن؟ كل شيء محفوظ.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <source>SMM Desktop hit an error it did not expect. Everything you saved before this is safe in the workspace.</source>
        <translation>واجه SMM Desktop خطأً غير متوقع. كل ما حفظته قبل ذلك محفوظ بأمان في مساحة العمل.</translation>
    </message>
    <message>
        <source>Details are in the log: %1</source>
        <translation>التفاصيل في السجل: %1</translation>
    </message>
</context>
<context>
    <name>DayDelegate</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 أخرى</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>EmailTemplateDialog</name>
    <message>
        <source>Report email</source>
        <translation>رسالة التقرير</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>{brand}, {period} and {kind} are filled in when the draft is written.</source>
        <translation>تُملأ {brand} و{period} و{kind} عند كتابة المسودة.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>النص:</translation>
    </message>
</context>
<context>
    <name>EngagementCard</name>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>تفاعلات</translation>
    </message>
    <message>
        <source>Mentions of the brand handled</source>
        <translation>الإشارات إلى العلامة التي تمت متابعتها</translation>
    </message>
    <message>
        <source>Comments replied to</source>
        <translation>التعليقات التي تم الرد عليها</translation>
    </message>
    <message>
        <source>Messages answered</source>
        <translation>الرسائل التي تم الرد عليها</translation>
    </message>
    <message>
        <source>Interactions with competitors&apos;, influencers&apos; and others&apos; posts</source>
        <translation>التفاعل مع منشورات المنافسين والمؤثرين وغيرهم</translation>
    </message>
    <message>
        <source>One less (− key)</source>
        <translation>واحد أقل (مفتاح −)</translation>
    </message>
    <message>
        <source>One more (+ key)</source>
        <translation>واحد أكثر (مفتاح +)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>Median time to reply today, in minutes (leave empty when not timed)</source>
        <translation>الوقت الوسيط للرد اليوم بالدقائق (اتركه فارغًا إن لم يُحتسب)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>الرد:</translation>
    </message>
    <message>
        <source>A count is a whole number from 0 to %1.</source>
        <translation>العدد رقم صحيح من 0 إلى %1.</translation>
    </message>
    <message>
        <source>The reply time is in minutes, at most %1 (a week).</source>
        <translation>وقت الرد بالدقائق، بحد أقصى %1 (أسبوع).</translation>
    </message>
</context>
<context>
    <name>EngagementPanel</name>
    <message>
        <source>No accounts to log. Add the brand&apos;s accounts in Strategy.</source>
        <translation>لا توجد حسابات للتسجيل. أضف حسابات العلامة في الاستراتيجية.</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>العودة إلى اليوم</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>كل العلامات</translation>
    </message>
    <message>
        <source>Show every brand, or only the brand chosen above</source>
        <translation>اعرض كل العلامات، أو العلامة المختارة في الأعلى فقط</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Week so far</source>
        <translation>الأسبوع حتى الآن</translation>
    </message>
    <message>
        <source>Median reply, min</source>
        <translation>وسيط وقت الرد، بالدقائق</translation>
    </message>
    <message>
        <source>One more: %1</source>
        <translation>واحد أكثر: %1</translation>
    </message>
    <message>
        <source>One less: %1</source>
        <translation>واحد أقل: %1</translation>
    </message>
    <message>
        <source>Edit the engagement log</source>
        <translation>تعديل سجل التفاعل</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <source>Edit experiment</source>
        <translation>تعديل التجربة</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>تجربة جديدة</translation>
    </message>
    <message>
        <source>For example: a weekly quiz in Stories</source>
        <translation>مثال: مسابقة أسبوعية في القصص</translation>
    </message>
    <message>
        <source>What you expect to happen, and why.</source>
        <translation>ما تتوقع حدوثه، ولماذا.</translation>
    </message>
    <message>
        <source>For example: replies per 1,000 viewers</source>
        <translation>مثال: عدد الردود لكل ١٬٠٠٠ مشاهد</translation>
    </message>
    <message>
        <source>What happened, once it has run.</source>
        <translation>ما الذي حدث بعد تنفيذها.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>الفكرة</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>الفرضية</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>طريقة القياس</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <source>Experiments to try</source>
        <translation>تجارب نجرّبها</translation>
    </message>
    <message>
        <source>Ideas outside the usual plan: what you expect and how you will know. Results are added later in the experiments table.</source>
        <translation>أفكار خارج الخطة المعتادة: ما تتوقعه وكيف ستعرف النتيجة. تُضاف النتائج لاحقًا في جدول التجارب.</translation>
    </message>
    <message>
        <source>Saved with the draft: %1</source>
        <translation>محفوظة مع المسودة: %1</translation>
    </message>
    <message>
        <source>Add another idea</source>
        <translation>إضافة فكرة أخرى</translation>
    </message>
</context>
<context>
    <name>ExperimentsPanel</name>
    <message>
        <source>Experiments</source>
        <translation>التجارب</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديدة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تحديد كمنتهية</translation>
    </message>
    <message>
        <source>Add experiment: %1</source>
        <translation>إضافة تجربة: %1</translation>
    </message>
    <message>
        <source>Edit experiment: %1</source>
        <translation>تعديل التجربة: %1</translation>
    </message>
    <message>
        <source>Change experiment status: %1</source>
        <translation>تغيير حالة التجربة: %1</translation>
    </message>
    <message>
        <source>Delete experiment: %1</source>
        <translation>حذف التجربة: %1</translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>Edit feed</source>
        <translation>تعديل خلاصة</translation>
    </message>
    <message>
        <source>New feed</source>
        <translation>خلاصة جديدة</translation>
    </message>
    <message>
        <source>Read this feed when refreshing</source>
        <translation>اقرأ هذه الخلاصة عند التحديث</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>عنوان الخلاصة</translation>
    </message>
    <message>
        <source>About</source>
        <translation>الموضوع</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Feeds</source>
        <translation>الخلاصات</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <source>About</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>لم تُحدَّث بعد</translation>
    </message>
    <message>
        <source>Turn feed on</source>
        <translation>تشغيل الخلاصة</translation>
    </message>
    <message>
        <source>Turn feed off</source>
        <translation>إيقاف الخلاصة</translation>
    </message>
    <message>
        <source>New feed</source>
        <translation>خلاصة جديدة</translation>
    </message>
    <message>
        <source>Edit feed</source>
        <translation>تعديل خلاصة</translation>
    </message>
    <message>
        <source>Delete feed</source>
        <translation>حذف خلاصة</translation>
    </message>
    <message>
        <source>Move feed</source>
        <translation>نقل خلاصة</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show the posts of one account or platform</source>
        <translation>اعرض منشورات حساب واحد أو منصة واحدة</translation>
    </message>
    <message>
        <source>Show the posts of one status</source>
        <translation>اعرض المنشورات ذات حالة واحدة</translation>
    </message>
    <message>
        <source>Show the posts of one content pillar</source>
        <translation>اعرض منشورات محور محتوى واحد</translation>
    </message>
    <message>
        <source>Show the posts for one persona</source>
        <translation>اعرض المنشورات الموجهة إلى شخصية واحدة</translation>
    </message>
    <message>
        <source>Show the posts serving one social goal</source>
        <translation>اعرض المنشورات التي تخدم هدفًا واحدًا على المنصات</translation>
    </message>
    <message>
        <source>Show the posts by client approval</source>
        <translation>اعرض المنشورات حسب موافقة العميل</translation>
    </message>
    <message>
        <source>Search topic, caption, hashtags…</source>
        <translation>ابحث في الموضوع والنص والوسوم…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Show every post again</source>
        <translation>اعرض كل المنشورات مجددًا</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Any approval</source>
        <translation>أي موافقة</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>كل الحسابات</translation>
    </message>
    <message>
        <source>All on %1</source>
        <translation>الكل على %1</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>كل المحاور</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>كل الشخصيات</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>كل الأهداف</translation>
    </message>
    <message>
        <source>Filtered: %1 of %2 posts</source>
        <translation>بعد التصفية: %1 من %2 منشور</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>Engagement rate (by reach)</source>
        <translation>معدل التفاعل (حسب الوصول)</translation>
    </message>
    <message>
        <source>Engagement rate (by followers)</source>
        <translation>معدل التفاعل (حسب المتابعين)</translation>
    </message>
    <message>
        <source>Follower growth</source>
        <translation>نمو المتابعين</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>معدل النمو</translation>
    </message>
    <message>
        <source>Reach rate</source>
        <translation>معدل الوصول</translation>
    </message>
    <message>
        <source>View rate</source>
        <translation>معدل المشاهدة</translation>
    </message>
    <message>
        <source>Click-through rate (CTR)</source>
        <translation>نسبة النقر إلى الظهور (CTR)</translation>
    </message>
    <message>
        <source>Average engagements per post</source>
        <translation>متوسط التفاعلات لكل منشور</translation>
    </message>
    <message>
        <source>Posting frequency</source>
        <translation>معدل النشر</translation>
    </message>
    <message>
        <source>Cost per click (CPC)</source>
        <translation>تكلفة النقرة (CPC)</translation>
    </message>
    <message>
        <source>Cost per thousand impressions (CPM)</source>
        <translation>تكلفة الألف ظهور (CPM)</translation>
    </message>
    <message>
        <source>Cost per action (CPA)</source>
        <translation>تكلفة الإجراء (CPA)</translation>
    </message>
    <message>
        <source>Return on ad spend (ROAS)</source>
        <translation>العائد على الإنفاق الإعلاني (ROAS)</translation>
    </message>
    <message>
        <source>Budget pacing</source>
        <translation>وتيرة صرف الميزانية</translation>
    </message>
    <message>
        <source>Engagements (likes, comments, shares, saves) ÷ reach × 100</source>
        <translation>التفاعلات (الإعجابات والتعليقات والمشاركات والحفظ) ÷ الوصول × 100</translation>
    </message>
    <message>
        <source>Engagements ÷ followers × 100</source>
        <translation>التفاعلات ÷ المتابعون × 100</translation>
    </message>
    <message>
        <source>Followers at the end − followers at the start</source>
        <translation>المتابعون في النهاية − المتابعون في البداية</translation>
    </message>
    <message>
        <source>Follower growth ÷ followers at the start × 100</source>
        <translation>نمو المتابعين ÷ المتابعون في البداية × 100</translation>
    </message>
    <message>
        <source>Reach ÷ followers × 100</source>
        <translation>الوصول ÷ المتابعون × 100</translation>
    </message>
    <message>
        <source>Video views ÷ impressions × 100</source>
        <translation>مشاهدات الفيديو ÷ مرات الظهور × 100</translation>
    </message>
    <message>
        <source>Clicks ÷ impressions × 100</source>
        <translation>النقرات ÷ مرات الظهور × 100</translation>
    </message>
    <message>
        <source>Engagements ÷ posts published</source>
        <translation>التفاعلات ÷ المنشورات المنشورة</translation>
    </message>
    <message>
        <source>Posts published ÷ days × 7</source>
        <translation>المنشورات المنشورة ÷ عدد الأيام × 7</translation>
    </message>
    <message>
        <source>Spend ÷ clicks</source>
        <translation>الإنفاق ÷ النقرات</translation>
    </message>
    <message>
        <source>Spend ÷ impressions × 1,000</source>
        <translation>الإنفاق ÷ مرات الظهور × 1000</translation>
    </message>
    <message>
        <source>Spend ÷ results (conversions)</source>
        <translation>الإنفاق ÷ النتائج (التحويلات)</translation>
    </message>
    <message>
        <source>Revenue ÷ spend</source>
        <translation>الإيرادات ÷ الإنفاق</translation>
    </message>
    <message>
        <source>Spend ÷ (budget × days elapsed ÷ days of the campaign) × 100</source>
        <translation>الإنفاق ÷ (الميزانية × الأيام المنقضية ÷ أيام الحملة) × 100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>Selected social goal</source>
        <translation>هدف التواصل المحدد</translation>
    </message>
    <message>
        <source>Choose a goal to see how far it got, and its chart.</source>
        <translation>اختر هدفًا لترى إلى أين وصل، ومخططه.</translation>
    </message>
    <message>
        <source>No numbers to chart yet.</source>
        <translation>لا توجد أرقام للرسم بعد.</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>جارٍ تحميل المخطط…</translation>
    </message>
    <message>
        <source>The chart could not be drawn on this computer.</source>
        <translation>تعذّر رسم المخطط على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Current value: %1 (on %2).</source>
        <translation>القيمة الحالية: %1 (في %2).</translation>
    </message>
    <message>
        <source>Expected today: %1.</source>
        <translation>المتوقع اليوم: %1.</translation>
    </message>
    <message>
        <source>%1% of the way to the target.</source>
        <translation>قُطع %1% من الطريق إلى الهدف.</translation>
    </message>
    <message>
        <source>Deadline: %1.</source>
        <translation>الموعد النهائي: %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>المقيس</translation>
    </message>
    <message>
        <source>Straight pace</source>
        <translation>الوتيرة الثابتة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>+30% followers on %1 in 4 months</source>
        <translation>+30% متابعين على %1 خلال 4 أشهر</translation>
    </message>
    <message>
        <source>+10% website clicks from %1 in 60 days</source>
        <translation>+10% نقرات على الموقع من %1 خلال 60 يومًا</translation>
    </message>
    <message>
        <source>Reach 100,000 people on %1 in 100 days</source>
        <translation>الوصول إلى 100,000 شخص على %1 خلال 100 يوم</translation>
    </message>
    <message>
        <source>Edit social goal</source>
        <translation>تعديل هدف التواصل</translation>
    </message>
    <message>
        <source>New social goal</source>
        <translation>هدف تواصل جديد</translation>
    </message>
    <message>
        <source>For example: grow the X audience before Ramadan</source>
        <translation>مثلًا: تنمية جمهور إكس قبل رمضان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>مؤشر الأداء</translation>
    </message>
    <message>
        <source>Use the latest value</source>
        <translation>استخدم آخر قيمة</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>قيمة الأساس</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>تاريخ الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>بلا موعد نهائي</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>لم يُختر شيء</translation>
    </message>
    <message>
        <source>For example: a giveaway every week, as last spring</source>
        <translation>مثلًا: مسابقة كل أسبوع، كما في الربيع الماضي</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Business goal it serves</source>
        <translation>هدف العمل الذي يخدمه</translation>
    </message>
    <message>
        <source>Why it is realistic</source>
        <translation>لماذا هو واقعي</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Worked out from the numbers</source>
        <translation>محسوب من الأرقام</translation>
    </message>
    <message>
        <source>Closed by hand: %1</source>
        <translation>أُغلق يدويًا: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This template is for %1, and the brand has no account where %2 makes sense: add one in the Strategy tab, or choose another platform here.</source>
        <translation>هذا القالب مخصص لـ%1، وليس للعلامة التجارية حساب على منصة يصلح لها مؤشر %2: أضف حسابًا في تبويب الاستراتيجية، أو اختر منصة أخرى هنا.</translation>
    </message>
    <message>
        <source>This template is for %1, where the brand has no account: it is set on %3 instead, where %2 makes sense too.</source>
        <translation>هذا القالب مخصص لـ%1، وليس للعلامة التجارية حساب هناك: لذا ضُبط على %3 بدلًا منها، حيث يصلح مؤشر %2 أيضًا.</translation>
    </message>
    <message>
        <source>All the brand&apos;s accounts on this platform</source>
        <translation>كل حسابات العلامة التجارية على هذه المنصة</translation>
    </message>
    <message>
        <source>No value of this KPI is recorded for this account yet.</source>
        <translation>لم تُسجّل بعد أي قيمة لهذا المؤشر لهذا الحساب.</translation>
    </message>
    <message>
        <source>%1, recorded on %2.</source>
        <translation>%1، سُجّلت في %2.</translation>
    </message>
    <message>
        <source>The number to reach is %1.</source>
        <translation>الرقم المطلوب الوصول إليه %1.</translation>
    </message>
    <message>
        <source>The number to reach is %1 (%2% from the baseline).</source>
        <translation>الرقم المطلوب الوصول إليه %1 (%2% عن الأساس).</translation>
    </message>
</context>
<context>
    <name>GoalTable</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>مؤشر الأداء</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>المتوقع اليوم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>%1
Why it is realistic: %2</source>
        <translation>%1
لماذا هو واقعي: %2</translation>
    </message>
    <message>
        <source>No value recorded yet.</source>
        <translation>لم تُسجّل أي قيمة بعد.</translation>
    </message>
    <message>
        <source>Recorded on %1.</source>
        <translation>سُجّلت في %1.</translation>
    </message>
    <message>
        <source>%1% of the way from the baseline to the target.</source>
        <translation>قُطع %1% من الطريق من الأساس إلى الهدف.</translation>
    </message>
</context>
<context>
    <name>GoalText</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All accounts on %1</source>
        <translation>كل الحسابات على %1</translation>
    </message>
    <message>
        <source>An account no longer listed</source>
        <translation>حساب لم يعد مدرجًا</translation>
    </message>
    <message>
        <source>No account chosen</source>
        <translation>لم يُختر حساب</translation>
    </message>
    <message>
        <source>Untitled goal</source>
        <translation>هدف بلا عنوان</translation>
    </message>
</context>
<context>
    <name>GuessDialog</name>
    <message>
        <source>Edit strategy guess</source>
        <translation>تعديل تقدير الاستراتيجية</translation>
    </message>
    <message>
        <source>New strategy guess</source>
        <translation>تقدير جديد للاستراتيجية</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>الربع</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>وتيرة النشر</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>الأشكال</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Evidence from the log</source>
        <translation>أدلة من سجل الرصد</translation>
    </message>
</context>
<context>
    <name>GuessesPanel</name>
    <message>
        <source>Strategy guesses</source>
        <translation>تقديرات الاستراتيجية</translation>
    </message>
    <message>
        <source>Add strategy guess: %1</source>
        <translation>إضافة تقدير للاستراتيجية: %1</translation>
    </message>
    <message>
        <source>Edit strategy guess: %1</source>
        <translation>تعديل تقدير الاستراتيجية: %1</translation>
    </message>
    <message>
        <source>Delete strategy guess: %1</source>
        <translation>حذف تقدير الاستراتيجية: %1</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Voice and tone</source>
        <translation>الشخصية والنبرة</translation>
    </message>
    <message>
        <source>Who the brand sounds like, e.g. a friendly florist next door.</source>
        <translation>بمن تشبه العلامة حين تتكلم، مثل: بائع ورد ودود في الحي.</translation>
    </message>
    <message>
        <source>How it speaks, e.g. warm, light, never pushy.</source>
        <translation>كيف تتحدث، مثل: دافئة وخفيفة ولا تلحّ أبدًا.</translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation>كلمة أو عبارة في كل سطر</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>النبرة</translation>
    </message>
    <message>
        <source>Words to use</source>
        <translation>كلمات نستخدمها</translation>
    </message>
    <message>
        <source>Words to avoid</source>
        <translation>كلمات نتجنبها</translation>
    </message>
</context>
<context>
    <name>GuideSection</name>
    <message>
        <source>Edit voice and tone</source>
        <translation>تعديل الشخصية والنبرة</translation>
    </message>
</context>
<context>
    <name>GuideTables</name>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>النبذة</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>الأحرف</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>تاريخ الفحص</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>للتعديل</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>لم تُحدَّد بعد</translation>
    </message>
    <message>
        <source>No account on this platform</source>
        <translation>لا يوجد حساب على هذه المنصة</translation>
    </message>
    <message>
        <source>Over the platform&apos;s limit: characters over: %1</source>
        <translation>تتجاوز حدّ المنصة؛ عدد الأحرف الزائدة: %1</translation>
    </message>
    <message>
        <source>More tags than Instagram takes in one post (30)</source>
        <translation>وسوم أكثر مما يقبله إنستغرام في المنشور الواحد (30)</translation>
    </message>
</context>
<context>
    <name>GuideText</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>النبذة</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>النبرة</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>يحتاج تعديلًا</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>This brand already has a set named “%1”.</source>
        <translation>لدى هذه العلامة التجارية مجموعة باسم «%1» بالفعل.</translation>
    </message>
    <message>
        <source>“%1” is not a hashtag: use letters, digits and _ only, no spaces.</source>
        <translation>«%1» ليس وسمًا صالحًا: استخدم الحروف والأرقام والشرطة السفلية _ فقط، دون مسافات.</translation>
    </message>
    <message>
        <source>Tags: %1. Instagram takes at most %2 in one post.</source>
        <translation>عدد الوسوم: %1. يقبل إنستغرام %2 وسمًا على الأكثر في المنشور الواحد.</translation>
    </message>
    <message>
        <source>Over the %1 limit of %2 characters by %3: the platform will cut or refuse it.</source>
        <translation>تتجاوز حدّ %1 البالغ %2 حرفًا بمقدار %3: ستقصّها المنصة أو ترفضها.</translation>
    </message>
    <message>
        <source>“%1” is also in the words to use: keep it in one list.</source>
        <translation>«%1» موجودة أيضًا في الكلمات المستحسنة: اتركها في قائمة واحدة فقط.</translation>
    </message>
</context>
<context>
    <name>HashtagSetDialog</name>
    <message>
        <source>Edit hashtag set</source>
        <translation>تعديل مجموعة وسوم</translation>
    </message>
    <message>
        <source>New hashtag set</source>
        <translation>مجموعة وسوم جديدة</translation>
    </message>
    <message>
        <source>e.g. Weddings</source>
        <translation>مثل: حفلات الزفاف</translation>
    </message>
    <message>
        <source>#weddingflowers #manchester, or one a line</source>
        <translation>#ورد_الزفاف #الرياض، أو وسم في كل سطر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>عدد الوسوم: %1</translation>
    </message>
</context>
<context>
    <name>HashtagSetsPanel</name>
    <message>
        <source>Hashtag sets</source>
        <translation>مجموعات الوسوم</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديدة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Move earlier (Alt+Up)</source>
        <translation>نقل للأعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move later (Alt+Down)</source>
        <translation>نقل للأسفل (Alt+Down)</translation>
    </message>
    <message>
        <source>Add hashtag set: %1</source>
        <translation>إضافة مجموعة وسوم: %1</translation>
    </message>
    <message>
        <source>Edit hashtag set: %1</source>
        <translation>تعديل مجموعة وسوم: %1</translation>
    </message>
    <message>
        <source>Delete hashtag set: %1</source>
        <translation>حذف مجموعة وسوم: %1</translation>
    </message>
    <message>
        <source>Copied the tags of %1 (tags: %2).</source>
        <translation>نُسخت وسوم %1 (عدد الوسوم: %2).</translation>
    </message>
    <message>
        <source>Move hashtag set: %1</source>
        <translation>نقل مجموعة وسوم: %1</translation>
    </message>
</context>
<context>
    <name>HashtagsSection</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>آخر 4 أسابيع</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>آخر 3 أشهر</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>Only those they use and we don&apos;t</source>
        <translation>فقط ما يستخدمونه ولا نستخدمه</translation>
    </message>
    <message>
        <source>Add to a hashtag set…</source>
        <translation>إضافة إلى مجموعة وسوم…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>All competitors</source>
        <translation>كل المنافسين</translation>
    </message>
    <message>
        <source>No brand chosen.</source>
        <translation>لم تُختر علامة تجارية.</translation>
    </message>
    <message>
        <source>Shared with competitors: %1. They use and we don&apos;t: %2. Only ours: %3. Orange rows are theirs only.</source>
        <translation>مشتركة مع المنافسين: %1. يستخدمونها ولا نستخدمها: %2. لنا وحدنا: %3. الصفوف البرتقالية لهم وحدهم.</translation>
    </message>
    <message>
        <source>No hashtag sets yet: make one in the brand guide (Strategy tab)</source>
        <translation>لا توجد مجموعات وسوم بعد: أنشئ واحدة في دليل العلامة (تبويب الاستراتيجية)</translation>
    </message>
    <message>
        <source>Choose hashtags the set does not have yet.</source>
        <translation>اختر وسومًا ليست في المجموعة بعد.</translation>
    </message>
    <message>
        <source>Add hashtags to the set: %1</source>
        <translation>إضافة وسوم إلى المجموعة: %1</translation>
    </message>
    <message>
        <source>Added to “%1”: %2</source>
        <translation>أُضيفت إلى «%1»: %2</translation>
    </message>
</context>
<context>
    <name>IdeaBank</name>
    <message>
        <source>Idea bank</source>
        <translation>بنك الأفكار</translation>
    </message>
    <message>
        <source>Drag an idea onto a day to plan it; drag a post here to unschedule it.</source>
        <translation>اسحب فكرة إلى يوم لجدولتها، واسحب منشورًا إلى هنا لإلغاء جدولته.</translation>
    </message>
    <message>
        <source>New idea…</source>
        <translation>فكرة جديدة…</translation>
    </message>
</context>
<context>
    <name>IdeaRow</name>
    <message>
        <source>Idea %1</source>
        <translation>الفكرة %1</translation>
    </message>
    <message>
        <source>An out-of-the-box idea</source>
        <translation>فكرة خارج المألوف</translation>
    </message>
    <message>
        <source>What you expect, and why</source>
        <translation>ما تتوقعه، ولماذا</translation>
    </message>
    <message>
        <source>The number that will tell</source>
        <translation>الرقم الذي سيحكم على النتيجة</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>الفكرة</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>الفرضية</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>طريقة القياس</translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <source>Colours and logo</source>
        <translation>الألوان والشعار</translation>
    </message>
    <message>
        <source>No colours set</source>
        <translation>لم تُحدَّد ألوان</translation>
    </message>
    <message>
        <source>Edit colours and logo…</source>
        <translation>تعديل الألوان والشعار…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import analytics files</source>
        <translation>استيراد ملفات التحليلات</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>Importing %1… (a backup is made first)</source>
        <translation>جارٍ استيراد %1… (تُؤخذ نسخة احتياطية أولًا)</translation>
    </message>
    <message>
        <source>Nothing to import: every row of this file is already in the workspace as it is.</source>
        <translation>لا شيء للاستيراد: كل صفوف هذا الملف موجودة في مساحة العمل كما هي.</translation>
    </message>
    <message>
        <source>%1 imported: %2</source>
        <translation>استُورد %1: %2</translation>
    </message>
    <message>
        <source>Added %1, updated %2, skipped %3.</source>
        <translation>أُضيف: %1، حُدّث: %2، تُخطّي: %3.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <source>The import of %1 was refused and the workspace is unchanged:
%2</source>
        <translation>رُفض استيراد %1 ولم تتغير مساحة العمل:
%2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import analytics files</source>
        <translation>استيراد ملفات التحليلات</translation>
    </message>
    <message>
        <source>Analytics exports (*.csv *.xlsx *.xls *.zip *.txt *.tsv);;All files (*)</source>
        <translation>ملفات تصدير التحليلات (*.csv *.xlsx *.xls *.zip *.txt *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Files imported: %1 (added %2, updated %3, skipped %4).</source>
        <translation>الملفات المستوردة: %1 (أُضيف: %2، حُدّث: %3، تُخطّي: %4).</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>Meta Ads Manager</source>
        <translation>مدير إعلانات ميتا</translation>
    </message>
    <message>
        <source>Your column mapping</source>
        <translation>ربط الأعمدة الخاص بك</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Post numbers</source>
        <translation>أرقام المنشورات</translation>
    </message>
    <message>
        <source>Daily account numbers</source>
        <translation>أرقام الحساب اليومية</translation>
    </message>
    <message>
        <source>Daily numbers per post</source>
        <translation>الأرقام اليومية لكل منشور</translation>
    </message>
    <message>
        <source>Follower history</source>
        <translation>سجل المتابعين</translation>
    </message>
    <message>
        <source>Ad campaign results</source>
        <translation>نتائج الحملات الإعلانية</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>A count cannot be negative</source>
        <translation>لا يمكن أن يكون العدد سالبًا</translation>
    </message>
    <message>
        <source>Not a date this app can read</source>
        <translation>تاريخ لا يستطيع التطبيق قراءته</translation>
    </message>
    <message>
        <source>Not a duration</source>
        <translation>ليست مدة زمنية</translation>
    </message>
    <message>
        <source>The row has no post ID or link</source>
        <translation>الصف بلا معرّف منشور أو رابط</translation>
    </message>
    <message>
        <source>The row has no date</source>
        <translation>الصف بلا تاريخ</translation>
    </message>
    <message>
        <source>The row has no campaign name</source>
        <translation>الصف بلا اسم حملة</translation>
    </message>
    <message>
        <source>More cells than the header has columns</source>
        <translation>خلايا أكثر من أعمدة صف العناوين</translation>
    </message>
    <message>
        <source>A quotation mark is not closed</source>
        <translation>علامة تنصيص غير مغلقة</translation>
    </message>
    <message>
        <source>The zip file is damaged</source>
        <translation>ملف zip تالف</translation>
    </message>
    <message>
        <source>The Excel workbook could not be read</source>
        <translation>تعذّرت قراءة مصنف Excel</translation>
    </message>
    <message>
        <source>The file holds no table</source>
        <translation>لا يحتوي الملف على أي جدول</translation>
    </message>
    <message>
        <source>The file is too large (more than 200 MB)</source>
        <translation>الملف كبير جدًا (أكثر من 200 ميغابايت)</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>تعذّرت قراءة الملف</translation>
    </message>
    <message>
        <source>The file is not there</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>The date is after today</source>
        <translation>التاريخ بعد اليوم</translation>
    </message>
    <message>
        <source>This column is missing: the file cannot be read without it</source>
        <translation>هذا العمود غير موجود: لا يمكن قراءة الملف بدونه</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Already in the workspace with the same numbers</source>
        <translation>موجود في مساحة العمل بالأرقام نفسها</translation>
    </message>
    <message>
        <source>Newer numbers for the same period</source>
        <translation>أرقام أحدث للفترة نفسها</translation>
    </message>
    <message>
        <source>Older than the numbers in the workspace</source>
        <translation>أقدم من الأرقام الموجودة في مساحة العمل</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Not in the plan: kept as a published post</source>
        <translation>ليس في الخطة: يُحفظ منشورًا تم نشره</translation>
    </message>
    <message>
        <source>Matched to a planned post by its link</source>
        <translation>طوبق مع منشور مخطط عبر رابطه</translation>
    </message>
    <message>
        <source>Matched to a planned post by time and text</source>
        <translation>طوبق مع منشور مخطط عبر الوقت والنص</translation>
    </message>
    <message>
        <source>A number this app does not track</source>
        <translation>رقم لا يتتبعه التطبيق</translation>
    </message>
    <message>
        <source>A new campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>Matched to a campaign by its name</source>
        <translation>طوبق مع حملة عبر اسمها</translation>
    </message>
    <message>
        <source>A total row</source>
        <translation>صف إجمالي</translation>
    </message>
    <message>
        <source>Choose the account first</source>
        <translation>اختر الحساب أولًا</translation>
    </message>
    <message>
        <source>The same row again in this file: the last one counts</source>
        <translation>الصف نفسه مكرر في هذا الملف: يُعتمد الأخير</translation>
    </message>
    <message>
        <source>No number in this row</source>
        <translation>لا يوجد رقم في هذا الصف</translation>
    </message>
    <message>
        <source>Daily numbers per post are not kept</source>
        <translation>لا تُحفظ الأرقام اليومية لكل منشور</translation>
    </message>
    <message>
        <source>The number is out of range</source>
        <translation>الرقم خارج النطاق المسموح</translation>
    </message>
    <message>
        <source>An older export: the workspace has higher numbers, kept</source>
        <translation>ملف تصدير أقدم: في مساحة العمل أرقام أعلى، وقد أُبقي عليها</translation>
    </message>
    <message>
        <source>Totals of the whole period in the row, kept as one day on its last day</source>
        <translation>إجماليات الفترة كاملة في هذا الصف، محفوظة يومًا واحدًا في آخر أيامها</translation>
    </message>
    <message>
        <source>The campaign already has days in this period: left out so no spend is counted twice</source>
        <translation>للحملة أيام مسجّلة في هذه الفترة: استُبعد الصف حتى لا يُحتسب الإنفاق مرتين</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation>أرقام الحساب</translation>
    </message>
    <message>
        <source>Campaign day</source>
        <translation>يوم الحملة</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>حملة</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation>معرّف المنشور</translation>
    </message>
    <message>
        <source>Post link</source>
        <translation>رابط المنشور</translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation>وقت النشر</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>نص المنشور</translation>
    </message>
    <message>
        <source>Post type</source>
        <translation>نوع المنشور</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>المدة (بالثواني)</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>مرات الظهور</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>الإعجابات</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>التفاعلات بالرموز</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>مرات الحفظ</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>النقرات</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>النقرات على الرابط</translation>
    </message>
    <message>
        <source>Profile visits</source>
        <translation>زيارات الملف الشخصي</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>التفاعلات</translation>
    </message>
    <message>
        <source>Video views</source>
        <translation>مشاهدات الفيديو</translation>
    </message>
    <message>
        <source>Watch time (seconds)</source>
        <translation>مدة المشاهدة (بالثواني)</translation>
    </message>
    <message>
        <source>Watch time (hours)</source>
        <translation>مدة المشاهدة (بالساعات)</translation>
    </message>
    <message>
        <source>New follows</source>
        <translation>المتابعات الجديدة</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>معدل التفاعل</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>نسبة النقر إلى الظهور</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <source>Change in followers</source>
        <translation>التغير في عدد المتابعين</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>اسم الحملة</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>المبلغ المُنفق</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Result type</source>
        <translation>نوع النتيجة</translation>
    </message>
    <message>
        <source>Cost per result</source>
        <translation>تكلفة النتيجة</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>SMM Desktop does not recognise this file; map its columns first.</source>
        <translation>لا يتعرّف SMM Desktop على هذا الملف؛ اربط أعمدته أولًا.</translation>
    </message>
    <message>
        <source>The file has bad rows; tick “Import the good rows only” to leave them out.</source>
        <translation>في الملف صفوف غير صالحة؛ فعّل «استيراد الصفوف السليمة فقط» لاستبعادها.</translation>
    </message>
    <message>
        <source>Say first whether the dates are day first or month first.</source>
        <translation>حدّد أولًا هل تبدأ التواريخ باليوم أم بالشهر.</translation>
    </message>
    <message>
        <source>Choose the account the file is from.</source>
        <translation>اختر الحساب الذي يعود إليه الملف.</translation>
    </message>
    <message>
        <source>Choose a brand first: campaigns belong to a brand.</source>
        <translation>اختر علامة تجارية أولًا: الحملات تتبع علامة تجارية.</translation>
    </message>
    <message>
        <source>A later import changed some of the same rows. Undo the later import first (it is higher in the list), then this one.</source>
        <translation>غيّر استيراد لاحق بعض الصفوف نفسها. تراجع عن الاستيراد اللاحق أولًا (وهو أعلى في القائمة)، ثم عن هذا.</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>تم التراجع عن هذا الاستيراد من قبل.</translation>
    </message>
    <message>
        <source>The account chosen is on another network than the file: choose one of its network.</source>
        <translation>الحساب المختار على منصة غير منصة الملف: اختر حسابًا على منصته.</translation>
    </message>
    <message>
        <source>The account chosen belongs to another brand.</source>
        <translation>الحساب المختار يتبع علامة تجارية أخرى.</translation>
    </message>
    <message>
        <source>Some rows this import wrote were edited after it.</source>
        <translation>عُدّلت بعض الصفوف التي كتبها هذا الاستيراد بعده.</translation>
    </message>
    <message>
        <source>The file is for %1; none of your accounts is. If it is one of them, choose it.</source>
        <translation>الملف خاص بـ %1، وليس أيٌّ من حساباتك هو هذا الحساب. إن كان أحدها، فاختره.</translation>
    </message>
    <message>
        <source>posts: %1</source>
        <translation>المنشورات: %1</translation>
    </message>
    <message>
        <source>post numbers: %1</source>
        <translation>أرقام المنشورات: %1</translation>
    </message>
    <message>
        <source>account numbers: %1</source>
        <translation>أرقام الحسابات: %1</translation>
    </message>
    <message>
        <source>campaigns: %1</source>
        <translation>الحملات: %1</translation>
    </message>
    <message>
        <source>campaign days: %1</source>
        <translation>أيام الحملات: %1</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <source>Import log</source>
        <translation>سجل الاستيراد</translation>
    </message>
    <message>
        <source>No file has been imported for this brand yet. Use File &gt; Import analytics files… or drop an export on the window.</source>
        <translation>لم يُستورد أي ملف لهذه العلامة التجارية بعد. استخدم ملف &gt; استيراد ملفات التحليلات… أو اسحب ملف تصدير وأفلته على النافذة.</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;تراجع عن هذا الاستيراد…</translation>
    </message>
    <message>
        <source>Takes back every row this import added or changed. This is separate from Edit &gt; Undo, which only goes back over the edits of this session.</source>
        <translation>يتراجع عن كل صف أضافه هذا الاستيراد أو غيّره. هذا منفصل عن تحرير &gt; تراجع، الذي يتراجع فقط عن تعديلات هذه الجلسة.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>التراجع عن هذا الاستيراد</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)? The rows it added are removed (%3) and the rows it updated get their earlier values back (%4).</source>
        <translation>التراجع عن استيراد %1 (%2)؟ تُحذف الصفوف التي أضافها (%3) وتستعيد الصفوف التي حدّثها قيمها السابقة (%4).</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>لم يتم التراجع</translation>
    </message>
    <message>
        <source>Edited since the import</source>
        <translation>عُدّل بعد الاستيراد</translation>
    </message>
    <message>
        <source>Some rows this import wrote were edited after it (%1). Undoing it would lose that work.

Undo anyway: your later edits are kept as they are (an edited post or campaign stays, with its changes) and everything else the import did is taken back.</source>
        <translation>عُدّلت بعض الصفوف التي كتبها هذا الاستيراد بعده (%1). التراجع عنه سيُضيّع هذا العمل.

التراجع على أي حال: تبقى تعديلاتك اللاحقة كما هي (يبقى المنشور أو الحملة المعدّلة بتعديلاتها)، ويُتراجع عن كل ما عداها مما فعله الاستيراد.</translation>
    </message>
    <message>
        <source>Undo anyway (keeps your later edits)</source>
        <translation>تراجع على أي حال (مع الإبقاء على تعديلاتك اللاحقة)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPanel</name>
    <message>
        <source>Import the good rows only</source>
        <translation>استيراد الصفوف السليمة فقط</translation>
    </message>
    <message>
        <source>The bad rows listed are left out; the others are imported.</source>
        <translation>تُستبعد الصفوف غير الصالحة المدرجة، ويُستورد الباقي.</translation>
    </message>
    <message>
        <source>Recognised:</source>
        <translation>تم التعرّف عليه:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>العلامة التجارية:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>الأيام:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>الصفوف:</translation>
    </message>
    <message>
        <source>Day first (31/12)</source>
        <translation>اليوم أولًا (31/12)</translation>
    </message>
    <message>
        <source>Month first (12/31)</source>
        <translation>الشهر أولًا (12/31)</translation>
    </message>
    <message>
        <source>SMM Desktop does not know the layout of this file. Tell it which column holds what; it will remember for the next file laid out the same way.</source>
        <translation>لا يعرف SMM Desktop تنسيق هذا الملف. حدّد له محتوى كل عمود، وسيتذكّر ذلك للملف التالي بالتنسيق نفسه.</translation>
    </message>
    <message>
        <source>Map the columns…</source>
        <translation>ربط الأعمدة…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>الصفوف غير الصالحة</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>الصفوف: %1</translation>
    </message>
    <message>
        <source>Bad rows: %1</source>
        <translation>الصفوف غير الصالحة: %1</translation>
    </message>
    <message>
        <source>To add: %1 · to update: %2 · to skip: %3</source>
        <translation>للإضافة: %1، للتحديث: %2، للتخطي: %3</translation>
    </message>
    <message>
        <source>bad rows: %1</source>
        <translation>صفوف غير صالحة: %1</translation>
    </message>
    <message>
        <source>Choose the account…</source>
        <translation>اختر الحساب…</translation>
    </message>
    <message>
        <source>Campaigns belong to the brand; no account is needed.</source>
        <translation>الحملات تتبع العلامة التجارية؛ لا حاجة إلى حساب.</translation>
    </message>
    <message>
        <source>The file does not say which account it is from: choose it.</source>
        <translation>لا يذكر الملف الحساب الذي يعود إليه: اختره.</translation>
    </message>
    <message>
        <source>This brand has no account on %1: add it in Strategy &gt; Accounts first.</source>
        <translation>لا تملك هذه العلامة التجارية حسابًا على %1: أضِفه أولًا من الاستراتيجية &gt; الحسابات.</translation>
    </message>
    <message>
        <source>Dates such as 03/04 in %1 could be day first or month first, and the rest of the file does not tell. Which is it?</source>
        <translation>التواريخ مثل 03/04 في %1 قد تبدأ باليوم أو بالشهر، وبقية الملف لا تحسم ذلك. أيهما المقصود؟</translation>
    </message>
    <message>
        <source>This same file was imported on %1. Importing it again changes nothing that is already the same.</source>
        <translation>استُورد هذا الملف نفسه في %1. إعادة استيراده لا تغيّر شيئًا مما هو مطابق.</translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>The whole file</source>
        <translation>الملف كله</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>القيمة في الملف</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>سارٍ</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>تم التراجع عنه %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>وقت الاستيراد</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>KeptResultRow</name>
    <message>
        <source>A goal no longer in this quarter</source>
        <translation>هدف لم يعد ضمن هذا الربع</translation>
    </message>
    <message>
        <source>No longer in this quarter (deleted or its dates changed): kept as saved.</source>
        <translation>لم يعد ضمن هذا الربع (حُذف أو تغيّرت تواريخه): محفوظ كما هو.</translation>
    </message>
    <message>
        <source>Final number: %1</source>
        <translation>الرقم النهائي: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>النتيجة: %1</translation>
    </message>
    <message>
        <source>KPI: %1</source>
        <translation>مؤشر الأداء: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>ملاحظات: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Facebook</source>
        <translation>فيسبوك</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <source>X</source>
        <translation>إكس</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>لينكدإن</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>تيك توك</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>يوتيوب</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>سناب شات</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>بنترست</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>ثريدز</translation>
    </message>
    <message>
        <source>WhatsApp Business</source>
        <translation>واتساب للأعمال</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>نساء ورجال</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>السعودية</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>الإمارات</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>الكويت</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>قطر</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>البحرين</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>عُمان</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>الأردن</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>لبنان</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>العراق</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>المغرب</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>الجزائر</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>تونس</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>كندا</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>أستراليا</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>أيرلندا</translation>
    </message>
    <message>
        <source>France</source>
        <translation>فرنسا</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>ألمانيا</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>This value is not valid here.</source>
        <translation>هذه القيمة غير صالحة هنا.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>This platform is already chosen for the brand: edit its reason instead.</source>
        <translation>هذه المنصة مختارة بالفعل لهذه العلامة التجارية: عدّل سبب اختيارها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>طويل جدًا: الحد الأقصى {max} حرفًا.</translation>
    </message>
    <message>
        <source>Enter a whole number from {min} to {max}.</source>
        <translation>أدخل عددًا صحيحًا من {min} إلى {max}.</translation>
    </message>
    <message>
        <source>This day has not come yet.</source>
        <translation>هذا اليوم لم يأتِ بعد.</translation>
    </message>
    <message>
        <source>Not an email address: {value}</source>
        <translation>ليس عنوان بريد إلكتروني: {value}</translation>
    </message>
    <message>
        <source>“{value}” is not a colour like #1A2B3C.</source>
        <translation>«{value}» ليس لونًا بصيغة ‎#1A2B3C.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>اختر دولة من القائمة.</translation>
    </message>
    <message>
        <source>A handle has only letters, digits, dots, dashes and underscores.</source>
        <translation>اسم المستخدم لا يحوي إلا حروفًا وأرقامًا ونقاطًا وشرطات وشرطات سفلية.</translation>
    </message>
    <message>
        <source>Could not read this image: {value}</source>
        <translation>تعذّرت قراءة هذه الصورة: {value}</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://</source>
        <translation>أدخل رابطًا كاملًا يبدأ بـ https://</translation>
    </message>
    <message>
        <source>This address is not on {platform}.</source>
        <translation>هذا الرابط ليس على {platform}.</translation>
    </message>
    <message>
        <source>A brand named “{value}” already exists.</source>
        <translation>توجد علامة تجارية باسم «{value}» مسبقًا.</translation>
    </message>
    <message>
        <source>“{value}” cannot come back: another one now has that name. Rename that one first, then undo again.</source>
        <translation>لا يمكن استعادة «{value}»: هناك عنصر آخر يحمل هذا الاسم الآن. غيّر اسمه أولًا، ثم تراجع مرة أخرى.</translation>
    </message>
    <message>
        <source>This handle is already in the workspace on this platform ({brand}).</source>
        <translation>اسم المستخدم هذا موجود مسبقًا في مساحة العمل على هذه المنصة ({brand}).</translation>
    </message>
    <message>
        <source>An age is a whole number from {min} to {max}.</source>
        <translation>العمر عدد صحيح من {min} إلى {max}.</translation>
    </message>
    <message>
        <source>The oldest age cannot be below the youngest.</source>
        <translation>لا يمكن أن يكون أكبر عمر أقل من أصغر عمر.</translation>
    </message>
    <message>
        <source>The picture must be stored as a PNG image.</source>
        <translation>يجب حفظ الصورة بصيغة PNG.</translation>
    </message>
    <message>
        <source>The picture is too large: at most {max_kb} KB.</source>
        <translation>الصورة كبيرة جدًا: الحد الأقصى {max_kb} كيلوبايت.</translation>
    </message>
    <message>
        <source>The share on {platform} must be a whole percent from 0 to 100.</source>
        <translation>يجب أن تكون النسبة على {platform} نسبة مئوية صحيحة من 0 إلى 100.</translation>
    </message>
    <message>
        <source>Enter a number, such as 1500 or 12.5.</source>
        <translation>أدخل رقمًا، مثل 1500 أو 12.5.</translation>
    </message>
    <message>
        <source>This number cannot be below zero.</source>
        <translation>لا يمكن أن يكون هذا الرقم أقل من صفر.</translation>
    </message>
    <message>
        <source>This is already there.</source>
        <translation>هذا موجود بالفعل.</translation>
    </message>
    <message>
        <source>A rate cannot be over 100%.</source>
        <translation>لا يمكن أن يزيد المعدل على 100%.</translation>
    </message>
    <message>
        <source>A change of more than {max}% is not realistic: set a lower target.</source>
        <translation>تغيّر يزيد على {max}% غير واقعي: حدّد هدفًا أقل.</translation>
    </message>
    <message>
        <source>The target equals the baseline: set a number to reach.</source>
        <translation>الهدف يساوي الأساس: حدّد رقمًا للوصول إليه.</translation>
    </message>
    <message>
        <source>The deadline is before the start date.</source>
        <translation>الموعد النهائي قبل تاريخ البداية.</translation>
    </message>
    <message>
        <source>This choice no longer exists; it may have been deleted. Choose another.</source>
        <translation>هذا الاختيار لم يعد موجودًا؛ ربما حُذف. اختر غيره.</translation>
    </message>
    <message>
        <source>This account is on {platform}: choose that platform.</source>
        <translation>هذا الحساب على {platform}: اختر تلك المنصة.</translation>
    </message>
    <message>
        <source>A goal can only be closed by hand as achieved or missed.</source>
        <translation>لا يُغلق الهدف يدويًا إلا بوصفه محقّقًا أو فائتًا.</translation>
    </message>
    <message>
        <source>Brand awareness</source>
        <translation>الوعي بالعلامة التجارية</translation>
    </message>
    <message>
        <source>Sales of a product or service</source>
        <translation>مبيعات منتج أو خدمة</translation>
    </message>
    <message>
        <source>Reach a new audience segment</source>
        <translation>الوصول إلى شريحة جمهور جديدة</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>الوعي</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>New audience</source>
        <translation>جمهور جديد</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Impressions (views)</source>
        <translation>مرات الظهور (المشاهدات)</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>التفاعلات</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>معدل التفاعل</translation>
    </message>
    <message>
        <source>Website clicks</source>
        <translation>نقرات الموقع</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>نقرات الروابط</translation>
    </message>
    <message>
        <source>Video views</source>
        <translation>مشاهدات الفيديو</translation>
    </message>
    <message>
        <source>View rate</source>
        <translation>معدل المشاهدة</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>مرات الحفظ</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>لا بيانات بعد</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>على المسار</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>في خطر</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>خارج المسار</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فات</translation>
    </message>
    <message>
        <source>A value to reach</source>
        <translation>قيمة للوصول إليها</translation>
    </message>
    <message>
        <source>A change in percent</source>
        <translation>تغيّر بالنسبة المئوية</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>محدد</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>قابل للقياس</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>قابل للتحقيق</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>ذو صلة</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>محدد بزمن</translation>
    </message>
    <message>
        <source>No account or platform chosen.</source>
        <translation>لم يُختر حساب أو منصة.</translation>
    </message>
    <message>
        <source>No KPI chosen.</source>
        <translation>لم يُختر مؤشر أداء.</translation>
    </message>
    <message>
        <source>No baseline value.</source>
        <translation>لا توجد قيمة أساس.</translation>
    </message>
    <message>
        <source>No target value.</source>
        <translation>لا توجد قيمة مستهدفة.</translation>
    </message>
    <message>
        <source>The target equals the baseline, so there is nothing to reach.</source>
        <translation>الهدف يساوي الأساس، فلا شيء للوصول إليه.</translation>
    </message>
    <message>
        <source>A change of {change}% is far too much: more than {max}%.</source>
        <translation>تغيّر بنسبة {change}% أكبر بكثير من اللازم: أكثر من {max}%.</translation>
    </message>
    <message>
        <source>The goal needs {required}% a day, but this account did not move that way before the start ({past}% a day).</source>
        <translation>يحتاج الهدف إلى {required}% يوميًا، لكن هذا الحساب لم يتحرك بهذا الاتجاه قبل البداية ({past}% يوميًا).</translation>
    </message>
    <message>
        <source>The goal needs {required}% a day, far above this account&apos;s past growth of {past}% a day.</source>
        <translation>يحتاج الهدف إلى {required}% يوميًا، وهذا أعلى بكثير من نمو الحساب السابق البالغ {past}% يوميًا.</translation>
    </message>
    <message>
        <source>Not linked to a business goal.</source>
        <translation>غير مرتبط بهدف عمل.</translation>
    </message>
    <message>
        <source>No line on why the target is realistic.</source>
        <translation>لا يوجد سطر يوضح لماذا الهدف واقعي.</translation>
    </message>
    <message>
        <source>No start date.</source>
        <translation>لا يوجد تاريخ بداية.</translation>
    </message>
    <message>
        <source>No deadline.</source>
        <translation>لا يوجد موعد نهائي.</translation>
    </message>
    <message>
        <source>The deadline is before the start.</source>
        <translation>الموعد النهائي قبل البداية.</translation>
    </message>
    <message>
        <source>Too short to show a trend (days: {days}); give the goal at least {min} days.</source>
        <translation>المدة أقصر من أن يظهر فيها اتجاه (الأيام: {days})؛ امنح الهدف {min} أيام على الأقل.</translation>
    </message>
    <message>
        <source>+30% followers on X in 4 months</source>
        <translation>+30% متابعين على إكس خلال 4 أشهر</translation>
    </message>
    <message>
        <source>+10% website clicks from LinkedIn in 60 days</source>
        <translation>+10% نقرات على الموقع من لينكدإن خلال 60 يومًا</translation>
    </message>
    <message>
        <source>Reach 100,000 people on X in 100 days</source>
        <translation>الوصول إلى 100,000 شخص على إكس خلال 100 يوم</translation>
    </message>
    <message>
        <source>This item was changed elsewhere since you opened it. Nothing was overwritten: reload it and make your change again.</source>
        <translation>تغيّر هذا العنصر في مكان آخر منذ فتحته. لم يُستبدل شيء: أعد تحميله ثم أجرِ تعديلك مرة أخرى.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and do it again; nothing else was lost.</source>
        <translation>القرص ممتلئ، لذا لم يُحفظ شيء. أفرغ بعض المساحة وأعد المحاولة؛ لم يضِع شيء آخر.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written (it is read-only), so nothing was saved. Check its permissions, or open a copy.</source>
        <translation>لا يمكن الكتابة في ملف مساحة العمل (للقراءة فقط)، لذا لم يُحفظ شيء. تحقّق من صلاحياته، أو افتح نسخة منه.</translation>
    </message>
    <message>
        <source>Another program is writing to the workspace right now, so nothing was saved. Try again in a moment.</source>
        <translation>برنامج آخر يكتب في مساحة العمل الآن، لذا لم يُحفظ شيء. أعد المحاولة بعد لحظات.</translation>
    </message>
    <message>
        <source>The disk reported an error, so nothing was saved. Check the drive, then try again.</source>
        <translation>أبلغ القرص عن خطأ، لذا لم يُحفظ شيء. افحص القرص ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>This item no longer exists; it may have been deleted elsewhere.</source>
        <translation>هذا العنصر لم يعد موجودًا؛ ربما حُذف في مكان آخر.</translation>
    </message>
    <message>
        <source> · </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>What did the quarter teach?</source>
        <translation>ماذا تعلّمنا من هذا الربع؟</translation>
    </message>
    <message>
        <source>Lessons from the best and the worst content, ads and timing: they shape the next quarter.</source>
        <translation>دروس من أفضل المحتوى وأضعفه، والإعلانات، وتوقيت النشر: فهي ترسم خطة الربع التالي.</translation>
    </message>
    <message>
        <source>For example: short reels of the product being made doubled the views.</source>
        <translation>مثال: مقاطع الريلز القصيرة لتحضير المنتج ضاعفت المشاهدات.</translation>
    </message>
    <message>
        <source>For example: text-only offers got almost no engagement.</source>
        <translation>مثال: العروض النصية وحدها لم تحقق تفاعلًا يُذكر.</translation>
    </message>
    <message>
        <source>For example: move the ad budget to reels; post every Thursday evening.</source>
        <translation>مثال: نقل ميزانية الإعلانات إلى الريلز، والنشر مساء كل خميس.</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>ما نجح</translation>
    </message>
    <message>
        <source>What did not</source>
        <translation>ما لم ينجح</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>الخطوات التالية</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Strategy</source>
        <translation>الاستراتيجية</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>المنافسون</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>العلامة التجارية:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>مساحة العمل: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
</context>
<context>
    <name>MonthEntry</name>
    <message>
        <source>&amp;Save the month</source>
        <translation>&amp;حفظ الشهر</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Type a number in a cell; Tab moves across, Enter moves down. Paste a column of numbers copied from a spreadsheet with Ctrl+V.</source>
        <translation>اكتب رقمًا في الخلية؛ مفتاح Tab ينقلك أفقيًا وEnter ينقلك إلى الأسفل. الصق عمودًا من الأرقام منسوخًا من جدول بيانات باستخدام Ctrl+V.</translation>
    </message>
    <message>
        <source>Not saved: %1 cells need a fix (in red; point at one to see why).</source>
        <translation>لم يُحفظ شيء: عدد الخلايا التي تحتاج إلى تصحيح: %1 (باللون الأحمر؛ مرّر المؤشر فوق الخلية لمعرفة السبب).</translation>
    </message>
    <message>
        <source>Type numbers</source>
        <translation>إدخال أرقام</translation>
    </message>
    <message>
        <source>Saved. Edit &gt; Undo puts the previous numbers back.</source>
        <translation>تم الحفظ. «تحرير &gt; تراجع» يعيد الأرقام السابقة.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to</source>
        <translation>نقل إلى</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>التاريخ والوقت:</translation>
    </message>
    <message>
        <source>The other chosen posts keep their distance to the first.</source>
        <translation>تحافظ المنشورات المختارة الأخرى على فارقها الزمني عن المنشور الأول.</translation>
    </message>
</context>
<context>
    <name>NewsPanel</name>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Field news</source>
        <translation>أخبار المجال</translation>
    </message>
    <message>
        <source>Platform updates</source>
        <translation>تحديثات المنصات</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>غير المقروء فقط</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Read the feeds again now</source>
        <translation>اقرأ الخلاصات من جديد الآن</translation>
    </message>
    <message>
        <source>Feeds…</source>
        <translation>الخلاصات…</translation>
    </message>
    <message>
        <source>Choose the feeds to follow</source>
        <translation>اختر الخلاصات التي تتابعها</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>الترندات</translation>
    </message>
    <message>
        <source>Trending now in the brand&apos;s country</source>
        <translation>الرائج الآن في بلد العلامة التجارية</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open in the browser (Enter)</source>
        <translation>فتح في المتصفح (Enter)</translation>
    </message>
    <message>
        <source>Read/unread</source>
        <translation>مقروء/غير مقروء</translation>
    </message>
    <message>
        <source>Mark read or unread (Space)</source>
        <translation>تعليم كمقروء أو غير مقروء (مسافة)</translation>
    </message>
    <message>
        <source>Make an idea</source>
        <translation>اجعله فكرة</translation>
    </message>
    <message>
        <source>Add it to the brand&apos;s idea bank with its link</source>
        <translation>أضفه إلى بنك أفكار العلامة التجارية مع رابطه</translation>
    </message>
    <message>
        <source>Already in the idea bank</source>
        <translation>موجودة في بنك الأفكار بالفعل</translation>
    </message>
    <message>
        <source>Reading the feeds…</source>
        <translation>جارٍ قراءة الخلاصات…</translation>
    </message>
    <message>
        <source>No news yet: refresh, or add feeds under Feeds…</source>
        <translation>لا أخبار بعد: حدّث، أو أضف خلاصات من «الخلاصات…»</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>غير مقروء: %1</translation>
    </message>
    <message>
        <source>and %1 more (see Feeds…)</source>
        <translation>و%1 غيرها (انظر «الخلاصات…»)</translation>
    </message>
    <message>
        <source>New items: %1</source>
        <translation>عناصر جديدة: %1</translation>
    </message>
    <message>
        <source>The feeds could not be read: %1</source>
        <translation>تعذّرت قراءة الخلاصات: %1</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>تعليم كمقروء</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>تعليم كغير مقروء</translation>
    </message>
    <message>
        <source>Added to the idea bank.</source>
        <translation>أُضيف إلى بنك الأفكار.</translation>
    </message>
    <message>
        <source>Add a brand first: ideas belong to a brand.</source>
        <translation>أضف علامة تجارية أولًا: الأفكار تتبع علامة تجارية.</translation>
    </message>
    <message>
        <source>Idea for which brand?</source>
        <translation>الفكرة لأي علامة تجارية؟</translation>
    </message>
</context>
<context>
    <name>NewsText</name>
    <message>
        <source>Field news</source>
        <translation>أخبار المجال</translation>
    </message>
    <message>
        <source>Platform updates</source>
        <translation>تحديثات المنصات</translation>
    </message>
    <message>
        <source>Google Trends: trending now</source>
        <translation>مؤشرات Google: الرائج الآن</translation>
    </message>
    <message>
        <source>X: trending</source>
        <translation>إكس: الرائج</translation>
    </message>
    <message>
        <source>TikTok Creative Center: trending hashtags</source>
        <translation>مركز تيك توك الإبداعي: الوسوم الرائجة</translation>
    </message>
    <message>
        <source>YouTube: rising searches</source>
        <translation>يوتيوب: عمليات البحث الصاعدة</translation>
    </message>
    <message>
        <source>the site answered with error %1</source>
        <translation>ردّ الموقع بالخطأ %1</translation>
    </message>
    <message>
        <source>could not connect (%1)</source>
        <translation>تعذّر الاتصال (%1)</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>تعذّرت قراءة الملف (%1)</translation>
    </message>
    <message>
        <source>the feed is too large to read</source>
        <translation>الخلاصة أكبر من أن تُقرأ</translation>
    </message>
    <message>
        <source>the feed is empty</source>
        <translation>الخلاصة فارغة</translation>
    </message>
    <message>
        <source>this address is not an RSS or Atom feed</source>
        <translation>هذا العنوان ليس خلاصة RSS أو Atom</translation>
    </message>
    <message>
        <source>only web and file addresses can be read</source>
        <translation>لا تُقرأ إلا عناوين الويب والملفات</translation>
    </message>
    <message>
        <source>idea made</source>
        <translation>صارت فكرة</translation>
    </message>
</context>
<context>
    <name>NextGoalRow</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>مؤشر الأداء</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Why it is realistic</source>
        <translation>لماذا هو واقعي</translation>
    </message>
    <message>
        <source>Business goal</source>
        <translation>هدف العمل</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>الفكرة</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>الفرضية</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>طريقة القياس</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why this target is realistic</source>
        <translation>لماذا هذا المستهدف واقعي</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>يُقاس على</translation>
    </message>
    <message>
        <source>New baseline (today&apos;s value)</source>
        <translation>خط الأساس الجديد (قيمة اليوم)</translation>
    </message>
    <message>
        <source>Change from the baseline (%)</source>
        <translation>التغيير عن خط الأساس (٪)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Enter numbers, such as 1500 or 12.5.</source>
        <translation>أدخل أرقامًا، مثل 1500 أو 12.5.</translation>
    </message>
</context>
<context>
    <name>NextGoalsPage</name>
    <message>
        <source>Set the goals of %1</source>
        <translation>ضع أهداف %1</translation>
    </message>
    <message>
        <source>Tick the goals to carry on. Today&apos;s values are the new baselines; the target asks the same change as before.</source>
        <translation>حدّد الأهداف التي تستمر. قيم اليوم هي خطوط الأساس الجديدة، والمستهدف يطلب نسبة التغيير نفسها كما في السابق.</translation>
    </message>
    <message>
        <source>Next-quarter goals are set when the review is finished: they are not kept in a draft, so check them again before you finish.</source>
        <translation>تُحدَّد أهداف الربع القادم عند إنهاء المراجعة: لا تُحفظ في المسودة، فراجعها مرة أخرى قبل الإنهاء.</translation>
    </message>
    <message>
        <source>No goal to carry on: add new goals in the goals section.</source>
        <translation>لا أهداف لمواصلتها: أضف أهدافًا جديدة في قسم الأهداف.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Notes for this period</source>
        <translation>ملاحظات هذه الفترة</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>ما نجح</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>ما لم ينجح</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>حفظ ال&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Notes are saved for a week, a month or a quarter, not for custom dates.</source>
        <translation>تُحفظ الملاحظات لأسبوع أو شهر أو ربع سنة، لا لتواريخ مخصصة.</translation>
    </message>
</context>
<context>
    <name>NumberLabels</name>
    <message>
        <source>Planned</source>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>الوعي بالعلامة</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>App promotion</source>
        <translation>الترويج للتطبيق</translation>
    </message>
    <message>
        <source>Video views</source>
        <translation>مشاهدات الفيديو</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>مرات الظهور</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>الإعجابات</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>مرات الحفظ</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>النقرات</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>المتابعات الجديدة</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>الإنفاق</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>تاريخ الانتهاء يسبق تاريخ البدء.</translation>
    </message>
    <message>
        <source>This day already has results: edit its row.</source>
        <translation>لهذا اليوم نتائج مسجلة بالفعل: عدّل صفه.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code, such as SAR or USD.</source>
        <translation>العملة رمز من ثلاثة أحرف، مثل SAR أو USD.</translation>
    </message>
    <message>
        <source>This choice belongs to another brand. Choose another.</source>
        <translation>هذا الخيار يخص علامة تجارية أخرى. اختر غيره.</translation>
    </message>
    <message>
        <source>Enter a whole number, such as 1500.</source>
        <translation>أدخل عددًا صحيحًا، مثل 1500.</translation>
    </message>
</context>
<context>
    <name>NumbersSection</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>The brand has no accounts yet: add one in Brands and accounts, then type or import its numbers here.</source>
        <translation>لا توجد حسابات لهذه العلامة بعد: أضف حسابًا في «العلامات والحسابات»، ثم أدخل أرقامه أو استوردها هنا.</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>المخطط:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Type a month</source>
        <translation>إدخال شهر</translation>
    </message>
    <message>
        <source>How these are computed</source>
        <translation>طريقة الحساب</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <source>No numbers to chart yet.</source>
        <translation>لا توجد أرقام لعرضها في المخطط بعد.</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>جارٍ تحميل الرسم البياني…</translation>
    </message>
    <message>
        <source>The chart could not be drawn on this computer.</source>
        <translation>تعذّر رسم المخطط على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Edit observation</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>What they did, and how the audience took it</source>
        <translation>ماذا فعلوا، وكيف تفاعل الجمهور معه</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
</context>
<context>
    <name>ObservationsPanel</name>
    <message>
        <source>Monitoring log</source>
        <translation>سجل الرصد</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Edit observation</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>حذف الملاحظة</translation>
    </message>
</context>
<context>
    <name>OccasionDialog</name>
    <message>
        <source>Edit occasion</source>
        <translation>تعديل المناسبة</translation>
    </message>
    <message>
        <source>New occasion</source>
        <translation>مناسبة جديدة</translation>
    </message>
    <message>
        <source>e.g. Shop anniversary, Summer menu launch</source>
        <translation>مثال: ذكرى افتتاح المتجر، إطلاق قائمة الصيف</translation>
    </message>
    <message>
        <source>Comes back every year on this day</source>
        <translation>تتكرر كل عام في هذا اليوم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>OccasionLabels</name>
    <message>
        <source>Islamic New Year</source>
        <translation>رأس السنة الهجرية</translation>
    </message>
    <message>
        <source>Prophet&apos;s Birthday</source>
        <translation>المولد النبوي الشريف</translation>
    </message>
    <message>
        <source>First day of Ramadan</source>
        <translation>أول أيام رمضان</translation>
    </message>
    <message>
        <source>Eid al-Fitr</source>
        <translation>عيد الفطر</translation>
    </message>
    <message>
        <source>Day of Arafah</source>
        <translation>يوم عرفة</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>عيد الأضحى</translation>
    </message>
    <message>
        <source>Saudi Founding Day</source>
        <translation>يوم التأسيس السعودي</translation>
    </message>
    <message>
        <source>Saudi National Day</source>
        <translation>اليوم الوطني السعودي</translation>
    </message>
    <message>
        <source>UAE Flag Day</source>
        <translation>يوم العلم الإماراتي</translation>
    </message>
    <message>
        <source>UAE National Day</source>
        <translation>اليوم الوطني الإماراتي</translation>
    </message>
    <message>
        <source>July 23 Revolution Day</source>
        <translation>عيد ثورة 23 يوليو</translation>
    </message>
    <message>
        <source>Kuwait National Day</source>
        <translation>العيد الوطني الكويتي</translation>
    </message>
    <message>
        <source>Kuwait Liberation Day</source>
        <translation>يوم التحرير الكويتي</translation>
    </message>
    <message>
        <source>Qatar National Day</source>
        <translation>اليوم الوطني القطري</translation>
    </message>
    <message>
        <source>Bahrain National Day</source>
        <translation>العيد الوطني البحريني</translation>
    </message>
    <message>
        <source>Jordan Independence Day</source>
        <translation>عيد الاستقلال الأردني</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>رأس السنة الميلادية</translation>
    </message>
    <message>
        <source>Valentine&apos;s Day</source>
        <translation>عيد الحب</translation>
    </message>
    <message>
        <source>Mother&apos;s Day</source>
        <translation>عيد الأم</translation>
    </message>
    <message>
        <source>Mothering Sunday</source>
        <translation>عيد الأم (بريطانيا)</translation>
    </message>
    <message>
        <source>Back to school</source>
        <translation>العودة إلى المدارس</translation>
    </message>
    <message>
        <source>Singles&apos; Day (11.11)</source>
        <translation>يوم العزاب (11.11)</translation>
    </message>
    <message>
        <source>White Friday</source>
        <translation>الجمعة البيضاء</translation>
    </message>
    <message>
        <source>Black Friday</source>
        <translation>الجمعة السوداء</translation>
    </message>
    <message>
        <source>Cyber Monday</source>
        <translation>الاثنين الإلكتروني</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>نهاية العام</translation>
    </message>
    <message>
        <source>Armed Forces Day</source>
        <translation>عيد القوات المسلحة</translation>
    </message>
    <message>
        <source>Ashura</source>
        <translation>عاشوراء</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>يوم الصناديق (بوكسينغ داي)</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>عيد الميلاد المجيد</translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation>يوم كولومبوس</translation>
    </message>
    <message>
        <source>Commemoration Day</source>
        <translation>يوم الشهيد</translation>
    </message>
    <message>
        <source>Coptic Christmas Day</source>
        <translation>عيد الميلاد المجيد (القبطي)</translation>
    </message>
    <message>
        <source>Coronation of Charles III</source>
        <translation>تتويج الملك تشارلز الثالث</translation>
    </message>
    <message>
        <source>Death of Sheikh Khalifa bin Zayed Al Nahyan</source>
        <translation>وفاة الشيخ خليفة بن زايد آل نهيان</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>الجمعة العظيمة</translation>
    </message>
    <message>
        <source>Holiday for the National Team&apos;s Victory in the World Cup</source>
        <translation>عطلة فوز المنتخب في كأس العالم</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>عيد الاستقلال</translation>
    </message>
    <message>
        <source>Isra&apos; and Mi&apos;raj</source>
        <translation>الإسراء والمعراج</translation>
    </message>
    <message>
        <source>January 25th Revolution and National Police Day</source>
        <translation>ثورة 25 يناير وعيد الشرطة</translation>
    </message>
    <message>
        <source>June 30 Revolution Day</source>
        <translation>عيد ثورة 30 يونيو</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>يوم التحرر (جونتينث)</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>عيد العمال</translation>
    </message>
    <message>
        <source>Martin Luther King Jr. Day</source>
        <translation>يوم مارتن لوثر كينغ</translation>
    </message>
    <message>
        <source>May Day</source>
        <translation>عطلة أول مايو المصرفية</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>يوم الذكرى</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>اليوم الوطني</translation>
    </message>
    <message>
        <source>National Sports Day</source>
        <translation>اليوم الرياضي للدولة</translation>
    </message>
    <message>
        <source>Platinum Jubilee of Elizabeth II</source>
        <translation>اليوبيل البلاتيني للملكة إليزابيث الثانية</translation>
    </message>
    <message>
        <source>Sinai Liberation Day</source>
        <translation>عيد تحرير سيناء</translation>
    </message>
    <message>
        <source>Spring Bank Holiday</source>
        <translation>عطلة الربيع المصرفية</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>شم النسيم</translation>
    </message>
    <message>
        <source>State Funeral of Queen Elizabeth II</source>
        <translation>الجنازة الرسمية للملكة إليزابيث الثانية</translation>
    </message>
    <message>
        <source>Sultan&apos;s Accession Day</source>
        <translation>ذكرى تولي السلطان مقاليد الحكم</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>عيد الشكر</translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation>يوم المحاربين القدامى</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>ذكرى ميلاد واشنطن</translation>
    </message>
    <message>
        <source>Islamic occasion</source>
        <translation>مناسبة إسلامية</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>عطلة رسمية</translation>
    </message>
    <message>
        <source>National day</source>
        <translation>مناسبة وطنية</translation>
    </message>
    <message>
        <source>Marketing day</source>
        <translation>مناسبة تسويقية</translation>
    </message>
    <message>
        <source>Brand occasion</source>
        <translation>مناسبة خاصة بالعلامة</translation>
    </message>
    <message>
        <source>Muharram</source>
        <translation>محرم</translation>
    </message>
    <message>
        <source>Safar</source>
        <translation>صفر</translation>
    </message>
    <message>
        <source>Rabi&apos; al-Awwal</source>
        <translation>ربيع الأول</translation>
    </message>
    <message>
        <source>Rabi&apos; al-Thani</source>
        <translation>ربيع الآخر</translation>
    </message>
    <message>
        <source>Jumada al-Ula</source>
        <translation>جمادى الأولى</translation>
    </message>
    <message>
        <source>Jumada al-Akhirah</source>
        <translation>جمادى الآخرة</translation>
    </message>
    <message>
        <source>Rajab</source>
        <translation>رجب</translation>
    </message>
    <message>
        <source>Sha&apos;ban</source>
        <translation>شعبان</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>رمضان</translation>
    </message>
    <message>
        <source>Shawwal</source>
        <translation>شوال</translation>
    </message>
    <message>
        <source>Dhu al-Qi&apos;dah</source>
        <translation>ذو القعدة</translation>
    </message>
    <message>
        <source>Dhu al-Hijjah</source>
        <translation>ذو الحجة</translation>
    </message>
    <message>
        <source>Expected date: it may move by a day with the moon sighting.</source>
        <translation>تاريخ متوقع: قد يتقدّم أو يتأخر يومًا بحسب رؤية الهلال.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>OccasionsDialog</name>
    <message>
        <source>The brand&apos;s occasions</source>
        <translation>مناسبات العلامة التجارية</translation>
    </message>
    <message>
        <source>Days that matter to this brand alone: its anniversary, a launch, a branch opening. They show on the calendar with the religious, national and marketing days.</source>
        <translation>أيام تخص هذه العلامة التجارية وحدها: ذكراها السنوية، أو إطلاق منتج، أو افتتاح فرع. تظهر في التقويم مع المناسبات الدينية والوطنية والتسويقية.</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>المناسبة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>كل عام</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Add occasion: %1</source>
        <translation>إضافة مناسبة: %1</translation>
    </message>
    <message>
        <source>Edit occasion: %1</source>
        <translation>تعديل مناسبة: %1</translation>
    </message>
    <message>
        <source>Delete occasion: %1</source>
        <translation>حذف مناسبة: %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Competitors</source>
        <translation>المنافسون</translation>
    </message>
    <message>
        <source>Before starting, then every week and month: what competitors post and how it works for them.</source>
        <translation>قبل البدء، ثم كل أسبوع وشهر: ماذا ينشر المنافسون وكيف ينجح معهم.</translation>
    </message>
    <message>
        <source>Competitor profiles and their accounts.</source>
        <translation>ملفات المنافسين وحساباتهم.</translation>
    </message>
    <message>
        <source>Engagement rate, posting frequency, hashtags and trending content over time.</source>
        <translation>معدل التفاعل، وتكرار النشر، والوسوم، والمحتوى الرائج عبر الزمن.</translation>
    </message>
    <message>
        <source>Comparison with the brand&apos;s own accounts.</source>
        <translation>مقارنة بحسابات العلامة التجارية نفسها.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Monthly: plan next month&apos;s content; daily: keep today&apos;s plan current.</source>
        <translation>شهريًا: خطّط لمحتوى الشهر القادم؛ يوميًا: حافظ على خطة اليوم محدّثة.</translation>
    </message>
    <message>
        <source>The monthly content plan with each post&apos;s brief, moved by drag and drop.</source>
        <translation>خطة المحتوى الشهرية مع موجز كل منشور، وتُرتَّب بالسحب والإفلات.</translation>
    </message>
    <message>
        <source>The idea bank, content pillars and posting slots.</source>
        <translation>بنك الأفكار، وركائز المحتوى، ومواعيد النشر.</translation>
    </message>
    <message>
        <source>Occasions of the brand&apos;s country, in the Hijri and Gregorian calendars.</source>
        <translation>مناسبات بلد العلامة التجارية بالتقويمين الهجري والميلادي.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Weekly, monthly and quarterly: results against the goals, sent to the client.</source>
        <translation>أسبوعيًا وشهريًا وربع سنويًا: النتائج مقابل الأهداف، تُرسل إلى العميل.</translation>
    </message>
    <message>
        <source>Followers, engagement rate, reach and view rate against each KPI.</source>
        <translation>المتابعون، ومعدل التفاعل، والوصول، ومعدل المشاهدة مقابل كل مؤشر أداء.</translation>
    </message>
    <message>
        <source>The best and worst content, and the lessons learned.</source>
        <translation>أفضل المحتوى وأسوؤه، والدروس المستفادة.</translation>
    </message>
    <message>
        <source>A PDF report in Arabic or English, ready to email.</source>
        <translation>تقرير PDF بالعربية أو الإنجليزية، جاهز للإرسال بالبريد.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Every morning: what to do today, across all brands, in the order it matters.</source>
        <translation>كل صباح: ما يجب فعله اليوم لكل العلامات التجارية، مرتّبًا حسب الأهمية.</translation>
    </message>
    <message>
        <source>Today&apos;s posts and overdue ones, with one click to mark them scheduled or published.</source>
        <translation>منشورات اليوم والمتأخرة، وبنقرة واحدة تُعلَّم مجدولة أو منشورة.</translation>
    </message>
    <message>
        <source>Follow-ups with the writer and designer on unfinished posts.</source>
        <translation>متابعة الكاتب والمصمم بشأن المنشورات غير المكتملة.</translation>
    </message>
    <message>
        <source>The routines of the job: daily, weekly, monthly and quarterly.</source>
        <translation>مهام العمل الدورية: اليومية والأسبوعية والشهرية والربع سنوية.</translation>
    </message>
</context>
<context>
    <name>PersonaCardDelegate</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (مؤرشفة)</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>Edit persona</source>
        <translation>تعديل الشخصية</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>شخصية جديدة</translation>
    </message>
    <message>
        <source>This is the brand&apos;s only segment. The job advises at least two, each with content of its own.</source>
        <translation>هذه هي الشريحة الوحيدة للعلامة التجارية. يُنصح بشريحتين على الأقل، لكل منهما محتواها.</translation>
    </message>
    <message>
        <source>This will be the brand&apos;s only segment. The job advises at least two, each with content of its own: add another one after this.</source>
        <translation>ستكون هذه الشريحة الوحيدة للعلامة التجارية. يُنصح بشريحتين على الأقل، لكل منهما محتواها: أضف شريحة أخرى بعد هذه.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>أين ومتى</translation>
    </message>
    <message>
        <source>Mind</source>
        <translation>ما في الذهن</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>A name that brings the person to mind, e.g. Noura the student</source>
        <translation>اسم يستحضر الشخص، مثل نورة الطالبة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Youngest age</source>
        <translation>أصغر عمر</translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>أكبر عمر</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>الحالة الاجتماعية</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>فئة الدخل</translation>
    </message>
    <message>
        <source>One place a line, e.g. Riyadh</source>
        <translation>مكان في كل سطر، مثل الرياض</translation>
    </message>
    <message>
        <source>e.g. weekdays 4 to 9 pm</source>
        <translation>مثلًا: أيام الأسبوع من 4 إلى 9 مساءً</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Hours they are active</source>
        <translation>ساعات نشاطهم</translation>
    </message>
    <message>
        <source>One interest a line</source>
        <translation>اهتمام في كل سطر</translation>
    </message>
    <message>
        <source>One problem a line</source>
        <translation>مشكلة في كل سطر</translation>
    </message>
    <message>
        <source>One dream a line</source>
        <translation>حلم في كل سطر</translation>
    </message>
    <message>
        <source>One habit a line, e.g. orders after lectures</source>
        <translation>عادة في كل سطر، مثل الطلب بعد المحاضرات</translation>
    </message>
    <message>
        <source>One objection a line, e.g. too expensive</source>
        <translation>اعتراض في كل سطر، مثل: غالٍ جدًا</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>الاهتمامات</translation>
    </message>
    <message>
        <source>Problems they struggle with</source>
        <translation>المشكلات التي يعانونها</translation>
    </message>
    <message>
        <source>Dreams they want to reach</source>
        <translation>الأحلام التي يريدون بلوغها</translation>
    </message>
    <message>
        <source>Buying habits</source>
        <translation>عادات الشراء</translation>
    </message>
    <message>
        <source>Objections to buying</source>
        <translation>اعتراضات على الشراء</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>How much of this segment is on each platform, from 0 to 100%. The shares need not add up to 100: people use several platforms.</source>
        <translation>نسبة وجود هذه الشريحة على كل منصة، من 0 إلى 100%. لا يلزم أن تجمع النسب 100: الناس يستخدمون عدة منصات.</translation>
    </message>
    <message>
        <source>Share on each platform</source>
        <translation>النسبة على كل منصة</translation>
    </message>
    <message>
        <source>One kind a line, e.g. short videos</source>
        <translation>نوع في كل سطر، مثل الفيديوهات القصيرة</translation>
    </message>
    <message>
        <source>Content they prefer</source>
        <translation>المحتوى الذي يفضّلونه</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Choose a picture for this persona</source>
        <translation>اختر صورة لهذه الشخصية</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.svg)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>بلا صورة</translation>
    </message>
</context>
<context>
    <name>PersonaListModel</name>
    <message>
        <source>%1, aged %2 to %3</source>
        <translation>%1، من عمر %2 إلى %3</translation>
    </message>
    <message>
        <source>%1, aged %2 and over</source>
        <translation>%1، من عمر %2 فما فوق</translation>
    </message>
    <message>
        <source>%1, aged up to %2</source>
        <translation>%1، حتى عمر %2</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
</context>
<context>
    <name>PersonaMatrixModel</name>
    <message>
        <source>Recommended: much of your audience is on %1.</source>
        <translation>موصى بها: كثير من جمهورك على %1.</translation>
    </message>
    <message>
        <source>Whole audience</source>
        <translation>الجمهور كله</translation>
    </message>
    <message>
        <source>The average over your segments: each segment counts the same; a segment with no share set is left out.</source>
        <translation>المتوسط على شرائحك: لكل شريحة الوزن نفسه، وتُستبعد الشريحة التي لم تُحدَّد لها أي نسبة.</translation>
    </message>
    <message>
        <source>Not set: how much of %2 is on %3 is not known yet. Type a number, or press F2, to set it.</source>
        <translation>غير محددة: نسبة %2 على %3 غير معروفة بعد. اكتب رقمًا، أو اضغط F2، لتحديدها.</translation>
    </message>
    <message>
        <source>%1% of %2 is on %3. Press F2 or double-click to change it.</source>
        <translation>%1% من %2 على %3. اضغط F2 أو انقر مرتين لتغييره.</translation>
    </message>
    <message>
        <source>No segment has a share set on %1.</source>
        <translation>لم تُحدَّد لأي شريحة نسبة على %1.</translation>
    </message>
    <message>
        <source>About %1% of your whole audience is on %2.</source>
        <translation>نحو %1% من جمهورك كله على %2.</translation>
    </message>
    <message>
        <source>Segments with no share set anywhere are left out: %1.</source>
        <translation>الشرائح التي لم تُحدَّد لها أي نسبة مستبعدة: %1.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>Personas (audience segments)</source>
        <translation>الشخصيات (شرائح الجمهور)</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>إظهار المؤرشف</translation>
    </message>
    <message>
        <source>New persona…</source>
        <translation>شخصية جديدة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>تأخير</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>إلغاء الأرشفة</translation>
    </message>
    <message>
        <source>Add persona %1</source>
        <translation>إضافة الشخصية %1</translation>
    </message>
    <message>
        <source>Edit persona %1</source>
        <translation>تعديل الشخصية %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>Duplicate persona %1</source>
        <translation>تكرار الشخصية %1</translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation>إلغاء أرشفة %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>أرشفة %1</translation>
    </message>
    <message>
        <source>Delete persona %1</source>
        <translation>حذف الشخصية %1</translation>
    </message>
    <message>
        <source>Move persona %1</source>
        <translation>نقل الشخصية %1</translation>
    </message>
    <message>
        <source>Reorder personas</source>
        <translation>إعادة ترتيب الشخصيات</translation>
    </message>
</context>
<context>
    <name>PillarDialog</name>
    <message>
        <source>Edit pillar</source>
        <translation>تعديل المحور</translation>
    </message>
    <message>
        <source>New pillar</source>
        <translation>محور جديد</translation>
    </message>
    <message>
        <source>e.g. Tips, Behind the scenes, Offers</source>
        <translation>مثل: نصائح، كواليس، عروض</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>%</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Target share of the plan</source>
        <translation>النسبة المستهدفة من الخطة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Pillar colour</source>
        <translation>لون المحور</translation>
    </message>
</context>
<context>
    <name>PillarsDialog</name>
    <message>
        <source>Content pillars</source>
        <translation>محاور المحتوى</translation>
    </message>
    <message>
        <source>Pillars are the kinds of content the brand posts. Give each the share of the plan it should take.</source>
        <translation>المحاور هي أنواع المحتوى التي تنشرها العلامة. حدّد لكل محور نسبته المستهدفة من الخطة.</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Target share</source>
        <translation>النسبة المستهدفة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لل&amp;أعلى</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>نقل لل&amp;أسفل</translation>
    </message>
    <message>
        <source>Target shares add up to %1%.</source>
        <translation>مجموع النسب المستهدفة: %1٪.</translation>
    </message>
    <message>
        <source>They should add up to 100%.</source>
        <translation>يجب أن يكون المجموع 100٪.</translation>
    </message>
    <message>
        <source>Add pillar: %1</source>
        <translation>إضافة محور: %1</translation>
    </message>
    <message>
        <source>Edit pillar: %1</source>
        <translation>تعديل محور: %1</translation>
    </message>
    <message>
        <source>Delete pillar: %1</source>
        <translation>حذف محور: %1</translation>
    </message>
    <message>
        <source>Move pillar: %1</source>
        <translation>نقل محور: %1</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>نوع المحتوى</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية المستهدفة</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>محور المحتوى</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>الدعوة إلى الإجراء</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>نص المنشور</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>موافقة العميل</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>المناسبة</translation>
    </message>
    <message>
        <source>Notes for design</source>
        <translation>ملاحظات للتصميم</translation>
    </message>
    <message>
        <source>Content plan</source>
        <translation>خطة المحتوى</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>No posts are planned for this month.</source>
        <translation>لا توجد منشورات مخططة لهذا الشهر.</translation>
    </message>
    <message>
        <source>(expected)</source>
        <translation>(متوقع)</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>و%1 غيرها</translation>
    </message>
    <message>
        <source>Posts and their briefs</source>
        <translation>المنشورات وموجزاتها</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(بلا موضوع)</translation>
    </message>
</context>
<context>
    <name>PlanExporter</name>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Send the month&apos;s plan: PDF for the client, CSV or calendar file</source>
        <translation>أرسل خطة الشهر: ملف PDF للعميل، أو جدول CSV، أو ملف تقويم</translation>
    </message>
    <message>
        <source>PDF: calendar and list…</source>
        <translation>PDF: التقويم والقائمة…</translation>
    </message>
    <message>
        <source>CSV spreadsheet…</source>
        <translation>جدول CSV…</translation>
    </message>
    <message>
        <source>iCalendar file (.ics)…</source>
        <translation>ملف تقويم iCalendar ‏(.ics)…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar ‏(*.ics)</translation>
    </message>
    <message>
        <source>Export the month&apos;s plan</source>
        <translation>تصدير خطة الشهر</translation>
    </message>
    <message>
        <source>The plan was exported to %1.</source>
        <translation>صُدّرت الخطة إلى %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>The plan could not be exported.</source>
        <translation>تعذّر تصدير الخطة.</translation>
    </message>
    <message>
        <source>Nothing was written: a file already there is unchanged. Check that the folder exists and that you may write in it, then try again.</source>
        <translation>لم يُكتب أي شيء، وبقي أي ملف موجود كما هو. تأكد من وجود المجلد ومن صلاحية الكتابة فيه، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PlanLines</name>
    <message>
        <source>Week %1 (%2 – %3)</source>
        <translation>الأسبوع %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Posts per week</source>
        <translation>المنشورات في كل أسبوع</translation>
    </message>
    <message>
        <source>%1: %2 posts</source>
        <translation>%1: عدد المنشورات %2</translation>
    </message>
    <message>
        <source>%1: %2 posts, no posting slots set</source>
        <translation>%1: عدد المنشورات %2، بلا مواعيد نشر محددة</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 من %3</translation>
    </message>
    <message>
        <source>%1: %2 posts planned of %3 (%4 posting slots a week)</source>
        <translation>%1: المخطط %2 من %3 (مواعيد النشر في الأسبوع: %4)</translation>
    </message>
    <message>
        <source>Accounts against their posting slots</source>
        <translation>الحسابات مقارنةً بمواعيد نشرها</translation>
    </message>
    <message>
        <source>%1: %2% (target %3%)</source>
        <translation>%1: %2% (المستهدف %3%)</translation>
    </message>
    <message>
        <source>%1: %2% (no target)</source>
        <translation>%1: %2% (بلا نسبة مستهدفة)</translation>
    </message>
    <message>
        <source>Pillars against their targets</source>
        <translation>المحاور مقارنةً بأهدافها</translation>
    </message>
    <message>
        <source>Not covered: %1</source>
        <translation>غير مغطّاة: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>أهداف المنشورات</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>الشخصيات المستهدفة</translation>
    </message>
    <message>
        <source>%1: nothing planned</source>
        <translation>%1: لا شيء مخطط</translation>
    </message>
    <message>
        <source>Goals with no post serving them</source>
        <translation>أهداف لا يخدمها أي منشور</translation>
    </message>
    <message>
        <source>Every running goal has a post this month.</source>
        <translation>لكل هدف جارٍ منشور هذا الشهر.</translation>
    </message>
    <message>
        <source>%1%2 · %3</source>
        <translation>%1%2 · %3</translation>
    </message>
    <message>
        <source>Occasions with nothing planned (±3 days)</source>
        <translation>مناسبات بلا منشور مخطط (±3 أيام)</translation>
    </message>
    <message>
        <source>Every occasion this month has a post near it.</source>
        <translation>لكل مناسبة هذا الشهر منشور قريب منها.</translation>
    </message>
    <message>
        <source>Empty weeks</source>
        <translation>أسابيع فارغة</translation>
    </message>
    <message>
        <source>Every week has a post.</source>
        <translation>في كل أسبوع منشور واحد على الأقل.</translation>
    </message>
</context>
<context>
    <name>PlanningPanel</name>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Show this day or week in the month</source>
        <translation>عرض هذا اليوم أو الأسبوع في الشهر</translation>
    </message>
    <message>
        <source>New post for it…</source>
        <translation>منشور جديد لها…</translation>
    </message>
    <message>
        <source>Series…</source>
        <translation>سلسلة…</translation>
    </message>
    <message>
        <source>Recurring posts, such as a tip every Tuesday</source>
        <translation>منشورات متكررة، مثل نصيحة كل ثلاثاء</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <source>Plan in the past?</source>
        <translation>جدولة في تاريخ مضى؟</translation>
    </message>
    <message>
        <source>This puts a post at a time that has passed. Plan it there anyway?</source>
        <translation>سيُوضع المنشور في وقت مضى. هل تريد جدولته هناك على أي حال؟</translation>
    </message>
    <message>
        <source>This puts a post on a day that has passed. Plan it there anyway?</source>
        <translation>سيُوضع المنشور في يوم مضى. هل تريد جدولته هناك على أي حال؟</translation>
    </message>
    <message>
        <source>Move post</source>
        <translation>نقل منشور</translation>
    </message>
    <message>
        <source>Move %1 posts</source>
        <translation>نقل منشورات (%1)</translation>
    </message>
    <message>
        <source>Duplicate post</source>
        <translation>تكرار منشور</translation>
    </message>
    <message>
        <source>Duplicate %1 posts</source>
        <translation>تكرار منشورات (%1)</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>تعديل منشور</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>حذف منشور</translation>
    </message>
    <message>
        <source>Delete %1 posts</source>
        <translation>حذف منشورات (%1)</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Edit post</source>
        <translation>تعديل المنشور</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>Caption &amp;&amp; hashtags</source>
        <translation>النص والوسوم</translation>
    </message>
    <message>
        <source>Media &amp;&amp; design</source>
        <translation>الوسائط والتصميم</translation>
    </message>
    <message>
        <source>Approval &amp;&amp; result</source>
        <translation>الموافقة والنتيجة</translation>
    </message>
    <message>
        <source>What the post is about, e.g. New spring menu</source>
        <translation>موضوع المنشور، مثل: قائمة الربيع الجديدة</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Not planned: this post was found in an analytics export, not in the plan.</source>
        <translation>غير مخطط له: وُجد هذا المنشور في ملف تحليلات مُصدَّر، وليس في الخطة.</translation>
    </message>
    <message>
        <source>No date: keep in the idea bank</source>
        <translation>بلا تاريخ: يبقى في بنك الأفكار</translation>
    </message>
    <message>
        <source>An account no longer listed</source>
        <translation>حساب لم يعد موجودًا</translation>
    </message>
    <message>
        <source>No longer listed</source>
        <translation>لم يعد موجودًا</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>بلا هدف</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>بلا شخصية</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>بلا محور</translation>
    </message>
    <message>
        <source>e.g. Order through the link in the bio</source>
        <translation>مثل: اطلب عبر الرابط في النبذة</translation>
    </message>
    <message>
        <source>An experiment (something new to try and measure)</source>
        <translation>تجربة (فكرة جديدة نجرّبها ونقيس نتيجتها)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Goal it serves</source>
        <translation>الهدف الذي يخدمه</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>نوع المحتوى</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Target persona</source>
        <translation>الشخصية المستهدفة</translation>
    </message>
    <message>
        <source>Content pillar</source>
        <translation>محور المحتوى</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>الدعوة إلى الإجراء</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>المناسبة</translation>
    </message>
    <message>
        <source>The text of the post</source>
        <translation>نص المنشور</translation>
    </message>
    <message>
        <source>#spring #riyadh, or insert a set below</source>
        <translation>#الربيع #الرياض، أو أدرج مجموعة من الأسفل</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>الطول</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Insert a set</source>
        <translation>إدراج مجموعة</translation>
    </message>
    <message>
        <source>The brand has no hashtag sets yet (Strategy tab, Brand guide).</source>
        <translation>لا توجد مجموعات وسوم للعلامة بعد (تبويب الاستراتيجية، دليل العلامة).</translation>
    </message>
    <message>
        <source>Drop image or video files here, or add them with the button.</source>
        <translation>أفلت ملفات الصور أو الفيديو هنا، أو أضفها بالزر.</translation>
    </message>
    <message>
        <source>What the designer or video editor should know: sizes, texts on the image, references</source>
        <translation>ما يحتاج المصمم أو محرر الفيديو معرفته: المقاسات، النصوص على الصورة، المراجع</translation>
    </message>
    <message>
        <source>Who prepares the images or video</source>
        <translation>من يجهّز الصور أو الفيديو</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>بلا موعد تسليم</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>ملفات الوسائط</translation>
    </message>
    <message>
        <source>Notes for the designer</source>
        <translation>ملاحظات للمصمم</translation>
    </message>
    <message>
        <source>Assets prepared by</source>
        <translation>يجهّز المواد</translation>
    </message>
    <message>
        <source>Assets due on</source>
        <translation>موعد تسليم المواد</translation>
    </message>
    <message>
        <source>The changes the client asked for</source>
        <translation>التعديلات التي طلبها العميل</translation>
    </message>
    <message>
        <source>Once published: what worked, what did not, what to try next time</source>
        <translation>بعد النشر: ما الذي نجح، وما الذي لم ينجح، وما الذي نجرّبه في المرة القادمة</translation>
    </message>
    <message>
        <source>Client approval</source>
        <translation>موافقة العميل</translation>
    </message>
    <message>
        <source>Approval note</source>
        <translation>ملاحظة الموافقة</translation>
    </message>
    <message>
        <source>Published link</source>
        <translation>رابط المنشور</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس المستفادة</translation>
    </message>
</context>
<context>
    <name>PostLabels</name>
    <message>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>In design</source>
        <translation>قيد التصميم</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>منشور دوّار</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Short video (reel)</source>
        <translation>فيديو قصير (ريلز)</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>قصة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>استطلاع</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>بث مباشر</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>الوعي</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>المجتمع</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>غير مطلوبة</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>مطلوب تعديلات</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>content type</source>
        <translation>نوع المحتوى</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>target persona</source>
        <translation>الشخصية المستهدفة</translation>
    </message>
    <message>
        <source>call to action</source>
        <translation>الدعوة إلى الإجراء</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Choose a date from {min} to {max}.</source>
        <translation>اختر تاريخًا من {min} إلى {max}.</translation>
    </message>
    <message>
        <source>An account chosen is not one of this brand&apos;s (it may have been deleted).</source>
        <translation>أحد الحسابات المختارة لا يتبع هذه العلامة (ربما حُذف).</translation>
    </message>
    <message>
        <source>Enter a whole number from {min} to {max}.</source>
        <translation>أدخل عددًا صحيحًا من {min} إلى {max}.</translation>
    </message>
    <message>
        <source>This choice no longer exists for this brand; choose another.</source>
        <translation>هذا الخيار لم يعد موجودًا لهذه العلامة؛ اختر غيره.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Missing from the brief: %1</source>
        <translation>ينقص الموجز: %1</translation>
    </message>
</context>
<context>
    <name>PostList</name>
    <message>
        <source>%1 (not planned)</source>
        <translation>%1 (غير مخطط له)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>موافقة العميل</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>التفاعلات</translation>
    </message>
    <message>
        <source>Eng. rate</source>
        <translation>معدل التفاعل</translation>
    </message>
</context>
<context>
    <name>PostText</name>
    <message>
        <source>I</source>
        <translation>ف</translation>
    </message>
    <message>
        <source>D</source>
        <translation>م</translation>
    </message>
    <message>
        <source>G</source>
        <translation>ت</translation>
    </message>
    <message>
        <source>R</source>
        <translation>ج</translation>
    </message>
    <message>
        <source>S</source>
        <translation>د</translation>
    </message>
    <message>
        <source>P</source>
        <translation>ن</translation>
    </message>
    <message>
        <source>C</source>
        <translation>غ</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>Brief incomplete: %1 missing</source>
        <translation>الموجز ناقص: %1 حقول مفقودة</translation>
    </message>
    <message>
        <source>Caption over the limit of %1</source>
        <translation>النص يتجاوز حد %1</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Export this table to CSV…</source>
        <translation>تصدير هذا الجدول إلى CSV…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>إظهار المؤرشف</translation>
    </message>
    <message>
        <source>In the table: %1</source>
        <translation>في الجدول: %1</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>تصدير إلى CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Saved to %2 (rows: %1).</source>
        <translation>حُفظ في %2 (الصفوف: %1).</translation>
    </message>
</context>
<context>
    <name>RecordValueDialog</name>
    <message>
        <source>Record a value</source>
        <translation>تسجيل قيمة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>مؤشر الأداء</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>No value of this KPI is recorded for this account yet.</source>
        <translation>لم تُسجّل بعد أي قيمة لهذا المؤشر لهذا الحساب.</translation>
    </message>
    <message>
        <source>The latest value is %1, recorded on %2.</source>
        <translation>آخر قيمة %1، سُجّلت في %2.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Damaged workspace</source>
        <translation>مساحة عمل تالفة</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restore it?</source>
        <translation>أحدث نسخة احتياطية سليمة من %1. هل تريد استعادتها؟</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>البدء بمساحة فارغة</translation>
    </message>
    <message>
        <source>%1 (brands: %2, accounts: %3)</source>
        <translation>%1 (العلامات التجارية: %2، الحسابات: %3)</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged, so it was not opened (SQLite says: %2).</source>
        <translation>مساحة العمل %1 تالفة، لذا لم تُفتح (رسالة SQLite: %2).</translation>
    </message>
    <message>
        <source>Whatever you choose, the damaged file is kept beside it, renamed, never deleted.</source>
        <translation>أيًا كان اختيارك، يُحتفظ بالملف التالف بجانبها باسم جديد، ولا يُحذف أبدًا.</translation>
    </message>
    <message>
        <source>No good backup was found. You can start an empty workspace in its place, or cancel and look for a copy.</source>
        <translation>لم يُعثر على نسخة احتياطية سليمة. يمكنك البدء بمساحة عمل فارغة مكانها، أو الإلغاء والبحث عن نسخة.</translation>
    </message>
    <message>
        <source>inside a %1 folder, which syncs files while they are being written</source>
        <translation>داخل مجلد %1، وهو يزامن الملفات أثناء الكتابة فيها</translation>
    </message>
    <message>
        <source>on a network share (%1), which does not honour database locks</source>
        <translation>على مجلد مشترك في الشبكة (%1)، وهو لا يحترم أقفال قاعدة البيانات</translation>
    </message>
    <message>
        <source>The workspace %1 is %2. That can damage it. Backups may go there; the workspace itself is safer on this computer.</source>
        <translation>مساحة العمل %1 موجودة %2. قد يُتلفها ذلك. يمكن وضع النسخ الاحتياطية هناك؛ أما مساحة العمل نفسها فأكثر أمانًا على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Workspace location</source>
        <translation>موقع مساحة العمل</translation>
    </message>
    <message>
        <source>Move it to this computer</source>
        <translation>انقلها إلى هذا الحاسوب</translation>
    </message>
    <message>
        <source>Keep it there</source>
        <translation>أبقِها هناك</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Posts coming up</source>
        <translation>منشورات قادمة</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>In %1 minutes: %2</source>
        <translation>بعد %1 دقيقة: %2</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>صباح الخير</translation>
    </message>
    <message>
        <source>Posts today: %1 · Routines: %2 · Follow-ups: %3 · Overdue: %4</source>
        <translation>منشورات اليوم: %1 · المهام الدورية: %2 · المتابعات: %3 · المتأخرة: %4</translation>
    </message>
    <message>
        <source>Show the window</source>
        <translation>إظهار النافذة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Weekly</source>
        <translation>أسبوعي</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>شهري</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>ربع سنوي</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>تواريخ مخصصة</translation>
    </message>
    <message>
        <source>By the brand&apos;s country</source>
        <translation>حسب بلد العلامة التجارية</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>نقل لأس&amp;فل</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>من – إلى:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>الحسابات:</translation>
    </message>
    <message>
        <source>&amp;Sections (tick to include):</source>
        <translation>الأ&amp;قسام (حدّد لتضمينها):</translation>
    </message>
</context>
<context>
    <name>ReportSection</name>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;حفظ PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the PDF (as a file) and the report&apos;s text</source>
        <translation>نسخ ملف PDF ونص التقرير</translation>
    </message>
    <message>
        <source>Send by &amp;email…</source>
        <translation>إرسال بال&amp;بريد…</translation>
    </message>
    <message>
        <source>Open the draft in the mail app</source>
        <translation>فتح المسودة في تطبيق البريد</translation>
    </message>
    <message>
        <source>Write with xdg-email</source>
        <translation>الكتابة باستخدام xdg-email</translation>
    </message>
    <message>
        <source>Email subject and text…</source>
        <translation>موضوع الرسالة ونصها…</translation>
    </message>
    <message>
        <source>Choose at least one section and a valid period.</source>
        <translation>اختر قسماً واحداً على الأقل وفترة صحيحة.</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>تعذّر إعداد التقرير: %1</translation>
    </message>
    <message>
        <source>Change the report&apos;s sections</source>
        <translation>تغيير أقسام التقرير</translation>
    </message>
    <message>
        <source>Save the report&apos;s notes</source>
        <translation>حفظ ملاحظات التقرير</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>جارٍ كتابة ملف PDF…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>حُفظ التقرير في %1.</translation>
    </message>
    <message>
        <source>The report was copied.</source>
        <translation>نُسخ التقرير.</translation>
    </message>
    <message>
        <source>No mail app answered; the draft is in %1.</source>
        <translation>لم يستجب أي تطبيق بريد؛ المسودة في %1.</translation>
    </message>
    <message>
        <source>The email draft was opened.</source>
        <translation>فُتحت مسودة البريد.</translation>
    </message>
    <message>
        <source>Edit the report email</source>
        <translation>تعديل رسالة التقرير</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Weekly report</source>
        <translation>تقرير أسبوعي</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>تقرير شهري</translation>
    </message>
    <message>
        <source>Quarterly report</source>
        <translation>تقرير ربع سنوي</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Goal review</source>
        <translation>مراجعة الأهداف</translation>
    </message>
    <message>
        <source>Followers and growth</source>
        <translation>المتابعون والنمو</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>المنافسون</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>الفترة القادمة</translation>
    </message>
    <message>
        <source>Manager&apos;s notes</source>
        <translation>ملاحظات المدير</translation>
    </message>
    <message>
        <source>No numbers recorded for this period.</source>
        <translation>لم تُسجَّل أرقام لهذه الفترة.</translation>
    </message>
    <message>
        <source>No goals are set for this period.</source>
        <translation>لا توجد أهداف محددة لهذه الفترة.</translation>
    </message>
    <message>
        <source>No posts were published in this period.</source>
        <translation>لم يُنشر أي منشور في هذه الفترة.</translation>
    </message>
    <message>
        <source>No campaigns ran in this period.</source>
        <translation>لم تُنفَّذ حملات في هذه الفترة.</translation>
    </message>
    <message>
        <source>No competitors are tracked.</source>
        <translation>لا يُتابَع أي منافس.</translation>
    </message>
    <message>
        <source>No engagement was logged in this period.</source>
        <translation>لم يُسجَّل تفاعل في هذه الفترة.</translation>
    </message>
    <message>
        <source>No accounts are chosen for this report.</source>
        <translation>لم تُختر حسابات لهذا التقرير.</translation>
    </message>
    <message>
        <source>Nothing is planned yet for the next period.</source>
        <translation>لا شيء مخطط للفترة القادمة بعد.</translation>
    </message>
    <message>
        <source>No notes were written for this period.</source>
        <translation>لم تُكتب ملاحظات لهذه الفترة.</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>لا بيانات</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>على المسار</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>في خطر</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>خارج المسار</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>لم يتحقق</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>متروك</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% من المستهدف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>النهائي</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Followers at start</source>
        <translation>المتابعون في البداية</translation>
    </message>
    <message>
        <source>Followers at end</source>
        <translation>المتابعون في النهاية</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>النمو</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>معدل النمو</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>مرات الظهور</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>التفاعلات</translation>
    </message>
    <message>
        <source>Engagement rate (reach)</source>
        <translation>معدل التفاعل (الوصول)</translation>
    </message>
    <message>
        <source>Engagement rate (followers)</source>
        <translation>معدل التفاعل (المتابعون)</translation>
    </message>
    <message>
        <source>Video views</source>
        <translation>مشاهدات الفيديو</translation>
    </message>
    <message>
        <source>View rate</source>
        <translation>معدل المشاهدة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>معدل التفاعل</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <source>Mean engagement rate</source>
        <translation>متوسط معدل التفاعل</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>الإنفاق</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>نسبة النقر</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>تكلفة النقرة</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>تكلفة الإجراء</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>عائد الإعلان</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>وتيرة الإنفاق</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>المنافس</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Posts per week</source>
        <translation>منشورات أسبوعياً</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>المناسبة</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>التجربة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <source>Posting consistency</source>
        <translation>انتظام النشر</translation>
    </message>
    <message>
        <source>Published in the period before</source>
        <translation>المنشور في الفترة السابقة</translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation>أفضل المنشورات</translation>
    </message>
    <message>
        <source>Posts to learn from</source>
        <translation>منشورات نتعلم منها</translation>
    </message>
    <message>
        <source>By content type</source>
        <translation>حسب نوع المحتوى</translation>
    </message>
    <message>
        <source>By purpose</source>
        <translation>حسب الغرض</translation>
    </message>
    <message>
        <source>By pillar</source>
        <translation>حسب المحور</translation>
    </message>
    <message>
        <source>By persona</source>
        <translation>حسب الشخصية</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Reach and engagement</source>
        <translation>الوصول والتفاعل</translation>
    </message>
    <message>
        <source>Goals this quarter</source>
        <translation>أهداف هذا الربع</translation>
    </message>
    <message>
        <source>Goals for next quarter</source>
        <translation>أهداف الربع القادم</translation>
    </message>
    <message>
        <source>Notable observations</source>
        <translation>ملاحظات بارزة</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>التفاعلات المباشرة</translation>
    </message>
    <message>
        <source>Median response time</source>
        <translation>الوسيط لزمن الرد</translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>الأيام المسجلة</translation>
    </message>
    <message>
        <source>Posts planned</source>
        <translation>المنشورات المخططة</translation>
    </message>
    <message>
        <source>Posts planned by week</source>
        <translation>المنشورات المخططة حسب الأسبوع</translation>
    </message>
    <message>
        <source>Occasions coming</source>
        <translation>المناسبات القادمة</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>التجارب</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>ما نجح</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>ما لم ينجح</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>{name} (us)</source>
        <translation>{name} (نحن)</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation>معدل التفاعل (%)</translation>
    </message>
    <message>
        <source>Spend against budget</source>
        <translation>الإنفاق مقابل الميزانية</translation>
    </message>
    <message>
        <source>Followers against competitors</source>
        <translation>المتابعون مقارنة بالمنافسين</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>الأسبوع %1، %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>الربع %1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>أُعدّ في %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Made with SMM Desktop</source>
        <translation>أُعدّ باستخدام SMM Desktop</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>الأسبوع الماضي</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <source>Interactions with others&apos; posts</source>
        <translation>التفاعل مع منشورات الآخرين</translation>
    </message>
    <message>
        <source>This week against last week</source>
        <translation>هذا الأسبوع مقارنة بالأسبوع الماضي</translation>
    </message>
    <message>
        <source>This period against the period before</source>
        <translation>هذه الفترة مقارنة بالفترة السابقة</translation>
    </message>
    <message>
        <source>Published last week</source>
        <translation>المنشور في الأسبوع الماضي</translation>
    </message>
    <message>
        <source>ROAS: return on ad spend (revenue divided by spend).</source>
        <translation>العائد: العائد على الإنفاق الإعلاني (الإيرادات مقسومة على الإنفاق).</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>الحسابات: %1</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>مقارنة بـ %1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Why it went this way</source>
        <translation>لماذا جاءت النتيجة هكذا</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>يُقاس على</translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation>خط الأساس ← المستهدف</translation>
    </message>
    <message>
        <source>Final number</source>
        <translation>الرقم النهائي</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Still running after the quarter: it stays open. The outcome says whether it was on pace on the quarter&apos;s last day.</source>
        <translation>يستمر بعد نهاية الربع: يبقى مفتوحًا. تبيّن النتيجة هل كان يسير وفق الوتيرة المطلوبة في آخر يوم من الربع.</translation>
    </message>
    <message>
        <source>✓ On pace so far</source>
        <translation>✓ وفق الوتيرة حتى الآن</translation>
    </message>
    <message>
        <source>✗ Behind pace so far</source>
        <translation>✗ متأخر عن الوتيرة حتى الآن</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Final number: enter a number.</source>
        <translation>الرقم النهائي: أدخل رقمًا.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>How did the goals do?</source>
        <translation>ماذا حققت الأهداف؟</translation>
    </message>
    <message>
        <source>The final numbers come from the values recorded; correct them if you know better, and say why it went that way.</source>
        <translation>الأرقام النهائية مأخوذة من القيم المسجلة؛ صحّحها إن كانت لديك أرقام أدق، واذكر سبب النتيجة.</translation>
    </message>
    <message>
        <source>No goal ended in this quarter or ran through it.</source>
        <translation>لا أهداف انتهت في هذا الربع أو استمرت خلاله.</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>حفظ النتائج</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Numbers as of</source>
        <translation>الأرقام حتى تاريخ</translation>
    </message>
    <message>
        <source>Link on the platform</source>
        <translation>الرابط على المنصة</translation>
    </message>
    <message>
        <source>Choose the post&apos;s accounts on the Brief page first.</source>
        <translation>اختر حسابات المنشور في صفحة «الموجز» أولًا.</translation>
    </message>
    <message>
        <source>No numbers yet: type them from the platform&apos;s insights, or import its analytics export (File &gt; Import).</source>
        <translation>لا توجد أرقام بعد: أدخلها من إحصاءات المنصة، أو استورد ملف التحليلات المُصدَّر منها (ملف &gt; استيراد).</translation>
    </message>
    <message>
        <source>Imported from an analytics export (numbers as of %1).</source>
        <translation>مستوردة من ملف تحليلات مُصدَّر (الأرقام حتى %1).</translation>
    </message>
    <message>
        <source>Typed by hand (numbers as of %1).</source>
        <translation>مُدخلة يدويًا (الأرقام حتى %1).</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Planned</source>
        <translation>مخطّطة</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <source>✓ Achieved</source>
        <translation>✓ تحقّق</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ لم يتحقّق</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>لم يتحقّق</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاريخ الانتهاء يسبق تاريخ البدء.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>الربع %1 من %2</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Nothing noted.</source>
        <translation>لا ملاحظات.</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>مراجعة %1</translation>
    </message>
    <message>
        <source>Goals of the quarter</source>
        <translation>أهداف الربع</translation>
    </message>
    <message>
        <source>No goal was reviewed.</source>
        <translation>لم تُراجَع أي أهداف.</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>ما نجح</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>ما لم ينجح</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Goals set for the next quarter</source>
        <translation>الأهداف الموضوعة للربع التالي</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>لا شيء بعد.</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>التجارب</translation>
    </message>
    <message>
        <source>None planned in this review.</source>
        <translation>لم تُخطَّط تجارب في هذه المراجعة.</translation>
    </message>
    <message>
        <source>✓ On pace so far</source>
        <translation>✓ وفق الوتيرة حتى الآن</translation>
    </message>
    <message>
        <source>✗ Behind pace so far</source>
        <translation>✗ متأخر عن الوتيرة حتى الآن</translation>
    </message>
    <message>
        <source>%1 → %2, final: %3</source>
        <translation>%1 ← %2، الرقم النهائي: %3</translation>
    </message>
    <message>
        <source>%1: %2, target %3 by %4</source>
        <translation>%1: %2، المستهدف %3 بحلول %4</translation>
    </message>
    <message>
        <source>Hypothesis: %1</source>
        <translation>الفرضية: %1</translation>
    </message>
    <message>
        <source>Measured by: %1</source>
        <translation>طريقة القياس: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>النتيجة: %1</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>متابعة…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>A review of %1 is in progress.</source>
        <translation>مراجعة %1 قيد الإعداد.</translation>
    </message>
    <message>
        <source>The %1 review is due when the quarter ends, on %2 (days left: %3). You can start it early.</source>
        <translation>موعد مراجعة %1 عند نهاية الربع في %2 (الأيام المتبقية: %3). يمكنك البدء بها مبكرًا.</translation>
    </message>
    <message>
        <source>%1 has no completed review yet: check how its goals did and set the next ones.</source>
        <translation>لم تكتمل مراجعة %1 بعد: راجع ما حققته أهدافه وضع أهداف الربع التالي.</translation>
    </message>
    <message>
        <source>Continue the %1 review…</source>
        <translation>متابعة مراجعة %1…</translation>
    </message>
    <message>
        <source>Review %1…</source>
        <translation>مراجعة %1…</translation>
    </message>
    <message>
        <source>Finish the review of %1</source>
        <translation>إنهاء مراجعة %1</translation>
    </message>
    <message>
        <source>Save the review of %1 as a draft</source>
        <translation>حفظ مراجعة %1 كمسودة</translation>
    </message>
    <message>
        <source>Delete the review of %1</source>
        <translation>حذف مراجعة %1</translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <source>Quarter</source>
        <translation>الربع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>الفكرة</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>الفرضية</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>طريقة القياس</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>اكتملت في %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>Review of %1</source>
        <translation>مراجعة %1</translation>
    </message>
    <message>
        <source>Save and finish later</source>
        <translation>حفظ وإكمال لاحقًا</translation>
    </message>
    <message>
        <source>Close the review and lose the answers typed since it opened? Use “Save and finish later” to keep them.</source>
        <translation>إغلاق المراجعة وفقدان الإجابات المكتوبة منذ فتحها؟ استخدم «حفظ وإكمال لاحقًا» للاحتفاظ بها.</translation>
    </message>
</context>
<context>
    <name>RoutineDialog</name>
    <message>
        <source>Edit routine</source>
        <translation>تعديل المهمة الدورية</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>مهمة دورية جديدة</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>أول أيام الأسبوع</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>أي يوم</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>المهمة الدورية</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>يوم الأسبوع</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>يوم الشهر</translation>
    </message>
</context>
<context>
    <name>RoutineLabels</name>
    <message>
        <source>Check the plan is current</source>
        <translation>التأكد من أن الخطة محدّثة</translation>
    </message>
    <message>
        <source>Follow up unfinished posts</source>
        <translation>متابعة المنشورات غير المكتملة</translation>
    </message>
    <message>
        <source>Monitor mentions and respond</source>
        <translation>رصد الإشارات والرد عليها</translation>
    </message>
    <message>
        <source>Reply to comments and messages</source>
        <translation>الرد على التعليقات والرسائل</translation>
    </message>
    <message>
        <source>Read the news of the field</source>
        <translation>قراءة أخبار المجال</translation>
    </message>
    <message>
        <source>Check platform updates</source>
        <translation>متابعة تحديثات المنصات</translation>
    </message>
    <message>
        <source>Watch trends in the target country</source>
        <translation>رصد الترندات في الدولة المستهدفة</translation>
    </message>
    <message>
        <source>Engage with competitors and influencers</source>
        <translation>التفاعل مع المنافسين والمؤثرين</translation>
    </message>
    <message>
        <source>Review the strategy</source>
        <translation>مراجعة الاستراتيجية</translation>
    </message>
    <message>
        <source>Track ad campaigns</source>
        <translation>متابعة الحملات الإعلانية</translation>
    </message>
    <message>
        <source>Monitor competitors</source>
        <translation>رصد المنافسين</translation>
    </message>
    <message>
        <source>Review weekly goals</source>
        <translation>مراجعة الأهداف الأسبوعية</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>التقرير الأسبوعي</translation>
    </message>
    <message>
        <source>Plan next month</source>
        <translation>التخطيط للشهر القادم</translation>
    </message>
    <message>
        <source>Detailed monthly report</source>
        <translation>التقرير الشهري المفصّل</translation>
    </message>
    <message>
        <source>Learn from mistakes (best and worst content)</source>
        <translation>التعلّم من الأخطاء (أفضل المحتوى وأسوؤه)</translation>
    </message>
    <message>
        <source>Look for new ideas and upcoming occasions</source>
        <translation>البحث عن أفكار جديدة ومناسبات قادمة</translation>
    </message>
    <message>
        <source>Review KPIs against the goals</source>
        <translation>مراجعة مؤشرات الأداء مقابل الأهداف</translation>
    </message>
    <message>
        <source>Check brand identity consistency</source>
        <translation>التحقق من اتساق هوية العلامة التجارية</translation>
    </message>
    <message>
        <source>Set new goals</source>
        <translation>وضع أهداف جديدة</translation>
    </message>
    <message>
        <source>Plan an experiment</source>
        <translation>التخطيط لتجربة جديدة</translation>
    </message>
    <message>
        <source>Today&apos;s posts go out as planned, or are changed in time.</source>
        <translation>لتُنشر منشورات اليوم كما خُطط لها، أو تُعدَّل في الوقت المناسب.</translation>
    </message>
    <message>
        <source>Posts due soon need their text and design ready.</source>
        <translation>المنشورات القريبة تحتاج نصها وتصميمها جاهزين.</translation>
    </message>
    <message>
        <source>A quick answer to a mention protects the brand&apos;s name.</source>
        <translation>الرد السريع على الإشارة يحمي سمعة العلامة التجارية.</translation>
    </message>
    <message>
        <source>Followers who get answers come back and buy.</source>
        <translation>المتابع الذي يجد ردًا يعود ويشتري.</translation>
    </message>
    <message>
        <source>Timely posts come from knowing what happens in the field.</source>
        <translation>المنشورات المواكبة للحدث تأتي من معرفة ما يجري في المجال.</translation>
    </message>
    <message>
        <source>New features and rules change what works.</source>
        <translation>الميزات والقواعد الجديدة تغيّر ما ينجح من محتوى.</translation>
    </message>
    <message>
        <source>Joining a trend early reaches more people.</source>
        <translation>الانضمام إلى الترند مبكرًا يصل إلى جمهور أكبر.</translation>
    </message>
    <message>
        <source>Being seen in others&apos; conversations grows the audience.</source>
        <translation>الظهور في محادثات الآخرين يوسّع الجمهور.</translation>
    </message>
    <message>
        <source>Keep the week&apos;s posts in line with the goals.</source>
        <translation>لتبقى منشورات الأسبوع متّسقة مع الأهداف.</translation>
    </message>
    <message>
        <source>Move budget away from ads that do not pay off.</source>
        <translation>انقل الميزانية بعيدًا عن الإعلانات التي لا تحقق عائدًا.</translation>
    </message>
    <message>
        <source>See what works for them before they take the audience.</source>
        <translation>اعرف ما ينجح لديهم قبل أن يستحوذوا على الجمهور.</translation>
    </message>
    <message>
        <source>A goal that slips is easier to save this week than next month.</source>
        <translation>إنقاذ هدف متعثر هذا الأسبوع أسهل من إنقاذه الشهر القادم.</translation>
    </message>
    <message>
        <source>Required for accounts over 100k followers; keeps the client informed.</source>
        <translation>إلزامي للحسابات التي تتجاوز ١٠٠ ألف متابع؛ ويبقي العميل على اطلاع.</translation>
    </message>
    <message>
        <source>A full plan before the month starts avoids last-minute posts.</source>
        <translation>خطة كاملة قبل بداية الشهر تغني عن منشورات اللحظة الأخيرة.</translation>
    </message>
    <message>
        <source>Shows the client what the month achieved against the goals.</source>
        <translation>يُطلع العميل على ما حققه الشهر مقارنة بالأهداف.</translation>
    </message>
    <message>
        <source>Do more of what worked and less of what did not.</source>
        <translation>أكثِر مما نجح، وقلّل مما لم ينجح.</translation>
    </message>
    <message>
        <source>Occasions planned ahead make the best posts.</source>
        <translation>المناسبات المخطط لها مسبقًا تصنع أفضل المنشورات.</translation>
    </message>
    <message>
        <source>A month of their posts shows their strategy.</source>
        <translation>شهر من منشوراتهم يكشف استراتيجيتهم.</translation>
    </message>
    <message>
        <source>Know which goals were reached and why.</source>
        <translation>اعرف أي الأهداف تحققت ولماذا.</translation>
    </message>
    <message>
        <source>Every account should look and sound like the same brand.</source>
        <translation>يجب أن يبدو كل حساب ويتحدث كأنه العلامة التجارية نفسها.</translation>
    </message>
    <message>
        <source>The next quarter needs targets built on this one&apos;s results.</source>
        <translation>الربع القادم يحتاج مستهدفات مبنية على نتائج هذا الربع.</translation>
    </message>
    <message>
        <source>Testing one new idea a quarter keeps the content fresh.</source>
        <translation>تجربة فكرة جديدة كل ربع سنة تبقي المحتوى متجددًا.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>يومي</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>أسبوعي</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>شهري</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>ربع سنوي</translation>
    </message>
</context>
<context>
    <name>RoutinesDialog</name>
    <message>
        <source>Routines</source>
        <translation>المهام الدورية</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>المهمة الدورية</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>أُنجزت</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>العلامة التجارية</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Turn routine on</source>
        <translation>تفعيل مهمة دورية</translation>
    </message>
    <message>
        <source>Turn routine off</source>
        <translation>إيقاف مهمة دورية</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>مهمة دورية جديدة</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>تعديل مهمة دورية</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>حذف مهمة دورية</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>SMM Desktop did not close properly last time; the workspace was checked and is sound.</source>
        <translation>لم يُغلق SMM Desktop بشكل سليم في المرة السابقة؛ فُحصت مساحة العمل وهي سليمة.</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>حُفظت النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>The backup could not be made: %1
Your workspace itself is unchanged.</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية: %1
مساحة عملك نفسها لم تتغير.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the workspace? The current file is moved aside, not deleted, and a backup of it is made first.</source>
        <translation>هل تريد وضع النسخة الاحتياطية المؤرخة %1 مكان مساحة العمل؟ يُنقل الملف الحالي جانبًا دون حذفه، وتُنشأ له نسخة احتياطية أولًا.</translation>
    </message>
    <message>
        <source>Restored. The previous file was kept at %1</source>
        <translation>تمت الاستعادة. حُفظ الملف السابق في %1</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>جارٍ فحص مساحة العمل…</translation>
    </message>
    <message>
        <source>Check workspace</source>
        <translation>فحص مساحة العمل</translation>
    </message>
    <message>
        <source>The workspace is sound (brands: %1, accounts: %2).</source>
        <translation>مساحة العمل سليمة (العلامات التجارية: %1، الحسابات: %2).</translation>
    </message>
    <message>
        <source>SMM Desktop found a problem in the workspace:
%1
Use File &gt; Backups to restore a good copy.</source>
        <translation>وجد SMM Desktop مشكلة في مساحة العمل:
%1
استخدم ملف &gt; النسخ الاحتياطية لاستعادة نسخة سليمة.</translation>
    </message>
</context>
<context>
    <name>SeriesActions</name>
    <message>
        <source>Copy series: %1 (%2 posts)</source>
        <translation>نسخ سلسلة: %1 (عدد المنشورات: %2)</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Copy a series</source>
        <translation>نسخ سلسلة منشورات</translation>
    </message>
    <message>
        <source>e.g. Tuesday tip</source>
        <translation>مثال: نصيحة الثلاثاء</translation>
    </message>
    <message>
        <source>An account no longer listed</source>
        <translation>حساب لم يعد مدرجًا</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>بلا محور</translation>
    </message>
    <message>
        <source>A pillar no longer listed</source>
        <translation>محور لم يعد مدرجًا</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>نوع المحتوى</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الهدف من المنشور</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <source>In a shorter month, the series falls on its last day.</source>
        <translation>في الشهر الأقصر، يقع المنشور في آخر أيامه.</translation>
    </message>
    <message>
        <source>1: every week (or month); 2: every other one; and so on</source>
        <translation>1: كل أسبوع (أو شهر)؛ 2: أسبوع بعد أسبوع؛ وهكذا</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>On</source>
        <translation>في أيام</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>يوم الشهر</translation>
    </message>
    <message>
        <source>Repeat every (weeks or months)</source>
        <translation>التكرار كل (أسابيع أو أشهر)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>تبدأ</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>تنتهي</translation>
    </message>
    <message>
        <source>With the month shown</source>
        <translation>بنهاية الشهر المعروض</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>في تاريخ محدد</translation>
    </message>
    <message>
        <source>After a number of posts</source>
        <translation>بعد عدد من المنشورات</translation>
    </message>
    <message>
        <source>Posts to create in %1: %2</source>
        <translation>المنشورات التي ستُنشأ في %1: %2</translation>
    </message>
    <message>
        <source>This rule gives no date in the month shown: change the days or the start.</source>
        <translation>لا تعطي هذه القاعدة أي تاريخ في الشهر المعروض: غيّر الأيام أو تاريخ البدء.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>تاريخ الانتهاء يسبق تاريخ البدء.</translation>
    </message>
    <message>
        <source>Tick at least one day of the week.</source>
        <translation>اختر يومًا واحدًا على الأقل من أيام الأسبوع.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>Same as the language</source>
        <translation>حسب اللغة</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>كما تكتبها اللغة</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>لاتينية (0123)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>عربية مشرقية (٠١٢٣)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Your default workspace</source>
        <translation>مساحة عملك الافتراضية</translation>
    </message>
    <message>
        <source>A team database on a PostgreSQL server; when set, it is opened instead of the workspace file.</source>
        <translation>قاعدة بيانات للفريق على خادم PostgreSQL؛ عند تحديدها تُفتح بدل ملف مساحة العمل.</translation>
    </message>
    <message>
        <source>Beside the workspace</source>
        <translation>بجانب مساحة العمل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>ملف مساحة العمل</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>قاعدة بيانات الفريق</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Keep backups</source>
        <translation>الاحتفاظ بالنسخ الاحتياطية</translation>
    </message>
    <message>
        <source>To-do and reminders</source>
        <translation>قائمة المهام والتذكيرات</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>بلا تذكير</translation>
    </message>
    <message>
        <source>Show a summary of the day from</source>
        <translation>عرض ملخص اليوم بدءًا من</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>days ahead</source>
        <translation>أيام قادمة</translation>
    </message>
    <message>
        <source>Post reminder</source>
        <translation>تذكير المنشور</translation>
    </message>
    <message>
        <source>minutes before</source>
        <translation>دقيقة قبل موعده</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>الصباح</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>يبدأ الأسبوع يوم</translation>
    </message>
    <message>
        <source>Reminders show in the system tray, or in the status bar where there is none, while SMM Desktop is open.</source>
        <translation>تظهر التذكيرات في علبة النظام، أو في شريط الحالة إن لم تتوفر، ما دام SMM Desktop مفتوحًا.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>days</source>
        <translation>يومًا</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>أسبوعًا</translation>
    </message>
    <message>
        <source>months</source>
        <translation>شهرًا</translation>
    </message>
    <message>
        <source>Every backup of today and yesterday is kept; then one a day, one a week and one a month, as far back as these say.</source>
        <translation>تُحفظ كل نسخ اليوم والأمس؛ ثم نسخة لكل يوم، ولكل أسبوع، ولكل شهر، بقدر ما تحدده هذه الأرقام.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>SMM Desktop workspaces (*%1)</source>
        <translation>مساحات عمل SMM Desktop ‏(*%1)</translation>
    </message>
</context>
<context>
    <name>ShareDelegate</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>SlotsDialog</name>
    <message>
        <source>Posting slots</source>
        <translation>أوقات النشر</translation>
    </message>
    <message>
        <source>The usual times to post on each account. Posts dragged from the idea bank onto a day take that day&apos;s first slot.</source>
        <translation>الأوقات المعتادة للنشر على كل حساب. المنشور المسحوب من بنك الأفكار إلى يوم ما يأخذ أول وقت نشر في ذلك اليوم.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>&amp;Add slot</source>
        <translation>إ&amp;ضافة وقت</translation>
    </message>
    <message>
        <source>&amp;Remove slot</source>
        <translation>إ&amp;زالة وقت</translation>
    </message>
    <message>
        <source>The brand has no accounts yet: add one on the Strategy tab.</source>
        <translation>لا توجد حسابات للعلامة بعد: أضف حسابًا من تبويب الاستراتيجية.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Change posting slots</source>
        <translation>تغيير أوقات النشر</translation>
    </message>
</context>
<context>
    <name>SmartPanel</name>
    <message>
        <source>SMART check</source>
        <translation>فحص SMART</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Edit snapshot</source>
        <translation>تعديل اللقطة</translation>
    </message>
    <message>
        <source>New snapshot</source>
        <translation>لقطة جديدة</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Days counted</source>
        <translation>عدد الأيام المحسوبة</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <source>Posts in the period</source>
        <translation>المنشورات في الفترة</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>الإعجابات</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>لم يُحصَ</translation>
    </message>
    <message>
        <source>Top hashtags</source>
        <translation>أبرز الوسوم</translation>
    </message>
    <message>
        <source>Formats used</source>
        <translation>الأشكال المستخدمة</translation>
    </message>
    <message>
        <source>Notable content: link</source>
        <translation>محتوى لافت: الرابط</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>لقطة الشاشة</translation>
    </message>
    <message>
        <source>Why it worked</source>
        <translation>لماذا نجح</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Choose the screenshot</source>
        <translation>اختر لقطة الشاشة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <source>Snapshots</source>
        <translation>اللقطات</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <source>Edit snapshot</source>
        <translation>تعديل اللقطة</translation>
    </message>
    <message>
        <source>Add snapshot</source>
        <translation>إضافة لقطة</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>حذف اللقطة</translation>
    </message>
</context>
<context>
    <name>SocialGoalsPanel</name>
    <message>
        <source>Social goals and KPI progress</source>
        <translation>أهداف التواصل وتقدّم مؤشرات الأداء</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>هدف جديد…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Record today&apos;s value…</source>
        <translation>تسجيل قيمة اليوم…</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>من قالب</translation>
    </message>
    <message>
        <source>Add social goal: %1</source>
        <translation>إضافة هدف التواصل: %1</translation>
    </message>
    <message>
        <source>Edit social goal: %1</source>
        <translation>تعديل هدف التواصل: %1</translation>
    </message>
    <message>
        <source>Delete social goal: %1</source>
        <translation>حذف هدف التواصل: %1</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>تسجيل %1: %2</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Not built yet. This part of the app will hold:</source>
        <translation>لم يُبنَ بعد. سيضم هذا الجزء من التطبيق:</translation>
    </message>
</context>
<context>
    <name>StrategyTab</name>
    <message>
        <source>Brands and accounts</source>
        <translation>العلامات والحسابات</translation>
    </message>
    <message>
        <source>Goals and KPIs</source>
        <translation>الأهداف ومؤشرات الأداء</translation>
    </message>
    <message>
        <source>Accounts &amp;&amp; numbers</source>
        <translation>الحسابات والأرقام</translation>
    </message>
    <message>
        <source>Account audit</source>
        <translation>تدقيق الحسابات</translation>
    </message>
    <message>
        <source>Brand guide</source>
        <translation>دليل العلامة</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>المراجعة الربعية</translation>
    </message>
    <message>
        <source>This workspace has no brands yet. Add the first client you manage, or look around the sample workspace first.</source>
        <translation>لا توجد علامات تجارية في مساحة العمل هذه بعد. أضف أول عميل تديره، أو تجوّل في مساحة العمل التجريبية أولًا.</translation>
    </message>
    <message>
        <source>Add your first brand…</source>
        <translation>أضف أول علامة تجارية…</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>فتح مساحة العمل التجريبية</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>تعديل المهمة</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>e.g. Send the March plan to the client</source>
        <translation>مثلًا: إرسال خطة مارس إلى العميل</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>بلا علامة تجارية</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>العلامة التجارية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بحلول</translation>
    </message>
</context>
<context>
    <name>TodayActions</name>
    <message>
        <source>Check routine</source>
        <translation>إنجاز مهمة دورية</translation>
    </message>
    <message>
        <source>Uncheck routine</source>
        <translation>إلغاء إنجاز مهمة دورية</translation>
    </message>
    <message>
        <source>Mark published</source>
        <translation>تعليم كمنشور</translation>
    </message>
    <message>
        <source>Mark scheduled</source>
        <translation>تعليم كمجدول</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>تعديل المنشور</translation>
    </message>
    <message>
        <source>Check task</source>
        <translation>إنجاز مهمة</translation>
    </message>
    <message>
        <source>Uncheck task</source>
        <translation>إلغاء إنجاز مهمة</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>تعديل مهمة</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>حذف مهمة</translation>
    </message>
</context>
<context>
    <name>TodayDock</name>
    <message>
        <source>To do</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>News</source>
        <translation>الأخبار</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>All brands</source>
        <translation>كل العلامات</translation>
    </message>
    <message>
        <source>Show every brand, or only the brand chosen above</source>
        <translation>اعرض كل العلامات التجارية، أو العلامة المختارة في الأعلى فقط</translation>
    </message>
    <message>
        <source>+ Task</source>
        <translation>+ مهمة</translation>
    </message>
    <message>
        <source>Add a one-off task</source>
        <translation>أضف مهمة لمرة واحدة</translation>
    </message>
    <message>
        <source>Routines…</source>
        <translation>المهام الدورية…</translation>
    </message>
    <message>
        <source>Edit the routines and see their history</source>
        <translation>عدّل المهام الدورية واطّلع على سجلها</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Mark the post scheduled</source>
        <translation>علّم المنشور كمجدول</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Mark the post published</source>
        <translation>علّم المنشور كمنشور</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the caption and hashtags</source>
        <translation>انسخ النص والوسوم</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Open the account&apos;s page in the browser</source>
        <translation>افتح صفحة الحساب في المتصفح</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit the task</source>
        <translation>عدّل المهمة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the task</source>
        <translation>احذف المهمة</translation>
    </message>
    <message>
        <source>Loading today&apos;s list…</source>
        <translation>جارٍ تحميل قائمة اليوم…</translation>
    </message>
    <message>
        <source>Today&apos;s list could not be read: %1</source>
        <translation>تعذّرت قراءة قائمة اليوم: %1</translation>
    </message>
    <message>
        <source>Left today: %1</source>
        <translation>المتبقي اليوم: %1</translation>
    </message>
</context>
<context>
    <name>TodayText</name>
    <message>
        <source>daily</source>
        <translation>يومي</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>أسبوعي</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>شهري</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>ربع سنوي</translation>
    </message>
    <message>
        <source>Goal off track: %1</source>
        <translation>هدف خارج المسار: %1</translation>
    </message>
    <message>
        <source>Goal at risk: %1</source>
        <translation>هدف في خطر: %1</translation>
    </message>
    <message>
        <source>Quarterly review overdue: Q%2 %1</source>
        <translation>المراجعة الربعية متأخرة: الربع %2 من %1</translation>
    </message>
    <message>
        <source>Quarterly review due: Q%2 %1</source>
        <translation>حان موعد المراجعة الربعية: الربع %2 من %1</translation>
    </message>
    <message>
        <source>Next month thin: %1 has %3 of %4 posts</source>
        <translation>خطة الشهر القادم ناقصة: %1 فيه %3 من %4 منشورات</translation>
    </message>
    <message>
        <source>Import this week&apos;s numbers: %1</source>
        <translation>استورد أرقام هذا الأسبوع: %1</translation>
    </message>
    <message>
        <source>Consistency check due</source>
        <translation>حان موعد فحص اتساق الهوية</translation>
    </message>
    <message>
        <source>Weekly competitor check: %1 of %2 accounts left</source>
        <translation>المتابعة الأسبوعية للمنافسين: بقي %1 من %2 حسابات</translation>
    </message>
    <message>
        <source>Weekly report due: %2 – %3</source>
        <translation>حان موعد التقرير الأسبوعي: %2 – %3</translation>
    </message>
    <message>
        <source>Monthly report due: %2 – %3</source>
        <translation>حان موعد التقرير الشهري: %2 – %3</translation>
    </message>
    <message>
        <source>Quarterly report due: %2 – %3</source>
        <translation>حان موعد التقرير الربع السنوي: %2 – %3</translation>
    </message>
    <message>
        <source>To check: %1</source>
        <translation>للمراجعة: %1</translation>
    </message>
    <message>
        <source>Today&apos;s posts</source>
        <translation>منشورات اليوم</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>Assets past due from %1 (posts: %2), since %3</source>
        <translation>مواد متأخرة لدى %1 (المنشورات: %2)، منذ %3</translation>
    </message>
    <message>
        <source>Follow up with %1 (posts: %2), first due %3</source>
        <translation>تابع مع %1 (المنشورات: %2)، أولها في %3</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>missed %1</source>
        <translation>فاتت في %1</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>المهام الدورية</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: متبقٍ %2</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The file is not there.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>تعذّرت قراءة الملف.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>الملف ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>الملف ليس JSON صالحًا.</translation>
    </message>
    <message>
        <source>The file is not an SMM Desktop export.</source>
        <translation>الملف ليس ملف تصدير من SMM Desktop.</translation>
    </message>
    <message>
        <source>The file was written by a newer SMM Desktop; update the app to import it.</source>
        <translation>كُتب الملف بإصدار أحدث من SMM Desktop؛ حدّث التطبيق لاستيراده.</translation>
    </message>
    <message>
        <source>A value in the file has the wrong shape.</source>
        <translation>قيمة في الملف بشكل غير صحيح.</translation>
    </message>
    <message>
        <source>A value in the file breaks a rule of the app.</source>
        <translation>قيمة في الملف تخالف قاعدة من قواعد التطبيق.</translation>
    </message>
    <message>
        <source>The file names the same brand twice.</source>
        <translation>يذكر الملف العلامة التجارية نفسها مرتين.</translation>
    </message>
    <message>
        <source>The file has the same handle twice on one platform.</source>
        <translation>في الملف اسم المستخدم نفسه مرتين على منصة واحدة.</translation>
    </message>
    <message>
        <source>A brand in the file already exists in this workspace.</source>
        <translation>علامة تجارية في الملف موجودة مسبقًا في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>A handle in the file belongs to another brand of this workspace.</source>
        <translation>اسم مستخدم في الملف يخص علامة تجارية أخرى في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>The workspace changed during the import.</source>
        <translation>تغيّرت مساحة العمل أثناء الاستيراد.</translation>
    </message>
    <message>
        <source>The file has the same record twice.</source>
        <translation>يحتوي الملف على السجل نفسه مرتين.</translation>
    </message>
    <message>
        <source>A record in the file points at something that is not in its brand.</source>
        <translation>يشير سجل في الملف إلى عنصر غير موجود ضمن علامته التجارية.</translation>
    </message>
    <message>
        <source>Export to JSON</source>
        <translation>تصدير إلى JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON ‏(*.json)</translation>
    </message>
    <message>
        <source>Exported to %3 (brands: %1, accounts: %2).</source>
        <translation>صُدّرت إلى %3 (العلامات التجارية: %1، الحسابات: %2).</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>استيراد من JSON</translation>
    </message>
    <message>
        <source>Nothing new: every brand, account, strategy row and post in this file is already in the workspace.</source>
        <translation>لا جديد: كل علامة تجارية وحساب وبند استراتيجية ومنشور في هذا الملف موجود بالفعل في مساحة العمل.</translation>
    </message>
    <message>
        <source>New brands: %1. New accounts: %2 (some for brands you already have: %3). Strategy rows to add (goals, snapshots, personas, audits, guide, reviews…): %4. Content plan rows to add (posts, pillars, posting slots, occasions, days of the engagement log): %5. Nothing already in the workspace is changed, and a backup is made first. Import?</source>
        <translation>علامات تجارية جديدة: %1. حسابات جديدة: %2 (منها لعلامات موجودة لديك: %3). بنود استراتيجية ستُضاف (أهداف، قراءات، شخصيات، تدقيقات، دليل، مراجعات…): %4. بنود خطة المحتوى التي ستُضاف (منشورات، محاور، مواعيد نشر، مناسبات، أيام سجل التفاعل): %5. لن يتغير شيء مما في مساحة العمل، وستُحفظ نسخة احتياطية أولًا. هل تريد الاستيراد؟</translation>
    </message>
    <message>
        <source>Imported (new brands: %1, new accounts: %2, strategy rows: %3, content plan rows: %4).</source>
        <translation>تم الاستيراد (علامات تجارية جديدة: %1، حسابات جديدة: %2، بنود استراتيجية: %3، بنود خطة المحتوى: %4).</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>فشلت العملية.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>لم يتغير شيء</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>الموضع: %1</translation>
    </message>
</context>
<context>
    <name>VoiceCard</name>
    <message>
        <source>Voice and tone</source>
        <translation>الشخصية والنبرة</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>النبرة</translation>
    </message>
    <message>
        <source>Words to use</source>
        <translation>كلمات نستخدمها</translation>
    </message>
    <message>
        <source>Words to avoid</source>
        <translation>كلمات نتجنبها</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>لم تُحدَّد بعد</translation>
    </message>
</context>
<context>
    <name>WeekControl</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>WeeklyCheckSection</name>
    <message>
        <source>Save all</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>استيراد CSV…</translation>
    </message>
    <message>
        <source>Import snapshots from a tracking sheet (CSV or Excel)</source>
        <translation>استيراد اللقطات من جدول متابعة (CSV أو Excel)</translation>
    </message>
    <message>
        <source>Day of the check:</source>
        <translation>يوم المتابعة:</translation>
    </message>
    <message>
        <source>Type what each account shows now; the grey value under each field is the last check. Leave a field empty if not counted.</source>
        <translation>اكتب ما يظهره كل حساب الآن؛ القيمة الرمادية تحت كل حقل هي المتابعة السابقة. اترك الحقل فارغًا إن لم تُحصه.</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>المنافس</translation>
    </message>
    <message>
        <source>Platform and handle</source>
        <translation>المنصة والمعرّف</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <source>Posts this week</source>
        <translation>منشورات هذا الأسبوع</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>الإعجابات</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <source>Top hashtags</source>
        <translation>أبرز الوسوم</translation>
    </message>
    <message>
        <source>No competitor accounts yet: add competitors and their accounts in the Competitors section.</source>
        <translation>لا توجد حسابات منافسين بعد: أضف المنافسين وحساباتهم في قسم المنافسين.</translation>
    </message>
    <message>
        <source>Import competitor snapshots</source>
        <translation>استيراد لقطات المنافسين</translation>
    </message>
    <message>
        <source>Tracking sheets (*.csv *.xlsx *.xls *.txt *.tsv);;All files (*)</source>
        <translation>جداول المتابعة (*.csv *.xlsx *.xls *.txt *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Nothing to save: type at least one value.</source>
        <translation>لا شيء للحفظ: اكتب قيمة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Weekly check of competitors</source>
        <translation>المتابعة الأسبوعية للمنافسين</translation>
    </message>
    <message>
        <source>Nothing saved: every account was already checked on this day.</source>
        <translation>لم يُحفظ شيء: كل الحسابات سبقت متابعتها في هذا اليوم.</translation>
    </message>
    <message>
        <source>Saved snapshots: %1.</source>
        <translation>اللقطات المحفوظة: %1.</translation>
    </message>
    <message>
        <source>Row %1 (%2), %3: %4</source>
        <translation>الصف %1 (%2)، %3: %4</translation>
    </message>
</context>
<context>
    <name>WherePanel</name>
    <message>
        <source>Where the audience is</source>
        <translation>أين يوجد الجمهور</translation>
    </message>
    <message>
        <source>How much of each segment is on each platform: go where your audience is, not where your competitors are. Select a cell and type a number, or press F2, to change it; Delete clears it.</source>
        <translation>نسبة وجود كل شريحة على كل منصة: اذهب حيث يوجد جمهورك، لا حيث يوجد منافسوك. حدّد خلية واكتب رقمًا، أو اضغط F2، لتغييرها؛ ويمسحها مفتاح Delete.</translation>
    </message>
    <message>
        <source>Set %1 on %2 to %3%</source>
        <translation>ضبط %1 على %2 إلى %3%</translation>
    </message>
</context>
<context>
    <name>WorkspaceErrors</name>
    <message>
        <source>%1 is already open in another SMM Desktop window.</source>
        <translation>مساحة العمل %1 مفتوحة مسبقًا في نافذة أخرى من SMM Desktop.</translation>
    </message>
    <message>
        <source>The workspace %2 was saved by a newer version of SMM Desktop (schema %1). Update the app to open it; the file was not changed.</source>
        <translation>حُفظت مساحة العمل %2 بإصدار أحدث من SMM Desktop (المخطط %1). حدّث التطبيق لفتحها؛ لم يتغير الملف.</translation>
    </message>
    <message>
        <source>%1 is a database, but not an SMM Desktop workspace. It was not changed.</source>
        <translation>الملف %1 قاعدة بيانات، لكنه ليس مساحة عمل SMM Desktop. لم يتغير.</translation>
    </message>
    <message>
        <source>Could not open the workspace %1: %2</source>
        <translation>تعذّر فتح مساحة العمل %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged, so it was not opened (SQLite says: %2). Use File &gt; Backups or smm restore to put a good copy in its place.</source>
        <translation>مساحة العمل %1 تالفة، لذا لم تُفتح (رسالة SQLite: %2). استخدم ملف &gt; النسخ الاحتياطية أو الأمر smm restore لوضع نسخة سليمة مكانها.</translation>
    </message>
    <message>
        <source>Could not write the sample workspace: %1</source>
        <translation>تعذّرت كتابة مساحة العمل التجريبية: %1</translation>
    </message>
</context>
</TS>
