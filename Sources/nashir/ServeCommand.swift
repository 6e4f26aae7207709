import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Metrics
import NashirAuth
import NashirDomain
import NashirIngest
import NashirPostgres
import NashirRoutes
import NashirSQLite
import NashirSpelling
import NashirWeb
import Prometheus
import ServiceLifecycle

/// `nashir serve`: the reader site on Hummingbird.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the reader site.",
        discussion: "With --demo, starts on a fresh temporary database holding the seed article and a sample of the corpus.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "A theme folder (templates/, strings.json and assets/); defaults to the built-in copy of Themes/default.")
    var theme: String?

    @Option(help: "The public origin for canonical and share links, e.g. https://news.example.")
    var baseURL: String?

    @Option(help: "The site's address before Nashir, e.g. https://example.com: imported WordPress posts' old links, categories and tags answer 301 (overrides the legacy_base_url setting).")
    var legacyBaseURL: String?

    @Flag(help: "Start on a temporary database filled with the seed article and corpus samples.")
    var demo = false

    @Option(name: .customLong("trusted-proxy"), help: "An address whose X-Forwarded-For and X-Forwarded-Proto are believed (repeatable).")
    var trustedProxies: [String] = []

    @Option(help: "Where uploaded images are kept: a folder every instance on the same database shares (default: media beside a SQLite file, or in the working directory).")
    var media: String?

    @Flag(inversion: .prefixedNo, help: "Poll the feed sources (nashir sources) in the background.")
    var ingest = true

    @Flag(help: "Open the database for reading only (a copy on a read-only disk, a maintenance window): readers get every page, every save is refused with a message, and no feed is polled. A database this process cannot write opens this way by itself.")
    var readOnly = false

    @Flag(help: "Mark the admin's cookies Secure even when no trusted proxy reports https (TLS terminated elsewhere).")
    var secureCookies = false

    @Option(help: "Seconds browsers and CDNs may keep a public page (Cache-Control max-age).")
    var maxAge = CachePolicy().maxAge

    @Option(help: "Seconds past --max-age a CDN may serve a page while it fetches a fresh one (stale-while-revalidate).")
    var staleWhileRevalidate = CachePolicy().staleWhileRevalidate

    @Option(help: "Memory the page cache may hold, in MiB; 0 renders every request (for measuring the cache's worth).")
    var pageCacheMegabytes = 256

    @Option(help: "Serve Prometheus metrics at /metrics on this port (off by default), never on the site's own port.")
    var metricsPort: Int?

    @Option(help: "The address the metrics port listens on.")
    var metricsHost = "127.0.0.1"

    @Option(help: "A URL to POST the surrogate keys of every change to ({\"keys\": [...]} and a Surrogate-Key header), for a CDN purge; give it to one instance only.")
    var purgeURL: String?

    @Flag(inversion: .prefixedNo, help: "Check spelling in the editor with Hunspell's Arabic dictionary (Debian's hunspell-ar), when it is installed.")
    var spelling = true

    func validate() throws {
        if let purgeURL, !["http", "https"].contains(URL(string: purgeURL)?.scheme ?? "") || URL(string: purgeURL)?.host == nil {
            throw ValidationError("--purge-url must be an http or https URL such as https://cdn.example/purge, not \"\(purgeURL)\"")
        }
        if let metricsPort, metricsPort == port || !(1...65535).contains(metricsPort) {
            throw ValidationError("--metrics-port must be a port from 1 to 65535 other than --port (\(port)), not \(metricsPort)")
        }
        if !(0...65536).contains(pageCacheMegabytes) {
            throw ValidationError("--page-cache-megabytes must be from 0 to 65536, not \(pageCacheMegabytes)")
        }
        if maxAge < 0 || staleWhileRevalidate < 0 {
            throw ValidationError("--max-age and --stale-while-revalidate are seconds, 0 or more, not \(maxAge < 0 ? maxAge : staleWhileRevalidate)")
        }
        if let baseURL, BaseURL(baseURL) == nil {
            throw ValidationError("--base-url must be an origin such as https://news.example (scheme and host, no path), not \"\(baseURL)\"")
        }
        if let legacyBaseURL, let problem = SiteSettings(legacyBaseURL: legacyBaseURL).problem {
            throw ValidationError("--legacy-base-url \(problem.problem)")
        }
    }

    /// Debian's Arabic dictionary for the editor, or nil with a note saying why spelling is off.
    private func spellingDictionary(logger: Logger) -> HunspellDictionary? {
        guard spelling else { return nil }
        do { return try HunspellDictionary.system(language: "ar") } catch {
            logger.notice("the editor checks copy without spelling: \(error.description) (apt install hunspell-ar)")
            return nil
        }
    }

    func run() async throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var logger = Logger(label: "nashir")
        logger.logLevel = .info
        // Before anything makes its metrics (the store's among them): they take the factory of the moment.
        let registry = metricsPort.map { _ in PrometheusCollectorRegistry() }
        if let registry { MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry)) }
        let store: any CommandStore
        if demo {
            logger.info("preparing the demo site: the seed page and a sample of the corpus…")
            store = try await DemoSite.create(logger: logger)
        } else {
            store = try await openStore(database.db, readOnly: readOnly)
            if store.isReadOnly { logger.warning("\(store.name) is open for reading only: pages are served, saves are refused") }
        }
        // The built-in theme travels inside the binary, so a copy on a server needs no folder beside it.
        let loaded: Theme
        do { loaded = try theme.map { try Theme(directory: URL(fileURLWithPath: $0)) } ?? Theme() } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
        var newsroom = NewsroomConfiguration(
            bcryptCost: Password.hasher.cost, secureCookies: secureCookies, trustedProxies: Set(trustedProxies),
            mediaFolder: media.map { URL(fileURLWithPath: $0) } ?? store.defaultMediaFolder,
            spelling: spellingDictionary(logger: logger))
        if media == nil, store is PostgresStore {
            logger.warning("uploads go to \(store.defaultMediaFolder.path); every instance on this database must read and write one shared folder: give each --media")
        }
        if try await store.countUsers() == 0 {
            // Only whoever can read this terminal can create the first administrator.
            let token = SecretToken.generate()
            newsroom.setupToken = token
            Terminal.note("The newsroom has no account yet. Open http://\(host):\(port)\(NewsroomRoute.setup.path) and enter this one-time setup token:")
            Terminal.note("    \(token)")
            Terminal.note("(or from the shell: nashir user add --name NAME --role administrator --password-stdin)")
        }
        var configuration = WebConfiguration(
            host: host, port: port, baseURL: baseURL.flatMap(BaseURL.init)?.origin, theme: loaded, newsroom: newsroom, legacyBaseURL: legacyBaseURL)
        configuration.pageCacheBytes = pageCacheMegabytes << 20
        configuration.cachePolicy = CachePolicy(maxAge: maxAge, staleWhileRevalidate: staleWhileRevalidate)
        logger.info("Nashir serving \(store.name) on http://\(host):\(port) with theme \(loaded.origin); the newsroom is at \(NewsroomRoute.dashboard.path)")
        do {
            let poller = FeedPoller(store: store, fetcher: HTTPFeedFetcher(), read: FeedReaders.standard, logger: logger)
            var metricsServer: [any Service] = []
            if let metricsPort, let registry {
                metricsServer.append(buildMetricsApplication(host: metricsHost, port: metricsPort, logger: logger) { registry.emitToString() })
                logger.info("metrics at http://\(metricsHost):\(metricsPort)/metrics")
            }
            var services: [any Service] = (ingest && !store.isReadOnly ? [IngestService(poller: poller)] : []) + metricsServer
            if let purgeURL { services.append(PurgeHook(url: purgeURL, feed: store, logger: logger)) }
            try await buildApplication(store: store, configuration: configuration, logger: logger, services: services).runService()
        } catch {
            Terminal.error("cannot serve on \(host):\(port): \(error)")
            throw ExitCode.failure
        }
        // After a graceful stop (SIGTERM, SIGINT: in-flight requests finished, polling stopped):
        // the last connection checkpoints the WAL into the database file.
        do { try store.closeStore() } catch { logger.warning("closing \(store.name): \(error)") }
        logger.info("stopped; \(store.name) closed")
        if demo {
            // The demo database is throwaway by design: leave no temporary folder behind.
            try? FileManager.default.removeItem(at: URL(fileURLWithPath: store.name).deletingLastPathComponent())
        }
    }
}
