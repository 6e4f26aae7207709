import Testing
@testable import NashirDomain

/// Copy written for these tests in the manner of two agencies reporting one event, and a third
/// report on the same subject that is another story.
enum StoryFixtures {
    static let agencyA = (
        headline: "مقتل 18 شخصا في هجوم لجماعة بوكو حرام على قرية في تشاد",
        body: """
        قتل 18 شخصا مساء الخميس في هجوم شنه مسلحون من جماعة بوكو حرام على قرية تقع على ضفاف بحيرة تشاد قرب الحدود مع النيجر، وفق ما أعلن مصدر أمني الأحد.

        وقال المصدر إن المهاجمين ذبحوا السكان وخطفوا عشر نساء قبل أن يفروا نحو الجزر المنتشرة في البحيرة.

        وتشن الجماعة منذ سنوات هجمات متكررة في المنطقة.
        """)
    static let agencyB = (
        headline: "تشاد: بوكو حرام تذبح 18 شخصا وتخطف عشر نساء في هجوم غربي البلاد",
        body: """
        شنت جماعة بوكو حرام مساء الخميس هجوما على قرية في منطقة بحيرة تشاد القريبة من النيجر، فذبحت 18 شخصا وخطفت عشر نساء، حسب ما أفاد مصدر أمني.

        وأضاف المصدر أن المسلحين انسحبوا بعد الهجوم باتجاه جزر البحيرة.
        """)
    /// Same country, same threat, same week: another development, not the attack.
    static let otherStory = (
        headline: "تشاد تعلن حالة الطوارئ في إقليم البحيرة وتغلق حدودها مع نيجيريا",
        body: """
        أعلنت الحكومة التشادية الثلاثاء حالة الطوارئ لمدة ستة أشهر في إقليم البحيرة غرب البلاد، وأغلقت حدودها مع نيجيريا والنيجر، في خطوة قالت إنها تهدف إلى الحد من تحركات الجماعات المسلحة.

        وقال وزير الأمن في مؤتمر صحفي إن القرار يشمل حظر تجول ليليا ومنع التنقل بالقوارب في البحيرة.
        """)
}

struct StoryFingerprintTests {
    let matcher = StoryMatcher.standard

    func fingerprint(_ story: (headline: String, body: String)) -> StoryFingerprint {
        StoryFingerprint(headline: story.headline, body: story.body)
    }

    @Test func identicalTextIsTheSameStory() {
        let a = fingerprint(StoryFixtures.agencyA)
        #expect(a == fingerprint(StoryFixtures.agencyA))
        #expect(matcher.isSameStory(a, a))
        #expect(matcher.score(a, a) >= 1)
    }

    @Test func rewordedAgencyCopyOfOneEventIsTheSameStory() {
        let a = fingerprint(StoryFixtures.agencyA), b = fingerprint(StoryFixtures.agencyB)
        #expect(matcher.isSameStory(a, b), "score \(matcher.score(a, b))")
        #expect(matcher.isSameStory(b, a))
        #expect(!Set(a.bandKeys).isDisjoint(with: b.bandKeys), "the two must meet in the band index")
    }

    @Test func anotherStoryOnTheSameSubjectIsNot() {
        let a = fingerprint(StoryFixtures.agencyA), other = fingerprint(StoryFixtures.otherStory)
        #expect(!matcher.isSameStory(a, other), "score \(matcher.score(a, other))")
        #expect(matcher.score(a, other) < matcher.score(a, fingerprint(StoryFixtures.agencyB)))
    }

    @Test func aSourceRewritingItsOwnStoryNeedsMoreThanTwoAgenciesDo() {
        let a = fingerprint(StoryFixtures.agencyA), b = fingerprint(StoryFixtures.agencyB)
        #expect(matcher.isSameStory(a, b, fromOneSource: false))
        #expect(!matcher.isSameStory(a, b, fromOneSource: true))
        #expect(matcher.isSameStory(a, a, fromOneSource: true))
    }

    @Test func oneLineFlashesOfDifferentEventsAreNotGrouped() {
        let quake = StoryFingerprint(headline: "عاجل: زلزال بقوة 6 درجات يضرب جنوب إيران", body: "")
        let otherQuake = StoryFingerprint(headline: "عاجل: زلزال بقوة 5 درجات يضرب شمال تركيا", body: "")
        let sameQuake = StoryFingerprint(headline: "زلزال بقوة 6 درجات يضرب جنوب إيران", body: "")
        #expect(!matcher.isSameStory(quake, otherQuake), "score \(matcher.score(quake, otherQuake))")
        #expect(matcher.isSameStory(quake, sameQuake), "score \(matcher.score(quake, sameQuake))")
    }

    @Test func aStoryWithoutWordsIsNeverGrouped() {
        let empty = StoryFingerprint(headline: "", body: "")
        let punctuation = StoryFingerprint(headline: "«» — …", body: "\n\n")
        #expect(empty.isEmpty && punctuation.isEmpty)
        #expect(empty.bandKeys.isEmpty)
        #expect(!matcher.isSameStory(empty, empty))
        #expect(!matcher.isSameStory(empty, fingerprint(StoryFixtures.agencyA)))
        #expect(matcher.score(empty, punctuation) == 0)
    }

    @Test func aHeadlineAloneStillFingerprints() {
        let flash = StoryFingerprint(headline: StoryFixtures.agencyA.headline, body: "")
        #expect(!flash.isEmpty)
        #expect(!flash.bandKeys.isEmpty)
    }

    /// Spellings of one text that readers and sources produce: harakat, tatweel, hamza seats,
    /// teh marbuta, alef maksura, Eastern Arabic digits, invisible bidi marks.
    @Test(arguments: [
        ("مقتل 18 شخصاً في هجوم لجماعة بوكو حرام على قرية في تشاد", "مَقْتَلُ ١٨ شَخْصاً فِي هُجُومٍ لِجَمَاعَةِ بُوكُو حَرَامٍ عَلَى قَرْيَةٍ فِي تَشَادَ"),
        ("مقتل 18 شخصاً في هجوم لجماعة بوكو حرام على قرية في تشاد", "مقـــتل 18 شخصاً في هجـــوم لجماعـــة بوكو حرام على قريـة في تشاد"),
        ("أعلن الرئيس إطلاق سراح المعتقلين في الأردن", "اعلن الرئيس اطلاق سراح المعتقلين في الاردن"),
        ("قالت الجماعة إن المسؤول سيلتقي رئيس الهيئة", "قالت الجماعه ان المسئول سيلتقي رئيس الهيئه"),
        ("مقتل 18 شخصاً في هجوم على قرية", "\u{200F}مقتل 18\u{200B} شخصاً في هجوم على قرية\u{202C}"),
    ])
    func spellingVariantsGiveOneFingerprint(plain: String, variant: String) {
        let body = StoryFixtures.agencyA.body
        #expect(StoryFingerprint(headline: plain, body: body) == StoryFingerprint(headline: variant, body: body))
    }

    @Test func figuresAreNumbersThatAreNotYearsOrSmallCounts() {
        let terms = StoryTerms(headline: "مقتل 18 شخصا و3 جرحى في 2018 بعد دفع 4257 دولارا", body: "")
        #expect(terms.figures.count == 2)
    }

    @Test func onlyTheOpeningIsRead() {
        let opening = Array(repeating: "كلمة\(0)", count: 1).joined()
        let longBody = (0..<400).map { "كلمة\($0 % 7) مدينة\($0)" }.joined(separator: " ")
        let a = StoryFingerprint(headline: opening, body: longBody)
        let b = StoryFingerprint(headline: opening, body: longBody + " إضافة في آخر المقال لا تغير شيئا")
        #expect(a == b)
        #expect(a.terms.count <= 1 + StoryTerms.openingTerms)
    }
}
