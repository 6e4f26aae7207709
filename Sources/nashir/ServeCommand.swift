import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NashirRoutes
import NashirSQLite
import NashirWeb

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

    @Flag(help: "Start on a temporary database filled with the seed article and corpus samples.")
    var demo = false

    func validate() throws {
        if let baseURL, BaseURL(baseURL) == nil {
            throw ValidationError("--base-url must be an origin such as https://news.example (scheme and host, no path), not \"\(baseURL)\"")
        }
    }

    func run() async throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var logger = Logger(label: "nashir")
        logger.logLevel = .info
        let store: SQLiteStore
        if demo {
            logger.info("preparing the demo site: the seed page and a sample of the corpus…")
            store = try await DemoSite.create(logger: logger)
        } else {
            store = try openStore(database.db)
        }
        // The built-in theme travels inside the binary, so a copy on a server needs no folder beside it.
        let loaded: Theme
        do { loaded = try theme.map { try Theme(directory: URL(fileURLWithPath: $0)) } ?? Theme() } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
        let configuration = WebConfiguration(host: host, port: port, baseURL: baseURL.flatMap(BaseURL.init)?.origin, theme: loaded)
        logger.info("Nashir serving \(store.path) on http://\(host):\(port) with theme \(loaded.origin)")
        do {
            try await buildApplication(store: store, configuration: configuration, logger: logger).runService()
        } catch {
            Terminal.error("cannot serve on \(host):\(port): \(error)")
            throw ExitCode.failure
        }
        if demo {
            // The demo database is throwaway by design: leave no temporary folder behind.
            try? store.close()
            try? FileManager.default.removeItem(at: URL(fileURLWithPath: store.path).deletingLastPathComponent())
        }
    }
}
