import Foundation
import ArabicText

/// Notes a site prints round its stories in sentences, which read like copy: disclaimers, reuse
/// terms, comment rules, an aggregator's frame, calls for support.
extension PageChrome {
    /// The site's disclaimer for what it publishes: «النص الذي يتضمن اسم الكاتب … لا يعبّر بالضرورة
    /// عن وجهة نظر المسلة». A quoted official's «لا يعبر بالضرورة» names no writer or article.
    static func isDisclaimer(_ line: String) -> Bool {
        guard PageTextChrome.words(line, in: 2...60) else { return false }
        // Labelled as one («إخلاء المسؤولية: …», a health site's «تنبيه: المعلومات الواردة … لا تغني عن …»),
        // or an editor's note that the text is copied as it was.
        if ["إخلاء المسؤولية", "إخلاء مسؤولية", "اخلاء المسؤولية", "اخلاء مسؤولية", "تنبيه:", "تنبيه :", "تنويه:", "تنويه :", "Disclaimer"].contains(where: line.hasPrefix) { return true }
        // Who prepared the piece for the site, closing it («هذه المقالة من إعداد الكاتب المستقل طارق المصري.»).
        if PageTextChrome.words(line, in: 4...16), ["هذه المقالة من إعداد", "هذا المقال من إعداد", "هذه المقالة بقلم", "هذا المقال بقلم", "أعد هذه المقالة", "أعد هذا المقال"]
            .contains(where: line.hasPrefix), !line.contains("،") { return true }
        if ["ملاحظة التحرير", "ملاحظة المحرر", "ملاحظة من المحرر"].contains(where: line.hasPrefix), ["منقول", "نقلا عن", "نقلاً عن", "دون تعديل"].contains(where: line.contains) {
            return true
        }
        // A translation's note in brackets under the copy: «(النص الأصلي باللغة اليابانية، الترجمة من اللغة الإنجليزية)».
        if line.hasPrefix("("), line.hasSuffix(")"), PageTextChrome.words(line, in: 2...15), ["النص الأصلي", "الترجمة من", "ترجمة من", "ترجم من", "تُرجم من"].contains(where: line.contains) {
            return true
        }
        let folded = ArabicNormalizer.normalize(line)
        // The button over the terms («أعد نشر هذا المقال»).
        if PageTextChrome.words(line, in: 2...4), republishButtons.contains(where: folded.hasPrefix), reuseObjects.contains(where: folded.contains) { return true }
        guard PageTextChrome.words(line, in: 5...60) else { return false }
        if isReuseTerms(folded) { return true }
        // A health site's «المعلومات الواردة في هذا الموضوع لا تغني عن استشارة الطبيب المختص.», a
        // broker's «المعلومات الواردة في هذه الصفحات تحتوي على بيانات تطلعية …»: what the site's pages hold.
        if folded.contains(ArabicNormalizer.normalize("لا تغني عن استشارة")) || folded.contains(ArabicNormalizer.normalize("لا يغني عن استشارة")) { return true }
        if ["المعلومات الواردة في هذه الصفحات", "المعلومات الواردة في هذا الموقع", "المعلومات الواردة على هذا الموقع"].map(ArabicNormalizer.normalize).contains(where: folded.hasPrefix) {
            return true
        }
        // «الآراء التي يعبر عنها المساهمون … هي آراؤهم». (A paper's «جميع المقالات المنشورة تمثل رأي
        // كتابها فقط» under a column is kept: the corpus's bodies carry it as the column's last line.)
        if folded.contains(ArabicNormalizer.normalize("الآراء التي يعبر عنها")) { return true }
        // «الآراء الواردة في هذا المقال تعبر عن رأي كاتبها فقط.»: the views in this article, its writer's.
        if ["الآراء الواردة", "الآراء المنشورة", "الآراء المذكورة", "ما ورد في هذا المقال"].map(ArabicNormalizer.normalize).contains(where: folded.contains),
           ["كاتب", "الكاتب", "صاحب", "المؤلف", "أصحاب"].map(ArabicNormalizer.normalize).contains(where: folded.contains) { return true }
        // The publisher's note: «يصدر موقع deutschland.de عن دار … بالتعاون مع وزارة الخارجية».
        if ["يصدر موقع", "يصدر الموقع", "تصدر مجلة", "يصدر عن"].contains(where: line.hasPrefix), PageTextChrome.words(line, in: 5...30) { return true }
        return folded.contains(ArabicNormalizer.normalize("بالضرورة")) && ["رأي", "آراء", "وجهة نظر", "موقف", "سياسة"].map(ArabicNormalizer.normalize).contains(where: folded.contains)
            && ["الكاتب", "كاتبه", "كاتبها", "كتابها", "المؤلف", "المؤسسة", "المقال", "المقالات", "المنشور", "الموقع", "الصحيفة", "التدوينة", "المدونة", "التحرير", "شبكة"]
                .map(ArabicNormalizer.normalize).contains(where: folded.contains)
    }

    /// A short line naming the site itself, closing its story: where it was published («النص منشور
    /// على موقع السفير العربي»), whose it is. Copy quoting the site speaks to it («قال لـ…»).
    static func isSiteNote(_ line: String, names: [String]) -> Bool {
        guard PageTextChrome.words(line, in: 3...16), !line.contains("لـ"), !line.contains("قال") else { return false }
        return names.contains { $0.count >= 4 && line.contains($0) && line != $0 }
    }

    /// The names a page gives its site: its first line (past the link for screen readers), and what the menu's «عن …» link names.
    static func siteNames(on page: [String], before headline: String) -> [String] {
        let top = page.prefix { $0 != headline }
        var names = top.compactMap { $0.hasPrefix("عن ") && PageTextChrome.words($0, in: 2...4) ? String($0.dropFirst(3)) : nil }
        if let first = page.first(where: { !isSkipLink($0) }), PageTextChrome.words(first, in: 1...4), !PageTextChrome.isDateLine(first) { names.append(first) }
        return names
    }

    /// The site's account of itself under the copy, opening with its name and what it is
    /// («أطباء بلا حدود منظمة طبية إنسانية دولية مستقلة تقدم المساعدة …»).
    static func isSiteProfile(_ line: String, names: [String]) -> Bool {
        guard PageTextChrome.words(line, in: 5...45) else { return false }
        return names.contains { name in
            name.count >= 4 && line.hasPrefix(name + " ") && profileNouns.contains(where: { line.dropFirst(name.count + 1).hasPrefix($0) })
        }
    }

    private static let profileNouns = ["منظمة ", "مؤسسة ", "وكالة ", "شبكة ", "موقع ", "صحيفة ", "مجلة ", "هي ", "هو ", "جمعية ", "حركة ", "منصة "]

    /// A call to give to the site under the copy: «تبرّعك ينقذ الأرواح», «ساعدنا على تقديم الرعاية الطبية …».
    static func isDonationCall(_ line: String) -> Bool {
        let folded = ArabicNormalizer.normalize(BylineLine.unvowelled(line))
        return PageTextChrome.words(line, in: 1...25) && donationOpenings.contains(where: folded.hasPrefix)
    }

    private static let donationOpenings = ["ساعدنا", "ادعمنا", "ادعم عملنا", "تبرعك", "بتبرعك", "تبرع الان", "تبرعوا", "ساهم بتبرع", "ساهموا بتبرع"].map(ArabicNormalizer.normalize)

    /// The site's terms for reusing its content, folded: «إذا استخدمت أي محتوى من موقع …، جزئياً أو كلياً،
    /// يجب دائماً توفير رابط …», «يمنع نسخ المواد المنشورة دون إذن مسبق». They address whoever copies;
    /// copy reporting a copy («نقل محتوى البيان») does not.
    private static func isReuseTerms(_ folded: String) -> Bool {
        reuseTerms.contains(where: folded.contains) && reuseObjects.contains(where: folded.contains)
    }

    private static let reuseTerms = ["إذا استخدمت أي محتوى", "اذا استخدمت أي محتوى", "يمكن استخدام المقالات", "يمكن استخدام المحتوى", "يسمح باستخدام المقالات", "في حال استخدام أي محتوى", "عند استخدام أي محتوى", "عند النقل", "عند الاقتباس",
                                     "يمنع نسخ", "يمنع نقل", "يحظر نسخ", "يحظر نقل", "لا يجوز نسخ", "لا يجوز نقل", "يمنع إعادة نشر", "يحظر إعادة نشر",
                                     // Or invite the copy under a licence («نشجعكم على إعادة نشر هذه المادة … وفق رخصة المشاع الإبداعي»).
                                     "نشجعكم على إعادة نشر", "يمكنكم إعادة نشر", "رخصة المشاع الإبداعي",
                                     // Or allow sharing a link only («يمكنكم مشاركة أي مقال من … من خلال نشر رابط المقال»).
                                     "يمكنكم مشاركة أي", "يمكنك مشاركة أي"].map(ArabicNormalizer.normalize)
    private static let republishButtons = ["أعد نشر", "إعادة نشر", "أعيدوا نشر"].map(ArabicNormalizer.normalize)
    private static let reuseObjects = ["محتوى", "المادة", "المواد المنشورة", "مواد الموقع", "المقال", "الموقع", "رابط", "المصدر", "مصدر الخبر"].map(ArabicNormalizer.normalize)

    /// The comment box's rules, even in sentences: «جميع التعليقات تخضع للمراجعة من قبل المشرفين.»,
    /// «الرجاء معاملة الآخرين باحترام. التعليقات التي تحتوي على خطاب كراهية … لن تتم الموافقة عليها.»
    static func isCommentRules(_ line: String) -> Bool {
        guard PageTextChrome.words(line, in: 3...40) else { return false }
        let folded = ArabicNormalizer.normalize(line)
        return commentNouns.contains(where: folded.contains) && moderationWords.contains(where: folded.contains)
            // A comment form's or a forum's notice to guests: «يمكنك أن تنشر الآن وتسجل لاحقًا. إذا كان لديك حساب، فسجل الدخول …».
            || guestNotices.contains(where: folded.contains)
    }

    private static let guestNotices = ["تنشر الآن وتسجل لاحقا", "لتنشر باسم حسابك", "يجب عليك تسجيل الدخول", "يجب تسجيل الدخول", "سجل الدخول لتتمكن من",
                                       "سجل دخولك لتتمكن من", "يجب أن تكون مسجلا", "يجب ان تكون عضوا", "You must be logged in",
                                       // A forum's welcome to a first visit («… إذا كانت هذه زيارتك الأولى للمنتدى، فيرجى …»).
                                       "إذا كانت هذه زيارتك الأولى", "اذا كانت هذه زيارتك الاولى"].map(ArabicNormalizer.normalize)

    private static let commentNouns = ["التعليقات", "تعليقك", "تعليقاتكم", "تعليق مسيء", "تعليق مخالف", "أي تعليق"].map(ArabicNormalizer.normalize)
    private static let moderationWords = ["تخضع للمراجعة", "تخضع لمراجعة", "مراجعة التعليقات", "مراجعة جميع التعليقات", "بعد مراجعتها", "قبل نشرها",
                                          "من قبل المشرفين", "لن تتم الموافقة", "يحتفظ الموقع بحق", "بحق حذف", "معاملة الآخرين باحترام", "آداب الحوار",
                                          "تعبر عن آراء أصحابها", "تعبر عن رأي أصحابها", "لا تعبر بالضرورة عن رأي", "غير مرغوب فيها"].map(ArabicNormalizer.normalize)

    /// An aggregator's frame round a story it copied: «كانت هذه تفاصيل خبر … لهذا اليوم»,
    /// «الخليج 365 - ننشر لكم الخبر كما ورد من مصدره.», «وتجدر الإشارة بأن الموضوع الأصلي قد تم نشره ومتواجد على …».
    static func isAggregatorFrame(_ line: String) -> Bool {
        guard PageTextChrome.words(line, in: 4...80) else { return false }
        let folded = ArabicNormalizer.normalize(line)
        return aggregatorPhrases.contains(where: folded.contains)
    }

    /// An aggregator's sentence presenting the story by its headline to the reader («نعرض لكم زوارنا
    /// أهم وأحدث الأخبار في المقال الآتي: …», «…، تابعونا في هذا الخبر التفاصيل الكاملة.»).
    static func framesHeadline(_ line: String, headline: String) -> Bool {
        guard line.count > headline.count, let range = line.range(of: headline) else { return false }
        let rest = String(line[..<range.lowerBound]) + " " + String(line[range.upperBound...])
        guard PageTextChrome.words(rest, in: 1...15) else { return false }
        let words = Set(ArabicNormalizer.normalize(rest).split(whereSeparator: { !$0.isLetter }).map(String.init))
        return !words.isDisjoint(with: readerAddress)
    }

    private static let readerAddress: Set<String> = Set(["لكم", "تابعونا", "زوارنا", "متابعينا", "متابعتنا", "نقدم", "نعرض", "اليكم"].map(ArabicNormalizer.normalize))

    private static let aggregatorPhrases = [
        "كانت هذه تفاصيل خبر", "ننشر لكم الخبر كما ورد", "شكرا لقرائتكم خبر", "شكرا لقراءتكم خبر", "الموضوع الأصلي قد تم نشره", "تم نشره ومتواجد على",
        "نتمنى ان نكون قد استطعنا ان نقدم لكم", "لمتابعة هذا الخبر من مصدره", "لقراءة الخبر من مصدره", "اقرأ الخبر من مصدره",
        // A press aggregator's link back to the paper it copied («اقرأ المقال الأصلي على الصريح»).
        "اقرأ المقال الأصلي", "اقرأ الخبر الأصلي", "المقال الأصلي على", "الخبر الأصلي على",
    ].map(ArabicNormalizer.normalize)

    /// The publication asks for the reader's support or subscription: «ادعم صحافة مستقلة — انضم إلى
    /// أعضاء البوصلة», «هذا المقال متاح مجاناً. اشترك لتصلك مقالاتنا الجديدة أولاً بأول.», «نعتمد على قرائنا … تبرّعك اليوم …».
    static func isSupportCall(_ line: String) -> Bool {
        guard PageTextChrome.words(line, in: 2...40) else { return false }
        let folded = ArabicNormalizer.normalize(line)
        return supportPhrases.contains(where: folded.contains)
    }

    private static let supportPhrases = [
        "ادعم صحافة", "ادعم الصحافة", "ادعموا الصحافة", "انضم إلى أعضاء", "انضم الى أعضاء", "اشترك لتصلك", "اشترك ليصلك", "اشتركوا لتصلكم",
        "هذا المقال متاح مجاناً", "تبرعك اليوم", "نعتمد على قرائنا", "نعتمد على دعم قرائنا", "تبرعوا الآن", "تبرع الآن",
        // «… مؤسسة إعلامية مستقلة لا تتلقى تمويلاً من أي حكومة», «ساهم في استمرار الحدود بالانضمام إلى برنامج العضوية».
        "لا تتلقى تمويلاً", "لا تتلقى تمويلا", "برنامج العضوية", "ساهم في استمرار", "ساهموا في استمرار", "لا تعيش إلا بدعم قرائها", "إلا بدعم قرائه",
        // «ابقَ على اطلاع: نشرة … الإخبارية تصلك مرة كل أسبوع.»
        "ابق على اطلاع:", "تصلك مرة كل",
        // A newsletter's pitch and its terms: «اشترك في نشرة المساء», «احصل على آخر الأخبار مباشرة في بريدك الوارد»,
        // «بالاشتراك، فإنك توافق على شروط الاستخدام».
        "اشترك في نشرة", "اشترك في النشرة", "اشتركوا في نشرة", "اشترك في نشرتنا", "بريدك الوارد", "إلى بريدك", "مباشرة في بريدك", "فإنك توافق على",
        "بالاشتراك في نشرتنا", "أنت توافق على شروط", "فأنت توافق على",
        // A metered paywall's count and call: «لديك مقالة مجانية واحدة متبقية هذا الشهر.», «اشترك للحصول على وصول غير محدود».
        "مقالة مجانية واحدة", "مقالات مجانية متبقية", "مقالة مجانية متبقية", "وصول غير محدود",
        // A newsletter issue's sponsor: «رعاية هذا العدد: تطبيق «وصلة» …».
        "رعاية هذا العدد", "برعاية هذا العدد", "يرعى هذا العدد",
        // «لا تفوّت أي حلقة. سجّل الآن لتصلك أحدث الحلقات …»: what the reader gets, whatever the call's verb.
        "لتصلك أحدث", "ليصلك أحدث", "لتصلكم أحدث",
        // A press release's contact line: «لمزيد من المعلومات، يرجى الاتصال بـ:».
        "لمزيد من المعلومات، يرجى", "للمزيد من المعلومات، يرجى", "لمزيد من المعلومات يرجى", "للمزيد من المعلومات يرجى",
        // A magazine's appeal after the copy («أعجبكم هذا المقال؟ … جريدة مستقلة …»), a call to its newsletter («… اشترك هنا:»).
        "أعجبكم هذا المقال؟", "أعجبك هذا المقال؟", "هل أعجبكم المقال؟", "اشترك هنا:", "اشتركوا هنا:", "سجل هنا:",
        // A mailing list's footer («لقد تلقيت هذه الرسالة لأنك مشترك في مجموعة …», «لإلغاء الاشتراك في هذه المجموعة …»).
        "تلقيت هذه الرسالة لأنك", "لإلغاء الاشتراك في هذه", "لالغاء الاشتراك في هذه",
    ].map(ArabicNormalizer.normalize)
}
