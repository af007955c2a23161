<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
        <source>%1 backups in %2. Each one was checked when it was made.</source>
        <translation>عدد النسخ الاحتياطية %1 في %2. فُحصت كل نسخة عند إنشائها.</translation>
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
    <name>Controller</name>
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
    <message>
        <source>About SMM Desktop</source>
        <translation>حول SMM Desktop</translation>
    </message>
    <message>
        <source>SMM Desktop %1
Plan, track and report social media work for your clients.</source>
        <translation>SMM Desktop %1
خطّط لعمل وسائل التواصل لعملائك وتابعه وقدّم تقاريره.</translation>
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
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>طويل جدًا: الحد الأقصى {max} حرفًا.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>«{value}» ليس عنوان بريد إلكتروني.</translation>
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
        <source>This handle is already in the workspace on this platform ({brand}).</source>
        <translation>اسم المستخدم هذا موجود مسبقًا في مساحة العمل على هذه المنصة ({brand}).</translation>
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
    <name>Pages</name>
    <message>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Before starting: who the brand speaks to, and where those people are.</source>
        <translation>قبل البدء: لمن تتحدث العلامة التجارية، وأين يوجد هؤلاء الناس.</translation>
    </message>
    <message>
        <source>Personas: gender, location, marital status, education, interests, pains, dreams, buying habits.</source>
        <translation>الشخصيات: الجنس، والموقع، والحالة الاجتماعية، والتعليم، والاهتمامات، والمشكلات، والأحلام، وعادات الشراء.</translation>
    </message>
    <message>
        <source>Which platforms each persona uses, so which accounts matter.</source>
        <translation>المنصات التي تستخدمها كل شخصية، ومن ثمّ الحسابات المهمة.</translation>
    </message>
    <message>
        <source>An audit of the brand&apos;s existing accounts.</source>
        <translation>تدقيق الحسابات الحالية للعلامة التجارية.</translation>
    </message>
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
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>%1 (%2 brands, %3 accounts)</source>
        <translation>%1 (العلامات التجارية: %2، الحسابات: %3)</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged, so it was not opened. It was moved aside to %2; nothing was deleted.</source>
        <translation>مساحة العمل %1 تالفة، لذا لم تُفتح. نُقلت جانبًا إلى %2؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>No good backup was found, so an empty workspace opens in its place.</source>
        <translation>لم يُعثر على نسخة احتياطية سليمة، لذا تُفتح مساحة عمل فارغة مكانها.</translation>
    </message>
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
        <source>The workspace is sound: %1 brands, %2 accounts.</source>
        <translation>مساحة العمل سليمة: العلامات التجارية %1، الحسابات %2.</translation>
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
    <name>StepPage</name>
    <message>
        <source>Not built yet. This part of the app will hold:</source>
        <translation>لم يُبنَ بعد. سيضم هذا الجزء من التطبيق:</translation>
    </message>
</context>
<context>
    <name>StrategyTab</name>
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
    <message>
        <source>Next in Strategy: each brand&apos;s business goals, social goals made SMART with one KPI each, and their progress from the numbers you record or import.</source>
        <translation>قريبًا في الاستراتيجية: أهداف العمل لكل علامة تجارية، وأهداف التواصل بصيغة SMART مع مؤشر أداء لكل هدف، وتقدّمها من الأرقام التي تسجّلها أو تستوردها.</translation>
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
        <source>Export to JSON</source>
        <translation>تصدير إلى JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON ‏(*.json)</translation>
    </message>
    <message>
        <source>Exported %1 brands and %2 accounts to %3</source>
        <translation>صُدّرت العلامات التجارية (%1) والحسابات (%2) إلى %3</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>استيراد من JSON</translation>
    </message>
    <message>
        <source>This adds %1 brands and %2 accounts, and adds accounts to %3 brands you already have. Nothing already in the workspace is changed. A backup is made first. Import?</source>
        <translation>سيضيف هذا %1 علامة تجارية و%2 حسابًا، ويضيف حسابات إلى %3 من علاماتك التجارية الموجودة. لن يتغير شيء مما في مساحة العمل. تُنشأ نسخة احتياطية أولًا. هل تريد الاستيراد؟</translation>
    </message>
    <message>
        <source>Imported: %1 brands added, %2 accounts added.</source>
        <translation>تم الاستيراد: أُضيفت %1 علامة تجارية و%2 حسابًا.</translation>
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
    <name>WorkspaceErrors</name>
    <message>
        <source>%1 is already open in another SMM Desktop window.</source>
        <translation>مساحة العمل %1 مفتوحة مسبقًا في نافذة أخرى من SMM Desktop.</translation>
    </message>
    <message>
        <source>That window was brought to the front.</source>
        <translation>وقد أُحضرت تلك النافذة إلى الواجهة.</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of SMM Desktop (schema %1). Update the app to open it; the file was not changed.</source>
        <translation>حُفظت مساحة العمل هذه بإصدار أحدث من SMM Desktop (المخطط %1). حدّث التطبيق لفتحها؛ لم يتغير الملف.</translation>
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
