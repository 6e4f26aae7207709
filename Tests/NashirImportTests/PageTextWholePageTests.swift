import NashirDomain
import Testing

@testable import NashirImport

/// Whole pages copied from the browser: a top bar, a ticker and menus over the story. The story
/// is found from its copy upwards. (`PageTextCopyTests`: the widgets inside and after the copy;
/// `PageTextSectionTests`: where the section is named.)
@Suite struct PageTextWholePageTests: PageLinesParsing {
    static let headline = "افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير"
    static let copy = PageTextChromeTests.copy

    @Test func theHeadlineIsFoundUnderTheTopBarTickerAndMenus() throws {
        let top = ["الأربعاء 7 مارس 2018 - 19 جمادى الآخرة 1439 هـ", "آخر الأخبار", "ارتفاع أسعار الذهب في الأسواق المحلية اليوم",
                   "نبض المدينة", "الرئيسية", "سياسة", "صحة", "رياضة", "منوعات", "اتصل بنا", "الوضع الليلي"]
        let meta = ["صحة", "عمر العلي", "7 مارس، 2018", "0", "2 دقائق", "فيسبوك", "X", "واتساب", "جانب من المستشفى (أ ف ب)"]
        let content = try parse(top + [Self.headline] + meta + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Under the menu, a ticker of other stories (with or without its label), or a trail from
    /// the home page printed a step a line, stands over the section label and the headline.
    @Test func aTickerOrATrailUnderTheMenuIsNotTheStory() throws {
        let menu = ["الرئيسية", "محليات", "سياسة", "اقتصاد", "رياضة", "بحث"]
        let meta = ["«الصحيفة» (الرياض)", "28 رجب 1439 هـ ، 14 أبريل 2018 16:11", "شارك", "واتساب"]
        let tickers = [["عاجل", "ارتفاع أسعار الذهب في الأسواق المحلية اليوم", "وزير المالية يعلن موازنة العام المقبل"],
                       ["ارتفاع أسعار الذهب في الأسواق المحلية اليوم", "وزير المالية يعلن موازنة العام المقبل", "فوز الفريق الأول بكأس الدوري"],
                       ["عاجل", "ارتفاع أسعار الذهب في الأسواق المحلية اليوم", "الرئيسية"],
                       ["خبر عاجل", "ارتفاع أسعار الذهب في الأسواق المحلية اليوم"],
                       // One breaking item over the section label, however alone.
                       ["عاجل | وزير المالية يعلن موازنة العام المقبل"],
                       // A trending bar's label over its title (tagDiv's Newsmag).
                       ["الأكثر رواجاً", "البرلمان البريطاني يناقش خطة الخروج من الاتحاد الأوروبي الأسبوع المقبل"],
                       ["Trending Now", "حرائق الغابات في كاليفورنيا تلتهم آلاف الهكتارات"],
                       // A trail copied without its separators, ending in the headline.
                       ["الرئيسية صحة \(Self.headline)"]]
        for ticker in tickers {
            let content = try parse(menu + ticker + ["صحة", Self.headline] + meta + Self.copy)
            #expect(content.section.name == "صحة", "\(ticker)")
            #expect(content.headline == Self.headline, "\(ticker)")
            #expect(content.body.map(\.text) == Self.copy, "\(ticker)")
        }
        // A theme's bullet or dash before the label, over the date.
        for label in ["• صحة", "- صحة"] {
            let bulleted = try parse(menu + [label, "يوليو 15, 2018 13:50 Asia/Tehran", Self.headline] + Self.copy)
            #expect(bulleted.section.name == "صحة", "\(label)")
        }
        // The source's field over the headline.
        let sourced = try parse(menu + ["رمز الخبر: 870520", "٢٣ فبراير ٢٠١٨ - ٠٣:٣١", "المصدر : وكالات", Self.headline] + Self.copy)
        #expect(sourced.headline == Self.headline)
        #expect(sourced.section.name == "أخبار")
        // A French tagline over the date and the label is no headline.
        let tagline = try parse(["Carrefour de la République Islamique de Mauritanie", "السبت 21 يوليو 2018", "صحة", Self.headline, "Date : 21/07/2018 10:24"] + Self.copy)
        #expect(tagline.headline == Self.headline)
        #expect(tagline.section.name == "صحة")
        // A page in Latin letters only has no Arabic story to look for: nothing is cut from its top,
        // and the interface left is refused with a clear error, not a crash.
        #expect(throws: ImportError.self) {
            try parse(["Home", "World", "News", "Sport", "The ministry of health opened a new hospital in the capital this morning with three hundred beds."])
        }
        // A short headline signed «بواسطة …» without a colon, over its date and share buttons.
        let short = try parse(menu + ["صحة", "«دارك يا الأخضر»", "بواسطة ليلى منصور", "3 مارس، 2018", "3 دقائق قراءة", "فيسبوك", "تويتر", "ريديت", "بنترست",
                                      "البريد الإلكتروني"] + Self.copy)
        #expect(short.headline == "«دارك يا الأخضر»")
        #expect(short.section.name == "صحة")
        #expect(short.byline == "ليلى منصور")
        #expect(short.body.map(\.text) == Self.copy)
        // A headline crying out («… الاحتفال!!») under a ticker's titles is no copy.
        let cry = "التوتر في المنطقة.. يحرم إسرائيل من فرحة الاحتفال!!"
        let cried = try parse(menu + tickers[0] + ["صحة", cry, "التآخي - متابعة", "20 أبريل، 2018"] + Self.copy)
        #expect(cried.section.name == "صحة")
        #expect(cried.headline == cry)
        #expect(cried.body.map(\.text) == Self.copy)
    }

    /// A column's headline may be a word or three, as short as a menu's items; the credit or the
    /// date signing it, with the copy right under them, tells it from the menu's last item.
    @Test func aShortHeadlineOverItsStampIsTheHeadline() throws {
        let menu = ["الرئيسية", "سياسة", "علوم وتكنولوجيا", "حوارات"]
        let cases: [(lines: [String], headline: String)] = [
            (menu + ["رياضة", "ثورة", "لكم - وكالات - 14 فبراير, 2018"], "ثورة"),
            (["رياضة", "أحلام الفتى القناص", "العرب - وكالات", "الأحد، 15 أبريل 2018 04:05 م", "(رويترز)"], "أحلام الفتى القناص"),
            (["رياضة", "الأهلي والنصر.. أزمة قيادة", "وكالات/ فلسطين أون لاين", "الثلاثاء 20 فبراير 2018 07:40 م بتوقيت القدس"], "الأهلي والنصر.. أزمة قيادة"),
            // A meta block a field a line, with the fields' labels.
            (menu + ["رياضة", "الظفرة .. الهوية الضائعة", "المصدر:", "إيمان سرور - الشارقة", "التاريخ:", "24 مارس 2018"], "الظفرة .. الهوية الضائعة"),
            // The page's buttons under the stamp, and a credit of gathered copy alone.
            (menu + ["رياضة", "\"الخضر\" في مفترق الطرق", "وكالات", "الجمعة، 16 فبراير 2018 6:18 م", "عدد المشاهدات: 1586", "A+", "A-", "طباعة"],
             "\"الخضر\" في مفترق الطرق"),
            // A trail from the home page under a ticker's titles.
            (menu + ["آخر الأخبار", "الرئيس يستقبل وفدا برلمانيا في القصر الجمهوري", "انخفاض درجات الحرارة وأمطار متوقعة على المناطق الساحلية",
                     "الرئيسية", "رياضة", "مانشستر.. مانشستر", "22 آذار، 2018"], "مانشستر.. مانشستر"),
        ]
        // One breaking item between the menu and a headline signed under it is the ticker's.
        let ticker = try parse(menu + ["اتصل بنا", "عاجل: قمة الظهران تختتم أعمالها بالتأكيد على مركزية القضية", Self.headline, "بواسطة هبة منصور"] + Self.copy)
        #expect(ticker.headline == Self.headline)
        #expect(ticker.body.map(\.text) == Self.copy)
        for (lines, headline) in cases {
            let content = try parse(lines + Self.copy)
            #expect(content.headline == headline, "\(lines)")
            #expect(content.section.name == "رياضة", "\(lines)")
            #expect(content.body.map(\.text) == Self.copy, "\(lines)")
        }
    }

    /// A blog prints its writer's name and who they are under the headline: the description
    /// reads like a headline, the headline stands over the name.
    @Test func aWritersDescriptionIsNotTheHeadline() throws {
        let menu = ["الرئيسية", "سياسة", "صحة", "رياضة", "اكتب معنا", "شروط النشر"]
        for bio in ["مدون مصري مهتم بريادة الأعمال والاقتصاد الرقمي", "كاتبة وباحثة في الشأن الصحي الخليجي"] {
            let question = "من هو جاك ما ثالث أغنى رجل في الصين الذي قرر التخلي عن إمبراطورية علي بابا والعودة للتدريس؟"
            let content = try parse(menu + ["صحة", question, "هشام الشريف", bio, "8/9/2018", "مشاركة", "فيسبوك", "تويتر", "(غيتي)"] + Self.copy)
            #expect(content.headline == question, "\(bio)")
            #expect(content.section.name == "صحة", "\(bio)")
            #expect(content.body.map(\.text) == Self.copy, "\(bio)")
        }
    }

    /// Share buttons and a photo's bracketed credit under a short headline's stamp belong to its
    /// block: the buttons are never the headline.
    @Test func buttonsAndACreditUnderAShortHeadlinesStamp() throws {
        let menu = ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "فن", "اكتب معنا", "شروط النشر"]
        let content = try parse(menu + ["رياضة", "الصافرة الإماراتية", "سعيد الظاهري", "11/4/2018", "مشاركة", "فيسبوك", "تويتر", "واتساب", "(مواقع التواصل)"] + Self.copy)
        #expect(content.headline == "الصافرة الإماراتية")
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A headline may say what the story holds in brackets («(فيديو)», «(صور)»), where a caption
    /// names its photo's source.
    @Test func aHeadlinesNoteOfVideoIsNoPhotoCredit() throws {
        for note in ["(فيديو)", "(صور)", "(بالفيديو)"] {
            let headline = "لحظة وصول المنتخب الوطني إلى مطار العاصمة " + note
            let ticker = ["عاجل", "مجلس الوزراء يجيز مشروع قانون تنظيم الاستثمار", "وزارة الصحة تعلن خطة لمكافحة الملاريا"]
            let content = try parse(["الرئيسية", "سياسة", "صحة", "رياضة", "منوعات"] + ticker + ["رياضة", headline, "2018/09/01 - 04:51"] + Self.copy)
            #expect(content.headline == headline)
            #expect(content.section.name == "رياضة")
            #expect(content.body.map(\.text) == Self.copy)
        }
    }

    /// A photo's caption between the byline and date and the copy reads like a headline; the
    /// headline is the one over them.
    @Test func aCaptionOverTheCopyIsNotTheHeadline() throws {
        let menu = ["الرئيسية", "سياسة", "صحة", "رياضة", "منوعات"]
        let metas = [["رامي درويش", "الاثنين 4 يونيو 2018 01:39 ص"], ["المصدر: وكالات", "20-03-2018 - 08:49", "دقيقة للقراءة"],
                     ["بواسطة", "خالد العمري", "9 أبريل 2018", "وقت القراءة: 3 دقائق", "5279 مشاهدة", "تكبير الخط", "تصغير الخط"],
                     // A label right over the caption: the headline's own section label tells.
                     ["الخميس 2018/6/28 06:22 ص بتوقيت أبوظبي", "باريس - العين الإخبارية"]]
        for meta in metas {
            let content = try parse(menu + ["صحة", Self.headline] + meta + ["أطفال في مخيم للنازحين شمال سوريا"] + Self.copy)
            #expect(content.headline == Self.headline, "\(meta)")
            #expect(content.section.name == "صحة", "\(meta)")
            #expect(content.body.map(\.text) == Self.copy, "\(meta)")
        }
    }

    /// A page that starts at its headline keeps it, though a tagline under it looks like one.
    @Test func aHeadlineOnTheFirstLineStays() throws {
        let meta = ["العالم العربي", "GMT 17:27 17.03.2020", "انسخ الرابط", "تابعنا عبر", "المدينة - أخبار وآراء وراديو Madina"]
        let content = try parse([Self.headline] + meta + Self.copy)
        #expect(content.headline == Self.headline)
        // Nothing but the headline's block over the copy: the page starts at the story.
        let bare = try parse([Self.headline, "وزير الصحة يفتتح المستشفى بحضور المحافظ وأعضاء المجلس"] + Self.copy)
        #expect(bare.headline == Self.headline)
        #expect(bare.body.map(\.text) == Self.copy)
    }

    /// A deck may be a whole sentence: the source and the date under it close the headline's block.
    @Test func aSentenceDeckOverTheSourceAndDateIsAHighlight() throws {
        let deck = "محكمة تقضي بسجن ثلاثة عشر من العاملين في الصحيفة بتهم تتعلق بالإرهاب بعد محاكمة استمرت عاماً."
        let content = try parse(["عربي", Self.headline, deck, "المصدر: وكالات", "26 نيسان 2018 02:31", "شارك"] + Self.copy)
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A cookie notice and its button between the menu and the story, and a caption naming an
    /// archive photo after a dash, are not the headline.
    @Test func aCookieNoticeUnderTheMenuAndAnArchiveCaptionAreNotTheHeadline() throws {
        let top = ["النهار", "لبنان", "عربي ودولي", "اقتصاد وأعمال", "رياضة", "ملفات النهار",
                   "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بمتابعتك التصفح فإنك توافق على ذلك.", "موافق"]
        let content = try parse(top + ["صحة", Self.headline, "المصدر: \"النهار\"", "21 أيار 2018 | 20:01", "جانب من الحدث - صورة أرشيفية"] + Self.copy)
        #expect(content.section.name == "صحة")
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Under the headline: a credit of an outlet and a writer either side of a dash, and a
    /// caption with its © credit, are not headlines; a ticker's label over one other story goes.
    @Test func creditsAndCaptionsUnderTheHeadlineAreNotHeadlines() throws {
        let top = ["العربية", "الرئيسية", "السعودية", "الخليج", "رياضة", "بحث", "عاجل", "مدرب المنتخب لا تؤثر فيه أساليب التجسس", "الرئيسية", "صحة"]
        for credit in ["العربية.نت ـ محمد جراح", "كازان - د ب أ"] {
            let meta = ["نشر في: 27 مايو ,2018: 11:38 ص GST", credit, "دقيقتان للقراءة", "صورة أرشيفية © أ ف ب"]
            let content = try parse(top + [Self.headline] + meta + Self.copy)
            #expect(content.section.name == "صحة", "\(credit)")
            #expect(content.headline == Self.headline, "\(credit)")
            #expect(content.body.map(\.text) == Self.copy, "\(credit)")
        }
    }

    /// A deck that is a sentence, over a writer and an English date («Feb 27, 2018»), is a highlight.
    @Test func aDeckOverAnEnglishDateIsAHighlight() throws {
        let deck = "محكمة تقضي بحبس المطربة ستة أشهر وإلزامها بدفع عشرة آلاف جنيه في قضية أثارت جدلاً واسعاً."
        let content = try parse([Self.headline, deck, "هدى الشامي", "Follow", "Published in مدونة الشرق", "1 min read", "Feb 27, 2018", "Listen"] + Self.copy)
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A ticker of questions under the menu, and the date between the section and the headline.
    @Test func aDateBetweenTheSectionAndTheHeadlineAndATickerOfQuestions() throws {
        let top = ["الرئيسية", "اقتصاد", "رياضة", "منوعات", "بحث", "عاجل",
                   "شاهد.. هل هذه أكثر تصريحات المدرب إثارة للجدل في الموسم؟", "هل تنجح الحكومة في خفض أسعار الوقود قبل نهاية العام الجاري؟"]
        let date = "نشر بتاريخ: 27/02/2018 ( آخر تحديث: 27/02/2018 الساعة: 15:52 )"
        for lines in [top + ["صحة", date, Self.headline, "رام الله- معا-"] + Self.copy, ["صحة", date, Self.headline] + Self.copy] {
            let content = try parse(lines)
            #expect(content.section.name == "صحة")
            #expect(content.headline == Self.headline)
            #expect(content.body.map(\.text) == Self.copy)
        }
    }

    /// A print edition's issue and dates on one long line, and a dateline on its own line over
    /// the photo's credit and the page's buttons.
    @Test func anIssueLineAndADatelineOverTheCredit() throws {
        let top = ["الأيام", "الرئيسية", "محليات", "اقتصاد", "رياضة", "صحة", Self.headline]
        let meta = ["العدد 10669 الثلاثاء 19 يونيو 2018 الموافق 5 شوال 1439", "عمان - رويترز:", "(أ ف ب)", "حجم الخط"]
        let content = try parse(top + meta + Self.copy)
        #expect(content.section.name == "صحة")
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
        let dated = try parse(top + ["الأيام - بنا:", "العدد 10574 الجمعة 16 مارس 2018 الموافق 28 جمادى الآخرة 1439", "رابط مختصر"] + Self.copy
                              + ["اقرأ المزيد من : صحة"])
        #expect(dated.body.map(\.text) == Self.copy)
        #expect(PageTextChrome.isDateLine("العدد 10669 الثلاثاء 19 يونيو 2018 الموافق 5 شوال 1439"))
        #expect(!PageTextChrome.isDateLine("انطلاق الانتخابات البرلمانية في العراق وسط إقبال ضعيف يوم 12 مايو 2018"))
    }

    /// A ticker of titles with their relative times, under the menu and its label, right over
    /// the headline; the section printed under the headline is not taken.
    @Test func aTimedTickerOverTheHeadline() throws {
        let top = ["صحيفة سبق الإلكترونية", "الجمعة ١٧ رمضان ١٤٣٩ هـ الموافق ١ يونيو ٢٠١٨ م", "تسجيل الدخول", "الرئيسية", "محليات", "اقتصاد",
                   "رياضة", "آخر الأخبار", "الأرجنتين تلغي نصف الوزارات بهدف التقشف", "قبل 5 دقائق", "طرد المتحدثة باسم البيت الأبيض من مطعم", "قبل 12 دقيقة"]
        let content = try parse(top + [Self.headline, "صحة", "كريم بوزيد", "2018-06-01 09:20", "12791 مشاهدة"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// The headline printed again over the copy (an image's title) does not move the story's
    /// top; a search prompt and an archive photo's note are not copy or headline.
    @Test func aHeadlinePrintedTwiceAndAnArchiveNote() throws {
        let top = ["فيتو", "الرئيسية", "أخبار مصر", "سياسة", "اقتصاد", "بحث", "ابحث عن شركة أو خبر", "الرئيسية", "صحة"]
        let meta = ["كتبت: أميرة السيد", "الأربعاء 07/مارس/2018 - 06:17 م", "فيس بوك", "تليجرام", Self.headline, "صورة من الأرشيف."]
        let content = try parse(top + [Self.headline] + meta + Self.copy)
        #expect(content.section.name == "صحة")
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A trail ending in the title over the section label; after the copy, a call to keep up
    /// and lists of other stories whose titles ask or exclaim in a row.
    @Test func aTrailOverTheLabelAndTitlesThatAskInARow() throws {
        let top = ["رائج", "الرئيسية", "أخبار عربية", "اقتصاد", "رياضة", "بحث", "تسجيل الدخول", "الرئيسية » صحة » \(Self.headline)", "صحة"]
        let after = ["ابقَ على اطلاع دائم بآخر الأخبار", "الأكثر مشاهدة", "الأسد يهدد لكنه لن يستخدم القوة ضد الأكراد في الشمال أبداً!!",
                     "هل تستعد لمقابلة عمل؟ إليك أربع طرق لمواجهة الأسئلة الصعبة من اللجنة؟", "لاغارد: النزعات التجارية مقلقة"]
        let content = try parse(top + [Self.headline, "بواسطة جورج عيسى", "يونيو 30, 2018"] + Self.copy + after)
        #expect(content.section.name == "صحة")
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A ticker's label over its titles, the story's headline last, right over the date and the copy.
    @Test func aTickerRunningIntoTheHeadline() throws {
        let top = ["سانا", "الرئيسية", "سياسة", "محلي", "اقتصاد", "آخر الأخبار", "أمازون تسحب نوعا من عجين المغناطيس للأطفال",
                   "خدمة البث الإخباري تعطي أولوية لوسائل الإعلام", "دافوس: هل نجح ترامب في طمأنة شركاء الولايات المتحدة"]
        let content = try parse(top + [Self.headline, "30 كانون الثاني، 2018", "حجم الخط"] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.highlights.isEmpty)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A paper's name and its five-word motto over the date and the menu: the motto reads like a
    /// headline, but a menu stands between it and the story, so it heads nothing.
    @Test func aMastheadMottoOverTheMenuIsNotTheHeadline() throws {
        let top = ["البناء", "صحيفة يومية سياسية قومية اجتماعية", "الجمعة 18 أيار 2018", "العدد 2717", "الرئيسية", "سياسة", "محليات",
                   "عربيات ودوليات", "اقتصاد", "رياضة", "عربيات ودوليات"]
        let content = try parse(top + [Self.headline, "أيار 18, 2018", "وكالات", "0 تعليقات"] + Self.copy)
        #expect(content.section.name == "عربيات ودوليات")
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Lines over the headline that are not it: an aggregator's source line with a spaced date,
    /// a ticker or a language list copied onto one line between bars, the story's number in the
    /// site's database, and the site's name printed again as the post's badge.
    @Test func linesOverTheHeadlineThatAreNotIt() throws {
        let aggregator = try parse(["مصرس", "الرئيسية", "سياسة", "رياضة", "اقتصاد", Self.headline, "نشر في الشروق يوم 31 - 07 - 2018"] + Self.copy)
        #expect(aggregator.headline == Self.headline)
        let joined = try parse(["中文 | English | Français | Русский | العربية", "العثماني يدعو إلى تسريع الإصلاحات | الوداد يتعاقد مع مدرب جديد",
                                "الرئيسية", "سياسة", "رياضة", "اقتصاد", "صحة", Self.headline, "2018/07/23"] + Self.copy)
        #expect(joined.headline == Self.headline)
        #expect(joined.section.name == "صحة")
        // «أخبار عاجلة» closing the menu over a ticker on one line is the ticker's label, not the section.
        let urgent = try parse(["أنفاس بريس", "الرئيسية", "سياسة", "اقتصاد", "رياضة", "صحة", "رأي", "أخبار عاجلة",
                                "الوداد يتعاقد مع مدرب جديد لقيادة الفريق | ارتفاع عدد السياح الوافدين على مراكش | الداخلية تعلن عن حركة انتقالية",
                                "صحة", Self.headline, "الخميس 16 غشت 2018"] + Self.copy)
        #expect(urgent.headline == Self.headline)
        #expect(urgent.section.name == "صحة")
        let numbered = try parse(["الرئيسية", "سياسة", "رياضة", "صحة", "الرئيسية", "صحة", "٢٣/٠٧/٢٠١٨، ١٤:٢٤", "رمز الخبر: ٨٢٩٠١٥٢٥", Self.headline] + Self.copy)
        #expect(numbered.headline == Self.headline)
        #expect(numbered.section.name == "صحة")
        let badge = try parse(["زاوية", "الرئيسية", "المدونة", "من نحن", "تواصل معنا", "جميع المنشورات", "سياسة", "صحة", "بحث", "زاوية",
                               "٦ يوليو ٢٠١٨", "قراءة لمدة دقيقتين", Self.headline] + Self.copy)
        #expect(badge.headline == Self.headline)
        #expect(badge.section.name == "أخبار")
    }

    /// A photo's caption over the copy, under the headline, its deck (a sentence or not), the
    /// date and the byline: the headline stays the story's, the byline is no section.
    @Test func aCaptionUnderTheDeckAndTheByline() throws {
        let top = ["صوت الأمة", "الرئيسية", "سياسة", "حوادث", "رياضة", "صحة", "آخر الأخبار", "سعر الدولار اليوم في البنوك المصرية",
                   "مجلس النواب يوافق نهائيا على تعديل بعض أحكام قانون المرور", "صحة"]
        for deck in ["وزير الصحة يفتتح المستشفى الجديد بحضور المحافظ وعدد من النواب في العاصمة اليوم بعد سنوات من العمل والانتظار الطويل",
                     "وزير الصحة يفتتح المستشفى بحضور المحافظ"] {
            let meta = [deck, "الخميس، 15 فبراير 2018 02:45 م", "كتب أمير صالح", "وزير الصحة خلال الافتتاح أمس في العاصمة"]
            let content = try parse(top + [Self.headline] + meta + Self.copy)
            #expect(content.headline == Self.headline, "\(deck)")
            #expect(content.section.name == "صحة", "\(deck)")
            #expect(content.body.map(\.text) == Self.copy, "\(deck)")
        }
    }

    /// Under the headline's stamp the copy opens, even with a question or a line cut short of its full stop.
    @Test func theFirstParagraphUnderTheStampIsNoDeck() throws {
        let opening = "هل يمكن أن يخفف المستشفى الجديد الضغط عن مستشفيات العاصمة التي تعمل فوق طاقتها منذ سنوات طويلة؟"
        let content = try parse(["صحة", Self.headline, "بلقيس - خاص", "3 أكتوبر 2018", opening] + Self.copy)
        #expect(content.highlights.isEmpty)
        #expect(content.body.map(\.text) == [opening] + Self.copy)
        // A deck over the stamp stays one.
        let deck = "المستشفى يضم ثلاثمئة سرير وأقساما للطوارئ والأطفال"
        let decked = try parse(["صحة", Self.headline, deck, "3 أكتوبر 2018"] + Self.copy)
        #expect(decked.highlights == [deck])
        #expect(decked.body.map(\.text) == Self.copy)
        // A sentence over a byline without its colon is the deck too.
        let sentence = "وزير الصحة يفتتح المستشفى الجديد الذي يخدم سكان الأحياء الجنوبية للعاصمة."
        let signed = try parse(["صحة", Self.headline, sentence, "بواسطة مريم بنسعيد", "منذ 5 أيام", "140 مشاركة"] + Self.copy)
        #expect(signed.highlights == [sentence])
        #expect(signed.body.map(\.text) == Self.copy)
    }
}
