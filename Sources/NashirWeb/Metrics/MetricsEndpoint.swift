import Hummingbird
import Logging

/// The metrics server: `GET /metrics` on its own address, never on the public site's port, so
/// only what can reach that address (by default the machine itself) reads the server's insides.
/// `exposition` gives the Prometheus text the registry holds.
public func buildMetricsApplication(
    host: String, port: Int, logger: Logger, exposition: @escaping @Sendable () -> String
) -> some ApplicationProtocol {
    let router = Router()
    router.get("metrics") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: exposition())))
    }
    return Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "Nashir metrics"), logger: logger)
}
