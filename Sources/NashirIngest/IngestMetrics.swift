import CoreMetrics

/// What the feed poller reports to /metrics: polls, failed polls and the items each poll
/// created, updated, held back or found unchanged.
public struct IngestMetrics: Sendable {
    let polls: Counter
    let failures: Counter
    let items: [String: Counter]

    /// The metrics on `factory`, the process's MetricsSystem unless a test gives its own.
    public init(factory: any MetricsFactory = MetricsSystem.factory) {
        polls = Counter(label: "nashir_ingest_polls_total", factory: factory)
        failures = Counter(label: "nashir_ingest_failures_total", factory: factory)
        items = Dictionary(uniqueKeysWithValues: ["created", "updated", "held", "unchanged"].map {
            ($0, Counter(label: "nashir_ingest_items_total", dimensions: [("result", $0)], factory: factory))
        })
    }

    /// Counts one round of polls.
    public func record(_ outcomes: [FeedPoller.Outcome]) {
        for outcome in outcomes {
            polls.increment()
            if outcome.problem != nil { failures.increment() }
            for (result, count) in [("created", outcome.created), ("updated", outcome.updated), ("held", outcome.held), ("unchanged", outcome.unchanged)] where count > 0 {
                items[result]?.increment(by: count)
            }
        }
    }
}
