import Testing

@testable import NashirCopyDesk

/// Each rule on copy it must flag (with the span and fix) and on copy it must leave alone.
@Suite struct RuleTests {
    /// (rule, excerpt, suggestion) of every finding in `text` checked as one paragraph.
    func findings(_ text: String, settings: CopyDeskSettings = CopyDeskSettings()) -> [String] {
        CopyChecker.standard(settings: settings).check(CopyStory(paragraphs: [text])).map {
            "\($0.rule) «\($0.excerpt)»" + ($0.suggestion.map { " → «\($0)»" } ?? "")
        }
    }

    @Test("Flagged", arguments: [
        ("وصل الوفد.وبدأت المحادثات.", "punctuation.space-after «.» → «. »"),
        ("قال الوزير،إن الاتفاق قريب.", "punctuation.space-after «،» → «، »"),
        ("وصل الوفد (أمس)وبدأ المحادثات.", "punctuation.space-after «)» → «) »"),
        ("وصل الوفد .", "punctuation.space-before « » → «»"),
        ("ماذا حدث ؟", "punctuation.space-before « » → «»"),
        ("اللجنة ( 5+5) اجتمعت.", "brackets.inner-space « » → «»"),
        ("قال «الاتفاق قريب »، ثم غادر.", "brackets.inner-space « » → «»"),
        ("وصل  الوفد.", "space.double «  » → « »"),
        ("وصل الوفد, وبدأت المحادثات.", "punctuation.latin «,» → «،»"),
        ("هل وصل الوفد?", "punctuation.latin «?» → «؟»"),
        ("قال المتحدث» إن الوفد وصل.", "brackets.unbalanced «»»"),
        ("قال «إن الوفد وصل.", "brackets.unbalanced ««»"),
        ("التقى »أكار« أمس.", "brackets.unbalanced «»» → ««»"),
        ("وصل الوفد (أمس.", "brackets.unbalanced «(»"),
        ("قال \"إن الوفد وصل.", "brackets.unbalanced «\"»"),
        ("وصل الوفــد.", "typography.tatweel «ــ» → «»"),
        ("في عام 20٢٠ وصل الوفد.", "digits.mixed «20٢٠»"),
        ("إنهم لن يسعون للحرب.", "grammar.five-verbs «يسعون» → «يسعوا»"),
        ("ولم يتمكنون من الوصول.", "grammar.five-verbs «يتمكنون» → «يتمكنوا»"),
        ("يجب أن يتفقان على موعد.", "grammar.five-verbs «يتفقان» → «يتفقا»"),
        ("لن تذهبين وحدك.", "grammar.five-verbs «تذهبين» → «تذهبي»"),
        ("لن يلتقيان قبل الموعد.", "grammar.five-verbs «يلتقيان» → «يلتقيا»"),
        ("وعليكِ أن تذهبين وحدك.", "grammar.five-verbs «تذهبين» → «تذهبي»"),
        ("وقّعت الدول الثلاث اتفاقية نافتا )اتفاقية التجارة الحرة( أمس.", "brackets.unbalanced «)» → «(»"),
        ("وقال أن الوفد وصل.", "grammar.qala-inna «أن» → «إن»"),
        ("قالت انها وصلت.", "grammar.qala-inna «انها» → «إنها»"),
        ("وصل الوفد في في الموعد.", "word.repeated « في» → «»"),
        ("وأكد الوزير أن أن الاتفاق قريب.", "word.repeated « أن» → «»"),
        ("زار الوزير الامارات أمس.", "style.house «الامارات» → «الإمارات»"),
        ("وصل إلى الامارات وبالامارات التقى.", "style.house «وبالامارات» → «وبالإمارات»"),
    ])
    func flagged(_ text: String, _ expected: String) {
        #expect(findings(text).contains(expected), "\(findings(text))")
    }

    @Test("Left alone", arguments: [
        "وقال المتحدث باسم الوكالة (أ.ف.ب) إن الوفد وصل في الساعة 10:30 صباحًا.",
        "ارتفع المؤشر 3.5 في المئة إلى 1,250 نقطة، وفق «رويترز».",
        "قال «إن الاتفاق قريب» ثم غادر، وأضاف: «سنعود (قريبًا)».",
        "وشدد «المشري» و«أكار» على التنسيق.",
        "أراد أن يكون حاضرًا، ولم يكن يتعاون معهم، وسأل: لماذا؟",
        "أكد أن تأمين الحدود أولوية، حتى تمكين المرأة، وأن تلفزيون لبنان نقل الخبر.",
        "زار الوفد ليبيا، والتقى مسؤولين ليبيين، وقال إن الليبيون سيجتمعون.",
        "تقدم الجيش رويدا رويدا، شيئا فشيئا، خطوة خطوة.",
        "قال إنه وصل، وقالت إن الوفد وصل، ويقول إنهم وصلوا.",
        "وصل الوفد. وبدأت المحادثات؟ نعم! ثم انتهت...",
        "نشرت «بي بي سي» الخبر، و«سي إن إن» أيضًا، ونقلته الـBBC.",
        "وقّع الطرفان الاتفاق عام ٢٠٢٠، ثم جدداه عام 2024.",
        "قال مكتب التحقيقات الفيدرالي إف.بي.آي لموقع العربية.نت إن التحقيق مستمر.",
        "أكد أن تعيين الوزير تم، وأن تأمين الحدود أولوية، وأن الوزير ليبرمان وصل.",
        "أطلق الجيش صواريخ أرض أرض، وردد المحتجون: سلمية سلمية.",
        "وقالت شبكة سي أن أن إن المباراة انتهت بنتيجة واحد واحد، وقال: شوي شوي.",
    ])
    func leftAlone(_ text: String) {
        #expect(findings(text).isEmpty, "\(findings(text))")
    }

    @Test func aNameSpeltTwoWaysGetsTheMajoritySpelling() {
        let story = CopyStory(paragraphs: [
            "التقى الرئيس «عبد المجيد تبون» وفدًا.", "وقال الرئيس عبد المجيد تبون إن اللقاء مثمر.", "وأضاف «عبد المجيد تبوت» أن التعاون مستمر.",
        ])
        let names = CopyChecker.standard().check(story).filter { $0.rule == "names.consistency" }
        #expect(names.map { "\($0.paragraph) \($0.excerpt) → \($0.suggestion ?? "")" } == ["2 المجيد تبوت → المجيد تبون"])
    }

    @Test func aNameMisspeltInRunningTextIsFoundAndATieIsFlaggedWithoutAFix() {
        let running = CopyStory(paragraphs: [
            "التقى المشير «خليفة حفتر» وفدًا.", "وقال خليفة حفتر إن اللقاء مثمر.", "وأضاف المشير خليفة حتفر أن التعاون مستمر.",
        ])
        let found = CopyChecker.standard().check(running).filter { $0.rule == "names.consistency" }
        #expect(found.map { "\($0.paragraph) \($0.excerpt) → \($0.suggestion ?? "-")" } == ["2 خليفة حتفر → خليفة حفتر"])

        let tie = CopyStory(paragraphs: ["التقى الرئيس «قاسم سليماني» وفدًا.", "وقال قاسم سليمناي إن اللقاء مثمر."])
        let both = CopyChecker.standard().check(tie).filter { $0.rule == "names.consistency" }
        #expect(Set(both.map(\.excerpt)) == ["قاسم سليماني", "قاسم سليمناي"])
        #expect(both.allSatisfy { $0.suggestion == nil })
    }

    @Test func aQuotationCarriedIntoTheNextParagraphIsNotLeftOpen() {
        let story = CopyStory(paragraphs: ["وقال الوزير: «سنعمل على تنفيذ الاتفاق كاملًا.", "«ولن نتراجع عن التزاماتنا»، كما قال."])
        #expect(CopyChecker.standard().check(story).filter { $0.rule == "brackets.unbalanced" }.isEmpty)
    }

    @Test func aVerbFusedToLamIsCheckedOnlyWhenTheDictionaryKnowsTheFix() {
        struct Verbs: SpellingDictionary {
            func isCorrect(_ word: String) -> Bool { word == "يشاركوا" }
            func suggestions(for word: String) -> [String] { [] }
        }
        let text = CopyStory(paragraphs: ["جاؤوا ليشاركون في الحوار مع ليبرمان وليندون."])
        let without = CopyChecker.standard().check(text).filter { $0.rule == "grammar.five-verbs" }
        #expect(without.isEmpty)
        let with = CopyChecker.standard(spelling: Verbs()).check(text).filter { $0.rule == "grammar.five-verbs" }
        #expect(with.map { "\($0.excerpt) → \($0.suggestion ?? "")" } == ["ليشاركون → ليشاركوا"])
    }

    @Test func twoNamesThatMerelyLookAlikeAreLeftAlone() {
        // Different people share a surname; first names one letter apart are not enough on their own.
        let story = CopyStory(paragraphs: ["التقى الوزير «محمد علي» نظيره «أحمد علي».", "وقال الوزير «محمد علي» إن اللقاء مثمر."])
        #expect(CopyChecker.standard().check(story).filter { $0.rule == "names.consistency" }.isEmpty)
    }

    @Test func aSentenceRepeatedWordForWordIsAnErrorWithItsDeletion() {
        let sentence = "وأكد الطرفان استمرار التنسيق المشترك بينهما."
        let story = CopyStory(paragraphs: ["التقى الوزيران أمس. " + sentence, "وبحثا الأوضاع في المنطقة. " + sentence + " ثم غادر الوفد."])
        let repeated = CopyChecker.standard().check(story).filter { $0.rule == "sentence.repeated" }
        #expect(repeated.count == 1)
        #expect(repeated.first?.severity == .error)
        #expect(repeated.first?.paragraph == 1)
        #expect(repeated.first?.excerpt == sentence + " ")
        #expect(repeated.first?.suggestion == "")
    }

    @Test func aRuleTheSiteTurnedOffIsSilent() {
        let settings = CopyDeskSettings(disabledRules: ["grammar.five-verbs"])
        #expect(findings("إنهم لن يسعون للحرب.", settings: settings).isEmpty)
    }

    @Test func theHouseStyleListIsReadFromItsLines() {
        let entries = HouseStyleEntry.parse("# أسماء\nفايسبوك = فيسبوك\n\nخطأ\nالامارات=الإمارات\n")
        #expect(entries == [HouseStyleEntry(avoid: "فايسبوك", prefer: "فيسبوك"), HouseStyleEntry(avoid: "الامارات", prefer: "الإمارات")])
    }

    @Test func theSpellingRuleAsksTheDictionaryAndSparesTheNewsroomsWords() {
        struct Words: SpellingDictionary {
            func isCorrect(_ word: String) -> Bool { ["وصل", "الوفد", "إلى"].contains(word) }
            func suggestions(for word: String) -> [String] { word == "طرابلسس" ? ["طرابلس"] : [] }
        }
        let story = CopyStory(paragraphs: ["وصل الوفد إلى طرابلسس وحفتر."])
        let quick = CopyChecker.standard(settings: CopyDeskSettings(knownWords: ["حفتر"]), spelling: Words())
        let findings = quick.check(story).filter { $0.rule == "spelling" }
        #expect(findings.map(\.excerpt) == ["طرابلسس"])
        #expect(findings.first?.message == "كلمة لا يعرفها المدقق", "guesses are asked for only when wanted: they are slow")
        #expect(findings.first?.severity == .warning)

        let guessing = CopyChecker.standard(settings: CopyDeskSettings(knownWords: ["حفتر"]), spelling: Words(), suggestsSpelling: true)
        #expect(guessing.check(story).first { $0.rule == "spelling" }?.message.contains("«طرابلس»") == true)
    }
}
