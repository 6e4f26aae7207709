import Logging
import NashirDomain
import ServiceLifecycle

/// Writes the read counts to the store every few seconds while the server runs, and once more
/// when it stops, so a restart loses at most those seconds.
struct ReadFlusher: Service {
    let counter: ReadCounter
    let store: any ReadCounting
    let interval: Duration
    let logger: Logger

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            // A graceful shutdown cuts the wait short: the server stops at once, the last counts written.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            await flush()
        }
        await flush()
    }

    private func flush() async {
        do {
            try await counter.flush(into: store)
        } catch {
            logger.warning("read counts not saved yet: \(error)")
        }
    }
}
