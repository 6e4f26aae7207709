import Foundation
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirImport

@Suite struct DatelineParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let place: String?
        let source: String
        let remainder: String
        var testDescription: String { text }
    }

    static let recognised: [Case] = [
        Case(text: "طرابلس – وكالات:", place: "طرابلس", source: "وكالات", remainder: ""),
        Case(text: "طرابلس - وكالات:", place: "طرابلس", source: "وكالات", remainder: ""),
        Case(text: "القاهرة (رويترز) - قال مسؤولون", place: "القاهرة", source: "رويترز", remainder: "قال مسؤولون"),
        Case(text: "دبي، الإمارات العربية المتحدة (CNN) -- سيحصل عشاق السينما", place: "دبي، الإمارات العربية المتحدة", source: "CNN", remainder: "سيحصل عشاق السينما"),
        Case(text: "الرياض - واس: أعلنت الوزارة", place: "الرياض", source: "واس", remainder: "أعلنت الوزارة"),
        Case(text: "بيروت ـ «الشرق الأوسط»: قال", place: "بيروت", source: "«الشرق الأوسط»", remainder: "قال"),
        Case(text: "(CNN)-- أعلنت الشركة", place: nil, source: "CNN", remainder: "أعلنت الشركة"),
        Case(text: "أتلانتا، الولايات المتحدة الأمريكية (CNN)—تعرفت", place: "أتلانتا، الولايات المتحدة الأمريكية", source: "CNN", remainder: "تعرفت"),
        Case(text: "واشنطن (أ ف ب) - أعلن البيت الأبيض", place: "واشنطن", source: "أ ف ب", remainder: "أعلن البيت الأبيض"),
    ]

    @Test(arguments: recognised)
    func readsDatelinesAsArabicSitesWriteThem(_ example: Case) throws {
        let match = try #require(DatelineParser.parse(example.text))
        #expect(match.dateline.place == example.place)
        #expect(match.dateline.source == example.source)
        #expect(match.remainder == example.remainder)
    }

    @Test func readsTheDateInATunisianAgencyDateline() throws {
        let match = try #require(DatelineParser.parse("تونس 11 ديسمبر 2016 (وات) - أكد بيان"))
        #expect(match.dateline.place == "تونس")
        #expect(match.dateline.source == "وات")
        let date = try #require(match.dateline.date)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        #expect(calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: 2016, month: 12, day: 11))
        #expect(match.remainder == "أكد بيان")
    }

    /// A UN agency's press release dates its place and names no source.
    @Test func readsAPressReleaseDatelineWithoutASource() throws {
        let match = try #require(DatelineParser.parse("بغداد، 12 أيار/مايو 2018 – مرت 15 عاما منذ إسقاط النظام"))
        #expect(match.dateline.place == "بغداد")
        #expect(match.dateline.source == nil)
        #expect(match.remainder == "مرت 15 عاما منذ إسقاط النظام")
        #expect(DatelineParser.isWholeLine("عمّان، 8 حزيران/يونيو 2018 –"))
        #expect(DatelineParser.parse("وقعت الحادثة في 12 مايو 2018 - بحسب الشرطة") == nil)
    }

    /// A dateline alone on its line needs no dash after the wire's name: a place over a wire, or a dated place.
    @Test func readsABracketedDatelineAloneOnItsLine() throws {
        let wires = try #require(DatelineParser.parse("روسيا (وكالات)"))
        #expect(wires.dateline.place == "روسيا")
        #expect(wires.dateline.source == "وكالات")
        #expect(wires.remainder.isEmpty)
        let dated = try #require(DatelineParser.parse("باكو، 18 مارس (أذرتاج)."))
        #expect(dated.dateline.place == "باكو")
        #expect(dated.dateline.source == "أذرتاج")
        // A photo's caption has the shape, and so does a sentence naming a body in brackets.
        #expect(DatelineParser.parse("صورة تعبيرية (فرانس برس)") == nil)
        #expect(DatelineParser.parse("جانب من الاجتماع (أ ف ب)") == nil)
        #expect(DatelineParser.parse("أعلن رئيس الاتحاد الدولي لكرة القدم (فيفا)") == nil)
    }

    /// Real first paragraphs from the corpus that contain dashes, colons or brackets but no dateline.
    @Test(arguments: [
        "إعتبر \"حزب التحرير - تونس\" أن القرار",
        "أعلن رئيس الاتحاد الدولي لكرة القدم (فيفا) أن البطولة",
        "نشبت مشاجرة بين نواب في البرلمان التركي خلال ليلة الأربعاء - الخميس: وقال",
        "الادعاء: لم تحصل الشرطة على أدلة",
        "إنهزم المنتخب التونسي أمام نظيره السويدي بنتيجة 2 - 1 في مباراة",
        "شدد وزير الدفاع التركي «خلوصي أكار»، الذي وصل إلى العاصمة الليبية طرابلس",
    ])
    func leavesOrdinaryCopyAlone(_ text: String) {
        #expect(DatelineParser.parse(text) == nil)
    }

    @Test(.enabled(if: Fixtures.hasCorpus, "needs ../shared/corpus"))
    func findsDatelinesOfRealWireCopyInTheCorpus() throws {
        var datelines: Set<Dateline> = []
        for name in ["ant-v2.1-cnn-arabic.jsonl", "ant-v1.1-jawharafm.jsonl"] {
            for line in Fixtures.corpusLines(name, count: 12_000) {
                let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                guard let body = record["body"] as? String, let first = TextCleaning.paragraphs(body).first else { continue }
                if let match = DatelineParser.parse(first) { datelines.insert(Dateline(place: match.dateline.place, source: match.dateline.source)) }
            }
        }
        let places = Set(datelines.compactMap(\.place))
        for expected in ["دبي، الإمارات العربية المتحدة", "أتلانتا، الولايات المتحدة الأمريكية", "نيويورك، الولايات المتحدة الأمريكية",
                         "واشنطن، الولايات المتحدة الأمريكية", "القاهرة، مصر", "لندن، بريطانيا", "تونس"] {
            #expect(places.contains(expected), "no dateline from \(expected)")
        }
        #expect(datelines.contains(Dateline(place: "تونس", source: "وات")))
        #expect(datelines.contains(Dateline(place: nil, source: "CNN")))
    }
}
