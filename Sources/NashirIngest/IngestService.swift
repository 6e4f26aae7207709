import Logging
import ServiceLifecycle

/// `serve`'s background poller: every `tick` it polls the sources that are due, until shutdown.
public struct IngestService: Service {
    public var poller: FeedPoller
    public var tick: Duration

    public init(poller: FeedPoller, tick: Duration = .seconds(15)) {
        self.poller = poller
        self.tick = tick
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do { _ = try await poller.pollDue() } catch {
                poller.logger.error("ingest poll failed", metadata: ["error": "\(error)"])
            }
            do { try await cancelWhenGracefulShutdown { try await Task.sleep(for: tick) } } catch { return }
        }
    }
}
