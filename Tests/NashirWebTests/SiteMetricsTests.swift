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
        #expect(value("nashir_page_cache_misses_total", in: registry) == 1)
        #expect(value("nashir_page_cache_hits_total", in: registry) == 2)
        #expect(value("nashir_page_cache_pages", in: registry) == 1)
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
        #expect(value("nashir_page_cache_misses_total", in: registry) == 2)
    }
}
