import Foundation
import ArabicText

/// The interface text of Arabic news themes that page dumps carry around the article.
enum PageChrome {
    /// Whole lines that are buttons, labels or widget titles, never copy.
    static let lines: Set<String> = Set([
        // The seed's own chrome (WordPress + Jannah).
        "العلامات", "زر الذهاب إلى الأعلى", "إغلاق", "X",
        // Share and utility buttons.
        "مشاركة", "شارك", "شارك الخبر", "شارك المقال", "فيسبوك", "تويتر", "واتساب", "واتس اب", "تيليجرام",
        "تلغرام", "تيلقرام", "تليجرام", "تلجرام", "لينكدإن", "لينكد إن", "بينتيريست", "بنترست", "بينترست", "بنتريست", "ريديت", "ماسنجر", "البريد الإلكتروني",
        "طباعة", "اطبع", "نسخ الرابط", "أرسل لصديق", "ارسل لصديق", "أرسل إلى صديق", "إرسال لصديق", "أرسل الخبر لصديق", "Facebook", "Twitter", "WhatsApp", "Telegram", "LinkedIn",
        "Pinterest", "Reddit", "Messenger", "Email", "Print", "Share", "Tumblr", "VKontakte",
        // Follow links by platform.
        "يوتيوب", "إنستغرام", "انستغرام", "إنستجرام", "انستجرام", "انستقرام", "تيك توك", "سناب شات", "ساوند كلاود", "YouTube", "Instagram", "TikTok",
        // Avada's share box.
        "شارك هذه القصة، اختر منصتك!", "Share This Story, Choose Your Platform!",
        // Navigation, tags, related and comments widgets.
        "الوسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "الرئيسية", "القائمة", "بحث", "ابحث", "بحث عن", "ابحث هنا",
        "الذهاب إلى الأعلى", "العودة إلى الأعلى", "إلى الأعلى", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا",
        "إقرأ أيضاً", "اقرأ أيضا:", "اقرأ أيضاً:", "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة",
        "موضوعات متعلقة", "مواضيع متعلقة", "أخبار متعلقة", "مقالات متعلقة",
        "مقالات مشابهة", "اقرأ المزيد", "المزيد", "التعليقات", "تعليقات", "أضف تعليقاً", "أضف تعليقا",
        "اترك تعليقاً", "اترك تعليقا", "إضافة تعليق", "انضم إلى النقاش", "انضم للنقاش", "شارك في النقاش", "شاركنا رأيك", "المقال السابق", "المقال التالي", "الخبر السابق",
        "الخبر التالي", "المقالة السابقة", "المقالة التالية", "السابق", "التالي", "تابعونا", "تابعنا", "الأكثر قراءة", "آخر الأخبار",
        "القائمة الجانبية", "Search", "Comments", "Comments !", "Comments!", "Leave a comment", "Leave a Comment", "تصفح المقالات", "تصفح المقالة", "التنقل بين المقالات", "Post navigation",
        // A reader view's toolbar (Edge's Immersive Reader).
        "القراءة بصوت عالٍ", "القراءة بصوت عال", "قراءة بصوت عالٍ", "تفضيلات النص", "أدوات القواعد", "تفضيلات القراءة",
        // A poll's box and its buttons.
        "استطلاع الرأي", "استطلاع رأي", "استطلاع", "استفتاء", "استفتاء الموقع", "استطلاع الموقع", "نتائج الاستطلاع", "صوّت", "صوت الآن", "صوّت الآن", "تصويت",
        // Donation buttons (their calls, «تبرع الآن», are support calls wherever they stand).
        "تبرع", "تبرعوا",
        // The site's own pages and the reader's account buttons, which close a menu but never name a section.
        "الأرشيف", "الفئات", "المنشورات", "روابط التغذية", "خلاصات RSS", "خلاصة RSS", "تغذية RSS", "اتصل بنا", "اتصل", "اتصل بي", "راسلنا", "تواصل معنا", "تواصل", "عن المدونة", "عن الموقع", "من نحن", "أعلن معنا", "للإعلان", "سياسة الخصوصية", "شروط الاستخدام", "البحث في الموقع", "ابحث في الموقع",
        "بحث في الأرشيف", "البحث في الأرشيف", "تسجيل الدخول", "تسجيل دخول", "دخول", "الدخول", "تسجيل الخروج", "إنشاء حساب", "حسابي",
        // Blogger's navbar over every blog («المزيد», «إنشاء مدونة», «تسجيل الدخول»).
        "إنشاء مدونة", "أنشئ مدونة", "مدونة جديدة", "المدونة التالية", "مدونة تالية", "Create Blog", "Next Blog»",
        "اشترك", "اشترك الآن", "اشتراك", "اشترك مجاناً", "اشترك مجانا", "انضم", "انضم الآن", "انضم إلينا",
        // A shop's cart, next to the account's buttons («السلة» alone is basketball on a sports site).
        "سلة التسوق", "عربة التسوق", "سلة المشتريات",
        "مشاركة المقالة", "مشاركة الخبر", "تنزيل الصورة", "تنزيل الصور", "تحميل الصورة", "تحميل الصور",
        // An audio player's buttons over the copy.
        "استمع إلى المقالة", "استمع إلى المقال", "استمع للمقالة", "استمع للمقال", "استمع إلى الخبر", "استمع للخبر", "تشغيل", "إيقاف مؤقت",
        // Font-size controls.
        "تكبير الخط", "تصغير الخط", "حجم الخط", "A+", "A-", "+A", "-A",
    ]).union(adLabels).union(backLinks)

    /// An ad slot's label between paragraphs.
    static let adLabels: Set<String> = ["إعلان", "اعلان", "إعلانات", "مساحة إعلانية", "إضافة إعلان", "اضافة اعلان", "Advertisement", "ADVERTISEMENT", "Sponsored", "Publicité", "Ad"]

    /// An ad slot's label, plain or dashed («- إعلان -»): it stands anywhere in the copy and heads nothing.
    static func isAdSlot(_ line: String) -> Bool {
        adLabels.contains(line) || PageTextBody.isAdLabel(line)
    }

    /// A ticker's label over other stories' headlines at the page's top.
    static let tickerLabels: Set<String> = ["عاجل", "عاجل:", "خبر عاجل", "آخر الأخبار", "أحدث الأخبار", "الأخبار العاجلة", "شريط الأخبار",
                                               "الأكثر رواجاً", "الأكثر رواجا", "رائج الآن", "Trending Now", "Breaking News", "أهم الأخبار", "أبرز الأخبار"]
    /// A ticker's labels, with «أخبار عاجلة», which also names a section: it is taken for a
    /// ticker's only right over a run of titles.
    static let tickerHeadings = tickerLabels.union(["أخبار عاجلة"])

    /// A menu's link to a kind of media or to the printed edition («فيديو», «صحيفة الميثاق PDF»):
    /// never the section of a story in words.
    static func isMediaLink(_ label: String) -> Bool {
        mediaLinks.contains(label) || label.split(separator: " ").contains("PDF") && PageTextChrome.words(label, in: 1...4)
    }

    private static let mediaLinks: Set<String> = ["فيديو", "فيديوهات", "الفيديو", "صور", "الصور", "ملتيميديا", "مالتيميديا", "وسائط", "الوسائط",
                                          "بودكاست", "إنفوجراف", "انفوجراف", "إنفوغراف", "Video", "Videos", "Podcast", "Podcasts",
                                          // A broadcaster's link to its live stream.
                                          "البث المباشر", "بث مباشر", "مباشر", "البث الحي", "بث حي", "Live"]

    /// The first step of a breadcrumb: the site's home.
    static let homeLabels = ["الصفحة الرئيسية", "الرئيسية", "الرئيسيه", "Home", "home"]

    /// Headings after which, at the end of a page, short lines are the article's tags.
    static let tagHeadings: Set<String> = ["العلامات", "الوسوم", "الكلمات المفتاحية", "كلمات مفتاحية"]


    /// Line openings of the site's calls to follow it («تابعوا أخبار الإمارات من البيان عبر غوغل نيوز»).
    static let followPrefixes = ["تابعوا ", "تابعونا ", "تابعنا ", "اشترك في ", "اشتركوا في ", "حمّل تطبيق", "حمل تطبيق",
                                 // A link to write to the writer («راسلوا الكاتب-ة مباشرة حول الموضوع»).
                                 "راسلوا الكاتب", "راسل الكاتب", "راسلوا الكاتبة", "راسل الكاتبة", "تواصل مع الكاتب", "تواصلوا مع الكاتب"]

    /// Another story's link inside the copy: «اقرأ أيضاً: …», and any label of a few words
    /// with «أيضاً» or «كذلك» before a colon («شاهد أيضاً: …», «قد يهمك أيضاً: …»).
    static func isRelatedLink(_ line: String) -> Bool {
        // «اقرأ أيضاً …», «إقرأ أيضا: …», «اقرأ أيضًا.. …»: the call in any spelling, followed by anything.
        if ArabicNormalizer.normalize(String(line.prefix(16))).hasPrefix("اقرا ايضا") { return true }
        // «ذات صلة: …»: the related story's label.
        if ["ذات صلة:", "ذات صلة :", "ذات صلة |"].contains(where: line.hasPrefix) { return true }
        // «يستحق القراءة...», «ننصحك بقراءة:»: a box's call alone, over the story it offers.
        if ["يستحق القراءه", "ننصحك بقراءه", "ننصحك بالقراءه"].contains(ArabicNormalizer.normalize(line.trimmingCharacters(in: [".", "…", ":", " "]))) { return true }
        // «شاهد أيضاً: …», «اقرأ/ي أيضًا | …»: a label, then a colon or a bar.
        guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "|" }), PageTextChrome.words(String(line[..<colon]), in: 1...4) else { return false }
        let label = ArabicNormalizer.normalize(line[..<colon].trimmingCharacters(in: .whitespaces))
        // «قد يهمك:», «قد يعجبك أيضاً:»: what the reader may like.
        if label.hasPrefix("قد يهمك") || label.hasPrefix("قد يعجبك") || label.hasPrefix("قد تهمك") { return true }
        // «اقرأ في هذا السياق:»: a call to read of four words.
        // (The call may address several readers or one woman: «اقرأوا المزيد:», «اقرئي أيضاً:».)
        let read = ["اقرا ", "اقراوا ", "اقرئي "].contains(where: label.hasPrefix)
        if PageTextChrome.words(String(line[..<colon]), in: 4...4) { return read }
        // «اقرأ المزيد من : رياضة»: a call to read, whatever follows it.
        // «تابعي المزيد: …», «شاهد المزيد: …»: a call to follow or watch more, not a sentence's «وأضاف المزيد:».
        let more = (label.hasPrefix("تابع") || label.hasPrefix("شاهد")) && label.hasSuffix("المزيد")
        // «مواد ذات علاقة: …»: related stories under another name.
        // «مقال ذو صلة: …» names it in the singular.
        if label.hasSuffix("ذات علاقه") || label.hasSuffix("ذو صله") { return true }
        // «وقال أيضاً: "…"»: reported speech goes on, no call to read.
        if PageTextBody.opensLikeCopy(label) { return false }
        return label.hasSuffix("ايضا") || label.hasSuffix("كذلك") || read || more
    }

    /// «المقال السابق: …», «التالي: …»: the post's link to its neighbour, labelled.
    static func isNeighbourLink(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":"), PageTextChrome.words(String(line[..<colon]), in: 1...2) else { return false }
        let label = ArabicNormalizer.normalize(line[..<colon].trimmingCharacters(in: .whitespaces)).split(separator: " ").map(String.init)
        return label.allSatisfy(postNavigationWords.contains) && label.contains { $0.hasPrefix("السابق") || $0.hasPrefix("التالي") }
    }

    /// The words of a post's link to its neighbour's label, normalised («المقالة السابقة» → «المقاله السابقه»).
    private static let postNavigationWords: Set<String> = ["المقال", "المقاله", "الخبر", "الموضوع", "التدوينه", "المنشور", "السابق", "التالي", "السابقه", "التاليه"]

    /// The page's interface either way: chrome by its words or shape, or a button in Latin letters.
    static func isInterface(_ line: String) -> Bool {
        isChrome(line) || PageTextBody.isButton(line)
    }

    static func isChrome(_ line: String) -> Bool {
        if lines.contains(line) || isRelatedLink(line) || PageTextBody.isAdLabel(line) || isCounter(line) || isEndMark(line) || isFollowCall(line)
            || isCopyright(line) || isClickCall(line) || isDisclaimer(line) || isSkipLink(line) || isAggregatorFrame(line)
            || isSupportCall(line) || isMoreFromHeading(line) || isPoweredBy(line) || isDuration(line) || isEditLink(line) || isSearchPrompt(line)
            || isCommentRules(line) || isPostFooter(line) || isForumInterface(line) {
            return true
        }
        // A link to the page's bottom or top: «انتقل الى الأسفل», «الرجوع الى أعلى الصفحة».
        if isJumpLink(line) { return true }
        if isCookieNotice(line) || isThemeToggle(line) { return true }
        if isGuestWelcome(line) || isPlatformStamp(line) { return true }
        // A broadcaster's strip of what is on air: «شاهد الآن: مساء الخير يا سودان».
        // A link to the live stream, naming where from («البث المباشر من الحرم الحسيني الشريف», «شاهد البث المباشر لقناة …»).
        if ["البث المباشر من ", "البث المباشر ل", "شاهد البث المباشر", "تابع البث المباشر", "البث الحي من "].contains(where: line.hasPrefix),
           PageTextChrome.words(line, in: 2...8), !PageTextChrome.endsSentence(line), !line.contains(":"), !line.contains("..") { return true }
        if ["شاهد الآن:", "يعرض الآن:", "تشاهدون الآن:", "على الهواء الآن:", "الآن على الهواء:"].contains(where: line.hasPrefix), PageTextChrome.words(line, in: 3...10) { return true }
        // «قد يعجبك أيضا», «شاهد أيضاً»: a box's heading alone, a call ending in «أيضا».
        if PageTextChrome.words(line, in: 2...3), ArabicNormalizer.normalize(line.trimmingCharacters(in: [".", "…", ":", " "])).hasSuffix("ايضا") { return true }
        // Or such a call naming where («شاهد أيضا في الحوار التونسي», «اقرأ أيضاً على موقعنا»).
        let tokens = line.split(separator: " ").map { ArabicNormalizer.normalize(String($0)) }
        if (4...8).contains(tokens.count), !PageTextChrome.endsSentence(line), let also = tokens.prefix(3).firstIndex(of: "ايضا"), also >= 1,
           ["في", "على", "من", "عبر"].contains(tokens[also + 1]) {
            return true
        }
        // A search box's placeholder or label: «بحث...», «ابحث هنا…», «بحث عن:».
        if [".", "…", ":"].contains(where: line.hasSuffix), lines.contains(line.trimmingCharacters(in: [".", "…", ":", " "])) { return true }
        // A widget's question: «هل كان هذا المحتوى مفيداً؟», «هل أعجبك المقال؟».
        if ["؟", "?"].contains(where: line.hasSuffix), PageTextChrome.words(line, in: 2...maxExtendedWords) {
            if extendsPhrase(ArabicNormalizer.normalize(line.dropLast().trimmingCharacters(in: .whitespaces))) { return true }
            // «هل وجدت هذا المقال مفيداً؟», «ما رأيك في هذا الخبر؟»: a question about the page itself asks the reader's feedback.
            // («لماذا يهمكِ هذا الخبر؟» asks no feedback: it heads the copy's part on why it matters.)
            if PageTextChrome.words(line, in: 2...8), !["لماذا", "ولماذا", "كيف", "متى", "أين"].contains(where: { line.hasPrefix($0 + " ") }),
               ["هذا المقال", "هذه المقالة", "هذا الخبر", "هذا المحتوى", "هذا الموضوع", "هذه الصفحة", "هذا التقرير"]
                .contains(where: { (" " + line + " ").contains(" " + $0 + " ") || line.contains(" " + $0 + "؟") }) { return true }
        }
        guard !PageTextChrome.endsSentence(line), PageTextChrome.words(line, in: 1...12) else { return false }
        // «عن المجلة», «عن النشرة»: the site's about page, named after what it is.
        if line.hasPrefix("عن ال"), PageTextChrome.words(line, in: 2...2) { return true }
        if followPrefixes.contains(where: line.hasPrefix) { return true }
        // A link's hint to screen readers: Jetpack's «انقر للمشاركة على X (فتح في نافذة جديدة)».
        if ["(فتح في نافذة جديدة)", "(يفتح في نافذة جديدة)", "(Opens in new window)", "(opens in new window)"].contains(where: line.hasSuffix) { return true }
        // A search box's prompt: «ابحث عن شركة أو خبر».
        if line.hasPrefix("ابحث ") || line.hasPrefix("إبحث "), PageTextChrome.words(line, in: 1...6) { return true }
        // «لمتابعة أحدث الأخبار تابعونا عبر صفحتنا على فيسبوك»: the site asks to be followed.
        if line.split(separator: " ").contains(where: { $0 == "تابعونا" || $0 == "تابعنا" }) { return true }
        guard PageTextChrome.words(line, in: 1...maxExtendedWords) else { return false }
        // Themes spell their buttons with or without hamza and tanween («اضف تعليقا»), and
        // wrap a phrase of two words or more in words of their own («أضف تعليقاً واقرأ تعليقات
        // القراء», «لا تنسي مشاركة المقال مع صديقاتك»).
        let folded = ArabicNormalizer.normalize(line)
        return foldedLines.contains(folded) || extendsPhrase(folded)
    }

    /// Whether folded `text` holds one of the known phrases as whole words.
    private static func extendsPhrase(_ folded: String) -> Bool {
        foldedPhrases.contains { (" " + folded + " ").contains(" " + $0 + " ") }
    }

    /// «انتقل الى الأسفل», «اذهب للأعلى», «الرجوع الى أعلى الصفحة»: a button moving the reader up or down the page.
    static func isJumpLink(_ line: String) -> Bool {
        let tokens = line.split(separator: " ").map { ArabicNormalizer.normalize(String($0)) }
        guard (2...6).contains(tokens.count), let first = tokens.first,
              ["انتقل", "اذهب", "الذهاب", "العودة", "العوده", "الرجوع", "ارجع", "عودة", "عوده", "رجوع", "انتقال"].contains(first) else { return false }
        return tokens.dropFirst().contains { ["الاعلى", "الاعلي", "الاسفل", "اعلى", "اعلي", "اسفل", "للاعلى", "للاعلي", "للاسفل"].contains($0) }
    }

    /// A page's counter or reading time: «( قراءة 1560 )», «5279 مشاهدة», «عدد القراءات: 2060»,
    /// «دقيقة للقراءة», «وقت القراءة: 3 دقائق», «دقيقتان», «4 min read», a meta row's bare
    /// counts («0», «0 2205 دقيقة واحدة»).
    static func isCounter(_ line: String) -> Bool {
        if isOnlineCount(line) { return true }
        let tokens = line.split(whereSeparator: { $0.isWhitespace || "():|·-".contains($0) })
        guard (1...5).contains(tokens.count), !PageTextChrome.endsSentence(line) else { return false }
        let folded = Set(tokens.map { ArabicNormalizer.normalize(String($0)) })
        if !folded.isDisjoint(with: minuteWords), !folded.isDisjoint(with: readingWords) { return true }
        // A comment count alone on its line (the meta row's «0» between the label and the headline).
        if tokens.count == 1, tokens[0].count <= 7, tokens[0].allSatisfy(\.isNumber) { return true }
        // A reading time alone, maybe after the row's counts: «دقيقتان», «3 دقائق», «0 2205 دقيقة واحدة».
        if !folded.isDisjoint(with: minuteWords), folded.allSatisfy({ minuteWords.contains($0) || oneWords.contains($0) || $0.allSatisfy(\.isNumber) }) { return true }
        // A pager: «صفحة 1 من اصل 1», «الصفحة 2 من 5».
        if line.wholeMatch(of: /(ال)?صفحة\s+[\d٠-٩]+\s+من\s+(أصل\s+|اصل\s+)?[\d٠-٩]+/) != nil { return true }
        // «رمز الخبر: ٨٣١٩٢٦٨٩», «News ID: 84512»: the story's number in the site's database.
        if line.wholeMatch(of: /[^\d:]{2,25}:\s*\d{4,}/) != nil, PageTextChrome.words(line, in: 2...4) { return true }
        let counted = !folded.isDisjoint(with: countWords)
        return counted && line.contains(where: \.isNumber) && tokens.count <= 4
    }

    /// A portal's «who is online» block: «يوجد حالياً، 35 زائر(ين) و 4 عضو(ين) متصل(ين).»
    private static func isOnlineCount(_ line: String) -> Bool {
        guard PageTextChrome.words(line, in: 3...14), line.contains(where: \.isNumber) else { return false }
        // SMF's «0 الأعضاء و 2 ضيوف يشاهدون هذا الموضوع.»: members and guests counted on the topic.
        let members = ["عضو", "الأعضاء", "أعضاء"].contains(where: line.contains)
        // (A count, not a sentence: it opens with the number and says no more.)
        if members, line.first?.isNumber == true, PageTextChrome.words(line, in: 3...10), ["ضيف", "ضيوف", "زائر", "زوار"].contains(where: line.contains),
           ["يشاهدون", "يتصفحون", "يتصفح", "يشاهد"].contains(where: line.contains) { return true }
        return ["زائر", "عضو"].allSatisfy(line.contains) && ["متصل", "حالياً", "حاليا", "المتواجدون"].contains(where: line.contains)
    }

    private static let minuteWords = Set(["دقيقة", "دقائق", "دقيقتان", "دقيقتين", "min", "minute", "minutes", "mins"].map(ArabicNormalizer.normalize))
    private static let oneWords = Set(["واحدة", "واحد"].map(ArabicNormalizer.normalize))
    private static let readingWords = Set(["قراءة", "للقراءة", "القراءة", "read"].map(ArabicNormalizer.normalize))
    private static let countWords = Set(["قراءة", "القراءات", "قراءات", "مشاهدة", "مشاهدات", "المشاهدات", "زيارة", "زيارات", "الزيارات", "views", "reads",
                                         // A forum member's posts and a story's shares, likes, comments («6393 مشاركة»).
                                         "مشاركة", "مشاركات", "المشاركات", "تعليق", "تعليقات", "التعليقات", "إعجاب", "إعجابات", "posts", "shares", "likes", "comments"]
        .map(ArabicNormalizer.normalize))

    /// A link's call to click: «انقر هنا لقراءة الخبر من مصدره.», «لقراءة المقال من مصدره اضغط هنا»,
    /// «… فيرجى الضغط هنا.». Copy tells what happened; it never asks the reader to click.
    static func isClickCall(_ line: String) -> Bool {
        guard PageTextChrome.words(line, in: 2...40) else { return false }
        let folded = ArabicNormalizer.normalize(line).lowercased()
        // A newsletter's link to its web copy («لا تظهر الرسالة بشكل صحيح؟ اعرضها في المتصفح», «View in browser»).
        if PageTextChrome.words(line, in: 2...10), [ArabicNormalizer.normalize("في المتصفح"), "in browser", "in your browser"].contains(where: folded.contains) { return true }
        // A clinic's call to book («احجز كشفك الآن مع أفضل الأطباء», «احجز الآن»).
        if PageTextChrome.words(line, in: 2...10), !PageTextChrome.endsSentence(line), ["احجز الآن", "احجز كشفك", "احجز موعدك", "احجزي الآن"].contains(where: line.hasPrefix) { return true }
        // A digest's link to the story on the site that ran it («اقرأ القصة على موقع فرانس 24»).
        // (The cheap test first: this runs for every line the chrome is asked about.)
        if ["اقرأ ", "إقرأ ", "اقرأوا ", "تابع ", "طالع "].contains(where: line.hasPrefix), line.contains(" على موقع "),
           PageTextChrome.words(line, in: 4...10), !PageTextChrome.endsSentence(line),
           line.prefixMatch(of: #/(اقرأ|إقرأ|اقرأوا|تابع|طالع)( القصة| المقال| الخبر| المزيد| التقرير)( كاملا| كاملة| كاملاً)? على موقع /#) != nil { return true }
        return ["اضغط هنا", "انقر هنا", "الضغط هنا", "النقر هنا", "اضغطوا هنا", "انقروا هنا", "بالضغط هنا", "بالنقر هنا", "click here"].map(ArabicNormalizer.normalize)
            .contains { folded.contains($0) }
    }

    /// A box's heading over more of the writer's or the site's stories: «المزيد من مقالات نبيل السامرائي», «المزيد من أخبار الرياضة».
    static func isMoreFromHeading(_ line: String) -> Bool {
        PageTextChrome.words(line, in: 3...7) && !PageTextChrome.endsSentence(line)
            && ["المزيد من مقالات", "المزيد من أخبار", "المزيد من قصص", "المزيد من مواضيع", "المزيد من تقارير", "المزيد من فيديوهات", "مزيد من مقالات"].contains(where: line.hasPrefix)
            // More from the site, named by its brand in Latin letters («المزيد من GQ الشرق الأوسط»).
            || PageTextChrome.words(line, in: 3...7) && !PageTextChrome.endsSentence(line) && line.hasPrefix("المزيد من ")
                && line.dropFirst(10).unicodeScalars.contains { $0.properties.isAlphabetic && $0.value < 0x250 }
            // A printed page's other stories («مقالات أخرى في هذه الصفحة»).
            || PageTextChrome.words(line, in: 2...7) && !PageTextChrome.endsSentence(line) && ["مقالات أخرى", "أخبار أخرى", "مواضيع أخرى", "موضوعات أخرى"].contains(where: line.hasPrefix)
            // Joomla's «المزيد في هذه الفئة :», «المزيد من هذا القسم»: more from the story's own category.
            || PageTextChrome.words(line, in: 3...7) && !PageTextChrome.endsSentence(line)
                && line.prefixMatch(of: #/(ال)?مزيد (في|من) (هذه|هذا|نفس) (الفئة|القسم|التصنيف|الباب|الركن|الصنف)/#) != nil
    }

    /// A footer's credit to the software running the site: «مدعوم بواسطة Hugo و Blowfish», «Powered by WordPress».
    static func isPoweredBy(_ line: String) -> Bool {
        PageTextChrome.words(line, in: 2...10) && ["مدعوم بواسطة", "مدعوم من", "يعمل بواسطة", "يعمل بدعم من", "Powered by", "Proudly powered by"].contains(where: line.hasPrefix)
            // Kubrick's «مدونة الرصيف تعمل بفخر على ووردبريس».
            || PageTextChrome.words(line, in: 3...10) && (line.contains("بفخر") || line.contains("بكل فخر")) && ["ووردبريس", "وردبريس", "WordPress", "بلوجر", "Blogger"].contains(where: line.contains)
            // Its feeds' links in a sentence: «التدوينات (RSS) و التعليقات (RSS).».
            || PageTextChrome.words(line, in: 2...8) && line.components(separatedBy: "(RSS)").count >= 3
    }

    /// A search box's prompt: «اكتب كلمة البحث واضغط Enter», «اضغط Enter للبحث», «Type and hit enter».
    static func isSearchPrompt(_ line: String) -> Bool {
        let bare = ArabicNormalizer.normalize(line)
        return PageTextChrome.words(line, in: 2...8) && !line.hasSuffix(".")
            && (["البحث", "بحث", "ابحث", "search", "Search"].contains(where: bare.contains) && ["اضغط", "Enter", "enter", "اكتب", "ادخل", "Type"].contains(where: bare.contains))
    }

    /// A documentation theme's link to the page's source: «حرّر هذه الصفحة على GitHub», «Edit this page».
    static func isEditLink(_ line: String) -> Bool {
        let bare = ArabicNormalizer.normalize(line)
        return PageTextChrome.words(line, in: 2...8) && !PageTextChrome.endsSentence(line)
            && (["حرر هذه الصفحه", "عدل هذه الصفحه", "تعديل هذه الصفحه", "Edit this page", "Edit on GitHub", "Edit page"].contains(where: bare.hasPrefix))
    }

    /// A forum post's footer: who liked or thanked it, who last edited it («أعجب بهذا: …», «الأعضاء
    /// الذين قدموا الشكر: …», «آخر تعديل: منذ 6 سنوات بواسطة …»).
    static func isPostFooter(_ line: String) -> Bool {
        guard PageTextChrome.words(line, in: 2...30) else { return false }
        let bare = ArabicNormalizer.normalize(line)
        if ["اعجب بهذا", "الاعضاء الذين قدموا الشكر", "الاعضاء الذين شكروا", "شكرا لـ", "المستخدمون الذين شكروا", "Likes:", "Reactions:"].contains(where: bare.hasPrefix) { return true }
        // An edit's stamp naming who made it («آخر تعديل الجلفاوي ; 2018-06-30 …»); a stamp of dates
        // alone dates the story instead (`PageTextChrome.isDateLine`: «آخر تعديل على الخميس، 4 تشرين الأول …»).
        return ["اخر تعديل", "التعديل الاخير", "عدل سابقا"].contains(where: bare.hasPrefix)
            && (line.contains("بواسطة") || line.contains("من قبل")
                || !PageTextChrome.isDateLine(line) && line.contains(where: \.isNumber) && PageTextChrome.words(line, upTo: 11) <= 10)
            && PageTextChrome.words(line, upTo: 17) <= 16
    }

    /// A video's length alone on its line under its title («01:48»), never copy.
    static func isDuration(_ line: String) -> Bool {
        line.wholeMatch(of: /\d{1,2}:\d{2}(:\d{2})?/) != nil
    }

    /// A footer's copyright notice: «جميع الحقوق محفوظة © 2018 جريدة الراي», «© 2018 Example. All rights reserved.»
    static func isCopyright(_ line: String) -> Bool {
        // A licence is the notice of an openly licensed site («هذه المقالة مرخصة بموجب CC BY 4.0 من قبل المؤلف.»).
        PageTextChrome.words(line, in: 1...20) && ["CC BY", "Creative Commons", "المشاع الإبداعي", "مرخصة بموجب رخصة", "مرخص بموجب رخصة"].contains(where: line.contains)
            || PageTextChrome.words(line, in: 1...15) && ["©", "جميع الحقوق محفوظة", "حقوق النشر محفوظة", "All rights reserved", "all rights reserved"].contains(where: line.contains)
            // «حقوق النشر: بروجيكت سنديكيت، 2018.»
            || PageTextChrome.words(line, in: 2...10) && ["حقوق النشر:", "حقوق النشر :", "Copyright:"].contains(where: line.hasPrefix)
    }

    /// An agency's end mark under its copy, with the editors' initials: «(النهاية) م ع / ع ن س», «// انتهى //», «انتهى»;
    /// a theme's note between rules of dashes («------ انتهى المقال، شكراً للقراءة ------»).
    static func isEndMark(_ line: String) -> Bool {
        let bare = line.trimmingCharacters(in: CharacterSet(charactersIn: "/-–() ").union(.whitespaces))
        if line.hasPrefix("---"), line.hasSuffix("---"), PageTextChrome.words(bare, in: 1...8) { return true }
        if ["انتهى", "النهاية", "انتهي"].contains(bare) { return true }
        // «-- برناما»: the agency signs off under its copy.
        // (In brackets, «--(بترا)», it is the copy's credit.)
        if line.hasPrefix("--"), !line.contains("("), PageTextChrome.words(bare, in: 1...2), !bare.contains(where: \.isNumber) { return true }
        // «انتهى ** ٣٢٠٦»: the mark, then the desk's number and stars, no word.
        if ["انتهى ", "انتهي "].contains(where: line.hasPrefix), !line.dropFirst(6).contains(where: \.isLetter) { return true }
        return (line.hasPrefix("(النهاية)") || line.hasPrefix("( النهاية )")) && PageTextChrome.words(line, in: 1...10)
    }

    /// The site asks to be followed on a platform, even in a sentence: «تابعوا SBS عربي على فيسبوك وإنستغرام.»,
    /// «لمتابعة أخبار الفجر على تطبيق نبض اضغط هنا», «تابع العين الإخبارية عبر Google News».
    static func isFollowCall(_ line: String) -> Bool {
        guard PageTextChrome.words(line, in: 2...20) else { return false }
        let folded = ArabicNormalizer.normalize(line).lowercased()
        // «تابعوا», «لمتابعة …»: a call, whatever channel it names.
        let calls = ["تابعوا ", "تابعو ", "تابعونا ", "تابعنا ", "لمتابعة ", "اشتركوا ", "حمّل ", "حمّلوا ", "حملوا ", "نزّلوا ", "استمعوا ", "انضموا ", "للاشتراك "]
        if calls.contains(where: line.hasPrefix) { return (platforms + channels).contains { folded.contains($0) } }
        // «ابقَ على اطلاع بآخر الأخبار. تابع KT على قنوات واتساب.»: kept informed, on a named channel.
        if ["ابق على اطلاع", "ابقوا على اطلاع", "كن على اطلاع", "كونوا على اطلاع"].map(ArabicNormalizer.normalize).contains(where: folded.hasPrefix),
           (platforms + channels).contains(where: { folded.contains($0) }) { return true }
        // «لمزيد من الأخبار تابعوا صفحة بكرا على فيسبوك»: the call after a few words, to a named platform.
        if ["تابعوا ", "تابعونا "].contains(where: { line.contains(" " + $0) }), platforms.contains(where: { folded.contains($0) }) { return true }
        // «شاهد أبرز اللقطات على FIFA+»: a call to watch on the site's own service, named in Latin letters.
        if ["شاهد ", "شاهدوا ", "استمع "].contains(where: line.hasPrefix), PageTextChrome.words(line, in: 3...10), !PageTextChrome.endsSentence(line),
           let service = line.components(separatedBy: " على ").last, line.contains(" على "), service.allSatisfy({ $0.isASCII }) { return true }
        // «هل أعجبك؟ شاركه مع أصدقائك!»: the reader asked to share the story.
        let words = folded.split(separator: " ")
        if PageTextChrome.words(line, upTo: 13) <= 12, words.contains(where: { $0.hasPrefix("شارك") }), ["صدقائك", "صدقاءك"].contains(where: folded.contains) { return true }
        // «اشترك في المحور لتصلك أحدث القصص مباشرة إلى بريدك.»: the newsletter's call.
        let signUp = ["اشترك ", "اشتركوا ", "سجل ", "سجلوا ", "ادخل "]
        if signUp.contains(where: folded.hasPrefix),
           ["بريدك", "لتصلك", "ليصلك", "النشرة البريدية", "للحصول على المزيد"].contains(where: { folded.contains(ArabicNormalizer.normalize($0)) }) { return true }
        // «تابع», «اشترك», «انضم» also open a sentence of copy in the past tense («تابع الوزير …»,
        // «اشترك في المسابقة …»): only a named platform makes them a call.
        let pastOrCall = ["تابع ", "اشترك ", "حمل ", "انضم "]
        guard pastOrCall.contains(where: line.hasPrefix) else { return false }
        // «تابع أحدث الأخبار عبر تطبيق», «حمل تطبيق الأيام»: the site's app named in a short call.
        let app = !PageTextChrome.endsSentence(line) && PageTextChrome.words(line, in: 2...8)
            && (folded.contains(ArabicNormalizer.normalize("عبر تطبيق")) || folded.split(separator: " ").dropFirst().first.map { ["تطبيق", "التطبيق"].contains($0) } == true)
        return app || platforms.contains { folded.contains($0) }
    }

    /// The site asking leave to store cookies («Apple Newsroom تحتاج إلى إذن منك لاستخدام ملفات تعريف
    /// الارتباط»): cookies named with the site's own request, not a story about them.
    static func isCookieNotice(_ line: String) -> Bool {
        guard PageTextChrome.words(line, in: 3...45) else { return false }
        let folded = ArabicNormalizer.normalize(line)
        return cookieWords.contains(where: folded.contains) && consentWords.contains(where: folded.contains)
    }

    private static let cookieWords = ["ملفات تعريف الارتباط", "ملفات الارتباط", "الكوكيز", "cookies"].map(ArabicNormalizer.normalize)
    private static let consentWords = ["إذن منك", "موافقتك", "نستخدم", "يستخدم هذا الموقع", "يستخدم موقعنا", "تستخدم هذا الموقع", "بمتابعة التصفح",
                                       "باستمرارك", "أوافق", "قبول", "we use"].map(ArabicNormalizer.normalize)

    /// The switch between the page's light and dark themes («تبديل الوضع الليلي», «الوضع الداكن»).
    static func isThemeToggle(_ line: String) -> Bool {
        PageTextChrome.words(line, in: 2...4) && ["الوضع الليلي", "الوضع الداكن", "الوضع المظلم", "الوضع النهاري", "الوضع الفاتح"].contains(where: line.contains)
    }

    /// A forum's welcome to a guest, with its calls to sign in: «مرحباً, زائر. الرجاء الدخول أو التسجيل.», «مرحباً! دخول تسجيل عضوية جديدة».
    static func isGuestWelcome(_ line: String) -> Bool {
        guard ["مرحب", "أهل", "اهل", "أهْل"].contains(where: line.hasPrefix) else { return false }
        let folded = ArabicNormalizer.normalize(line)
        return PageTextChrome.words(line, in: 2...12) && ["مرحبا", "اهلا"].map(ArabicNormalizer.normalize).contains(where: folded.hasPrefix)
            && ["زائر", "دخول", "تسجيل", "الدخول", "التسجيل"].map(ArabicNormalizer.normalize).contains(where: folded.contains)
    }

    /// What a hosted page prints of its platform and its page: «تم النشر باستخدام مستندات Google»,
    /// «يتم التحديث تلقائيًا كل 5 دقائق», Skyrock's «Description : …», Q2A's «كل التصنيفات».
    static func isPlatformStamp(_ line: String) -> Bool {
        if PageTextChrome.words(line, in: 2...8), ["تم النشر باستخدام", "نشر باستخدام", "Published using", "Published with"].contains(where: line.hasPrefix) { return true }
        if PageTextChrome.words(line, in: 3...8), line.hasPrefix("يتم التحديث تلقائي") { return true }
        if ["Description :", "Description:"].contains(where: line.hasPrefix) { return true }
        return ["كل التصنيفات", "جميع التصنيفات", "كل الأقسام", "جميع الأقسام", "كل الفئات", "جميع الفئات"].contains(line)
    }

    /// A page's link past its menus for keyboards and screen readers: «تخطي إلى المحتوى», «انتقل إلى المحتوى الرئيسي».
    static func isSkipLink(_ line: String) -> Bool {
        PageTextChrome.words(line, in: 2...8) && !PageTextChrome.endsSentence(line)
            && ["تخطي إلى ", "تخطي قسم ", "تخطي ل", "تخطّي ", "تخطى إلى ", "تخطى ل", "تجاوز إلى المحتوى", "انتقل إلى المحتوى", "انتقل للمحتوى",
                "الانتقال إلى المحتوى", "اذهب إلى المحتوى", "الذهاب إلى المحتوى", "Skip to "].contains(where: line.hasPrefix)
    }

    /// Platforms a site asks to be followed on, folded as `ArabicNormalizer` folds.
    private static let platforms = [
        "google news", "غوغل نيوز", "جوجل نيوز", "فيسبوك", "فيس بوك", "تويتر", "انستغرام", "انستجرام", "انستقرام", "تيليغرام", "تلغرام", "تيليجرام",
        "تليجرام", "واتساب", "واتس اب", "يوتيوب", "facebook", "twitter", "instagram", "telegram", "whatsapp", "youtube",
    ].map(ArabicNormalizer.normalize)
    /// The site's own channels, named in a call: its app, its channel, its newsletter, its radio.
    private static let channels = ["تطبيق", "قناة", "نشرة", "النشرة", "الراديو", "بودكاست"].map(ArabicNormalizer.normalize)

    /// Longest line that extends a known phrase, in words.
    static let maxExtendedWords = 6
    private static let foldedLines = Set(lines.map(ArabicNormalizer.normalize))
    /// Calls to comment or share that themes extend; not «آخر الأخبار» or «شارك», which also open
    /// a subheading or a sentence of copy.
    static let extendedPhrases = [
        "أضف تعليقاً", "اترك تعليقاً", "إضافة تعليق", "شارك الخبر", "شارك المقال", "مشاركة المقال", "نسخ الرابط", "مقالات ذات صلة",
        "أخبار ذات صلة", "مواضيع ذات صلة", "لا توجد تعليقات", "ابق على اطلاع", "كن على اطلاع", "شاركه مع أصدقائك", "شاركها مع أصدقائك",
        "هل أعجبك المقال",
        // A feedback widget's question, an aggregator's link to the source.
        "هل كان هذا المحتوى مفيداً", "هل كان هذا المقال مفيداً", "هل كان هذا الخبر مفيداً", "اقرأ الخبر كاملاً", "اقرأ الخبر من المصدر",
    ]
    private static let foldedPhrases = Set(extendedPhrases.map(ArabicNormalizer.normalize))
}
