/// Saved pages written for the web-page importer's tests: the shapes of real themes (menus,
/// share bars, related stories, comment forms) around a short story, with metadata in each of
/// the places pages put it.
enum HTMLPageFixtures {
    static let paragraphs = [
        "أعلنت وزارة الصحة، صباح اليوم الثلاثاء، عن افتتاح مستشفى جديد في العاصمة بطاقة استيعابية تبلغ ثلاثمئة سرير، في خطوة قالت إنها تهدف إلى تخفيف الضغط على المستشفيات القائمة.",
        "وقال الوزير في مؤتمر صحفي إن المستشفى سيضم أقساما للطوارئ والجراحة وطب الأطفال، وإن العمل فيه سيبدأ بشكل تدريجي خلال الأسابيع المقبلة، بحسب ما أفاد به بيان رسمي.",
        "وأضاف أن الحكومة خصصت ميزانية إضافية لتجهيز المستشفى بأحدث المعدات الطبية، مشيرا إلى أن التوظيف سيشمل مئات الأطباء والممرضين من خريجي الجامعات المحلية.",
    ]
    static let headline = "افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير"

    /// The chrome a news theme prints around the story.
    static func page(head: String, beforeHeadline: String = "", headline: String = headline, afterCopy: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8">\(head)</head>
        <body>
        <header class="site-header"><a class="logo" href="/"><h1 class="site-title">صحيفة المدينة</h1></a>
          <nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/category/politics">سياسة</a></li>
          <li><a href="/category/health">صحة</a></li><li><a href="/category/sport">رياضة</a></li></ul></nav>
          <form class="search"><label>بحث عن:</label><input name="s"><button>بحث</button></form></header>
        <div class="ticker"><a href="/a/1">انطلاق مهرجان المسرح الوطني في دورته الجديدة</a><a href="/a/2">ارتفاع أسعار الذهب في الأسواق المحلية اليوم</a></div>
        <main><div class="container"><div class="col-8">
        <article class="post">
          \(beforeHeadline)
          <h1 class="entry-title">\(headline)</h1>
          <div class="post-meta"><span class="date">2024/03/05 10:30</span> <span class="author-name">بقلم: سارة أحمد</span></div>
          <div class="share-buttons"><a href="https://facebook.com/sharer">فيسبوك</a><a href="https://twitter.com/share">تويتر</a><a href="#">واتساب</a></div>
          <figure><img src="/uploads/hospital.jpg" alt=""><figcaption>صورة أرشيفية للمستشفى</figcaption></figure>
          <div class="entry-content">
            <p>\(paragraphs[0])</p>
            <p>\(paragraphs[1]) <a href="/tag/health">الصحة</a></p>
            <div class="related-inline"><strong>اقرأ أيضا:</strong> <a href="/a/9">وزارة الصحة تطلق حملة تطعيم جديدة في المدارس</a></div>
            <p>\(paragraphs[2])</p>
          </div>
          \(afterCopy)
          <div class="post-tags"><span>الوسوم:</span><a href="/tag/a">الصحة</a><a href="/tag/b">المستشفيات</a></div>
        </article>
        <section class="related-posts"><h3>مقالات ذات صلة</h3><ul>
          <li><a href="/a/3">الحكومة تعلن عن خطة لتطوير القطاع الصحي خلال السنوات المقبلة</a></li>
          <li><a href="/a/4">نقابة الأطباء تطالب بتحسين ظروف العمل في المستشفيات العمومية</a></li></ul></section>
        <div id="comments"><h3>اترك تعليقاً</h3><p>لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p>
          <form><textarea></textarea><p>احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.</p></form></div>
        </div><aside class="sidebar"><h3>الأكثر قراءة</h3><ol><li><a href="/a/5">منتخب كرة القدم يتأهل إلى نهائيات كأس الأمم</a></li>
          <li><a href="/a/6">انخفاض درجات الحرارة في معظم مناطق البلاد نهاية الأسبوع</a></li></ol></aside></div></main>
        <footer class="site-footer"><p>جميع الحقوق محفوظة © صحيفة المدينة 2024</p><a href="/about">من نحن</a> <a href="/contact">اتصل بنا</a></footer>
        </body></html>
        """
    }

    static let graphHead = """
        <title>افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير | صحيفة المدينة</title>
        <link rel="canonical" href="https://madina.example/health/2024/03/hospital-opens">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "صحيفة المدينة", "url": "https://madina.example/"},
          {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": "https://madina.example/"},
            {"@type": "ListItem", "position": 2, "name": "صحة", "item": "https://madina.example/health"}]},
          {"@type": ["NewsArticle"], "headline": "افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير",
           "datePublished": "2024-03-05T10:30:00+03:00", "dateModified": "2024-03-05T12:00:00+03:00",
           "author": [{"@type": "Person", "name": "سارة أحمد"}], "articleSection": ["صحة"],
           "image": {"@type": "ImageObject", "url": "https://madina.example/uploads/hospital.jpg"},
           "keywords": "الصحة، المستشفيات, العاصمة",
           "publisher": {"@type": "Organization", "name": "صحيفة المدينة"},
           "description": "مستشفى جديد بثلاثمئة سرير يفتح أبوابه في العاصمة &quot;قريبا&quot;"}
        ]}
        </script>
        """

    static let openGraphHead = """
        <title>افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير - المدينة نت</title>
        <meta property="og:site_name" content="المدينة نت">
        <meta property="og:title" content="افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير - المدينة نت">
        <meta property="og:url" content="https://www.madina.example/a/77">
        <meta property="og:image" content="/uploads/hospital.jpg">
        <meta property="article:published_time" content="2024-03-05T07:30:00Z">
        <meta property="article:section" content="صحة">
        <meta property="article:tag" content="الصحة"><meta property="article:tag" content="المستشفيات">
        <meta name="author" content="سارة أحمد">
        """

    static let bareHead = "<title>افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير | المدينة</title>"
}
