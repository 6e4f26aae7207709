import ArabicText
import Foundation

/// A forum's interface around a topic (vBulletin, Invision, phpBB in Arabic): its login box, its
/// thread tools, its counts and each poster's fields. Never copy, and never the topic's title.
extension PageChrome {
    /// A forum's buttons, boxes and tools, whole lines.
    static let forumLines: Set<String> = [
        // The login box and the forum's own menu.
        "اسم العضو", "اسم المستخدم", "كلمة المرور", "حفظ البيانات؟", "تذكرني؟", "هل نسيت كلمة المرور؟", "التعليمات", "قائمة الأعضاء", "التقويم",
        "مشاركات اليوم", "اجعل كافة المشاركات مقروءة", "اجعل جميع المنتديات مقروءة", "مشاهدة المشاركات الجديدة", "المشاركات الجديدة", "روابط مفيدة",
        // The thread's tools and its buttons.
        // (YaBB's thread table heads its columns «الكاتب» and «الموضوع: …».)
        "الكاتب", "أرسل الموضوع",
        "إضافة رد", "أضف رد", "اضافة رد", "رد على الموضوع", "الرد على الموضوع", "رد سريع", "الرد السريع", "بدء موضوع جديد", "موضوع جديد", "إضافة موضوع جديد",
        "أدوات الموضوع", "انواع عرض الموضوع", "أنواع عرض الموضوع", "عرض نسخة قابلة للطباعة", "أرسل هذه الصفحة بالبريد الإلكتروني",
        "الاشتراك في هذا الموضوع…", "الاشتراك في هذا الموضوع", "متابعة هذا الموضوع", "العرض العادي", "العرض الشجري", "العرض المتطور", "قيم هذا الموضوع",
        "إعلانات المنتدى", "اقتباس", "رد مع اقتباس", "MultiQuote", "Quote",
    ]

    /// A forum's interface line: a button, a poster's field («الدولة: مصر», «معدل تقييم المستوى: 84»),
    /// the thread's count of posts or replies («النتائج 1 إلى 5 من 5», «3 ردود على هذا الموضوع»).
    static func isForumInterface(_ line: String) -> Bool {
        if forumLines.contains(line) { return true }
        if isPosterField(line) { return true }
        if isTopicStarter(line) { return true }
        if line.wholeMatch(of: /(عرض )?النتائج\s+[\d٠-٩]+\s+(إلى|الى)\s+[\d٠-٩]+\s+من\s+[\d٠-٩]+/) != nil { return true }
        // A blog's heading over the comments, naming the post: «2 تعليقات على “عنوان”», «فكرة واحدة على "عنوان"».
        if line.first?.isNumber == true || ["تعليق", "رد", "فكرة", "ردان"].contains(where: line.hasPrefix),
           PageTextChrome.words(line, in: 3...(PageTextChrome.maxListedTitleWords + 4)),
           line.prefixMatch(of: /([\d٠-٩]+ (تعليقات|تعليق|ردود|رد|أفكار|فكرة)|تعليق واحد|رد واحد|فكرة واحدة|تعليقان|ردان|فكرتان) (على|حول|إلى|الى) [“"«]/) != nil { return true }
        // «رد وحيد على هذا الموضوع», «3 ردود على هذا الموضوع», «لا توجد ردود على هذا الموضوع».
        let tokens = line.split(separator: " ").map { ArabicNormalizer.normalize(String($0)) }
        return (3...6).contains(tokens.count) && line.hasSuffix("هذا الموضوع")
            && tokens.contains { ["رد", "ردود", "ردان", "ردا", "مشاركه", "مشاركات"].contains($0) }
            && (line.first?.isNumber == true || tokens.contains { ["وحيد", "ردان", "توجد", "يوجد"].contains($0) })
    }

    /// A field beside a poster's name («الدولة: مصر», «معدل تقييم المستوى: 84»): it heads no box of titles.
    static func isPosterField(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":"), posterFields.contains(line[..<colon].trimmingCharacters(in: .whitespaces)) else { return false }
        return PageTextChrome.words(String(line[line.index(after: colon)...]), in: 1...4) && !PageTextChrome.endsSentence(line)
    }

    /// Invision's «بدأ بواسطة Tech_Man, 10 أبريل 2018 - 05:20 م» under the topic's title.
    static func isTopicStarter(_ line: String) -> Bool {
        ["بدأ بواسطة ", "بدأه ", "Started by "].contains(where: line.hasPrefix) && PageTextChrome.words(line, in: 3...14)
    }

    /// The labels of a poster's fields beside their post.
    private static let posterFields: Set<String> = [
        "الدولة", "البلد", "الإقامة", "الاقامة", "الموقع", "العمر", "الجنس", "تاريخ التسجيل", "تاريخ الانضمام", "المشاركات", "المواضيع",
        "معدل تقييم المستوى", "قوة التقييم", "نقاط التقييم", "التقييم", "الهواية", "المهنة", "العمل", "الشكر", "شكراً", "الإعجابات",
    ]
}
