import NashirDomain
import Testing

@testable import NashirImport

/// What stands over the headline on pages of sites never tuned on: a trail whose last step is a
/// credit's word, a short headline under a ticker, the site's name in the byline, the stamp's
/// buttons, a vowelled stamp, a blog's contact page closing its menu.
@Suite struct PageTextTopTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let menu = ["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "صحة", "منوعات"]

    /// «متابعات» signs copy gathered from several sources, but closing a trail over a headline
    /// that its byline and date follow, it is the trail's last step.
    @Test func aCreditsWordClosingATrailIsItsLastStep() throws {
        let lines = ["شبكة النبأ", "الأحد 5 رمضان 1439 هـ | 20 أيار/مايو 2018"] + Self.menu + ["الرئيسية", "اخبار وتقارير", "متابعات", Self.headline,
                     "الكاتب: شبكة النبأ", "2018-05-20 | 5 رمضان 1439 هـ"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "متابعات")
    }

    /// A headline of three words under its section label, other stories' titles over them: the
    /// stamp under it tells the headline, not the ticker's last title.
    @Test func aShortHeadlineUnderItsLabelAndATicker() throws {
        let lines = ["جفرا نيوز"] + Self.menu + ["عاجل", "ضبط كميات من المواد الغذائية الفاسدة في مطعم بالعقبة",
                     "تعطيل الدوائر الرسمية بمناسبة عيد الفطر", "رياضة", "ماذا أصاب الظفرة؟", "الجمعة، 09 آذار 2018 8:57 م", "A+", "A-", "طباعة"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == "ماذا أصاب الظفرة؟")
        #expect(content.section.name == "رياضة")
    }

    /// A headline quoting a word in «» is no trail, though «» closes like a trail's arrow.
    @Test func aHeadlineQuotingAWordIsNoTrail() throws {
        #expect(!PageTextHead.isBreadcrumb("غرامة الحد «الآسيوية».. من يتحملها؟!!"))
        #expect(PageTextHead.isBreadcrumb("الرئيسية » رياضة"))
        let headline = "غرامة الحد «الآسيوية».. من يتحملها؟!!"
        let lines = ["سيت أنفو"] + Self.menu + ["آخر الأخبار", "فنانة مغربية تكشف تفاصيل عملها الجديد قبل عرضه في رمضان",
                     "افتتاح الخط الجديد للترامواي بالدار البيضاء في وجه المسافرين", "رياضة", headline, "كتبه: سيت أنفو - وكالات",
                     "15 أبريل 2018 - 17:14", "شارك", "فيسبوك"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == headline)
        #expect(content.section.name == "رياضة")
    }

    /// A trail printed a step a line under a call to watch the live stream: its last step is the
    /// section; a blog's pages' links under its title are none.
    @Test func aTrailUnderACallToWatchLive() throws {
        let lines = ["ماسبيرو", "English"] + Self.menu + ["شاهد البث المباشر لقناة النيل للأخبار", "الرئيسية", "النيل للأخبار", "عربي ودولي",
                     Self.headline, "النيل للأخبار", "19 فبراير 2018 | 12:25 م"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "عربي ودولي")
        let blog = try parse(["دفاتر مراسل متجول في المدن", "الرئيسية", "من نحن", "اتصل بنا", Self.headline] + Self.copy)
        #expect(blog.headline == Self.headline)
        #expect(blog.section.name == "أخبار")
    }

    /// The byline naming the site (its name over the menu) does not name the story's category,
    /// which the trail gave.
    @Test func theSitesNameInTheBylineIsNoCategory() throws {
        let lines = ["الخميس, مايو 3, 2018", "النهار الليبية", "Al Nahar Libya"] + Self.menu + ["بحث", "الرئيسية", "عربي ودولي", "عربي ودولي", Self.headline,
                     "بواسطة النهار الليبية - مايو 3, 2018", "2004", "0"] + Self.copy
        let content = try parse(lines)
        #expect(content.section.name == "عربي ودولي")
        #expect(content.headline == Self.headline)
    }

    /// A short headline's stamp and its tools («أرسل لصديق», «تكبير الخط») over the copy.
    @Test func theStampsToolsUnderAShortHeadline() throws {
        let lines = ["نواكشوط إنفو", "الخميس 12 إبريل 2018"] + Self.menu + ["الرئيسية", "رياضة", "إضاعة الفرص.. إضاعة اللقب",
                     "نشر بتاريخ 12 إبريل 2018 - 15:15", "طباعة", "أرسل لصديق", "تكبير الخط", "تصغير الخط"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == "إضاعة الفرص.. إضاعة اللقب")
        #expect(content.section.name == "رياضة")
        #expect(content.body.count == Self.copy.count)
    }

    /// A stamp with its verb vowelled and its time zone spelt out is no headline, even under an alert's title.
    @Test func aVowelledStampIsADate() throws {
        #expect(PageTextChrome.isDateLine("نُشر في 15 يوليو 2018 الساعة 21:34 بتوقيت غرينتش"))
        let lines = ["المشهد العربي", "بحث", "تسجيل الدخول"] + Self.menu + ["عاجل", "الأردن: الحكومة تسحب مشروع قانون ضريبة الدخل بعد احتجاجات",
                     "رياضة", Self.headline, "احتفالات حاشدة في الشوارع والساحات بعد فوز المنتخب بكأس العالم للمرة الثانية في تاريخه", "فرانس 24",
                     "نُشر في 15 يوليو 2018 الساعة 21:34 بتوقيت غرينتش", "من موقع الحدث. (الأناضول)"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "رياضة")
    }

    /// A blog's menu closing on its contact page over the headline names no section.
    @Test func aContactPageClosingTheMenuIsNoSection() throws {
        let lines = ["دفاتر الرصيف", "الرئيسية", "المدونة", "عن المدونة", "اتصل", Self.headline, "9 أبريل 2018", "إسرائيل", "غزة"] + Self.copy
        let content = try parse(lines)
        #expect(content.section.name == "أخبار")
        #expect(content.headline == Self.headline)
    }

    /// A blog's title and description over its pages' links, labels no list names among them, and
    /// a stamp or the photo's caption over the headline; its meta line's name between the date and
    /// the comment count is the writer's, not a category.
    @Test func aBlogsMastheadOverItsPagesLinks() throws {
        let masthead = ["مذكرات صحفي", "ملاحظات يومية عن الأخبار والعالم", "الرئيسية", "عن المدونة", "الأرشيف", "اتصل بي"]
        let pages = [
            masthead + ["مشهد عام للمدينة — أ ف ب", Self.headline, "17 يوليو، 2018 / سامر يوسف / 4 تعليقات"] + Self.copy,
            ["كتابات مستقلة", "قراءات في السياسة والمجتمع والثقافة", "الرئيسية", "عن الموقع", "الأرشيف", "اشترك", "نُشر في", "1 سبتمبر 2018", Self.headline] + Self.copy,
        ]
        for lines in pages {
            let content = try parse(lines)
            #expect(content.headline == Self.headline, "\(lines.prefix(3))")
            #expect(content.section.name == "أخبار", "\(lines.prefix(3))")
            #expect(content.body.map(\.text) == Self.copy, "\(lines.prefix(3))")
        }
    }

    /// A search box's prompt between the menu and the section label is neither.
    @Test func aSearchPromptOverTheLabel() throws {
        let lines = ["الرائد"] + Self.menu + ["فيديو", "اكتب كلمة البحث واضغط Enter", "رياضة", Self.headline, "نُشر بواسطة هيئة التحرير", "٨ يوليو ٢٠١٨"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "رياضة")
    }

    /// Pelican's meta block in English fields around Arabic values: the category after «In».
    @Test func anEnglishMetaBlockNamesTheCategory() throws {
        let lines = ["مفكرة العالم", "عن المدونة"] + Self.menu + [Self.headline, "Published: Mon 21 May 2018", "By ريم ع.", "In صحة.", "tags: أرشيف ترجمة"]
            + Self.copy + ["Comments !", "links", "Pelican", "Proudly powered by Pelican, which takes great advantage of Python."]
        let content = try parse(lines)
        #expect(content.section.name == "صحة")
        #expect(content.body.map(\.text) == Self.copy)
        #expect(BylineLine.name(in: "By ريم ع.") == "ريم ع.")
        // Under a headline of two words, the menu's last label kept over it gives way to the category too.
        let short = try parse(["مفكرة العالم", "عن المدونة"] + Self.menu + ["تكنولوجيا", "كبرياء البطولة", "Published: Sat 17 March 2018", "By نادر", "In صحة."] + Self.copy)
        #expect(short.headline == "كبرياء البطولة")
        #expect(short.section.name == "صحة")
    }

    /// A trail copied without its separators, after the theme's «أنت هنا:» and ending in the
    /// headline, or ending in a menu's item with the search box's buttons under it.
    @Test func aFlatTrailGivesItsSection() throws {
        let pages = [
            ["الوطن نيوز"] + Self.menu + ["أنت هنا: الرئيسية رياضة \(Self.headline)", "الأربعاء, 06 حزيران/يونيو 2018 09:57", Self.headline, "كتب بواسطة قسم الأخبار"] + Self.copy,
            ["تجاوز إلى المحتوى الرئيسي", "الخبر الأكيد", "تبديل التنقل"] + Self.menu + ["الرئيسية أخبار رياضة", "بحث", "بحث", Self.headline, "نشر بواسطة rania في الأربعاء, 28/03/2018 - 17:59"] + Self.copy,
        ]
        for lines in pages {
            let content = try parse(lines)
            #expect(content.headline == Self.headline, "\(lines.prefix(2))")
            #expect(content.section.name == "رياضة", "\(lines.prefix(2))")
        }
    }

    /// A blog's or a newsletter's name and description with no menu over the post's date and
    /// headline; a newsletter's may be a sentence, its writer's name and a notice in Latin letters.
    @Test func aMastheadWithNoMenuOverTheDate() throws {
        let pages = [
            ["مدونة أوراق متناثرة", "هنا أدوّن ما أقرأه وأتابعه من أخبار", "الإثنين، 4 يونيو 2018", Self.headline] + Self.copy + ["مرسلة بواسطة ناصر في 4:49 م"],
            ["نشرة هامش", "رسالة أسبوعية عن الأخبار التي تستحق وقتك.", "Subscribe", "Archives", "February 3, 2018", Self.headline] + Self.copy,
            ["Mideast Weekly بالعربي", "Rana Kh.", "Subscribe", "By subscribing, you agree with Revue’s Terms of Service and Privacy Policy.",
             "July 30, 2018", Self.headline, "By Rana Kh. • Issue #131 • View online"] + Self.copy,
        ]
        for lines in pages {
            let content = try parse(lines)
            #expect(content.headline == Self.headline, "\(lines[0])")
            #expect(content.section.name == "أخبار", "\(lines[0])")
            #expect(content.body.map(\.text) == Self.copy, "\(lines[0])")
        }
        // A section's headline and date over a longer deck keep their places.
        let deck = "افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير وسط حضور رسمي كبير ومشاركة واسعة من الأطباء"
        let news = try parse(["صحة", "افتتاح مستشفى في العاصمة", "2024/03/05 - 10:30", deck] + Self.copy)
        #expect(news.headline == "افتتاح مستشفى في العاصمة")
        #expect(news.section.name == "صحة")
    }

    /// A trail ending in the headline over Joomla's side menu and a poll, the headline printed
    /// lower with its category; Drupal's trail to the generic «أخبار», the section field after the copy.
    @Test func aTrailOverSideMenusAndAGenericStep() throws {
        let joomla = ["شبكة الرافدين الإخبارية", "الرئيسية", "من نحن", "اتصل بنا", "الرئيسية » رياضة » \(Self.headline)", "القائمة الرئيسية"] + Self.menu
            + ["استطلاع رأي", "ما رأيك في التصميم الجديد للموقع؟", "ممتاز", "جيد", "تصويت", "النتائج", Self.headline, "رياضة", "الأحد, 03 يونيو 2018 04:47"] + Self.copy
        let drupal = ["تجاوز إلى المحتوى الرئيسي", "مركز الرصد الإعلامي"] + Self.menu + ["الرئيسية » أخبار", Self.headline, "أرسلها admin في الأحد, 25/02/2018 - 07:47"]
            + Self.copy + ["القسم:", "رياضة", "الوسوم:", "تلفزيون"]
        for lines in [joomla, drupal] {
            let content = try parse(lines)
            #expect(content.headline == Self.headline, "\(lines[0])")
            #expect(content.section.name == "رياضة", "\(lines[0])")
            #expect(content.body.map(\.text) == Self.copy, "\(lines[0])")
        }
    }

    /// A site's name holding digits signs the story with a credit's word («الإمارات 71 - متابعات»): no headline.
    @Test func aCreditWithTheSitesDigits() throws {
        #expect(PageTextHead.isCredit("الإمارات 71 - متابعات"))
        #expect(!PageTextHead.isCredit("القاهرة - 12 مارس"))
        let lines = ["الإمارات 71", "الإثنين 28 مايو 2018"] + Self.menu + ["آخر الأخبار", "منظمة العفو الدولية تنتقد أوضاع السجون في المنطقة",
                     "تقرير: ارتفاع الدين العام للإمارة", "رياضة", Self.headline, "غلاف عن المنتخب يفتح على المجلة باب الانتقادات",
                     "الإمارات 71 - متابعات", "تاريخ النشر: 28 مايو 2018 2:02 م", "مشاهدات: 1820", "شارك"] + Self.copy
        let content = try parse(lines)
        #expect(content.headline == Self.headline)
        #expect(content.section.name == "رياضة")
    }
}

/// The top of pages first seen in sets 107–114: a trail a step a line under a ticker's title, a
/// menu whose last link is a kind of media.
@Suite struct PageTextTrailTests: PageLinesParsing {
    static let copy = PageTextWholePageTests.copy
    static let menu = PageTextTopTests.menu + ["جامعات", "وفيات"]

    /// Under the menu, the ticker's one title; then a trail a step a line, ending in a short
    /// headline that the site's name and the date sign: the trail gives the section and the headline.
    @Test func aTrailALineAStepUnderATickersTitle() throws {
        let top = ["الثلاثاء 27 شباط 2018", "صراحة نيوز"] + Self.menu + ["عاجل", "الرمثا يتصدر دوري المحترفين بعد فوزه على الوحدات"]
        let content = try parse(top + ["الرئيسية", "رياضة", "شكرًا للباطن والفيصلي", "صراحة نيوز", "27 شباط 2018", "32 مشاهدة", "فيسبوك", "تويتر"] + Self.copy)
        #expect(content.headline == "شكرًا للباطن والفيصلي")
        #expect(content.section.name == "رياضة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A menu ending in its video page, or its printed edition, right over the headline names no section of the story's.
    @Test func aMenuEndingInAKindOfMedia() throws {
        let headline = PageTextWholePageTests.headline
        for link in ["فيديو", "صحيفة الميثاق PDF"] {
            let content = try parse(["قناة حنبعل", "شاهد البث المباشر"] + Self.menu + ["برامج", link, headline, "نشر في 19/03/2018 - 02:36", "14034 مشاهدة"] + Self.copy)
            #expect(content.headline == headline)
            #expect(content.section.name == "أخبار", "\(link)")
            #expect(content.body.map(\.text) == Self.copy)
        }
    }

    /// A trail through the site's news to the section, then a headline of one word over its stamp
    /// and count: the word is the headline, the step over it the section.
    @Test func aOneWordHeadlineEndingATrail() throws {
        let top = ["قناة كربلاء الفضائية", "Karbala Satellite Channel"] + Self.menu + ["البث المباشر", "اتصل بنا", "الرئيسية", "الأخبار", "رياضة", "ثورة",
                   "تاريخ النشر: 14/02/2018 - 15:39", "عدد المشاهدات: 1531"]
        let content = try parse(top + Self.copy)
        #expect(content.headline == "ثورة")
        #expect(content.section.name == "رياضة")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A trail over a headline of two words, its deck, the writer and the date, under a market
    /// ticker: the two words are the headline, the trail's last step the section.
    @Test func aShortHeadlineOverItsDeckUnderATrail() throws {
        let deck = "حين يعتقد الفرد أن ما يتعرض له من مصائب أمر من تدبير غيره، يبقى أسيرًا لنظرية المؤامرة التي تقوده إلى ربط نكباته بما يشابهها"
        let ticker = ["أسعار الأسواق", "تاسي 7,651.37 نقطة ▲ +0.17%", "سوق دبي 2,884.28 نقطة ▼ -1.19%", "برنت 79.97 دولار ▼ -0.16%"]
        let content = try parse(["إيكونومي ميدل إيست"] + Self.menu + ["بحث"] + ticker + ["الرئيسية", "أخبار", "رياضة", "نظرية المؤامرة", deck,
                                "يوسف منصور", "4 مارس 2018 | 5:24 م", "6 دقائق قراءة", "شارك"] + Self.copy)
        #expect(content.headline == "نظرية المؤامرة")
        #expect(content.section.name == "رياضة")
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == Self.copy)
    }
}
