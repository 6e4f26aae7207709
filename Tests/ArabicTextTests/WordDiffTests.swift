import ArabicText
import Foundation
import NashirTestSupport
import Testing

@Suite("WordDiff")
struct WordDiffTests {
    private func same(_ text: String) -> WordDiffSegment { WordDiffSegment(kind: .same, old: text, new: text) }
    private func deleted(_ text: String) -> WordDiffSegment { WordDiffSegment(kind: .deleted, old: text, new: "") }
    private func inserted(_ text: String) -> WordDiffSegment { WordDiffSegment(kind: .inserted, old: "", new: text) }
    private func marksOnly(_ old: String, _ new: String) -> WordDiffSegment {
        WordDiffSegment(kind: .marksOnly, old: old, new: new)
    }

    @Test("identical texts are one same segment, two empty texts none")
    func identical() {
        let text = "أعلنت الحكومة، صباح اليوم، عن خطة جديدة.\nوقال المتحدث: «لا تعليق»."
        #expect(WordDiff.diff(text, text) == [same(text)])
        #expect(WordDiff.diff("", "") == [])
    }

    @Test("an empty side is one insertion or one deletion")
    func emptySide() {
        #expect(WordDiff.diff("", "خبر عاجل") == [inserted("خبر عاجل")])
        #expect(WordDiff.diff("خبر عاجل", "") == [deleted("خبر عاجل")])
    }

    @Test("words differing only by harakat or tatweel are marksOnly, not a replacement")
    func marks() {
        #expect(WordDiff.diff("عَلِمَ", "علم") == [marksOnly("عَلِمَ", "علم")])
        #expect(WordDiff.diff("قال محمـــد", "قال محمد") == [same("قال "), marksOnly("محمـــد", "محمد")])
        // A space between two re-vowelled words belongs to one run, not three.
        #expect(WordDiff.diff("عَلِمَ الطالبُ الدرس", "علم الطالب الدرس")
            == [marksOnly("عَلِمَ الطالبُ", "علم الطالب"), same(" الدرس")])
        // Another letter is another word, marks or not.
        #expect(WordDiff.diff("عَلِمَ", "عمل") == [deleted("عَلِمَ"), inserted("عمل")])
    }

    @Test("harakat typed in another order are canonically equal, so the same")
    func canonicalOrder() {
        let shaddaFirst = "شد\u{0651}\u{064E}", fathaFirst = "شد\u{064E}\u{0651}"
        #expect(WordDiff.diff(shaddaFirst, fathaFirst) == [WordDiffSegment(kind: .same, old: shaddaFirst, new: fathaFirst)])
    }

    @Test("insertion, deletion and replacement inside an Arabic sentence")
    func editsInSentence() {
        let short = "قال الوزير إن الاتفاق نهائي"
        let long = "قال الوزير اليوم إن الاتفاق نهائي"
        #expect(WordDiff.diff(short, long) == [same("قال الوزير "), inserted("اليوم "), same("إن الاتفاق نهائي")])
        #expect(WordDiff.diff(long, short) == [same("قال الوزير "), deleted("اليوم "), same("إن الاتفاق نهائي")])
        #expect(WordDiff.diff("وصل الرئيس إلى القاهرة صباح الأحد", "وصل الرئيس إلى الرياض مساء الأحد")
            == [same("وصل الرئيس إلى "), deleted("القاهرة صباح"), inserted("الرياض مساء"), same(" الأحد")])
    }

    @Test("punctuation and line breaks between two edits stay visible")
    func separatorsBetweenEdits() {
        #expect(WordDiff.diff("قال، إن", "أكد، أن")
            == [deleted("قال"), inserted("أكد"), same("، "), deleted("إن"), inserted("أن")])
        #expect(WordDiff.diff("قديم\nقديم", "جديد\nجديد")
            == [deleted("قديم"), inserted("جديد"), same("\n"), deleted("قديم"), inserted("جديد")])
    }

    @Test("Latin words and both kinds of digits are words like any other")
    func mixedScripts() {
        #expect(WordDiff.diff("ارتفع سهم Apple بنسبة 5% في 2024", "ارتفع سهم Apple بنسبة 7% في ٢٠٢٤")
            == [same("ارتفع سهم Apple بنسبة "), deleted("5"), inserted("7"), same("% في "), deleted("2024"), inserted("٢٠٢٤")])
        #expect(WordDiff.diff("إطلاق iPhone 15 في سبتمبر", "إطلاق iPhone 16 Pro في سبتمبر")
            == [same("إطلاق iPhone "), deleted("15"), inserted("16 Pro"), same(" في سبتمبر")])
    }

    @Test("segments rebuild both texts exactly, over many random revisions")
    func reconstruction() {
        var random = SeededRandom(seed: 0x6E61_7368_6972)
        for round in 0..<400 {
            let oldPieces = (0..<random.below(30)).map { _ in Self.pieces[random.below(Self.pieces.count)] }
            var newPieces = oldPieces
            if round % 5 == 0 {
                newPieces = (0..<random.below(30)).map { _ in Self.pieces[random.below(Self.pieces.count)] }
            } else {
                for _ in 0..<random.below(6) {
                    let position = random.below(newPieces.count + 1)
                    switch random.below(4) {
                    case 0: newPieces.insert(Self.pieces[random.below(Self.pieces.count)], at: position)
                    case 1 where position < newPieces.count: newPieces.remove(at: position)
                    case 2 where position < newPieces.count: newPieces[position] = Self.pieces[random.below(Self.pieces.count)]
                    case 3 where position < newPieces.count:
                        newPieces[position] = String(String.UnicodeScalarView(newPieces[position].unicodeScalars.filter {
                            !(0x064B...0x065F).contains($0.value) && $0.value != 0x0640
                        }))
                    default: break
                    }
                }
            }
            let old = oldPieces.joined(), new = newPieces.joined()
            let segments = WordDiff.diff(old, new)
            let rebuiltOld = segments.filter { $0.kind != .inserted }.map(\.old).joined()
            let rebuiltNew = segments.filter { $0.kind != .deleted }.map(\.new).joined()
            #expect(Array(rebuiltOld.unicodeScalars) == Array(old.unicodeScalars), "round \(round): \(old) → \(new)")
            #expect(Array(rebuiltNew.unicodeScalars) == Array(new.unicodeScalars), "round \(round): \(old) → \(new)")
            #expect(zip(segments, segments.dropFirst()).allSatisfy { $0.kind != $1.kind }, "round \(round)")
            for segment in segments {
                switch segment.kind {
                case .same: #expect(segment.old == segment.new && !segment.old.isEmpty)
                case .deleted: #expect(segment.new.isEmpty && !segment.old.isEmpty)
                case .inserted: #expect(segment.old.isEmpty && !segment.new.isEmpty)
                case .marksOnly: #expect(Self.withoutMarks(segment.old) == Self.withoutMarks(segment.new) && segment.old != segment.new)
                }
            }
            if old == new { #expect(segments == (old.isEmpty ? [] : [same(old)])) }
        }
    }

    @Test("a 3,000-word article with five edits gives exactly those edits")
    func longArticle() {
        let vocabulary = ["أعلنت", "وزارة", "الصحة", "اليوم", "عن", "تسجيل", "إصابات", "جديدة", "في", "المدينة"]
        // A number on every word keeps each edit's place unambiguous.
        var words = (0..<3_000).map { vocabulary[$0 % vocabulary.count] + DigitStyle.arabicIndic.apply(to: String($0)) }
        let original = words.joined(separator: " ")
        words[2_907...2_909] = ["نص", "بديل"]
        words[2_300] = "أَعْلَنَتْ٢٣٠٠"
        words.insert("عاجل", at: 1_800)
        words.remove(at: 1_105)
        words[403] = "تعديل"
        let revised = words.joined(separator: " ")

        let segments = WordDiff.diff(original, revised)
        // Which side of a removed word its space goes is the algorithm's choice; the words are not.
        let changes = segments.filter { $0.kind != .same }.map {
            "\($0.kind): \($0.old.trimmingCharacters(in: .whitespaces))|\($0.new.trimmingCharacters(in: .whitespaces))"
        }
        #expect(changes == [
            "deleted: اليوم٤٠٣|",
            "inserted: |تعديل",
            "deleted: تسجيل١١٠٥|",
            "inserted: |عاجل",
            "marksOnly: أعلنت٢٣٠٠|أَعْلَنَتْ٢٣٠٠",
            "deleted: جديدة٢٩٠٧ في٢٩٠٨ المدينة٢٩٠٩|",
            "inserted: |نص بديل",
        ])
        #expect(segments.filter { $0.kind != .inserted }.map(\.old).joined() == original)
        #expect(segments.filter { $0.kind != .deleted }.map(\.new).joined() == revised)
    }

    /// Arabic with and without marks, Latin, digits, joiners, emoji and separators of every
    /// sort, including marks with nothing before them.
    private static let pieces = [
        "كتب", "كَتَبَ", "الكتاب", "الكِتَابُ", "محمـــد", "محمد", "لا", "ﻻ", "٢٠٢٤", "2024", "5%",
        "CNN", "CNNالعربية", "Café", "Cafe\u{0301}", "می\u{200C}خواهم", "👍🏽", "❤️", "\u{064E}", "ـ",
        " ", "  ", "، ", ". ", "؟", "\n", "\n\n", "«", "»", "-", "\u{200F}", "\t", "\u{00A0}",
    ]

    private static func withoutMarks(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            !((0x064B...0x065F).contains($0.value) || $0.value == 0x0670 || (0x06D6...0x06ED).contains($0.value) || $0.value == 0x0640)
        }))
    }
}
