import Logging
import ServiceLifecycle

/// `serve`'s background poller: every `tick` it polls the sources that are due, until shutdown.
public struct IngestService: Service {
    public var poller: FeedPoller
    public var tick: Duration
    public var metrics: IngestMetrics

    public init(poller: FeedPoller, tick: Duration = .seconds(15), metrics: IngestMetrics = IngestMetrics()) {
        self.poller = poller
        self.tick = tick
        self.metrics = metrics
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do { metrics.record(try await poller.pollDue()) } catch {
                poller.logger.error("ingest poll failed", metadata: ["error": "\(error)"])
            }
            do { try await cancelWhenGracefulShutdown { try await Task.sleep(for: tick) } } catch { return }
        }
    }
}
