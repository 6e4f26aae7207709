/// The admin's Mustache templates, compiled into the binary: the newsroom's screens are part of
/// Nashir, not of a publisher's theme. Every value is printed escaped (`{{…}}`). A list's wrapper
/// is printed with `{{^empty(list)}}`: swift-mustache reads no index like `list.0`.
enum AdminTemplates {
    static let all: [String: String] = [
        "layout": layout, "sign-in": signIn, "setup": setup, "dashboard": dashboard, "articles": articles,
        "editor": editor, "history": history, "people": people, "settings": settings, "message": message,
        "incoming": incoming,
    ]

    static let layout = """
        <!doctype html>
        <html lang="ar" dir="rtl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>{{title}} – غرفة الأخبار</title>
        <link rel="stylesheet" href="{{chrome.css}}">
        <script src="{{chrome.js}}" defer></script>
        </head>
        <body class="admin">
        <a class="skip" href="#main">تخطَّ إلى المحتوى</a>
        {{#chrome.user}}
        <header class="bar">
        <a class="brand" href="{{chrome.links.dashboard}}">ناشر · غرفة الأخبار</a>
        <nav aria-label="أقسام الإدارة">
        <a href="{{chrome.links.dashboard}}">لوحة التحكم</a>
        <a href="{{chrome.links.articles}}">الأخبار</a>
        <a href="{{chrome.links.incoming}}">الوارد</a>
        {{#chrome.mayCreate}}<a href="{{chrome.links.newArticle}}">خبر جديد</a>{{/chrome.mayCreate}}
        {{#chrome.isAdministrator}}<a href="{{chrome.links.people}}">فريق التحرير</a> <a href="{{chrome.links.settings}}">إعدادات الموقع</a>{{/chrome.isAdministrator}}
        </nav>
        <div class="who"><bdi>{{displayName}}</bdi> · {{chrome.roleName}}
        <form method="post" action="{{chrome.links.signOut}}"><input type="hidden" name="csrf" value="{{chrome.csrf}}"><button type="submit">تسجيل الخروج</button></form>
        <form method="post" action="{{chrome.links.signOutEverywhere}}"><input type="hidden" name="csrf" value="{{chrome.csrf}}"><button type="submit" class="quiet">الخروج من كل الأجهزة</button></form>
        </div>
        </header>
        {{/chrome.user}}
        <main id="main">
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#problem}}<p class="problem" role="alert">{{problem}}</p>{{/problem}}
        {{$content}}{{/content}}
        </main>
        </body>
        </html>
        """

    static let signIn = """
        {{<layout}}{{$content}}
        <section class="card narrow">
        <h1>تسجيل الدخول</h1>
        <form method="post" action="{{action}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="next" value="{{next}}">
        <label for="username">اسم المستخدم</label>
        <input id="username" name="username" autocomplete="username" dir="ltr" required autofocus value="{{username}}">
        <label for="password">كلمة المرور</label>
        <input id="password" name="password" type="password" autocomplete="current-password" dir="ltr" required>
        <button type="submit">دخول</button>
        </form>
        </section>
        {{/content}}{{/layout}}
        """

    static let setup = """
        {{<layout}}{{$content}}
        <section class="card narrow">
        <h1>تهيئة غرفة الأخبار</h1>
        <p>أنشئ حساب المدير الأول. رمز التهيئة طبعه الأمر <code dir="rtl">nashir serve</code> في الطرفية.</p>
        <form method="post" action="{{action}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="token">رمز التهيئة</label>
        <input id="token" name="token" dir="ltr" required autocomplete="off">
        <label for="username">اسم المستخدم (بحروف لاتينية)</label>
        <input id="username" name="username" dir="ltr" required autocomplete="username" value="{{username}}">
        <label for="displayName">الاسم الظاهر</label>
        <input id="displayName" name="displayName" value="{{displayName}}">
        <label for="password">كلمة المرور (10 أحرف على الأقل)</label>
        <input id="password" name="password" type="password" dir="ltr" required autocomplete="new-password">
        <button type="submit">إنشاء الحساب</button>
        </form>
        </section>
        {{/content}}{{/layout}}
        """

    static let dashboard = """
        {{<layout}}{{$content}}
        <h1>لوحة التحكم</h1>
        <div class="columns">
        {{#lists}}
        <section class="card">
        <h2>{{heading}} <span class="count">({{count}})</span></h2>
        {{^empty(items)}}<ul class="stories">
        {{#items}}<li><a href="{{editPath}}">{{headline}}</a> <span class="meta">{{statusName}} · <time datetime="{{changedISO}}">{{changed}}</time></span></li>{{/items}}
        </ul>{{/empty(items)}}
        {{^items}}<p class="empty">لا شيء هنا الآن.</p>{{/items}}
        </section>
        {{/lists}}
        </div>
        {{/content}}{{/layout}}
        """

    static let articles = """
        {{<layout}}{{$content}}
        <h1>الأخبار</h1>
        <form class="filters" method="get" action="{{action}}" role="search">
        <label for="q">بحث</label><input id="q" name="q" type="search" value="{{filters.text}}">
        <label for="status">الحالة</label>
        <select id="status" name="status"><option value="">الكل</option>{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/statuses}}</select>
        <label for="section">القسم</label>
        <select id="section" name="section"><option value="">كل الأقسام</option>{{#sections}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/sections}}</select>
        <label for="author">الكاتب</label>
        <select id="author" name="author"><option value="">الجميع</option>{{#authors}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/authors}}</select>
        <label for="from">من</label><input id="from" name="from" type="date" value="{{filters.from}}">
        <label for="to">إلى</label><input id="to" name="to" type="date" value="{{filters.to}}">
        <button type="submit">تصفية</button>
        </form>
        <p class="count">{{countText}}</p>
        <table class="stories">
        <thead><tr><th scope="col">العنوان</th><th scope="col">القسم</th><th scope="col">الحالة</th><th scope="col">آخر تعديل</th></tr></thead>
        <tbody>
        {{#items}}<tr><td><a href="{{editPath}}">{{headline}}</a></td><td>{{section}}</td><td>{{statusName}}</td><td><time datetime="{{changedISO}}">{{changed}}</time></td></tr>{{/items}}
        </tbody>
        </table>
        {{/content}}{{/layout}}
        """

    static let editor = """
        {{<layout}}{{$content}}
        <h1>{{heading}}</h1>
        {{#conflict}}
        <section class="conflict" role="alert">
        <h2>حفظ زميل هذا الخبر بعد أن فتحته</h2>
        <p>لم يُحفظ شيء من تعديلك، ولم يُمسّ ما حفظه {{savedBy}}. نصّك باقٍ في النموذج أدناه، وهذا النص المحفوظ الآن (المراجعة {{revision}}):</p>
        <div class="theirs"><h3>{{headline}}</h3>{{#paragraphs}}<p>{{.}}</p>{{/paragraphs}}</div>
        <p>انسخ ما تريد إبقاءه ثم احفظ من جديد؛ سيُحفظ فوق المراجعة {{revision}}.</p>
        </section>
        {{/conflict}}
        {{^empty(presence)}}<p class="presence" role="status">يعمل على هذا الخبر الآن: {{#presence}}<bdi>{{.}}</bdi> {{/presence}}</p>{{/empty(presence)}}
        {{#held}}
        <section class="card held" role="status">
        <h2>وصلت من المصدر نسخة أحدث (<time>{{received}}</time>)</h2>
        <p>لم تُطبَّق على الخبر لأن غرفة الأخبار عدّلته. انقل منها ما تريد:</p>
        <div class="theirs"><h3>{{headline}}</h3>{{#paragraphs}}<p>{{.}}</p>{{/paragraphs}}</div>
        </section>
        {{/held}}
        <p class="meta">{{statusLine}}{{#credit}} · المصدر: <bdi>{{credit}}</bdi>{{/credit}}{{#sourceLink}} · <a href="{{sourceLink}}" rel="noopener noreferrer" target="_blank">الأصل</a>{{/sourceLink}}{{#publicPath}} · <a href="{{publicPath}}">صفحته على الموقع</a>{{/publicPath}}{{#historyPath}} · <a href="{{historyPath}}">سجل المراجعات</a>{{/historyPath}}</p>
        <form class="editor" method="post" action="{{action}}" data-autosave="{{autosave}}" data-check="{{checkAction}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="revision" value="{{form.revision}}">
        <input type="hidden" name="article" value="{{articleID}}">
        <label for="section">القسم</label>
        <input id="section" name="section" list="sections" required value="{{form.section}}">
        <datalist id="sections">{{#sections}}<option value="{{.}}">{{/sections}}</datalist>
        <label class="check" for="urgent"><input type="checkbox" id="urgent" name="urgent" value="1"{{#form.urgent}} checked{{/form.urgent}}> خبر عاجل (يُعلَّم «عاجل» على الموقع)</label>
        <label for="headline">العنوان</label>
        <input id="headline" name="headline" required value="{{form.headline}}" data-slug-source>
        <label for="highlights">العناوين الفرعية (سطر لكل عنوان)</label>
        <textarea id="highlights" name="highlights" rows="3">{{form.highlights}}</textarea>
        <div class="pair">
        <div><label for="datelinePlace">مكان الخبر</label><input id="datelinePlace" name="datelinePlace" value="{{form.datelinePlace}}"></div>
        <div><label for="datelineSource">المصدر</label><input id="datelineSource" name="datelineSource" value="{{form.datelineSource}}"></div>
        </div>
        <label for="body">نص الخبر</label>
        <p class="meta help" id="body-help">سطر فارغ بين الكتل: <code dir="rtl">## عنوان داخلي</code>، <code dir="rtl">&gt; اقتباس</code>، <code dir="rtl">- قائمة</code>، <code dir="rtl">[صورة 12]</code>، <code>* * *</code> فاصل؛ وداخل الفقرة: <code dir="rtl">*مائل*</code> و<code dir="rtl">**غامق**</code> و<code dir="rtl">[نص الرابط](https://…)</code></p>
        <textarea id="body" name="body" rows="18" required aria-describedby="body-help">{{form.body}}</textarea>
        <section class="card findings" id="copy-findings" aria-labelledby="findings-heading" hidden>
        <h2 id="findings-heading">التدقيق</h2>
        <p class="meta" role="status" aria-live="polite"></p>
        <ol></ol>
        </section>
        <label for="tags">العلامات (افصل بينها بفاصلة ، )</label>
        <input id="tags" name="tags" value="{{form.tags}}" list="known-tags" autocomplete="off">
        <datalist id="known-tags">{{#tags}}<option value="{{.}}">{{/tags}}</datalist>
        <label for="byline">الكاتب كما يظهر للقراء</label>
        <input id="byline" name="byline" value="{{form.byline}}">
        <label for="slug">الرابط المختصر</label>
        <input id="slug" name="slug" value="{{form.slug}}" data-slug-follows="{{form.slugFollows}}">
        <label for="seoTitle">عنوان محركات البحث</label>
        <input id="seoTitle" name="seoTitle" value="{{form.seoTitle}}" placeholder="يؤخذ من العنوان إن تُرك فارغًا">
        <label for="summary">وصف محركات البحث والمشاركة</label>
        <textarea id="summary" name="summary" rows="2" placeholder="يؤخذ من أول عنوان فرعي، أو من مطلع الفقرة الأولى، إن تُرك فارغًا">{{form.summary}}</textarea>
        <label for="leadImage">الصورة الرئيسية</label>
        <select id="leadImage" name="leadImage"><option value="">بلا صورة</option>{{#images}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/images}}</select>
        {{#leadPreview}}<img class="preview" src="{{src}}" alt="{{alt}}" width="240">{{/leadPreview}}
        {{#mayCorrect}}<label for="correction">تصحيح يُنشر مع الخبر بتاريخ اليوم (اختياري)</label>
        <textarea id="correction" name="correction" rows="2"></textarea>{{/mayCorrect}}
        <label for="publishAt">وقت النشر (بتوقيت الموقع؛ وقت قادم يعني جدولة الخبر)</label>
        <input id="publishAt" name="publishAt" type="datetime-local" value="{{form.publishAt}}">
        {{^empty(copyErrors)}}<section class="problem" id="copy-errors" role="alert">
        <h2>أخطاء وجدها التدقيق</h2>
        <ul>{{#copyErrors}}<li>{{.}}</li>{{/copyErrors}}</ul>
        <label class="check" for="confirmFindings"><input type="checkbox" id="confirmFindings" name="confirmFindings" value="1"> انشر رغم هذه الأخطاء</label>
        </section>{{/empty(copyErrors)}}
        <div class="actions">
        {{#actions}}<button type="submit" name="action" value="{{value}}"{{#danger}} class="danger"{{/danger}}>{{label}}</button>{{/actions}}
        <button type="submit" class="quiet" formaction="{{previewAction}}" formtarget="_blank" formnovalidate>معاينة في قالب الموقع</button>
        </div>
        </form>
        {{#upload}}
        <section class="card upload" aria-labelledby="upload-heading">
        <h2 id="upload-heading">رفع صورة رئيسية</h2>
        <p class="meta">احفظ تعديلاتك أولًا: الرفع يحفظ الخبر مع صورته الجديدة.</p>
        <form method="post" action="{{action}}" enctype="multipart/form-data">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="article" value="{{article}}">
        <input type="hidden" name="revision" value="{{revision}}">
        <label for="file">الملف (JPEG أو PNG أو WebP أو GIF)</label>
        <input id="file" name="file" type="file" accept="image/jpeg,image/png,image/webp,image/gif" required>
        <label for="alt">نص بديل يصف الصورة (إلزامي)</label>
        <input id="alt" name="alt" required>
        <label for="caption">التعليق</label>
        <input id="caption" name="caption">
        <label for="credit">المصدر أو المصوّر</label>
        <input id="credit" name="credit">
        <button type="submit">رفع الصورة</button>
        </form>
        </section>
        {{/upload}}
        {{/content}}{{/layout}}
        """

    static let history = """
        {{<layout}}{{$content}}
        <h1>سجل المراجعات: {{headline}}</h1>
        <p><a href="{{editPath}}">العودة إلى المحرر</a></p>
        <form method="get" action="{{action}}" class="filters">
        <label for="from">قارن المراجعة</label>
        <select id="from" name="from">{{#choicesFrom}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/choicesFrom}}</select>
        <label for="to">بالمراجعة</label>
        <select id="to" name="to">{{#choicesTo}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/choicesTo}}</select>
        <button type="submit">قارن</button>
        </form>
        {{#diff}}
        <section class="diff" aria-label="الفرق بين المراجعتين">
        <p class="legend"><ins>أضيف</ins> <del>حُذف</del> <mark>تغيّر تشكيله فقط</mark></p>
        {{#parts}}<div class="diff-part"><h3>{{name}}</h3><p>{{#segments}}{{#same}}{{text}}{{/same}}{{#inserted}}<ins>{{text}}</ins>{{/inserted}}{{#deleted}}<del>{{text}}</del>{{/deleted}}{{#marks}}<mark title="قبل: {{old}}">{{text}}</mark>{{/marks}}{{/segments}}</p></div>{{/parts}}
        </section>
        {{/diff}}
        <h2>النشاط</h2>
        <ol class="activity" reversed>
        {{#revisions}}<li><strong>المراجعة {{number}}</strong> · {{author}} · <time datetime="{{savedISO}}">{{saved}}</time> · {{statusName}}{{#note}} · {{note}}{{/note}}
        {{#mayRestore}}<form method="post" action="{{restorePath}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{current}}"><button type="submit">استعادة هذه المراجعة</button></form>{{/mayRestore}}</li>{{/revisions}}
        </ol>
        {{/content}}{{/layout}}
        """

    static let people = """
        {{<layout}}{{$content}}
        <h1>فريق التحرير</h1>
        <table class="stories">
        <thead><tr><th scope="col">الاسم</th><th scope="col">اسم المستخدم</th><th scope="col">الدور</th><th scope="col">الحالة</th><th scope="col">تغيير</th></tr></thead>
        <tbody>
        {{#people}}<tr><td><bdi>{{displayName}}</bdi></td><td dir="ltr">{{name}}</td><td>{{roleName}}</td><td>{{state}}</td>
        <td><form method="post" action="{{path}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">
        <label class="visually-hidden" for="role-{{id}}">الدور</label>
        <select id="role-{{id}}" name="role">{{#roles}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/roles}}</select>
        <button type="submit" name="action" value="role">حفظ الدور</button>
        {{^disabled}}<button type="submit" name="action" value="disable" class="danger">تعطيل</button>{{/disabled}}
        </form>
        <details><summary>الملف العام{{#publicProfile}} (ظاهر للقرّاء){{/publicProfile}}</summary>
        <form method="post" action="{{path}}"><input type="hidden" name="csrf" value="{{csrf}}">
        <label><input type="checkbox" name="publicProfile" value="1"{{#publicProfile}} checked{{/publicProfile}}> صفحة كاتب عامة تربط بها أسماء الكاتب في الأخبار{{#authorPath}} (<a href="{{authorPath}}" dir="ltr">{{authorPath}}</a>){{/authorPath}}</label>
        <label for="bio-{{id}}">نبذة تظهر في صفحته</label>
        <textarea id="bio-{{id}}" name="bio" rows="3" maxlength="600">{{bio}}</textarea>
        <button type="submit" name="action" value="profile">حفظ الملف</button>
        </form></details>
        </td></tr>{{/people}}
        </tbody>
        </table>
        <section class="card narrow">
        <h2>إضافة زميل</h2>
        <form method="post" action="{{action}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="username">اسم المستخدم (بحروف لاتينية)</label><input id="username" name="username" dir="ltr" required>
        <label for="displayName">الاسم الظاهر</label><input id="displayName" name="displayName">
        <label for="role">الدور</label>
        <select id="role" name="role">{{#newRoles}}<option value="{{value}}">{{name}}</option>{{/newRoles}}</select>
        <label for="password">كلمة مرور مؤقتة (10 أحرف على الأقل)</label><input id="password" name="password" type="password" dir="ltr" required autocomplete="new-password">
        <button type="submit">إضافة</button>
        </form>
        </section>
        <h2>سجل الدخول والتغييرات</h2>
        <ol class="activity">{{#audit}}<li><time datetime="{{atISO}}">{{at}}</time> · {{kind}} · <bdi>{{actor}}</bdi> {{#subject}}← <bdi>{{subject}}</bdi>{{/subject}} {{#address}}· <span dir="ltr">{{address}}</span>{{/address}}</li>{{/audit}}</ol>
        {{/content}}{{/layout}}
        """

    static let settings = """
        {{<layout}}{{$content}}
        <h1>إعدادات الموقع</h1>
        <section class="card narrow">
        <form method="post" action="{{action}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="name">اسم الموقع كما يظهر في الترويسة</label>
        <input id="name" name="name" required maxlength="80" value="{{name}}">
        <label for="digits">الأرقام في التواريخ والأعداد</label>
        <select id="digits" name="digits">{{#digits}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/digits}}</select>
        <label for="months">أسماء الأشهر الميلادية</label>
        <select id="months" name="months">{{#months}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/months}}</select>
        <label for="timeZone">المنطقة الزمنية لغرفة الأخبار (تحدد يوم الخبر ووقت الجدولة)</label>
        <input id="timeZone" name="timeZone" dir="ltr" required list="time-zones" value="{{timeZone}}">
        <datalist id="time-zones">{{#timeZones}}<option value="{{.}}">{{/timeZones}}</datalist>
        <label for="sectionOrder">ترتيب الأقسام في الصفحة الرئيسية (قسم في كل سطر؛ ما لم يُذكر يأتي بعدها)</label>
        <textarea id="sectionOrder" name="sectionOrder" rows="5" aria-describedby="sections-known">{{sectionOrder}}</textarea>
        <p class="meta" id="sections-known">الأقسام: {{sections}}</p>
        <label for="pinnedLead">رقم الخبر المثبّت في صدارة الصفحة الرئيسية (اتركه فارغًا ليتصدّر أحدث خبر)</label>
        <input id="pinnedLead" name="pinnedLead" dir="ltr" inputmode="numeric" pattern="[0-9]*" value="{{pinnedLead}}" aria-describedby="pinned-headline">
        {{#pinnedHeadline}}<p class="meta" id="pinned-headline">المثبّت الآن: {{pinnedHeadline}}</p>{{/pinnedHeadline}}
        <label for="legacyBaseURL">عنوان الموقع السابق (تُحوَّل روابطه القديمة المستوردة إلى صفحاتها الجديدة)</label>
        <input id="legacyBaseURL" name="legacyBaseURL" type="url" dir="ltr" placeholder="https://example.com" value="{{legacyBaseURL}}">
        <fieldset class="copy-desk">
        <legend>التدقيق اللغوي</legend>
        <input type="hidden" name="copyDesk" value="1">
        {{#copyRules}}<label class="check" for="rule-{{value}}"><input type="checkbox" id="rule-{{value}}" name="enabledRules[]" value="{{value}}"{{#selected}} checked{{/selected}}> {{name}}</label>
        {{/copyRules}}
        <label for="houseStyle">أسلوب الموقع: كتابة تُستبدل بأخرى (سطر لكل كلمة: <bdi>الخطأ=الصواب</bdi>)</label>
        <textarea id="houseStyle" name="houseStyle" rows="6">{{houseStyle}}</textarea>
        <label for="newsroomWords">أسماء وأماكن ووكالات يقبلها المدقق الإملائي (سطر لكل كلمة)</label>
        <textarea id="newsroomWords" name="newsroomWords" rows="4">{{newsroomWords}}</textarea>
        </fieldset>
        <p class="meta">تظهر التغييرات على صفحات الموقع فور الحفظ.</p>
        <button type="submit">حفظ الإعدادات</button>
        </form>
        </section>
        {{/content}}{{/layout}}
        """

    static let message = """
        {{<layout}}{{$content}}
        <section class="card narrow">
        <h1>{{heading}}</h1>
        <p>{{text}}</p>
        {{#link}}<p><a href="{{link}}">{{linkText}}</a></p>{{/link}}
        </section>
        {{/content}}{{/layout}}
        """
}
