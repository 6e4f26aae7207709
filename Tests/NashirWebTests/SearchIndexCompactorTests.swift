import Foundation
import Logging
import NashirDomain
@testable import NashirWeb
import Testing

/// The server merges its search index's pieces on its own, soon after it starts.
@Suite struct SearchIndexCompactorTests {
    /// Counts the steps asked of a store and merges for the first `work` of them.
    final class Steps: SearchIndexCompacting, @unchecked Sendable {
        private let lock = NSLock()
        private var asked = 0
        let work: Int
        init(work: Int) { self.work = work }
        var count: Int { lock.withLock { asked } }
        func compactSearchIndex(pages: Int) async throws -> Bool {
            lock.withLock {
                asked += 1
                return asked <= work
            }
        }
    }

    @Test func aPassStepsUntilTheStoreHasNothingLeftToMerge() async throws {
        let steps = Steps(work: 5)
        let compactor = SearchIndexCompactor(store: steps, pause: .zero, logger: Logger(label: "test"))
        #expect(await compactor.compact() == 5)
        #expect(steps.count == 6)
        #expect(await compactor.compact() == 0)
    }

    @Test func theServiceMergesSoonAfterItStartsAndStopsWhenCancelled() async throws {
        let steps = Steps(work: 3)
        let compactor = SearchIndexCompactor(store: steps, firstDelay: .milliseconds(10), interval: .seconds(3_600), pause: .zero, logger: Logger(label: "test"))
        let running = Task { try await compactor.run() }
        // Three steps that merged and the one that found nothing, then an hour's wait, until cancelled.
        let deadline = Date().addingTimeInterval(60)
        while steps.count < 4 && Date() < deadline { try await Task.sleep(for: .milliseconds(10)) }
        #expect(steps.count == 4)
        running.cancel()
        try await running.value
        #expect(steps.count == 4)
    }
}
