import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirHTML
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import Testing

/// What an article page shows around the story: reading time, related stories, the section's
/// previous and next story, and the share links.
@Suite struct ArticleNeighboursTests {
    static let libya = NashirDomain.Tag(slug: "libya", name: "ليبيا")
    static let turkey = NashirDomain.Tag(slug: "turkey", name: "تركيا")
    static let sport = Section(slug: "sport", name: "رياضة")

    static func page(_ site: SiteFixture, _ article: Article) async throws -> HTMLNode {
        let texts = Recorder<String>()
        try await site.test { client in
            let response = try await client.execute(uri: SiteRoute.of(article).path, method: .get)
            #expect(response.status == .ok)
            texts.record(response.text)
        }
        return try #require(HTMLParser.parse(texts.take().first ?? ""))
    }

    @Test func relatedStoriesShareTagsFirstThenWords() async throws {
        let site = try await SiteFixture()
        let saved = try await site.store.save([
            TestDraft.make(key: "1", headline: "وزير الدفاع التركي يزور طرابلس", tags: [Self.libya, Self.turkey], publishedAt: TestDraft.date(minutes: 1)),
            TestDraft.make(key: "2", headline: "اتفاق أمني بين أنقرة وطرابلس", tags: [Self.libya, Self.turkey], publishedAt: TestDraft.date(minutes: 2)),
            TestDraft.make(key: "3", headline: "انتخابات بلدية في ليبيا", tags: [Self.libya], publishedAt: TestDraft.date(minutes: 3)),
            TestDraft.make(key: "4", headline: "الدفاع المدني يخمد حريقا", body: ["أخمد رجال الإطفاء الحريق."], publishedAt: TestDraft.date(minutes: 4)),
            // The default body mentions the minister; this one must share nothing with the story.
            TestDraft.make(key: "5", headline: "الترجي يفوز بالكأس", section: Self.sport, body: ["فاز الفريق في النهائي."], publishedAt: TestDraft.date(minutes: 5)),
            TestDraft.make(key: "6", headline: "مسودة عن وزير الدفاع", tags: [Self.libya], status: .draft),
        ])
        let page = try await Self.page(site, saved[0].article)
        let related = try #require(page.elements(named: "section").first { $0["class"] == "related" })
        // Two tags shared, then one, then a word of the headline (الدفاع); never a draft or the story itself.
        #expect(related.elements(named: "a").map(\.text) == ["اتفاق أمني بين أنقرة وطرابلس", "انتخابات بلدية في ليبيا", "الدفاع المدني يخمد حريقا"])
    }

    @Test func theSectionsPreviousAndNextStoriesAreLinked() async throws {
        let site = try await SiteFixture()
        let saved = try await site.store.save([
            TestDraft.make(key: "1", headline: "الأقدم", publishedAt: TestDraft.date(minutes: 1)),
            TestDraft.make(key: "2", headline: "الأوسط", publishedAt: TestDraft.date(minutes: 2)),
            TestDraft.make(key: "3", headline: "في قسم آخر", section: Self.sport, publishedAt: TestDraft.date(minutes: 3)),
            TestDraft.make(key: "4", headline: "الأحدث", publishedAt: TestDraft.date(minutes: 4)),
        ])
        let middle = try await Self.page(site, saved[1].article)
        #expect(middle.elements(named: "a").first { $0["class"] == "previous-story" }?["href"] == SiteRoute.of(saved[0].article).path)
        #expect(middle.elements(named: "a").first { $0["class"] == "next-story" }?["href"] == SiteRoute.of(saved[3].article).path)
        let newest = try await Self.page(site, saved[3].article)
        #expect(newest.elements(named: "a").first { $0["class"] == "next-story" } == nil)
    }

    @Test func readingTimeTakesItsArabicPluralForm() async throws {
        let site = try await SiteFixture()
        let words = Array(repeating: "كلمة", count: 138).joined(separator: " ")
        let saved = try await site.store.save([
            TestDraft.make(key: "1", body: ["قصير."]),
            TestDraft.make(key: "2", body: [words, words]),
            TestDraft.make(key: "3", body: Array(repeating: words, count: 11)),
        ])
        var texts: [String] = []
        for result in saved {
            let page = try await Self.page(site, result.article)
            texts.append(page.elements(named: "span").first { $0["class"] == "reading-time" }?.text ?? "")
        }
        // 1 minute; 282 words → 3 minutes; 1,524 words → 12.
        #expect(texts == ["دقيقة للقراءة", "3 دقائق للقراءة", "12 دقيقة للقراءة"])
    }

    @Test func shareLinksCarryTheCanonicalAddress() async throws {
        let site = try await SiteFixture()
        let saved = try await site.store.save([TestDraft.make(key: "1")])
        let page = try await Self.page(site, saved[0].article)
        let canonical = SiteRoute.of(saved[0].article).url(on: BaseURL("https://news.example")!)
        let encoded = canonical.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let hrefs = page.elements(named: "a").compactMap { $0["href"] }
        #expect(hrefs.contains("https://www.facebook.com/sharer/sharer.php?u=\(encoded)") || hrefs.contains { $0.hasPrefix("https://www.facebook.com/sharer/sharer.php?u=https") })
        let copy = try #require(page.elements(named: "button").first { $0["class"] == "share-copy" })
        #expect(copy["data-copy-link"] == canonical)
        // Shown by the script only: without it the button could do nothing.
        #expect(copy["hidden"] != nil)
    }
}
