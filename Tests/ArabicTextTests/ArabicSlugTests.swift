import ArabicText
import Testing

@Suite("ArabicSlug")
struct ArabicSlugTests {
    @Test("turns real headlines into readable slugs", arguments: [
        ("أنقرة وطرابلس تؤكدان استمرار التنسيق المشترك ضد حفتر",
         "أنقرة-وطرابلس-تؤكدان-استمرار-التنسيق-المشترك-ضد-حفتر"),
        ("هل ودّع القيصر كاظم الساهر حياة العزوبية؟",
         "هل-ودع-القيصر-كاظم-الساهر-حياة-العزوبية"),
        ("هكذا تحالفت أحلام وإليسا ضد عاصي وحماقي بـ\"ذا فويس\"",
         "هكذا-تحالفت-أحلام-وإليسا-ضد-عاصي-وحماقي-ب-ذا-فويس"),
        ("\u{200F}\u{202B}أمر ملكي بحصر مستحقات القطاع الخاص وتعجيل سدادها",
         "أمر-ملكي-بحصر-مستحقات-القطاع-الخاص-وتعجيل-سدادها"),
        ("هبوط قوي لتحويلات الأجانب في السعودية 26\u{200E}% يناير الماضي",
         "هبوط-قوي-لتحويلات-الأجانب-في-السعودية-26-يناير-الماضي"),
        ("المغني إد شيران الأفضل مبيعاً عالمياً في ٢٠١٧",
         "المغني-إد-شيران-الأفضل-مبيعا-عالميا-في-2017"),
        ("شركة \"Vue\" تخطط لافتتاح 30 صالة سينما في السعودية",
         "شركة-vue-تخطط-لافتتاح-30-صالة-سينما-في-السعودية"),
        ("«الصحة»: ٣ إصابات جديدة، ولا وفيات؛ لماذا؟",
         "الصحة-3-إصابات-جديدة-ولا-وفيات-لماذا"),
        ("تونس – وات — عاجل", "تونس-وات-عاجل"),
        ("مؤتمر إسطنبول يبحث أزمة اللاجئين", "مؤتمر-إسطنبول-يبحث-أزمة-اللاجئين"),
        ("﴿ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ﴾ ۝", "ٱلحمد-لله-رب-ٱلعلمين"),
        ("Café Müller: ÉTÉ 2024", "café-müller-été-2024"),
    ])
    func headlines(text: String, expected: String) {
        #expect(ArabicSlug.make(from: text) == expected)
    }

    @Test("unfolds presentation forms, ligatures and full-width characters", arguments: [
        ("\u{FE8D}\u{FEDF}\u{FECC}\u{FEAE}\u{FE91}\u{FEF4}\u{FE94}", "العربية"),
        ("قطاع ا\u{FEF9}علام", "قطاع-الإعلام"),
        ("\u{FEFB}عب", "لاعب"),
        ("\u{FDF2} أكبر", "الله-أكبر"),
        ("ＡＢＣ ２０２０", "abc-2020"),
        ("كتاب\u{FE70} جديد", "كتاب-جديد"),
    ])
    func unfolds(text: String, expected: String) {
        #expect(ArabicSlug.make(from: text) == expected)
    }

    @Test("returns an empty slug only when there are no letters", arguments: [
        "", "   ", "؟!«»،؛ - –", "٢٠٢٠", "2020", "\u{064E}\u{0651}\u{0640}", "\u{200F}\u{FEFF}",
    ])
    func emptyWithoutLetters(text: String) {
        #expect(ArabicSlug.make(from: text) == "")
    }

    @Test("keeps at most maxWords words and maxLength characters, cut between words", arguments: [
        (10, 80, "أنقرة-وطرابلس-تؤكدان-استمرار-التنسيق-المشترك-ضد-حفتر"),
        (3, 80, "أنقرة-وطرابلس-تؤكدان"),
        (10, 20, "أنقرة-وطرابلس-تؤكدان"),
        (10, 19, "أنقرة-وطرابلس"),
        (0, 80, "أنقرة"),
        (10, 3, "أنق"),
        (10, 0, "أ"),
    ])
    func limits(maxWords: Int, maxLength: Int, expected: String) {
        let text = "أنقرة وطرابلس تؤكدان استمرار التنسيق المشترك ضد حفتر"
        #expect(ArabicSlug.make(from: text, maxWords: maxWords, maxLength: maxLength) == expected)
    }

    @Test("defaults keep ten words of a long headline")
    func defaultWordLimit() {
        let text = "النقابة العامة للاعلام : تسريب \"نسمة\" يكشف مدى خطورة ما وصل إليه قطاع اﻹعلام"
        #expect(ArabicSlug.make(from: text) == "النقابة-العامة-للاعلام-تسريب-نسمة-يكشف-مدى-خطورة-ما-وصل")
    }

    @Test("every slug is URL-shaped", arguments: [
        "«عاجل» — الرئيس يلتقي الوفد… ثم يغادر!!",
        "  -- بداية ونهاية --  ",
        "ابنة جوني هاليداي تكشف معلومات حول النزاع على ميراثه",
        "ما هو الطرح الأولي للعملات الرقمية وكيف يختلف عن الاكتتاب العام؟ ICO vs IPO 2018",
    ])
    func urlShaped(text: String) {
        let slug = ArabicSlug.make(from: text, maxWords: 6, maxLength: 40)
        #expect(!slug.isEmpty)
        #expect(slug.count <= 40)
        #expect(slug.split(separator: "-").count <= 6)
        #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"))
        #expect(!slug.contains(" "))
        #expect(ArabicSlug.make(from: slug, maxWords: 6, maxLength: 40) == slug)
    }
}
