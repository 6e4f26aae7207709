import CompressNIO
import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirHTML
import NashirSQLite
import NashirTestSupport
import NashirWeb
import NIOCore
import Testing

/// `/search` for readers and `/api/v1/search`, `/api/v1/suggest` for programs, through the real router.
@Suite struct SearchPageTests {
    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
    }

    static let sport = Section(slug: "sport", name: "رياضة")

    static func site() async throws -> SiteFixture {
        let site = try await SiteFixture()
        _ = try await site.store.save([
            TestDraft.make(key: "1", headline: "الترجي يفوز بالكأس", section: sport, body: ["فاز فريق الترجي على منافسه في مباراة نقلتها قناة beIN Sports أمس."]),
            TestDraft.make(key: "2", headline: "ارتفاع أسعار النفط", section: Section(slug: "economy", name: "اقتصاد"), body: ["قال محللون إن أسعار النفط ارتفعت."],
                           tags: [NashirDomain.Tag(slug: "oil", name: "النفط")], publishedAt: TestDraft.date(days: 40)),
        ])
        return site
    }

    @Test func resultsShowTheCountAndMarkTheWordsAsWritten() async throws {
        let site = try await Self.site()
        try await site.test { client in
            let response = try await client.execute(uri: "/search?q=\(Self.encoded("ترجي sports"))", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.cacheControl] == "no-store")
            let page = try #require(HTMLParser.parse(response.text))
            #expect(page.elements(named: "h1").first?.text == "نتائج البحث عن «ترجي sports»")
            #expect(page.elements(withClass: "list-subheading").first?.text == "نتيجة واحدة")
            #expect(page.elements(withClass: "card-headline").map(\.text) == ["الترجي يفوز بالكأس"])
            let marks = page.elements(named: "mark").map(\.text)
            #expect(marks == ["الترجي", "الترجي", "Sports"])
            // The Latin match is isolated so it keeps its place in the right-to-left line.
            #expect(response.text.contains("<mark><bdi>Sports</bdi></mark>"))
            #expect(page.elements(withClass: "search-form").first?.elements(named: "input").first?["value"] == "ترجي sports")
        }
    }

    @Test func aResultsPageIsGzippedWhenAcceptedAndStaysOutOfSharedCaches() async throws {
        let site = try await Self.site()
        let uri = "/search?q=\(Self.encoded("الترجي"))"
        try await site.test { client in
            // Twice: the render's response, then the page cache's.
            for _ in 0..<2 {
                let plain = try await client.execute(uri: uri, method: .get)
                let packed = try await client.execute(uri: uri, method: .get, headers: [.acceptEncoding: "gzip, deflate, br"])
                #expect(plain.status == .ok && packed.status == .ok)
                #expect(plain.headers[.contentEncoding] == nil && packed.headers[.contentEncoding] == "gzip")
                #expect(packed.body.readableBytes < plain.body.readableBytes / 2, "\(packed.body.readableBytes) of \(plain.body.readableBytes) bytes")
                for response in [plain, packed] {
                    #expect(response.headers[.cacheControl] == "no-store")
                    #expect(response.headers[.vary] == "Accept-Encoding")
                }
                var body = packed.body
                #expect(try body.decompress(with: .gzip()) == plain.body)
                #expect(packed.headers[.eTag] != plain.headers[.eTag])
            }
        }
    }

    @Test func articlesMissingOneWordFollowUnderTheirOwnHeadingAndAreMarkedPartialInTheAPI() async throws {
        let site = try await Self.site()
        try await site.test { client in
            // «الكأس» is in the first story, «النفط» in the second: no story has both.
            let response = try await client.execute(uri: "/search?q=\(Self.encoded("الترجي النفط"))", method: .get)
            let page = try #require(HTMLParser.parse(response.text))
            #expect(page.elements(withClass: "list-subheading").first?.text == "لا توجد نتائج")
            #expect(page.elements(withClass: "partial-heading").first?.text == "نتائج لا تحوي كل الكلمات")
            #expect(Set(page.elements(withClass: "card-headline").map(\.text)) == ["الترجي يفوز بالكأس", "ارتفاع أسعار النفط"])
            let api = try await client.execute(uri: "/api/v1/search?q=\(Self.encoded("الترجي الكأس النفط"))", method: .get)
            #expect(api.text.contains(#""total":0"#))
            #expect(api.text.contains(#""partial":true"#))
            let full = try await client.execute(uri: "/search?q=\(Self.encoded("الترجي الكأس"))", method: .get)
            #expect(!full.text.contains("partial-heading"))
        }
    }

    @Test func theResultCountTakesTheArabicPluralOfItsLastTwoDigits() async throws {
        let site = try await Self.site()
        _ = try await site.store.save((0..<103).map { TestDraft.make(key: "n\($0)", headline: "خبر عاجل \($0)", section: Self.sport, body: ["تفاصيل."], publishedAt: TestDraft.date(minutes: $0)) })
        try await site.test { client in
            let html = try await client.execute(uri: "/search?q=\(Self.encoded("عاجل"))", method: .get).text
            // CLDR: 103 is «few» like 3, so the noun is plural, not the singular of «many».
            #expect(HTMLParser.parse(html)?.elements(withClass: "list-subheading").first?.text == "103 نتائج")
        }
    }

    @Test func filtersNarrowByDateAndSectionAndSurviveInPaginationLinks() async throws {
        let site = try await Self.site()
        _ = try await site.store.save((10..<35).map {
            TestDraft.make(key: "p\($0)", headline: "خبر رياضي \($0)", section: Self.sport, body: ["تفاصيل."], publishedAt: TestDraft.date(days: $0))
        })
        try await site.test { client in
            let all = try #require(HTMLParser.parse(try await client.execute(uri: "/search?q=\(Self.encoded("خبر"))", method: .get).text))
            #expect(all.elements(withClass: "list-subheading").first?.text == "25 نتيجة")
            let older = try #require(all.elements(named: "a").first { $0["rel"] == "next" }?["href"])
            #expect(older.hasSuffix("&page=2"))

            let dated = try await client.execute(uri: "/search?q=\(Self.encoded("خبر"))&from=2020-09-24&to=2020-09-28&section=sport", method: .get)
            let page = try #require(HTMLParser.parse(dated.text))
            #expect(page.elements(withClass: "list-subheading").first?.text == "5 نتائج")
            let selected = page.elements(named: "option").filter { $0["selected"] != nil }.map { $0["value"] }
            #expect(selected == ["sport"])

            let economy = try await client.execute(uri: "/search?q=\(Self.encoded("النفط"))&section=sport", method: .get)
            #expect(try #require(HTMLParser.parse(economy.text)).elements(withClass: "list-subheading").first?.text == "لا توجد نتائج")
            let tagged = try await client.execute(uri: "/search?q=\(Self.encoded("أسعار"))&tag=oil", method: .get)
            #expect(try #require(HTMLParser.parse(tagged.text)).elements(withClass: "card-headline").map(\.text) == ["ارتفاع أسعار النفط"])
        }
    }

    @Test func aQueryThatFindsNothingOffersACorrection() async throws {
        let site = try await Self.site()
        try await site.test { client in
            let response = try await client.execute(uri: "/search?q=\(Self.encoded("اسعار النقط"))", method: .get)
            let page = try #require(HTMLParser.parse(response.text))
            let link = try #require(page.elements(withClass: "did-you-mean").first?.elements(named: "a").first)
            #expect(link.text == "اسعار النفط")
            #expect(link["href"]?.removingPercentEncoding == "/search?q=اسعار النفط")
        }
    }

    @Test(arguments: ["q=x&from=2020-13-01", "q=x&to=yesterday", "q=x&from=2020-02-30", "q=x&from=2020-05-02&to=2020-05-01", "q=" + String(repeating: "a", count: 501), "q=x&page=0"])
    func malformedParametersAreA400(_ parameters: String) async throws {
        let site = try await Self.site()
        try await site.test { client in
            let response = try await client.execute(uri: "/search?\(parameters)", method: .get)
            #expect(response.status == .badRequest)
        }
    }

    @Test(arguments: ["", "%25", "_", "%22*%20OR%20NEAR(", "%00", "%22unbalanced", Self.encoded("في من على"), "-", Self.encoded("\u{7}\u{1B}[31m")])
    func oddQueriesNeverFail(_ query: String) async throws {
        let site = try await Self.site()
        try await site.test { client in
            let response = try await client.execute(uri: "/search?q=\(query)", method: .get)
            #expect(response.status == .ok)
        }
    }

    @Test func headOnTheAPIAnswersLikeGetWithoutTheBody() async throws {
        let site = try await Self.site()
        try await site.test { client in
            let uri = "/api/v1/search?q=\(Self.encoded("النفط"))"
            let get = try await client.execute(uri: uri, method: .get)
            let head = try await client.execute(uri: uri, method: .head)
            #expect(head.status == .ok && head.text.isEmpty)
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(head.headers[.contentLength] == String(get.body.readableBytes))
        }
    }

    @Test func theAPIReturnsRankedResultsAsJSON() async throws {
        let site = try await Self.site()
        try await site.test { client in
            let response = try await client.execute(uri: "/api/v1/search?q=\(Self.encoded("النفط"))&limit=5", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let body = try JSONDecoder().decode(SearchResponse.self, from: Data(response.text.utf8))
            #expect(body.total == 1)
            #expect(body.totalIsExact)
            #expect(body.limit == 5)
            let result = try #require(body.results.first)
            #expect(result.headline == "ارتفاع أسعار النفط")
            #expect(result.path.hasPrefix("/news/\(result.id)/"))
            #expect(result.snippet == "قال محللون إن أسعار النفط ارتفعت.")
            #expect(result.snippetHTML?.contains("<mark>النفط</mark>") == true)
            #expect(result.score > 0)
            #expect(result.published == "2020-10-23T12:26:40Z")
        }
    }

    @Test(arguments: ["", "q=", "q=x&limit=0", "q=x&limit=101", "q=x&limit=ten", "q=x&offset=-1"])
    func theAPIRejectsBadParameters(_ query: String) async throws {
        let site = try await Self.site()
        try await site.test { client in
            let response = try await client.execute(uri: "/api/v1/search?\(query)", method: .get)
            #expect(response.status == .badRequest)
        }
    }

    @Test func suggestionsOfferTagsAndHeadlinesWhileTyping() async throws {
        let site = try await Self.site()
        try await site.test { client in
            let response = try await client.execute(uri: "/api/v1/suggest?q=\(Self.encoded("النف"))", method: .get)
            #expect(response.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: [[String: String]]])
            let suggestions = try #require(json["suggestions"])
            #expect(suggestions.map { $0["kind"] } == ["tag", "headline"])
            #expect(suggestions.map { $0["text"] } == ["النفط", "ارتفاع أسعار النفط"])
            #expect(suggestions[0]["path"] == "/tag/oil")
            let short = try await client.execute(uri: "/api/v1/suggest?q=\(Self.encoded("ا"))", method: .get)
            #expect(short.text == #"{"suggestions":[]}"#)
        }
    }
}
