import Foundation
import Hummingbird
import Logging
import Metrics
import NashirDomain
import NashirRoutes
import ServiceLifecycle

/// How the web server is run: where it listens, which theme it wears, and where "now" and
/// its page cache's limits come from.
public struct WebConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The public origin used in canonical and share links (an origin `BaseURL` accepts);
    /// defaults to http://host:port.
    public var baseURL: String?
    public var theme: Theme
    /// The clock pages and the cache read; tests move it by hand.
    public var clock: TimeSource
    /// Memory the page cache may hold, in bytes.
    public var pageCacheBytes: Int
    /// Called with the cache key of every page rendered (not served from the cache): a hook
    /// for metrics and for tests that prove what a change re-renders.
    public var renderObserver: (@Sendable (String) -> Void)?
    /// The newsroom's sign-in, cookie and proxy settings.
    public var newsroom: NewsroomConfiguration
    /// Where readers' views are counted until they are written to the store.
    public var readCounter: ReadCounter
    /// How often those counts are written.
    public var readFlushInterval: Duration = .seconds(10)
    /// The site's address before Nashir, whose old links answer 301; nil reads the site setting.
    public var legacyBaseURL: String?
    /// How long browsers and CDNs may keep the public pages.
    public var cachePolicy = CachePolicy()
    /// Where the site's metrics go; nil for the process's MetricsSystem (what /metrics exports).
    public var metricsFactory: (any MetricsFactory)?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, baseURL: String? = nil, theme: Theme, clock: TimeSource = .system,
        pageCacheBytes: Int = 256 << 20, renderObserver: (@Sendable (String) -> Void)? = nil,
        newsroom: NewsroomConfiguration = NewsroomConfiguration(), readCounter: ReadCounter? = nil, legacyBaseURL: String? = nil
    ) {
        self.legacyBaseURL = legacyBaseURL
        self.newsroom = newsroom
        self.readCounter = readCounter ?? ReadCounter(clock: clock)
        self.host = host
        self.port = port
        self.baseURL = baseURL
        self.theme = theme
        self.clock = clock
        self.pageCacheBytes = pageCacheBytes
        self.renderObserver = renderObserver
    }
}

/// The whole HTTP responder: the page cache in front of the router with every route and
/// middleware. Tests drive exactly this.
public func buildResponder(store: any SiteStore, configuration: WebConfiguration) -> some HTTPResponder<AppRequestContext> {
    buildResponder(store: store, configuration: configuration, cache: PageCache(configuration))
}

func buildResponder(store: any SiteStore, configuration: WebConfiguration, cache: PageCache) -> some HTTPResponder<AppRequestContext> {
    let baseURL = configuration.baseURL.flatMap(BaseURL.init) ?? BaseURL("http://\(configuration.host):\(configuration.port)")
        ?? BaseURL("http://127.0.0.1")!
    let renderer = PageRenderer(
        store: store, theme: configuration.theme, baseURL: baseURL, clock: configuration.clock,
        renderObserver: configuration.renderObserver, chrome: cache.chrome)
    let router = buildRouter(store: store, configuration: configuration, renderer: renderer, cache: cache)
    return PageCacheResponder(inner: router.buildResponder(), cache: cache, reads: configuration.readCounter, proxies: configuration.newsroom)
}

/// Every route of the server, the reader site's and the newsroom's, with their middleware.
func buildRouter(store: any SiteStore, configuration: WebConfiguration, renderer: PageRenderer, cache: PageCache) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    // Requests and latency per route, on the process's MetricsSystem (what /metrics exports).
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorPageMiddleware(renderer: renderer))
    // Before the trailing-slash redirect, so an old `/2024/05/slug/` moves in one hop.
    router.add(middleware: LegacyRedirectMiddleware(store: store, configuredBase: configuration.legacyBaseURL, clock: configuration.clock))
    router.add(middleware: TrailingSlashMiddleware())
    let newsroom = NewsroomServices(store: store, configuration: configuration.newsroom, clock: configuration.clock)
    router.add(middleware: AuthenticationMiddleware(newsroom: newsroom))
    SiteController(renderer: renderer, cache: cache, reads: configuration.readCounter, proxies: configuration.newsroom, policy: configuration.cachePolicy)
        .register(on: router)
    ReadBeaconController(counter: configuration.readCounter, configuration: configuration.newsroom).register(on: router)
    SearchController(renderer: renderer, cache: cache).register(on: router)
    AssetController(assets: configuration.theme.assets).register(on: router)
    let desk = ArticleDeskController(newsroom: newsroom)
    SignInController(newsroom: newsroom).register(on: router)
    desk.register(on: router)
    PeopleController(newsroom: newsroom, desk: desk).register(on: router)
    SettingsController(newsroom: newsroom, desk: desk).register(on: router)
    PreviewController(newsroom: newsroom, desk: desk, renderer: renderer).register(on: router)
    MediaController(newsroom: newsroom, desk: desk).register(on: router)
    IncomingDeskController(newsroom: newsroom, desk: desk).register(on: router)
    let api = ArticlesAPIController(newsroom: newsroom)
    api.register(on: router)
    CopyCheckController(newsroom: newsroom, desk: desk, api: api).register(on: router)
    AssetController(assets: newsroom.views.assets).register(on: router, pattern: NewsroomRoute.Pattern.asset)
    return router
}

/// The method and pattern of every route the server answers, for tests that must cover them all.
public func registeredRoutes(store: any SiteStore, configuration: WebConfiguration) -> [String] {
    let baseURL = BaseURL("http://127.0.0.1")!
    let renderer = PageRenderer(store: store, theme: configuration.theme, baseURL: baseURL, clock: configuration.clock, renderObserver: nil)
    return buildRouter(store: store, configuration: configuration, renderer: renderer, cache: PageCache(configuration)).routes.map(\.description)
}

/// The composition root of the web server.
/// `services` run beside the server for its whole life (the feed poller, for one).
public func buildApplication(
    store: any SiteStore, configuration: WebConfiguration, logger: Logger, services: [any Service] = []
) -> some ApplicationProtocol {
    let cache = PageCache(configuration)
    let serverName = "Nashir"
    return Application(
        responder: buildResponder(store: store, configuration: configuration, cache: cache),
        server: .http1(configuration: .init(additionalChannelHandlers: [
            CachedPageChannelHandler.installer(
                cache: cache, serverName: serverName, reads: configuration.readCounter, trustedProxies: configuration.newsroom.trustedProxies),
        ])),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: serverName),
        services: [ReadFlusher(counter: configuration.readCounter, store: store, interval: configuration.readFlushInterval, logger: logger)]
            + ((store as? any ChangeAnnouncing).map { [ChangeListener(store: $0, cache: cache)] } ?? [])
            + ((store as? any SearchIndexCompacting).map { [SearchIndexCompactor(store: $0, logger: logger)] } ?? []) + services,
        logger: logger)
}

extension PageCache {
    convenience init(_ configuration: WebConfiguration) {
        self.init(clock: configuration.clock, maxBytes: configuration.pageCacheBytes, metrics: SiteMetrics(factory: configuration.metricsFactory ?? MetricsSystem.factory))
    }
}
