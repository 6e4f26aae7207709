import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirHTML
import NashirRoutes
import NashirSQLite
import NashirTestSupport
@testable import NashirWeb
import Testing

/// «الأكثر قراءة»: real reads counted where requests arrive, bots, prefetches and repeat views
/// left out, written to the store in batches and shown on the front page.
@Suite struct MostReadTests {
    static let browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

    @Test func onlyAPersonsFirstViewOfAStoryCounts() {
        let counter = ReadCounter()
        for _ in 0..<3 { counter.view(path: "/news/7/خبر", userAgent: Self.browser, address: "10.0.0.1", purpose: nil) }
        counter.view(path: "/news/7", userAgent: Self.browser, address: "10.0.0.2", purpose: nil)
        counter.view(path: "/read/7", userAgent: Self.browser, address: "10.0.0.2", purpose: nil)  // the beacon after the page: a repeat
        counter.view(path: "/news/7/x", userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1)", address: "10.0.0.3", purpose: nil)
        counter.view(path: "/news/7/x", userAgent: "curl/8.0", address: "10.0.0.4", purpose: nil)
        counter.view(path: "/news/7/x", userAgent: nil, address: "10.0.0.5", purpose: nil)
        counter.view(path: "/news/7/x", userAgent: Self.browser, address: "10.0.0.6", purpose: "prefetch;prerender")
        counter.view(path: "/section/7", userAgent: Self.browser, address: "10.0.0.7", purpose: nil)
        counter.view(path: "/news/7abc", userAgent: Self.browser, address: "10.0.0.8", purpose: nil)
        #expect(counter.take() == [ArticleID(7): 2])
        #expect(counter.take().isEmpty)
        // A bot's repeat stays uncounted, and a reader's first view of another story counts.
        counter.view(path: "/news/7/x", userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1)", address: "10.0.0.3", purpose: nil)
        counter.view(path: "/news/8", userAgent: Self.browser, address: "10.0.0.1", purpose: nil)
        #expect(counter.take() == [ArticleID(8): 1])
        #expect(ReadCounter.contains(["bot"], in: "Mozilla/5.0 (compatible; BingBOT/2.0)") && !ReadCounter.contains(["bot"], in: Self.browser))
    }

    @Test func anArticlesNumberIsReadFromItsPathAndNothingElse() {
        let cases: [(Substring, Int64?)] = [
            ("/news/7", 7), ("/news/7/خبر", 7), ("/news/12?utm_source=x", 12), ("/read/9", 9), ("/news/007/x", 7),
            ("/news/", nil), ("/news/0", nil), ("/news/7abc", nil), ("/news/٧", nil), ("/section/7", nil), ("/news/-7", nil),
            ("/news/1234567890123456789", nil), ("/news/123456789012345678", 123_456_789_012_345_678), ("/News/7", nil),
        ]
        for (path, id) in cases { #expect(ReadCounter.articleID(inPath: path)?.rawValue == id, "\(path)") }
    }

    @Test func theFrontPageRanksStoriesByTheirReads() async throws {
        let clock = ManualClock(TestDraft.date(days: 1))
        let counter = ReadCounter(clock: clock.source)
        let site = try await SiteFixture(clock: clock.source, readCounter: counter)
        let saved = try await site.store.save([
            TestDraft.make(key: "1", headline: "خبر قليل القراءة", publishedAt: TestDraft.date(minutes: 1)),
            TestDraft.make(key: "2", headline: "خبر كثير القراءة", publishedAt: TestDraft.date(minutes: 2)),
            TestDraft.make(key: "3", headline: "خبر لم يقرأه أحد", publishedAt: TestDraft.date(minutes: 3)),
        ])
        try await site.test { client in
            func read(_ article: Article, as reader: Int, beacon: Bool = false) async throws {
                let headers: HTTPFields = [.userAgent: Self.browser + " reader/\(reader)"]
                let response = beacon
                    ? try await client.execute(uri: SiteRoute.readBeacon(article.id).path, method: .post, headers: headers)
                    : try await client.execute(uri: SiteRoute.of(article).path, method: .get, headers: headers)
                #expect(response.status == (beacon ? .noContent : .ok))
            }
            // The first page render, then served from the cache: both count.
            for reader in 1...3 { try await read(saved[1].article, as: reader) }
            try await read(saved[1].article, as: 4, beacon: true)
            try await read(saved[0].article, as: 1)
            try await read(saved[0].article, as: 1)
            try await counter.flush(into: site.store)
            // The front page shows reads within five minutes, with nobody saving anything.
            clock.advance(by: 301)
            let page = try #require(HTMLParser.parse(try await client.execute(uri: "/", method: .get).text))
            let block = try #require(page.elements(withClass: "most-read").first)
            #expect(block.elements(named: "h2").first?.text == "الأكثر قراءة")
            #expect(block.elements(named: "a").map(\.text) == ["خبر كثير القراءة", "خبر قليل القراءة"])
        }
        let counts = try await site.store.mostRead(since: TestDraft.date(), limit: 5, now: clock.now)
        #expect(counts.map(\.reads) == [4, 1])
    }
}
