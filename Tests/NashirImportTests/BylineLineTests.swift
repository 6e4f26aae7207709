import Testing
@testable import NashirImport

@Suite struct BylineLineTests {
    @Test(arguments: [
        ("كتبت أسماء نصار", "أسماء نصار"), ("بقلم: د. محمد علي", "د. محمد علي"), ("حوار: آسيا العتروس", "آسيا العتروس"),
        ("كتب - أحمد حسن وسامي علي", "- أحمد حسن وسامي علي"), ("إعداد : منى سالم", "منى سالم"), ("By Sara Ali", "Sara Ali"),
        ("كُتب بواسطة: سارة المنصوري", "سارة المنصوري"),
    ])
    func readsTheName(_ line: String, _ name: String) {
        #expect(BylineLine.name(in: line) == name)
    }

    /// Sentences that open with «كتب», lines with figures, and words that only start like an opening.
    @Test(arguments: [
        "كتب الرئيس رسالة إلى الأمين العام.", "كتب الرئيس رسالة إلى الأمين العام", "كتب الوزير مقالا.", "كتبت 3 صحف عن الحادث", "كتبتها الصحيفة أمس في افتتاحيتها الطويلة عن الأزمة",
        "تقرير اللجنة النهائي عن أسباب الحريق في المصنع الكبير", "حوارات", "بقلم:", "Byline", "تقرير خاص", "متابعة الأحداث",
    ])
    func refusesLinesThatAreNotBylines(_ line: String) {
        #expect(BylineLine.name(in: line) == nil)
    }
}
