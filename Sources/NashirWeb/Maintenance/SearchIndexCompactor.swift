import Logging
import NashirDomain
import ServiceLifecycle

/// Merges the search index's pieces while the server runs: shortly after it starts (an import
/// before it leaves many) and then every few minutes, in short steps with pauses between them,
/// so a save never waits behind more than one step.
struct SearchIndexCompactor: Service {
    let store: any SearchIndexCompacting
    var firstDelay: Duration = .seconds(2)
    var interval: Duration = .seconds(300)
    /// Pages merged a step: a few milliseconds of the writer's time.
    var pagesPerStep = 64
    var pause: Duration = .milliseconds(20)
    let logger: Logger

    func run() async throws {
        var wait = firstDelay
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            // A graceful shutdown cuts the wait short; a step under way finishes.
            let sleep = wait
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: sleep) }
            guard !Task.isCancelled && !Task.isShuttingDownGracefully else { break }
            await compact()
            wait = interval
        }
    }

    /// Merges until nothing is left to merge or the server stops; how many steps merged something.
    @discardableResult
    func compact() async -> Int {
        var steps = 0
        do {
            while !Task.isCancelled && !Task.isShuttingDownGracefully, try await store.compactSearchIndex(pages: pagesPerStep) {
                steps += 1
                try? await Task.sleep(for: pause)
            }
        } catch {
            logger.warning("search index not compacted: \(error)")
        }
        if steps > 0 { logger.info("search index compacted in \(steps) steps") }
        return steps
    }
}
