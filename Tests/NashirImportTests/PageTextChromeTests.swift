import NashirDomain
import Testing

@testable import NashirImport

/// Page dumps from themes the closed list of chrome has never seen: the widgets are found by
/// their shape (short label-like lines in runs around the copy), not by their words.
@Suite struct PageTextChromeTests {
    let parser = PageTextParser()
    static let copy = [
        "أعلنت وزارة الصحة صباح اليوم عن افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير.",
        "وقال الوزير في مؤتمر صحفي إن المستشفى سيضم أقساما للطوارئ والجراحة وطب الأطفال.",
        "وأضاف أن الحكومة خصصت ميزانية إضافية لتجهيز المستشفى بأحدث المعدات الطبية الحديثة.",
    ]
    static let top = ["صحة", "افتتاح مستشفى جديد في العاصمة"]

    /// Chrome after the copy, in words no list names, and what must be left.
    static let trailing: [(name: String, chrome: [String], tags: [String])] = [
        ("share bar", ["انشر الخبر", "فيس بوك", "تويتر", "واتس"], []),
        ("tags under a heading with a colon", ["كلمات البحث:", "المستشفيات", "وزارة الصحة"], ["المستشفيات", "وزارة الصحة"]),
        ("related stories", ["قد يعجبك أيضا", "الحكومة تعلن عن خطة لتطوير القطاع الصحي خلال السنوات المقبلة", "نقابة الأطباء تطالب بتحسين ظروف العمل"], []),
        ("comment form", ["أضف تعليقك", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "الاسم", "البريد",
                          "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.", "أرسل"], []),
        ("search box", ["ابحث في الموقع:", "اكتب كلمة البحث", "آخر الأخبار"], []),
        // TYPO3's related news: the date over each title, the widget's heading over the first date.
        ("related stories, each dated over its title", ["أخبار ذات صلة", "10.05.2018", "أستراليا تقر قانونا جديدا لمكافحة التدخل الأجنبي",
                                                          "17.04.2018", "الأمم المتحدة تحذر من نقص حاد في تمويل برامج الإغاثة", "مشاركة", "تغريد", "« العودة"], []),
        ("a feedback question and its answers", ["هل وجدت هذا المقال مفيداً؟", "نعم", "لا", "ما رأيك في هذا الخبر؟"], []),
        ("a widget's heading over the topics on one line", ["مواضيع ذات صلة: بريطانيا، الأسلحة الكيماوية، روسيا", "التالي", "كوريا الجنوبية تستعد لجولة جديدة من المحادثات"], []),
        ("a newsletter's sponsor and pitch", ["رعاية هذا العدد: تطبيق «وصلة» لتعلم اللغات. جرّبه مجاناً لمدة شهر.", "احصل على أحدث المقالات مباشرة في بريدك."], []),
        ("a Joomla entry's stamp, count and more-from line after the copy", ["آخر تعديل في السبت, 02 حزيران/يونيو 2018 10:43", "قراءة 1777 مرات",
                                                                              "نشر في صحة", "موسومة تحت أوروبا الولايات المتحدة روسيا",
                                                                              "المزيد في هذه الفئة: « كوريا الجنوبية تقترح محادثات عسكرية", "اترك تعليقاً",
                                                                              "تأكد من إدخال جميع المعلومات المطلوبة، المشار إليها بعلامة نجمة (*)"], []),
        ("an aggregator's link to its source", ["لمتابعة هذا الخبر من مصدره: البلاد", "مواضيع ذات صلة", "أمير الرياض يدشن مشروعات تنموية بقيمة 3 مليارات"], []),
        ("a documentation theme's edit link", ["حرّر هذه الصفحة على GitHub", "آخر تحديث: 05-03-2024"], []),
        ("tags then related then footer", ["الكلمات الدلالية", "الصحة", "المستشفيات", "مواضيع قد تهمك", "ارتفاع أسعار الذهب في الأسواق المحلية", "جميع الحقوق محفوظة 2024"], ["الصحة", "المستشفيات"]),
    ]

    @Test(arguments: 0..<trailing.count)
    func chromeAfterTheCopyIsCutByItsShape(_ index: Int) throws {
        let (_, chrome, tags) = Self.trailing[index]
        let content = try parser.parse((Self.top + Self.copy + chrome).joined(separator: "\n"), key: "k", file: "f").content
        #expect(content.body.map(\.text) == Self.copy)
        #expect(content.tags.map(\.name) == tags)
        #expect(content.section.name == "صحة")
        #expect(content.headline == Self.top[1])
    }

    /// Chrome above and inside the copy.
    static let leading: [(name: String, lines: [String])] = [
        ("a menu run above the section", ["الصفحة الأولى", "محليات", "دوليات", "رياضة"] + top + copy),
        ("a search prompt and a date", ["ابحث:", "الثلاثاء 5 مارس 2024"] + top + copy),
        ("a byline and date under the headline", top + ["بقلم سارة أحمد", "2024/03/05 - 10:30"] + copy),
        ("a share bar inside the copy", top + [copy[0], "شارك", "فيسبوك", "X", "لينكد"] + Array(copy[1...])),
        ("a «may interest you» box inside the copy", top + [copy[0], "قد يهمك:", "ارتفاع ضغط الدم: الأسباب والأعراض والعلاج"] + Array(copy[1...])),
        ("a top bar with the day's date among its menus", ["المواقع الأخرى", "دخول", "الثلاثاء 17 مارس 2020", "الرئيسية", "العالم", "اقتصاد", "رياضة", "بحث", "صحة"] + Array(top[1...]) + copy),
        ("a byline, then a comment call spelt without hamza", top + ["كتبت سارة أحمد", "مشاركة", "اضف تعليقا واقرأ تعليقات القراء"] + copy),
    ]

    @Test(arguments: 0..<leading.count)
    func chromeAboveAndInsideTheCopyIsCutByItsShape(_ index: Int) throws {
        let content = try parser.parse(Self.leading[index].lines.joined(separator: "\n"), key: "k", file: "f").content
        #expect(content.section.name == "صحة")
        #expect(content.headline == Self.top[1])
        #expect(content.body.map(\.text) == Self.copy)
        #expect(content.highlights.isEmpty)
    }

    /// A read-also box over the copy's next subheading, which may cry out («دبلوماسية الكرة!»): the box goes, the subheading stays.
    @Test func aReadAlsoBoxOverASubheading() throws {
        let lines = Self.top + [Self.copy[0], "اقرأ أيضاً", "تونس: حكومة جديدة تنال ثقة البرلمان بأغلبية مريحة", "دبلوماسية الكرة!"] + Array(Self.copy[1...])
        let content = try parser.parse(lines.joined(separator: "\n"), key: "k", file: "f").content
        #expect(content.body.map(\.text) == [Self.copy[0], "دبلوماسية الكرة!"] + Array(Self.copy[1...]))
    }

    /// Copy that only looks like a read-also box: reported speech after «أيضاً:», a subheading over
    /// a line that opens as copy does («و أضاف …», no full stop), a subheading over the copy's
    /// own read-also line; and a photo's caption crediting its agency in Latin letters.
    @Test func copyShapedLikeABoxIsKept() throws {
        let speech = "وكتبت أيضاً: \"لا أحد يريد خوض حرب تجارية، والجميع يعلم أن خوضها يضر الجميع\""
        let added = "و أضاف أن الوحدات المختصة مازالت تبحث عن جثة أخرى يرجح أنها لمهاجر"
        let cases: [(lines: [String], body: [String])] = [
            ([Self.copy[0], speech] + Array(Self.copy[1...]), [Self.copy[0], speech] + Array(Self.copy[1...])),
            ([Self.copy[0], "ردود الفعل", added] + Array(Self.copy[1...]), [Self.copy[0], "ردود الفعل", added] + Array(Self.copy[1...])),
            ([Self.copy[0], "نهاية تنظيم الدولة", "اقرأ أيضاً: فيسبوك تعترف بجمع سجلات المكالمات"] + Array(Self.copy[1...]),
             [Self.copy[0], "نهاية تنظيم الدولة"] + Array(Self.copy[1...])),
            ([Self.copy[0], "صورة أرشيفية من أحد التدريبات — Getty Images"] + Array(Self.copy[1...]), Self.copy),
        ]
        for (lines, body) in cases {
            let content = try parser.parse((Self.top + lines).joined(separator: "\n"), key: "k", file: "f").content
            #expect(content.body.map(\.text) == body, "\(lines[1])")
        }
    }

    /// Two long paragraphs under a subheading or a box of the site's close the copy: the chrome
    /// after them goes, they stay («ردود الفعل», a paragraph without its full stop; «هل لديك سؤال
    /// طبي؟», its call and its button), even when they speak of a suspension («تعليق»).
    @Test func theCopyGoesOnUnderABoxNearItsEnd() throws {
        let opening = "وأوضح المتحدث أن الوحدات المختصة ما زالت تبحث عن مفقودين آخرين في المنطقة الحدودية الوعرة"
        let closing = [opening, "وكانت السلطات قد أعلنت تعليق الرحلات البحرية في الميناء حتى إشعار آخر بسبب الأحوال الجوية السيئة."]
        let after = ["هل وجدت هذا المقال مفيداً؟", "نعم", "لا", "شارك المقال", "فيسبوك", "مقالات ذات صلة", "الفرق بين نزلة البرد والإنفلونزا"]
        let boxes: [(box: [String], closing: [String])] = [
            (["ردود الفعل"], closing),
            (["هل لديك سؤال طبي؟", "تحدث مع طبيب عبر التطبيق واحصل على إجابة خلال دقائق", "ابدأ الاستشارة"], [opening + "."] + closing.dropFirst()),
        ]
        for (box, closing) in boxes {
            let content = try parser.parse((Self.top + Self.copy + box + closing + after).joined(separator: "\n"), key: "k", file: "f").content
            let kept = content.body.map(\.text)
            #expect(Array(kept.suffix(2)) == closing, "\(box)")
            #expect(!kept.contains(where: { after.contains($0) }), "\(box)")
        }
    }

    @Test func aListInsideTheStoryIsKept() throws {
        let list = ["وجاءت النتائج كالتالي:", "الترجي 30 نقطة", "النجم 28 نقطة", "الصفاقسي 25 نقطة"]
        let lines = Self.top + [Self.copy[0]] + list + Array(Self.copy[1...])
        let content = try parser.parse(lines.joined(separator: "\n"), key: "k", file: "f").content
        #expect(content.body.map(\.text) == [Self.copy[0]] + list + Array(Self.copy[1...]))
    }

    @Test(arguments: [
        ("بحث عن:", true), ("شارك هذا المقال", true), ("الوسوم", true), ("وقال المدرب إن الفوز مستحق.", false),
        ("افتتاح مستشفى جديد في العاصمة بطاقة ثلاثمئة سرير وسط حضور رسمي كبير اليوم", false),
    ])
    func labelsAreShortAndNotSentences(line: String, isLabel: Bool) {
        #expect(PageTextChrome.isLabel(line) == isLabel)
    }

    /// A ticker of «عاجل» lines over the headline goes, photo credits go wherever they stand;
    /// a headline that itself opens with «عاجل» stays.
    @Test func aTickerAndPhotoCreditsGo() throws {
        let ticker = ["عاجل مصر تسجل إصابات جديدة بالفيروس", "عاجل: تأجيل الحوار الوطني إلى موعد لاحق"]
        let lines = ticker + Self.top + ["© REUTERS / AHMED ALI", Self.copy[0], "© رويترز", Self.copy[1], Self.copy[2]]
        let content = try parser.parse(lines.joined(separator: "\n"), key: "k", file: "f").content
        #expect(content.headline == Self.top[1])
        #expect(content.body.map(\.text) == Self.copy)
        let alone = try parser.parse((["عاجل: افتتاح مستشفى جديد في العاصمة"] + Self.copy).joined(separator: "\n"), key: "k", file: "f").content
        #expect(alone.headline == "عاجل: افتتاح مستشفى جديد في العاصمة")
    }

    /// Known phrases match spelt without hamza or tanween, and extended when they call to
    /// comment or share; a subheading or a sentence that opens like chrome stays.
    @Test(arguments: [
        ("اضف تعليقا", true), ("أضف تعليقاً واقرأ تعليقات القراء", true), ("شارك المقال عبر فيسبوك", true),
        ("آخر الأخبار من الجبهة", false), ("شارك الآلاف في المسيرة", false), ("أضف تعليقاً على هذا الخبر وشارك رأيك مع القراء الآخرين", false),
    ])
    func chromePhrasesAreMatchedFolded(line: String, isChrome: Bool) {
        #expect(PageChrome.isChrome(line) == isChrome)
    }

    /// Counters, reading times, end marks and calls to follow on a platform, even in a sentence.
    @Test(arguments: [
        ("( قراءة 1560 )", true), ("5279 مشاهدة", true), ("عدد القراءات: 2060", true), ("دقيقة للقراءة", true), ("وقت القراءة: 3 دقائق", true),
        ("دقيقتان", true), ("4 min read", true), ("(النهاية) م ع / ع ن س", true), ("// انتهى //", true), ("تصغير الخط", true),
        ("تابعوا SBS عربي على فيسبوك وإنستغرام.", true), ("لمتابعة أخبار الفجر على تطبيق نبض اضغط هنا", true),
        ("تابع العين الإخبارية عبر Google News", true),
        ("تابع الوزير جولته في المحافظات الجنوبية واطلع على سير العمل في المشاريع.", false), ("قراءة في نتائج الانتخابات", false),
        ("تابع المشاهدون المباراة على قناة بي إن سبورت حتى الدقيقة الأخيرة.", false), ("اشترك في المسابقة عشرون فريقا عبر تطبيق الهاتف.", false),
        ("انتهى الاجتماع دون اتفاق", false), ("3 دقائق من الصمت", false),
        ("جميع الحقوق محفوظة © 2018 جريدة الراي", true), ("شارك هذه القصة، اختر منصتك!", true),
        ("انقر هنا لقراءة الخبر من مصدره.", true), ("هذا الخبر منشور من موقع النهار الجديد، لقراءة المقال من مصدره اضغط هنا", true),
        ("هل أعجبك المقال؟ شاركه مع أصدقائك", true), ("موضوعات متعلقة:", true),
        ("النص الذي يتضمن اسم الكاتب او الجهة او الوكالة، لايعبّر بالضرورة عن وجهة نظر المسلة.", true),
        ("وقال المتحدث إن هذه التصريحات لا تعبر بالضرورة عن موقف الحكومة الرسمي.", false),
        ("الآراء الواردة في التدوينة لا تعكس بالضرورة الموقف التحريري لشبكة الجزيرة.", true), ("اضافة اعلان", true), ("عن النشرة", true), ("عن المجلة", true), ("عن الحرب والسلام", false), ("يوتيوب", true), ("انستقرام", true),
        ("هل كان هذا المحتوى مفيداً؟", true), ("اقرأ الخبر كاملاً من المصدر", true), ("هل كان هذا القرار مفيدا للاقتصاد؟", false),
        ("حمّلوا تطبيق موقع القوات اللبنانية على هواتفكم الذكية", true), ("تابعي المزيد: أسباب تساقط الشعر وطرق علاجه طبيعياً", true),
        ("وأضاف المزيد: إن الحكومة ستعلن خطتها غداً", false), ("حملوا الجرحى إلى المستشفى القريب", false),
        ("رمز الخبر: ٨٣١٩٢٦٨٩", true), ("انتهى ** ٣٢٠٦", true), ("الحصيلة: 25", false), ("انتهى الاجتماع في 2018", false),
        ("تابع أحدث الأخبار عبر تطبيق", true), ("حمل تطبيق الأيام 24", true), ("تخطي قسم المزيد من التقارير من DW", true),
        ("انتقل إلى المحتوى الرئيسي", true), ("تابع الطلاب دروسهم عبر تطبيق التعليم عن بعد طوال الفصل الدراسي.", false),
        ("حمل المتظاهرون لافتات تطالب بالإصلاح", false),
        ("0", true), ("0 2205 دقيقة واحدة", true), ("الخليج 365 - ننشر لكم الخبر كما ورد من مصدره.", true),
        ("كانت هذه تفاصيل خبر الحكومة تقر الموازنة لهذا اليوم نتمنى ان نكون قد استطعنا ان نقدم لكم التفاصيل كاملة.", true),
        ("وتَجدر الإشارة بأن الموضوع الأصلي قد تم نشرة ومتواجد على موقع المصدر وقد قام فريق التحرير بالتأكد منه.", true),
        ("كانت هذه التفاصيل الأولى التي كشفتها الشرطة عن الحادث.", false),
        ("هذه المقالة مرخصة بموجب CC BY 4.0 من قبل المؤلف.", true), ("ادعم صحافة مستقلة — انضم إلى أعضاء البوصلة", true),
        ("هذا المقال متاح مجاناً. اشترك لتصلك مقالاتنا الجديدة أولاً بأول.", true), ("المزيد من مقالات نبيل السامرائي", true),
        ("إخلاء المسؤولية: هذا المحتوى منشور من قبل الناشر ولا يعبر بالضرورة عن آراء الموقع.", true),
        ("ملاحظة التحرير: النص منقول من CNN بالعربية دون تعديل.", true), ("المزيد من الضحايا في حلب", false),
        ("دعا الوزير إلى دعم الصحافة المستقلة وحمايتها.", false),
        ("ساعدوا اللاجئين والنازحين. تبرعوا الآن", true), ("تبرعوا", true), ("📩 هل وصلك هذا المقال من صديق؟ اشترك في نشرة المساء", true),
        ("كن على اطلاع! احصل على آخر الأخبار العاجلة مباشرة في بريدك الوارد.", true),
        ("لا تفوّت أي حلقة. سجّل الآن لتصلك أحدث الحلقات والأخبار مباشرة إلى بريدك.", true), ("اشترك", true), ("إنشاء حساب", true), ("بالاشتراك، فإنك توافق على شروط الاستخدام.", true),
        ("لمزيد من المعلومات، يرجى الاتصال بـ:", true), ("اقرأ في هذا السياق:", true), ("Search...", true),
        ("الآراء التي يعبر عنها المساهمون في الموقع هي آراؤهم الخاصة.", true),
        ("تبرع رجل أعمال بمليون دولار لبناء مدرسة في القرية.", false),
        // Calls to share with friends, to sign up for the newsletter, in the site's own dialect.
        ("هل أعجبك؟ شاركه مع أصدقائك!", true), ("اشترك في المحور لتصلك أحدث القصص مباشرة إلى بريدك.", true),
        ("سجّل للحصول على المزيد من هذه المقالات.", true), ("تابعو كود على واتساب باش توصلكم الأخبار ديريكت", true),
        ("شارك الوزير أصدقاءه القدامى في حفل التخرج بالجامعة الأمريكية أمس.", false),
        ("سجل المهاجم هدفين في الشوط الثاني وحسم المباراة.", false),
        // A related box's heading alone, ending in «أيضا».
        ("قد يعجبك ايضا", true), ("شاهد أيضًا", true), ("وقال أيضا إن الحكومة ستعلن خطتها", false),
        ("يمكنك أيضا تفعيل خاصية تلقي إشعارات على بريدك الإلكتروني عند تسجيل الدخول.", false),
    ])
    func countersEndMarksAndFollowCallsAreChrome(line: String, isChrome: Bool) {
        #expect(PageChrome.isChrome(line) == isChrome)
    }

    @Test(arguments: [("الثلاثاء - 21 رمضان 1439 هـ - 5 يونيو 2018 مـ رقم العدد [ 14434 ]", true), ("2024/03/05 - 10:30", true), ("الثلاثاء 5 مارس 2024", true), ("آخر تحديث: 05-03-2024", true),
                      ("هذا المحتوى تم نشره يوم 20 أبريل 2018 - 07:02", true), ("نشر في الشروق يوم 31 - 07 - 2018", true),
                      ("توفي 5 أشخاص في حادث سير يوم 5 مارس 2024.", false), ("الترجي 30 نقطة", false),
                      ("الحكومة تعلن موعد الانتخابات البرلمانية المقبلة في 20 أبريل 2018", false),
                      ("نُشرت في 19 مارس، 2018 بواسطة أحمد عبد الحميد", true), ("آخر تعديل على الخميس، 4 تشرين الأول/أكتوبر 2018 20:21", true),
                      ("أعلن الوزير في 19 مارس 2018 بواسطة مؤتمر صحفي عقده في العاصمة عن خطة جديدة", false)])
    func dateLinesAreRecognised(line: String, isDate: Bool) {
        #expect(PageTextChrome.isDateLine(line) == isDate)
    }
}
