import Foundation
import Hummingbird
import Logging
import NashirDomain

/// How the web server is run: where it listens and which theme it wears.
public struct WebConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The public origin used in canonical and share links; defaults to http://host:port.
    public var baseURL: String?
    public var theme: Theme

    public init(host: String = "127.0.0.1", port: Int = 8080, baseURL: String? = nil, theme: Theme) {
        self.host = host
        self.port = port
        self.baseURL = baseURL
        self.theme = theme
    }
}

/// The whole HTTP responder: the page cache in front of the router with every route and
/// middleware. Tests drive exactly this.
public func buildResponder(store: any SiteStore, configuration: WebConfiguration) -> some HTTPResponder<BasicRequestContext> {
    buildResponder(store: store, configuration: configuration, cache: PageCache())
}

func buildResponder(store: any SiteStore, configuration: WebConfiguration, cache: PageCache) -> some HTTPResponder<BasicRequestContext> {
    let baseURL = configuration.baseURL ?? "http://\(configuration.host):\(configuration.port)"
    let renderer = PageRenderer(store: store, theme: configuration.theme, baseURL: baseURL)
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorPageMiddleware(renderer: renderer))
    SiteController(renderer: renderer, cache: cache).register(on: router)
    SearchController(renderer: renderer).register(on: router)
    AssetController(assets: configuration.theme.assets).register(on: router)
    return PageCacheResponder(inner: router.buildResponder(), cache: cache)
}

/// The composition root of the web server.
public func buildApplication(store: any SiteStore, configuration: WebConfiguration, logger: Logger) -> some ApplicationProtocol {
    let cache = PageCache()
    let serverName = "Nashir"
    return Application(
        responder: buildResponder(store: store, configuration: configuration, cache: cache),
        server: .http1(configuration: .init(additionalChannelHandlers: [CachedPageChannelHandler(cache: cache, serverName: serverName)])),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: serverName),
        logger: logger)
}
