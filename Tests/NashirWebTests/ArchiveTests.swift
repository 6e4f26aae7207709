import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirHTML
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import Testing

/// Month archives and their index, through the real router.
@Suite struct ArchiveTests {
    /// Stories in August and October 2020 (UTC); none in September.
    static func site() async throws -> SiteFixture {
        let site = try await SiteFixture(clock: ManualClock(TestDraft.date(days: 60)).source)
        _ = try await site.store.save([
            TestDraft.make(key: "1", headline: "خبر أغسطس", publishedAt: TestDraft.date(days: -20)),
            TestDraft.make(key: "2", headline: "خبر أكتوبر الأول", publishedAt: TestDraft.date(days: 20)),
            TestDraft.make(key: "3", headline: "خبر أكتوبر الثاني", publishedAt: TestDraft.date(days: 21)),
            TestDraft.make(key: "4", headline: "مسودة أكتوبر", status: .draft),
        ])
        return site
    }

    @Test func aMonthListsItsStoriesAndLinksItsNeighbours() async throws {
        let site = try await Self.site()
        try await site.test { client in
            let response = try await client.execute(uri: "/archive/2020/10", method: .get)
            #expect(response.status == .ok)
            let page = try #require(HTMLParser.parse(response.text))
            #expect(page.elements(named: "h1").first?.text == "أرشيف أكتوبر 2020")
            #expect(page.elements(named: "h2").map(\.text) == ["خبر أكتوبر الثاني", "خبر أكتوبر الأول"])
            let links = page.elements(named: "a").compactMap { $0["href"] }
            #expect(links.contains("/archive/2020/08"))
            #expect(!links.contains("/archive/2020/09"))
            #expect(response.text.contains("<link rel=\"canonical\" href=\"https://news.example/archive/2020/10\">"))
        }
    }

    @Test func emptyAndImpossibleMonthsAreNotFound() async throws {
        let site = try await Self.site()
        try await site.test { client in
            for path in ["/archive/2020/09", "/archive/2020/13", "/archive/2020/9", "/archive/20/10", "/archive/2020/+1", "/archive/2020/10?page=2"] {
                let status = try await client.execute(uri: path, method: .get).status
                #expect(status == .notFound, "\(path)")
            }
        }
    }

    @Test func theIndexListsEveryMonthWithItsCountByYear() async throws {
        let site = try await Self.site()
        try await site.test { client in
            let response = try await client.execute(uri: "/archive", method: .get)
            #expect(response.status == .ok)
            let page = try #require(HTMLParser.parse(response.text))
            #expect(page.elements(named: "h2").map(\.text) == ["2020"])
            let main = try #require(page.elements(named: "main").first)
            #expect(main.elements(named: "li").map(\.text) == ["أكتوبر (خبران)", "أغسطس (خبر واحد)"])
            // Every page's footer leads here.
            let home = try await client.execute(uri: "/", method: .get).text
            #expect(home.contains("<a href=\"/archive\">الأرشيف</a>"))
        }
    }

    @Test func aNewStoryReachesItsMonth() async throws {
        let clock = ManualClock(TestDraft.date(days: 60))
        let site = try await SiteFixture(clock: clock.source)
        _ = try await site.store.save([TestDraft.make(key: "1", headline: "خبر أكتوبر الأول", publishedAt: TestDraft.date(days: 20))])
        try await site.test { client in
            _ = try await client.execute(uri: "/archive/2020/10", method: .get)
            _ = try await site.store.save([TestDraft.make(key: "2", headline: "خبر أكتوبر الجديد", publishedAt: TestDraft.date(days: 22))])
            clock.advance(by: 1)
            let text = try await client.execute(uri: "/archive/2020/10", method: .get).text
            #expect(text.contains("خبر أكتوبر الجديد"))
        }
    }
}
