import Prometheus
import Testing

@testable import NashirIngest

/// The poller's round as /metrics shows it, read back from a registry of the test's own.
@Suite struct IngestMetricsTests {
    @Test func pollsFailuresAndItemsByResultAreCounted() {
        let registry = PrometheusCollectorRegistry()
        let metrics = IngestMetrics(factory: PrometheusMetricsFactory(registry: registry))
        var wafa = FeedPoller.Outcome(source: "وفا")
        (wafa.created, wafa.updated, wafa.held) = (3, 1, 2)
        var down = FeedPoller.Outcome(source: "وكالة معطلة")
        down.problem = "the server answered 503"
        var quiet = FeedPoller.Outcome(source: "هادئة")
        quiet.unchanged = 5
        metrics.record([wafa, down, quiet])
        metrics.record([wafa])
        let lines = Set(registry.emitToString().split(separator: "\n").map(String.init))
        for expected in [
            "nashir_ingest_polls_total 4", "nashir_ingest_failures_total 1",
            #"nashir_ingest_items_total{result="created"} 6"#, #"nashir_ingest_items_total{result="updated"} 2"#,
            #"nashir_ingest_items_total{result="held"} 4"#, #"nashir_ingest_items_total{result="unchanged"} 5"#,
        ] {
            #expect(lines.contains(expected), "\(expected) in \(lines.sorted())")
        }
    }
}
