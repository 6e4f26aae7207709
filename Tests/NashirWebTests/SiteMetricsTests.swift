import CoreMetrics
import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import NashirWeb
import Prometheus
import Testing

/// What the site reports to /metrics, read back from a Prometheus registry of the test's own.
@Suite struct SiteMetricsTests {
    func value(_ name: String, in registry: PrometheusCollectorRegistry) -> Double? {
        registry.emitToString().split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.split(separator: " ")[1]) }
    }

    @Test func hitsRendersEvictionsAndSearchesAreCounted() async throws {
        let registry = PrometheusCollectorRegistry()
        let site = try await SiteFixture(metricsFactory: PrometheusMetricsFactory(registry: registry))
        let story = try await site.store.save([TestDraft.make(key: "a", headline: "الترجي يفوز", status: .published, publishedAt: TestDraft.baseDate)])[0]
        let path = SiteRoute.of(story.article).path
        try await site.test { client in
            for _ in 0..<3 {
                let status = try await client.execute(uri: path, method: .get).status
                #expect(status == .ok)
            }
            let search = try await client.execute(uri: "/search?q=%D8%A7%D9%84%D8%AA%D8%B1%D8%AC%D9%8A", method: .get).status
            #expect(search == .ok)
        }
        // The story's page and the results page, each rendered once.
        #expect(value("nashir_page_cache_misses_total", in: registry) == 2)
        #expect(value("nashir_page_cache_hits_total", in: registry) == 2)
        #expect(value("nashir_page_cache_pages", in: registry) == 2)
        #expect((value("nashir_page_cache_bytes", in: registry) ?? 0) > 1000)
        #expect(value("nashir_search_requests_total", in: registry) == 1)
        #expect(value("nashir_render_seconds_count", in: registry) == 1)
        #expect(value("nashir_search_seconds_count", in: registry) == 1)

        // A correction evicts the story's page; the next request renders it again.
        var corrected = story.article.content
        corrected.headline = "الترجي يفوز بالكأس"
        _ = try await site.store.update(id: story.article.id, expectedRevision: story.article.revision, content: corrected, by: nil, note: nil)
        try await Task.sleep(for: .milliseconds(600))
        try await site.test { client in _ = try await client.execute(uri: path, method: .get) }
        #expect((value("nashir_page_cache_evictions_total", in: registry) ?? 0) >= 1)
        #expect(value("nashir_page_cache_misses_total", in: registry) == 3)
    }
}

/// Search results kept in memory: the same search renders once until a change to published
/// stories, which shows at the next search.
@Suite struct SearchCacheTests {
    @Test func aRepeatedSearchRendersOnceUntilAStoryIsPublished() async throws {
        let registry = PrometheusCollectorRegistry()
        let site = try await SiteFixture(metricsFactory: PrometheusMetricsFactory(registry: registry))
        let sport = Section(slug: "sport", name: "رياضة")
        _ = try await site.store.save([TestDraft.make(key: "a", headline: "الترجي يفوز بالكأس", section: sport, status: .published, publishedAt: TestDraft.baseDate)])
        // The cache looks at the change feed at most every 500 ms; past that, its look at the save
        // above comes before the first search. A look that lands while that search renders keeps
        // the page out of the cache, as it must (`PageCache.store`), and the full suite's load made
        // that happen: two clean clones counted one render too many.
        try await Task.sleep(for: .milliseconds(600))
        let target = "/search?q=" + "الترجي".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        @Sendable func headlines(_ client: any TestClientProtocol) async throws -> Int {
            let response = try await client.execute(uri: target, method: .get)
            #expect(response.status == .ok && response.headers[.cacheControl] == "no-store")
            return response.text.components(separatedBy: "class=\"card-headline").count - 1
        }
        try await site.test { client in
            for _ in 0..<3 {
                let count = try await headlines(client)
                #expect(count == 1)
            }
        }
        let misses = { registry.emitToString().split(separator: "\n").first { $0.hasPrefix("nashir_page_cache_misses_total ") } }
        #expect(misses() == "nashir_page_cache_misses_total 1")

        _ = try await site.store.save([TestDraft.make(key: "b", headline: "الترجي يتأهل", section: sport, status: .published, publishedAt: TestDraft.baseDate)])
        try await Task.sleep(for: .milliseconds(600))
        try await site.test { client in
            let first = try await headlines(client), again = try await headlines(client)
            #expect(first == 2 && again == 2)
        }
        #expect(misses() == "nashir_page_cache_misses_total 2")
    }
}
