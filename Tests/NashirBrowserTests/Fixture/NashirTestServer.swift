import Foundation
import Hummingbird
import Logging
import NashirDomain
import NashirImport
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import NashirWeb
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The real Nashir site, in-process on 127.0.0.1, on a fresh database holding the seed article
/// and the `SearchArticles`, with a media folder of its own for uploaded images.
final class NashirTestServer: Sendable {
    let baseURL: String
    /// The seed article as stored, with the id its URL carries.
    let article: Article
    /// The site's database, for tests that add accounts or check what a page saved.
    let store: SQLiteStore
    private let folder: URL
    private let task: Task<Void, any Error>

    private init(baseURL: String, article: Article, store: SQLiteStore, folder: URL, task: Task<Void, any Error>) {
        self.baseURL = baseURL
        self.article = article
        self.store = store
        self.folder = folder
        self.task = task
    }

    /// The seed article's canonical address.
    var articleURL: String { baseURL + SiteRoute.of(article).path }

    func url(_ path: String) -> String { baseURL + path }

    /// Starts a site on a fresh database. `clock` is the server's "now" (a test's hand-moved
    /// clock, to publish scheduled stories without waiting).
    static func start(clock: TimeSource = .system) async throws -> NashirTestServer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nashir-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: folder.appendingPathComponent("site.sqlite").path, clock: clock)
        let imported = try ArticleFileReader(format: .pageText).read(path: SeedPage.file.path)
        guard let article = try await store.save(imported.drafts).first?.article else {
            throw ServerFailure(reason: "the seed page imported no article")
        }
        _ = try await store.save(SearchArticles.drafts)
        let themeFolder = SeedPage.packageRoot.appendingPathComponent("Themes/default")
        let theme = try Theme(directory: themeFolder)
        var logger = Logger(label: "nashir.browser-tests")
        // Cancelling the server at the end makes HummingbirdCore log "Already closed" at error
        // level; a real server error still shows in the tests, as a page that is not the expected one.
        logger.logLevel = .critical
        // The port is chosen before binding, so another process may grab it first: try a few.
        for _ in 0..<3 {
            let port = try FreePort.pick()
            // bcrypt at its lowest cost: sign-in checks and the decoy hash cost milliseconds, not seconds.
            // Uploads land beside the database, so `stop` deletes them with it.
            let newsroom = NewsroomConfiguration(bcryptCost: 4, mediaFolder: folder.appendingPathComponent("media"))
            let configuration = WebConfiguration(host: "127.0.0.1", port: port, theme: theme, clock: clock, newsroom: newsroom)
            let application = buildApplication(store: store, configuration: configuration, logger: logger)
            // No signal handlers: the test runner owns SIGINT/SIGTERM, not this server.
            let task = Task { try await application.runService(gracefulShutdownSignals: []) }
            let baseURL = "http://127.0.0.1:\(port)"
            if await answers(baseURL) {
                return NashirTestServer(baseURL: baseURL, article: article, store: store, folder: folder, task: task)
            }
            task.cancel()
            _ = await task.result
        }
        try? store.close()
        try? FileManager.default.removeItem(at: folder)
        throw ServerFailure(reason: "the server did not answer on any port tried")
    }

    /// Polls a cheap page until the server responds at all, for up to 30 seconds: the whole suite
    /// runs beside it on two cores, and the front page's first render reads a dozen lists.
    private static func answers(_ baseURL: String) async -> Bool {
        var request = URLRequest(url: URL(string: baseURL + SiteRoute.robots.path)!)
        request.timeoutInterval = 5
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if let (_, response) = try? await URLSession.shared.data(for: request),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return true
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    /// Stops the server (cancelling its task shuts the service group down) and deletes the database
    /// and the uploaded images.
    func stop() async {
        task.cancel()
        _ = await task.result
        try? store.close()
        try? FileManager.default.removeItem(at: folder)
    }
}

/// Why the test server could not start.
struct ServerFailure: Error, CustomStringConvertible {
    let reason: String
    var description: String { "Nashir test server: \(reason)" }
}
