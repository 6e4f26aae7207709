import Foundation
import Logging
import NashirDomain
@testable import NashirWeb
import Testing

/// The server merges its search index's pieces on its own, soon after it starts.
@Suite struct SearchIndexCompactorTests {
    /// Counts the steps asked of a store and merges for the first `work` of them; `asks` tells
    /// each step's number as it is asked, so a test waits for steps, not for the clock.
    final class Steps: SearchIndexCompacting, @unchecked Sendable {
        private let lock = NSLock()
        private var asked = 0
        let work: Int
        let asks: AsyncStream<Int>
        private let continuation: AsyncStream<Int>.Continuation
        init(work: Int) {
            self.work = work
            (asks, continuation) = AsyncStream.makeStream(of: Int.self)
        }
        var count: Int { lock.withLock { asked } }
        func compactSearchIndex(pages: Int) async throws -> Bool {
            let (step, merged) = lock.withLock {
                asked += 1
                return (asked, asked <= work)
            }
            continuation.yield(step)
            return merged
        }
    }

    @Test func aPassStepsUntilTheStoreHasNothingLeftToMerge() async throws {
        let steps = Steps(work: 5)
        let compactor = SearchIndexCompactor(store: steps, pause: .zero, logger: Logger(label: "test"))
        #expect(await compactor.compact() == 5)
        #expect(steps.count == 6)
        #expect(await compactor.compact() == 0)
    }

    /// Waits for the steps themselves, not a deadline: on a loaded machine a deadline passed
    /// before the service had its turn.
    @Test(.timeLimit(.minutes(5))) func theServiceMergesSoonAfterItStartsAndStopsWhenCancelled() async throws {
        let steps = Steps(work: 3)
        let compactor = SearchIndexCompactor(store: steps, firstDelay: .milliseconds(10), interval: .seconds(3_600), pause: .zero, logger: Logger(label: "test"))
        let running = Task { try await compactor.run() }
        // Three steps that merged and the one that found nothing, then an hour's wait, until cancelled.
        for await step in steps.asks where step == 4 { break }
        #expect(steps.count == 4)
        running.cancel()
        try await running.value
        #expect(steps.count == 4)
    }
}
