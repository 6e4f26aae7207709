/// The interface text of Arabic news themes that page dumps carry around the article.
enum PageChrome {
    /// Whole lines that are buttons, labels or widget titles, never copy.
    static let lines: Set<String> = [
        // The seed's own chrome (WordPress + Jannah).
        "العلامات", "زر الذهاب إلى الأعلى", "إغلاق", "X",
        // Share and utility buttons.
        "مشاركة", "شارك", "شارك الخبر", "شارك المقال", "فيسبوك", "تويتر", "واتساب", "واتس اب", "تيليجرام",
        "تلغرام", "تيلقرام", "لينكدإن", "لينكد إن", "بينتيريست", "ريديت", "ماسنجر", "البريد الإلكتروني",
        "طباعة", "اطبع", "نسخ الرابط", "Facebook", "Twitter", "WhatsApp", "Telegram", "LinkedIn",
        "Pinterest", "Reddit", "Messenger", "Email", "Print", "Share", "Tumblr", "VKontakte",
        // Navigation, tags, related and comments widgets.
        "الوسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "الرئيسية", "القائمة", "بحث", "ابحث", "بحث عن",
        "الذهاب إلى الأعلى", "العودة إلى الأعلى", "إلى الأعلى", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا",
        "إقرأ أيضاً", "اقرأ أيضا:", "اقرأ أيضاً:", "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة",
        "مقالات مشابهة", "اقرأ المزيد", "المزيد", "التعليقات", "تعليقات", "أضف تعليقاً", "أضف تعليقا",
        "اترك تعليقاً", "اترك تعليقا", "إضافة تعليق", "المقال السابق", "المقال التالي", "الخبر السابق",
        "الخبر التالي", "تابعونا", "تابعنا", "الأكثر قراءة", "آخر الأخبار", "مساحة إعلانية", "إعلان",
        "القائمة الجانبية",
    ]

    /// The first step of a breadcrumb: the site's home.
    static let homeLabels = ["الصفحة الرئيسية", "الرئيسية", "الرئيسيه", "Home", "home"]

    /// Headings after which, at the end of a page, short lines are the article's tags.
    static let tagHeadings: Set<String> = ["العلامات", "الوسوم", "الكلمات المفتاحية", "كلمات مفتاحية"]

    /// Line openings that mark a related-article link inside the copy.
    static let relatedPrefixes = ["اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ المزيد:"]

    /// Line openings of the site's calls to follow it («تابعوا أخبار الإمارات من البيان عبر غوغل نيوز»).
    static let followPrefixes = ["تابعوا ", "تابعونا ", "تابعنا ", "اشترك في ", "اشتركوا في ", "حمّل تطبيق", "حمل تطبيق"]

    static func isChrome(_ line: String) -> Bool {
        lines.contains(line) || relatedPrefixes.contains { line.hasPrefix($0) }
            || (!PageTextChrome.endsSentence(line) && PageTextChrome.words(line) <= 12 && followPrefixes.contains { line.hasPrefix($0) })
    }
}
