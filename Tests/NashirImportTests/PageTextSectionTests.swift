import NashirDomain
import Testing

@testable import NashirImport

/// Where a whole page names the story's section: the label over the headline, a trail's step, a
/// blog theme's category in its meta line or footer; and what stands there that is no section
/// (a blog's masthead, a newsletter's name, a columnist under the opinion label).
@Suite struct PageTextSectionTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy

    /// A blog theme names the category in the meta line under the headline, on a line of its own
    /// there, or after the copy; the menu's last item right over the headline is not the section then.
    @Test func aBlogThemeNamesTheCategoryElsewhere() throws {
        let menu = ["الرئيسية", "سياسة", "رياضة", "آراء"]
        let pages = [
            menu + [Self.headline, "بواسطة admin / 29 سبتمبر، 2018 / صحة"] + Self.copy,
            [Self.headline, "بواسطة التحرير | أبريل 11th, 2018 | صحة | تعليق واحد"] + Self.copy,
            menu + [Self.headline, "5 مارس 2024", "بواسطة", "خالد العمري", "في صحة"] + Self.copy,
            menu + [Self.headline, "15 مايو، 2018 بواسطة رنا سليمان"] + Self.copy + ["التصنيفات صحة", "الوسوم مستشفيات، وزارة الصحة"],
            [Self.headline, "March 5, 2024"] + Self.copy + ["Posted in صحة", "Tagged: مستشفيات"],
            // The meta block a field a line, the category between the byline and the date, or between the date and the comment count.
            [Self.headline, "بواسطة سامي الدوري", "صحة", "14 مايو، 2018"] + Self.copy,
            menu + [Self.headline, "ليلى بن عمر", "27 يونيو، 2018", "صحة", "1 تعليق", "3315 مشاهدة"] + Self.copy,
            // The entry's footer: the category alone, then the tags on one line.
            [Self.headline] + Self.copy + ["صحة", "مستشفيات، وزارة الصحة، العاصمة", "السابق"],
            // The statement's heading alone over the category (Twenty Sixteen, Blogger's labels),
            // under a date in Blogger's English order; a split stamp's «في» after the date.
            menu + [Self.headline] + Self.copy + ["الكاتب", "خالد العمري", "التصنيفات", "صحة", "الوسوم", "مستشفيات، وزارة الصحة"],
            ["مدونة الأخبار", "بحث في هذه المدونة", "الصفحة الرئيسية", "اتصل بنا", "المزيد…", "أبريل 26, 2018", Self.headline] + Self.copy + ["التسميات", "صحة", "مستشفيات", "احصل على الرابط"],
            ["يناير 23, 2018", Self.headline] + Self.copy + ["التسميات:", "صحة"],
            [Self.headline] + Self.copy + ["نُشر", "يونيو 24, 2018", "في", "صحة", "بواسطة", "عمر بن سالم"],
            // Twenty Ten's sentence under the copy, and a footer's «مصنف في:» over the tags on the same line.
            menu + [Self.headline, "نُشر في 6 مايو، 2018 بواسطة عمر الفاروق"] + Self.copy + [
                "تم نشر هذه المقالة في صحة ووسمها مستشفيات بتاريخ 6 مايو، 2018 بواسطة عمر الفاروق. أضف الرابط الدائم إلى المفضلة.", "← السابق"],
            [Self.headline] + Self.copy + ["مصنف في: صحة موسوم بـ: مستشفيات، وزارة الصحة"],
            // Sparkling's meta items a line each, the writer between the date and the category;
            // Mantra's sentence under the copy; Olsen's «في» over the headline.
            menu + [Self.headline, "19 أغسطس 2018", "أحمد الزعبي", "صحة", "تعليق واحد"] + Self.copy,
            menu + [Self.headline, "بواسطة أحمد الزعبي", "19 أغسطس 2018"] + Self.copy + ["هذا المنشور تم نشره في صحة. أضف الرابط الدائم إلى المفضلة."],
            ["لمحة", "أخبار يومية موجزة"] + menu + ["19 أغسطس 2018", "في صحة", Self.headline] + Self.copy,
            // Chorus's vowelled «Filed under:» alone over the category and its sub-category.
            menu + ["مصنّف تحت:", "صحة", "العاصمة", Self.headline, "بقلم ريم قاسم 26 مايو 2018، 4:07 م"] + Self.copy,
            // Apex's «Published in» vowelled, over the tags on one line.
            menu + [Self.headline, "بواسطة رنا يوسف"] + Self.copy + ["نُشر في صحة", "مستشفيات وزارة الصحة"],
            // Twenty Ten's links to the posts around it over the headline, its sentence in the other order under the copy.
            menu + ["← وزير الخارجية يستقبل المبعوث الأممي", "قوات الأمن تحبط مخططا إرهابيا →", Self.headline, "نُشر في 8 أبريل، 2018 بواسطة وليد الحسيني"]
                + Self.copy + ["هذه التدوينة نُشرت في صحة ووُسمت بـ مستشفيات، وزارة الصحة. احفظ الرابط الدائم.", "← وزير الخارجية يستقبل المبعوث الأممي"],
            // A static blog's meta line, its category after «في», and the note closing the post between rules.
            [Self.headline, "نُشر في 2018-05-06 | في صحة | عدد الرموز في المقال: 2.3k | وقت القراءة ≈ 3"] + Self.copy
                + ["------------- انتهى المقال، شكراً للقراءة -------------", "كاتب المقال: سامر"],
            // Joomla's article info as sentences; Ghost's «date / primary tag» line under the headline.
            menu + [Self.headline, "كتب بواسطة مدار 24 في 26 فبراير 2018. نشر في صحة."] + Self.copy,
            menu + [Self.headline, "٥ أكتوبر ٢٠١٨ / صحة"] + Self.copy,
            // Twenty Eleven: «تصفح المقالات» over the posts around it, the sentence naming the category under the copy.
            menu + ["تصفح المقالات", "← السابق", "التالي →", Self.headline, "نُشرت في 21 يونيو، 2018 بواسطة رعد الحسيني"] + Self.copy
                + ["نُشرت هذه التدوينة في صحة وتم وسمها مستشفيات، وزارة الصحة بواسطة رعد الحسيني. أضف الرابط الدائم إلى المفضلة."],
            // The meta line lists the story's categories, news in general among them.
            menu + [Self.headline, "بواسطة هدى السيد | مايو 9, 2018 | أخبار, صحة | 0 |"] + Self.copy,
            menu + [Self.headline, "بواسطة هدى السيد | مايو 9, 2018 | صحة, مميز | 0 |"] + Self.copy,
            // Twenty Nineteen's footer under Jetpack's buttons: byline, date, the story's categories, its tags.
            ["الرئيسية", "سياسة", "صحة", "رياضة", "المزيد", Self.headline] + Self.copy + [
                "شارك هذا الموضوع:", "انقر للمشاركة على Twitter (فتح في نافذة جديدة)", "انقر للمشاركة على Facebook (فتح في نافذة جديدة)",
                "خالد العمري", "مارس 9, 2018", "صحة، مختارات المحرر", "مستشفيات، وزارة الصحة"],
        ]
        for lines in pages {
            let content = try parse(lines)
            #expect(content.section.name == "صحة", "\(lines.prefix(6))")
            #expect(content.headline == Self.headline)
            #expect(content.body.map(\.text) == Self.copy, "\(lines.prefix(6))")
        }
        // A widget's heading over the site's whole list of categories names none of them.
        let widget = try parse([Self.headline] + Self.copy + ["بحث", "التصنيفات", "سياسة", "صحة", "رياضة", "آراء", "ثقافة"])
        #expect(widget.section.name == "أخبار")
        // A label of the story's own over the headline stays the section.
        let labelled = try parse(["الرئيسية", "سياسة", "رياضة", "بحث", "اقتصاد", Self.headline, "7 مارس 2018"] + Self.copy + ["الوسوم", "مستشفيات"])
        #expect(labelled.section.name == "اقتصاد")
        // A blog's date and writer («Jul 15, 2018 • عمر الزعبي»): no category.
        let writer = try parse(["دفتر الصحفي", "عن المدونة", "الأرشيف", Self.headline, "Jul 15, 2018 • عمر الزعبي"] + Self.copy)
        #expect(writer.section.name == "أخبار")
    }

    /// A trail from the site's name gives its last step; a weekday over the headline is a date
    /// split over lines, not a section; tags after the category on its line are not its name.
    @Test func sectionsFromATrailAWeekdayAndATaggedCategory() throws {
        let trail = try parse(["أخبارك » أخبار الصحة", Self.headline, "منذ 3 ساعات"] + Self.copy)
        #expect(trail.section.name == "أخبار الصحة")
        let weekday = try parse(["الرئيسية", "سياسة", "رياضة", "بحث", "الثلاثاء", Self.headline, "5 مارس 2024"] + Self.copy)
        #expect(weekday.section.name == "أخبار")
        #expect(weekday.headline == Self.headline)
        // A provider's time and reading time over a syndicated headline are its stamps.
        for stamps in [["الرياض", "25°C", "CNN بالعربية", "منذ 40 دقيقة"], ["العربية", "قصة بقلم ليلى حداد", "منذ 1 يوم", "دقيقة واحدة للقراءة"]] {
            let syndicated = try parse(["الأخبار", "الطقس", "الرياضة", "المزيد"] + stamps + [Self.headline, "متابعة", "226"] + Self.copy)
            #expect(syndicated.section.name == "أخبار", "\(stamps)")
            #expect(syndicated.headline == Self.headline)
        }
        let tagged = try parse([Self.headline, "مارس 5, 2024"] + Self.copy + ["مصنفة كـ صحة موسومة مستشفيات"])
        #expect(tagged.section.name == "صحة")
    }

    @Test func aTrailOverTheHeadlineGivesTheSection() throws {
        let menus = ["الرئيسية", "سياسة", "صحة", "رياضة"]
        for trail in ["الرئيسية › أخبار الصحة", "أنت هنا: الرئيسية / أخبار الصحة", "Home > أخبار الصحة"] {
            let content = try parse(menus + [trail, Self.headline, "2024/03/05 - 10:30"] + Self.copy)
            #expect(content.section.name == "أخبار الصحة", "\(trail)")
            #expect(content.headline == Self.headline)
        }
        let steps = try parse(["الأخبار", "صحة", Self.headline] + Self.copy)
        #expect(steps.section.name == "صحة")
        #expect(steps.headline == Self.headline)
        // A home page's flag under the category's label names no section.
        for top in [menus + ["حصري", "برشلونة يحسم الكلاسيكو ويقترب من لقب الليغا", "البيت الأبيض يعلن موعد زيارة ماكرون إلى واشنطن", "صحة", "أهم الأخبار"], ["صحة", "مميز"]] {
            let flagged = try parse(top + [Self.headline, "فريق التحرير", "مايو 29, 2018"] + Self.copy)
            #expect(flagged.section.name == "صحة", "\(top)")
            #expect(flagged.headline == Self.headline, "\(top)")
        }
        // Under a ticker's titles cut short, and a trail ending in the title over the label again.
        let ticker = ["الرصد الجوي: أمطار متفرقة وانخفاض في درجات الحرارة في الشمال  ..", "الحماية المدنية: 3 قتلى و27 جريحا في حوادث مرور خلال 24 ساعة  .."]
        for top in [ticker + ["الرئيسية » صحة"], ["بحث عن:", "الرئيسية » صحة » \(Self.headline)!", "صحة"]] {
            let content = try parse(menus + top + [Self.headline, "2024/03/05 - 10:30"] + Self.copy)
            #expect(content.section.name == "صحة", "\(top)")
            #expect(content.headline == Self.headline, "\(top)")
            #expect(content.highlights.isEmpty, "\(top)")
        }
    }

    /// Where a news theme names the section in its head block: over the meta row's bare comment
    /// count, in a trail printed a step a line between the title banner and the headline again, in
    /// the byline's «في» field or among its meta line's words, in a trail from the site's name; and
    /// the label over a headline whose stamp gives a two-digit year.
    @Test func aNewsThemesHeadBlockNamesTheSection() throws {
        let menu = ["الرئيسية", "سياسة", "صحة", "رياضة", "منوعات"]
        let pages = [
            menu + ["صحة", "0", Self.headline, "بواسطة أسامة الحربي · ١٦ مارس، ٢٠١٨", "66 مشاركات"] + Self.copy,
            ["نبض الشارع"] + menu + [Self.headline, "الرئيسية", "صحة", Self.headline, "11 سبتمبر 2018", "بواسطة فريق التحرير"] + Self.copy,
            ["حوار", "القائمة"] + menu + [Self.headline, "بقلم هدى الشمري في صحة — 2 مارس 2018 · دقيقة واحدة للقراءة"] + Self.copy,
            menu + ["عاجل", "أم الفحم: مظاهرة ضد العنف والجريمة أمام مركز الشرطة", "باقة الغربية: حملة تبرع بالدم في المركز الجماهيري",
             "صحة", Self.headline, "نُشر: 02/05/18 16:57", "مراسل موقع العرب وصحيفة كل العرب", "صورة للتوضيح فقط - تصوير: Getty Images"] + Self.copy,
            // A trail from the site's name under a ticker's timed titles; a meta line with no separators.
            menu + ["سعر الدولار اليوم في البنوك المصرية مع بداية التعاملات", "منذ 48 دقيقة", "محافظ الإسكندرية يشدد على رفع درجة الاستعداد لموسم الصيف",
                    "منذ 31 دقيقة", "أخبارك » صحة", Self.headline, "المصدر: صدى البلد", "منذ 3 ساعات"] + Self.copy,
            ["الخبر اليوم"] + menu + [Self.headline, "بواسطة هبة منصور صحة 27 مارس، 2018 تعليق واحد دقيقة واحدة للقراءة"] + Self.copy,
        ]
        for lines in pages {
            let content = try parse(lines)
            #expect(content.section.name == "صحة", "\(lines.prefix(8))")
            #expect(content.headline == Self.headline, "\(lines.prefix(8))")
            #expect(content.body.map(\.text) == Self.copy, "\(lines.prefix(8))")
        }
    }

    /// Joomla's «أنت هنا:» trail ends in the story's own title; the step before it is the
    /// section, and «كتب بواسطة: …» is the byline, not a headline.
    @Test func aTrailEndingInTheTitleGivesTheStepBeforeIt() throws {
        let top = ["جريدة الميزان", "الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "اتصل بنا", "بحث...",
                   "أنت هنا:  الرئيسية / صحة / \(Self.headline)"]
        let info = ["التفاصيل", "كتب بواسطة: Super User", "الفئة: صحة", "نشر بتاريخ: الاثنين, 16 يوليو 2018 13:40", "الزيارات: 3338"]
        let content = try parse(top + [Self.headline] + info + Self.copy)
        #expect(content.section.name == "صحة")
        #expect(content.headline == Self.headline)
        #expect(content.byline == "Super User")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A blog theme with no label over the headline prints the post's category alone under the
    /// copy; the menu lists it too. The blog's name in its footer is no category.
    @Test func aCategoryAloneUnderTheCopy() throws {
        let top = ["أخبار الساعة", "الصفحة الرئيسية", "أخبار عربية", "صحة", "أخبار رياضية", "اتصل بنا", "أخبار الساعة"]
        let content = try parse(top + [Self.headline, "أكتوبر 16, 2018", "مشاركة"] + Self.copy + ["صحة", "المصدر: CNN بالعربية", "التعليقات"])
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
        let footer = try parse(top + [Self.headline, "أكتوبر 16, 2018"] + Self.copy + ["المصدر: فرانس 24", "أخبار الساعة", "tahrir@example.net"])
        #expect(footer.section.name == "أخبار")
        // The first line as the headline, named like the default section: no site's name to look for (the fuzz test's find).
        #expect(try parse(["أخبار", Self.copy[0]]).headline == "أخبار")
    }

    /// A blog's name and description over its pages' links and the post's date; a newsletter's
    /// name over its buttons alone. Neither names a section.
    @Test func aBlogsMastheadAndANewslettersNameAreNoSection() throws {
        let blog = ["التخطي إلى المحتوى الرئيسي", "البحث في هذه المدونة", "أخبار المغرب العربي", "مدونة إخبارية تتابع أخبار المغرب العربي والعالم لحظة بلحظة",
                    "الصفحة الرئيسية", "من نحن", "اتصل بنا", "المزيد…", "أكتوبر 15, 2018"]
        let post = try parse(blog + [Self.headline, "احصل على الرابط", "Facebook", "البريد الإلكتروني"] + Self.copy)
        #expect(post.headline == Self.headline)
        #expect(post.section.name == "أخبار")
        #expect(post.body.map(\.text) == Self.copy)
        // The site's name atop the page, which its copyright line names again; the «about» link as a label.
        for top in [["تخطَّ إلى المحتوى", "مرصد الأخبار"], ["الرئيسية", "صحة", "رياضة", "عن مرصد الأخبار"]] {
            let named = try parse(top + [Self.headline, "مايو 9, 2018"] + Self.copy + ["حقوق النشر © 2018 مرصد الأخبار"])
            #expect(named.section.name == "أخبار", "\(top)")
            #expect(named.body.map(\.text) == Self.copy, "\(top)")
        }
        // The site's title after its menu, whose link to the «about» page names it («عن دفتر»).
        let ghost = try parse(["الرئيسية", "العالم", "تقنية", "عن دفتر", "دفتر", "اشترك", Self.headline, "26 يونيو 2018"] + Self.copy
            + ["اشترك في دفتر", "اشترك", "دفتر", "المزيد في العالم"])
        #expect(ghost.section.name == "أخبار")
        #expect(ghost.body.map(\.text) == Self.copy)
        let newsletter = try parse(["نشرة الأسبوع", "Subscribe", "Sign in", Self.headline, "Leila", "Mar 21, 2018", "Share"] + Self.copy
            + ["Thanks for reading نشرة الأسبوع! Subscribe for free to receive new posts and support my work.", "© 2018 Leila"])
        #expect(newsletter.headline == Self.headline)
        #expect(newsletter.section.name == "أخبار")
        #expect(newsletter.body.map(\.text) == Self.copy)
    }

    /// An opinion page: the columnist's name under «الرأي», over the column's headline, names
    /// no section; area-only copies start at the label.
    @Test func aColumnistUnderTheOpinionLabel() throws {
        let menu = ["الشرق الأوسط", "صحيفة العرب الأولى", "الإثنين - 13 رمضان 1439 هـ - 28 مايو 2018 مـ - رقم العدد [14426]", "اشترك",
                    "الرئيسية", "العالم", "الاقتصاد", "الرأي", "رياضة", "ثقافة وفنون"]
        // A menu ending in «آراء» over its item printed again as the label: that item is the section, no columnist.
        let repeated = try parse(["CRIDEM", "Carrefour de la République Islamique de Mauritanie", "Accueil", "Actualités", "Arabe", "Culture", "Sports",
                                  "Dossiers", "Contact", "الأحد 13 مايو 2018", "أخبار", "صحة", "ثقافة", "رياضة", "آراء", "صحة", Self.headline,
                                  "Date : 12/05/2018 19:24", "Lu : 178 fois"] + Self.copy)
        #expect(repeated.section.name == "صحة")
        #expect(repeated.headline == Self.headline)
        // Nor is a question for a headline the copy under the run of labels.
        let question = "خامنئي يزور معرض طهران للكتاب.. فما هو الكتاب الذي لفت انتباهه؟"
        let asked = try parse(["الأحد 13 مايو 2018", "أخبار", "صحة", "ثقافة", "رياضة", "آراء", "صحة", question, "Date : 12/05/2018 19:24", "Lu : 178 fois"] + Self.copy)
        #expect(asked.section.name == "صحة")
        #expect(asked.headline == question)
        for top in [menu + ["الرأي", "فيصل الشهري"], ["الرأي", "فيصل الشهري"]] {
            let content = try parse(top + [Self.headline, "نُشر: 02:44-28 مايو 2018 م ـ 13 رمضان 1439 هـ"] + Self.copy + ["كاتب صحافي", "شارك"])
            #expect(content.section.name == "الرأي", "\(top)")
            #expect(content.headline == Self.headline, "\(top)")
            #expect(content.body.map(\.text) == Self.copy, "\(top)")
        }
    }
}
