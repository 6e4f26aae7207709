import ArabicText
import Foundation
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirSQLite

/// Words the analyser could read two ways, and words typed as the headline prints them,
/// searched through the store as the site searches.
@Suite struct SearchReadingsTests {
    let folder: TemporaryDirectory
    let store: SQLiteStore

    init() async throws {
        folder = try TemporaryDirectory()
        store = try folder.store()
    }

    func slugs(_ text: String) async throws -> [String] {
        try await store.search(SearchRequest(text: text), now: TestDraft.date(days: 100)).hits.filter { !$0.partial }.map(\.summary.slug)
    }

    func save(_ headlines: [String: String]) async throws {
        _ = try await store.save(headlines.sorted { $0.key < $1.key }.map { key, headline in
            TestDraft.make(key: key, headline: headline, body: ["تقرير."], publishedAt: TestDraft.date(days: 1))
        })
    }

    @Test func aConjunctionOrParticleInFrontOfAWordIsAlsoReadAsOne() async throws {
        try await save(["lyon": "أولمبيك ليون يفوز على مرسيليا", "wali": "ولي العهد يستقبل الوزير", "return": "عودة اللاجئين إلى ديارهم",
                        "central": "عاصفة تضرب أمريكا الوسطى", "russia": "قمة بين روسيا والصين"])
        // و + ليون; the word itself (ولي) is still found.
        #expect(try await slugs("مرسيليا وليون") == ["خبر-lyon"])
        #expect(try await slugs("ولي العهد") == ["خبر-wali"])
        // و + عودة, where وعود (promises) would have kept its و.
        #expect(try await slugs("وعودة اللاجئين") == ["خبر-return"])
        // وسطي typed for الوسطى: the و is the word's own.
        #expect(try await slugs("امريكا وسطي") == ["خبر-central"])
        // ب + روسيا.
        #expect(try await slugs("قمة بروسيا") == ["خبر-russia"])
    }

    @Test func aStopWordBehindAConjunctionIsAStopWord() async throws {
        try await save(["easy": "الحل ليس سهلا في المفاوضات"])
        #expect(try await slugs("وليس الحل") == ["خبر-easy"])
    }

    @Test func aProtectedNameBehindAConjunctionKeepsItsLetters() async throws {
        try await save(["germany": "ألمانيا تفوز بالمباراة", "mania": "هوس مانيا الجماهير"])
        #expect(try await slugs("وألمانيا") == ["خبر-germany"])
        #expect(try await slugs("بألمانيا") == ["خبر-germany"])
    }

    @Test func aliTheNameIsNotAliaThePreposition() async throws {
        try await save(["name": "علي يفوز بالجائزة", "preposition": "هجوم على السفارة في العاصمة"])
        // Alone, علي is the name: the story that only says على is not about him.
        #expect(try await slugs("علي") == ["خبر-name"])
        // Among other words it may be على typed with ي: it ranks, it does not filter.
        #expect(try await slugs("هجوم علي السفارة") == ["خبر-preposition"])
        #expect(try await slugs("على") == [])
    }

    @Test func aWordTypedAsTheHeadlinePrintsItRanksThatHeadlineFirst() async throws {
        // الحرة (free) and حر (heat) share a stem; the newer story would win on recency alone.
        _ = try await store.save([
            TestDraft.make(key: "free", headline: "افتتاح المنطقة الحرة في الميناء", body: ["تقرير."], publishedAt: TestDraft.date(days: 1)),
            TestDraft.make(key: "heat", headline: "موجة حر في المنطقة", body: ["تقرير."], publishedAt: TestDraft.date(days: 20)),
        ])
        #expect(try await slugs("المنطقة الحره") == ["خبر-free", "خبر-heat"])
        #expect(try await slugs("حر المنطقة") == ["خبر-heat", "خبر-free"])
    }
}
