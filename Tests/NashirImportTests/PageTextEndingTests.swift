import NashirDomain
import Testing

@testable import NashirImport

/// Where the copy ends, on pages first seen in sets 107–114 and 123–130: a press release's end
/// mark, the site's note naming itself, an opinion site's disclaimer, a study's notes, the links
/// to the neighbouring posts; and where it goes on, under subheadings that look like a widget's labels.
@Suite struct PageTextEndingTests: PageLinesParsing {
    static let copy = PageTextWholePageTests.copy
    static let top = PageTextCreditTests.top
    static let share = PageTextCreditTests.share

    /// «###» closes a press release: the issuer's «about» box under it is no copy, however it reads.
    @Test func aPressReleasesEndMark() throws {
        #expect(PageTextBody.isEndMark("###"))
        #expect(PageTextBody.isEndMark("- انتهى -"))
        #expect(!PageTextBody.isEndMark("--------------------"))
        let about = ["نبذة عن مايو كلينك", "مايو كلينك هي منظمة غير ربحية تلتزم بالابتكار في الممارسة السريرية والتعليم والأبحاث، وتوفر التعاطف والخبرة لكل من يحتاج إلى العلاج.",
                     "جهة الاتصال الإعلامية:", "مكتب العلاقات الإعلامية في مايو كلينك، newsbureau@mayo.edu"]
        let content = try parse(Self.top + Self.copy + ["###"] + about + Self.share)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// A short line naming the site, first on the page, closes the copy: where it was published.
    /// A paragraph quoting the site is copy.
    @Test func theSitesNoteNamingItself() throws {
        let head = ["السفير العربي", "English", "الرئيسية", "مقالات", "ملفات", "عن السفير العربي", "بحث"] + Self.top
        let note = "النص منشور على موقع السفير العربي"
        #expect(try parse(head + Self.copy + [note] + Self.share).body.map(\.text) == Self.copy)
        let quoted = "وقال المتحدث لـ«السفير العربي» إن الحوار سيستأنف الأسبوع المقبل."
        #expect(try parse(head + Self.copy + [quoted] + Self.share).body.map(\.text) == Self.copy + [quoted])
    }

    /// «The views in this article are its writer's alone» under a column is the site's, not the writer's.
    @Test func anOpinionDisclaimer() throws {
        let note = "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها فقط."
        #expect(PageChrome.isDisclaimer(note))
        #expect(try parse(Self.top + Self.copy + [note] + Self.share).body.map(\.text) == Self.copy)
        let reported = "وقال إن الآراء الواردة في التقرير متباينة بين الخبراء."
        #expect(!PageChrome.isDisclaimer(reported))
    }

    /// «Why this matters to you?» heads a part of the copy: no question asking the reader's feedback.
    @Test func aWhyItMattersSubheading() throws {
        #expect(!PageChrome.isChrome("لماذا يهمكِ هذا الخبر؟"))
        #expect(PageChrome.isChrome("ما رأيك في هذا الخبر؟"))
        let content = try parse(Self.top + Self.copy + ["لماذا يهمكِ هذا الخبر؟", Self.copy[0]] + Self.share)
        #expect(content.body.map(\.text) == Self.copy + ["لماذا يهمكِ هذا الخبر؟", Self.copy[0]])
    }

    /// A subheading, then players' names each over a whole paragraph: the copy goes on, though
    /// two labels in a row start a widget elsewhere.
    @Test func namesOverParagraphsAfterASubheading() throws {
        let rest = ["حسابات التأهل", "محمود تريزيغيه",
                    "يعول المنتخب المصري على الجناح الأيسر، تريزيغيه، والذي يعد من أهم مفاتيح اللعب الهجومية للفراعنة في البطولة.",
                    "نيمانيا ماتيتش",
                    "سيكون نجم نادي مانشستر يونايتد الركيزة الأساسية في خط وسط منتخب صربيا بكأس العالم، وذلك بفضل خبرته الكبيرة."]
        let content = try parse(Self.top + Self.copy + rest + ["الوسوم", "مونديال روسيا 2018", "كأس العالم"] + Self.share)
        #expect(content.body.map(\.text) == Self.copy + rest)
    }

    /// «شاهد أيضا في <the site>» heads a box of other stories after the copy, as «شاهد أيضا» does.
    @Test func aSeeAlsoCallNamingTheSite() throws {
        #expect(PageChrome.isChrome("شاهد أيضا في الحوار التونسي"))
        #expect(PageChrome.isChrome("اقرأ أيضاً على موقعنا"))
        #expect(!PageChrome.isChrome("وشاهد أيضا في المعرض لوحات نادرة لفنانين من تونس والجزائر."))
        let box = ["شاهد أيضا في الحوار التونسي", "الإفراج عن دفعة جديدة من الموقوفين", "شاهد: كواليس تصوير المسلسل الرمضاني الجديد",
                   "ارتفاع نسبة التضخم إلى 7.7 بالمائة", "تابعونا", "Facebook", "Instagram"]
        #expect(try parse(Self.top + Self.copy + box).body.map(\.text) == Self.copy)
    }

    /// A newsletter's box between paragraphs: its name and pitch over its email field and button go
    /// with them. A paragraph right over a comment form stays.
    @Test func aNewsletterBoxInsideTheCopy() throws {
        let box = ["نشرة الصباح!", "نشرة يومية تصلك كل صباح، فيها خلاصة ما يهمّك.", "بريدك الإلكتروني", "اشترك"]
        let content = try parse(Self.top + Array(Self.copy.prefix(2)) + box + Array(Self.copy.dropFirst(2)) + Self.share)
        #expect(content.body.map(\.text) == Self.copy)
        let form = ["أضف تعليقاً", "الاسم", "البريد الإلكتروني", "إرسال"]
        #expect(try parse(Self.top + Self.copy + form).body.map(\.text) == Self.copy)
    }

    /// «منذ 5 ساعة» under the byline is the stamp, counted back from the visit: it closes the
    /// headline's block, so the sentence over it is the deck, and it is no paragraph.
    @Test func aStampCountedBack() throws {
        #expect(PageTextChrome.isRelativeTime("منذ 5 ساعة"))
        #expect(!PageTextChrome.isRelativeTime("منذ 5 ساعات والمفاوضات متواصلة في العاصمة"))
        let deck = "والتفاصيل لا تزال تتكشف."
        let content = try parse(Array(Self.top.prefix(2)) + [deck, "ريم خالد", "@reemkh", "منذ 5 ساعة", "35 تعليقات", "شارك"] + Self.copy)
        #expect(content.highlights == [deck])
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// «المقال السابق: …», «التالي: …»: the links to the neighbouring posts close the copy, with
    /// the comment form under them; a sentence opening with «السابق» is no such link.
    @Test func theLinksToTheNeighbouringPosts() throws {
        #expect(PageChrome.isNeighbourLink("المقال السابق: إعصار مداري يجتاح سواحل الفلبين"))
        #expect(PageChrome.isNeighbourLink("التالي: جائزة أدبية تعلن قائمتها القصيرة"))
        #expect(!PageChrome.isNeighbourLink("الرئيس السابق: لن أترشح مرة أخرى"))
        let ending = ["المقال السابق: إعصار مداري يجتاح سواحل الفلبين", "المقال التالي: الشرطة البريطانية تعتقل مشتبها به", "اترك رداً",
                      "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "التعليق *", "الاسم *",
                      "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.", "إرسال التعليق"]
        #expect(try parse(Self.top + Self.copy + ending).body.map(\.text) == Self.copy)
        let blog = ["التالي: جائزة أدبية تعلن قائمتها القصيرة", "هذه المدونة مبنية بـ Eleventy وقالب eleventy-base-blog.", "خلاصة RSS"]
        #expect(try parse(Self.top + Self.copy + blog).body.map(\.text) == Self.copy)
    }

    /// A study's notes under the copy: the heading and the numbered notes go, whatever box follows them.
    @Test func aStudysNotes() throws {
        let notes = ["الهوامش", "(1) مقابلة أجراها الباحث، مايو 2018.", "(2) انظر: تقرير سابق لمركز الجزيرة للدراسات، 2017.",
                     "(3) بيانات رسمية منشورة على الموقع الإلكتروني للجهة المعنية.", "نبذة عن الكاتب", "سيدي أحمد ولد الأمير، باحث في مركز الجزيرة للدراسات.",
                     "مواد ذات صلة", "الحرب في اليمن: حدود الحسم العسكري وآفاق الحل", "الصين في الخليج: حسابات الاقتصاد والأمن", "اتصل بنا"]
        let top = ["مركز الدراسات", "الرئيسية", "تقارير", "دراسات", "ملفات", "الرئيسية", "تقارير", Self.top[1], "سامي المراكشي", "الأربعاء، 8 أغسطس 2018"]
        let body = try parse(top + Self.copy + notes).body.map(\.text)
        #expect(Array(body.prefix(3)) == Self.copy)
        #expect(!body.contains { $0 == "الهوامش" || $0.hasPrefix("(1)") || $0.hasPrefix("(3)") })
    }

    /// The site's long note on who produced the story, naming the site, closes the copy; so does its
    /// invitation to republish under a licence, and the republish button over it.
    @Test func theSitesProductionNoteAndItsRepublishingTerms() throws {
        let top = ["SciDev.Net", "أخبار العلوم والتكنولوجيا من أجل التنمية"] + PageTextTopTests.menu + Self.top
        let ending = ["هذا الموضوع أنتج عبر المكتب الإقليمي لموقع SciDev.Net بإقليم الشرق الأوسط وشمال أفريقيا.", "أعد نشر هذا المقال",
                      "نشجعكم على إعادة نشر هذه المادة على الإنترنت أو مطبوعة وفق رخصة المشاع الإبداعي. يرجى قراءة إرشادات إعادة النشر.", "المواضيع", "الحوكمة"]
        #expect(try parse(top + Self.copy + ending).body.map(\.text) == Self.copy)
    }

    /// A press aggregator's link back to the paper it copied the story from is no paragraph.
    @Test func anAggregatorsLinkToTheOriginal() throws {
        #expect(PageChrome.isAggregatorFrame("اقرأ المقال الأصلي على الصحافة اليوم"))
        let ending = ["اقرأ المقال الأصلي على الصحافة اليوم", "مواضيع ذات صلة", "مجلس النواب يصادق على قانون الجماعات المحلية"]
        #expect(try parse(Self.top + Self.copy + ending).body.map(\.text) == Self.copy)
    }

    /// «نبذة عن الكاتب» over the writer's name, a comma, and what they are: the writer's box, no copy.
    @Test func aWritersBoxNamedAsSuch() throws {
        let top = ["مركز الدراسات", "الرئيسية", "تقارير", "دراسات", "ملفات", "الرئيسية", "تقارير ثقافية", Self.top[1], "عمر الحسيني", "باحث متخصص في شؤون الشرق الأوسط",
                   "الأحد، 18 مارس 2018", "(غيتي)"]
        let box = ["نبذة عن الكاتب", "عمر الحسيني، باحث متخصص في شؤون الشرق الأوسط.", "طباعة", "شارك", "فيسبوك", "تويتر"]
        #expect(try parse(top + Self.copy + box).body.map(\.text) == Self.copy)
    }

    /// A health site's note that its pages do not replace a doctor, a broker's risk warning: the
    /// site's disclaimers close the copy.
    @Test func aHealthAndARiskDisclaimer() throws {
        #expect(PageChrome.isDisclaimer("المعلومات الواردة في هذا الموضوع لا تغني عن استشارة الطبيب المختص."))
        #expect(PageChrome.isDisclaimer("المعلومات الواردة في هذه الصفحات تحتوي على بيانات تطلعية تنطوي على مخاطر وشكوك."))
        #expect(!PageChrome.isDisclaimer("وقال الطبيب إن المعلومات الواردة في التقرير دقيقة وتستحق الدراسة."))
        let ending = ["المعلومات الواردة في هذا الموضوع لا تغني عن استشارة الطبيب المختص.", "الكلمات الدالة", "أخبار الصحة", "نصائح طبية"]
        #expect(try parse(Self.top + Self.copy + ending).body.map(\.text) == Self.copy)
    }

    /// «التفاصيل» between two paragraphs is the copy's subheading, not a Joomla label.
    @Test func theDetailsSubheading() throws {
        let copy = [Self.copy[0], "التفاصيل", Self.copy[1], Self.copy[2]]
        let lines = ["ولاد البلد", "الرئيسية", "أسيوط", "قنا", "الأقصر", "العالم", "الرئيسية", "/", "عربي", Self.top[1], "كتب: عبد الرحمن القاضي - أسيوط",
                     "7 سبتمبر 2018", "وقت القراءة: 2 دقائق"] + copy + Self.share
        #expect(try parse(lines).body.map(\.text) == copy)
    }

    /// «# # #» closes a press release though an about box follows it as a heading over a sentence.
    @Test func aSpacedEndMarkOverTheAboutBox() throws {
        let about = ["# # #", "نبذة عن برنامج الأغذية العالمي", "برنامج الأغذية العالمي التابع للأمم المتحدة هو أكبر منظمة إنسانية في العالم، ينقذ الأرواح في حالات الطوارئ.",
                     "تابعونا على تويتر عبر @WFP_Arabic", "للمزيد من المعلومات يرجى التواصل مع:"]
        #expect(try parse(Self.top + Self.copy + about).body.map(\.text) == Self.copy)
    }
}

