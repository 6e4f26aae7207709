import Foundation
import Hummingbird
import CoreMetrics
import HummingbirdTesting
import NashirDomain
import NashirImport
import NashirSQLite
import NashirTestSupport
import NashirWeb

/// A real store in a temporary file, the default theme, and the real router around them.
struct SiteFixture {
    let folder: TemporaryDirectory
    let store: SQLiteStore
    let application: any ApplicationProtocol

    init(
        themeDirectory: URL = ThemeTests.defaultTheme, clock: TimeSource = .system,
        pageCacheBytes: Int = 256 << 20, renders: NashirTestSupport.Recorder<String>? = nil,
        newsroom: NewsroomConfiguration = NewsroomConfiguration(bcryptCost: 4), readCounter: ReadCounter? = nil,
        cachePolicy: CachePolicy = CachePolicy(), metricsFactory: (any MetricsFactory)? = nil
    ) async throws {
        folder = try TemporaryDirectory()
        store = try folder.store(clock: clock)
        let theme = themeDirectory == ThemeTests.defaultTheme ? try Self.defaultTheme() : try Theme(directory: themeDirectory)
        var observer: (@Sendable (String) -> Void)?
        if let renders { observer = { renders.record($0) } }
        var configuration = WebConfiguration(
            host: "127.0.0.1", port: 8080, baseURL: "https://news.example", theme: theme, clock: clock,
            pageCacheBytes: pageCacheBytes, renderObserver: observer, newsroom: newsroom, readCounter: readCounter)
        configuration.cachePolicy = cachePolicy
        configuration.metricsFactory = metricsFactory
        application = Application(responder: buildResponder(store: store, configuration: configuration))
    }

    /// The repository's theme (`ThemeTests.defaultTheme`), read once for every test that uses
    /// it: reading and parsing its templates in a debug build was a quarter of a newsroom
    /// fixture's CPU, and the authorisation matrix alone makes hundreds of fixtures.
    static func defaultTheme() throws -> Theme { try parsedDefaultTheme.get() }

    private static let parsedDefaultTheme = Result { try Theme(directory: ThemeTests.defaultTheme) }

    /// Imports the seed page and returns the stored article.
    func importSeed() async throws -> Article {
        let read = try ArticleFileReader(format: .pageText).read(path: Fixtures.seedURL.path)
        return try await store.save(read.drafts)[0].article
    }

    /// Runs `body` against the router in-process, as HTTP requests.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await application.test(.router, body)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
