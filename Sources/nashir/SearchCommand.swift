import ArgumentParser
import Foundation
import NashirDomain
import NashirPostgres
import NashirSQLite
import NashirWeb

/// `nashir search`: the site's search from a terminal or a script, same ranking, same JSON.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search published articles the way the site does.",
        discussion: """
            Words must all match, whatever their spelling; "a phrase" keeps word order; OR (or أو) \
            offers alternatives; -word excludes. Put -- before a query that starts with -.
            """)

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .long, help: "Print the result as JSON, the shape of GET /api/v1/search.")
    var json = false

    @Option(name: .long, help: "How many results to print (1–100).")
    var limit = 10

    @Option(name: .long, help: "How many results to skip, for paging.")
    var offset = 0

    @Option(name: .long, help: "Only this section (its slug).")
    var section: String?

    @Option(name: .long, help: "Only this tag (its slug).")
    var tag: String?

    @Argument(parsing: .allUnrecognized, help: "The query.")
    var query: [String] = []

    func validate() throws {
        guard (1...100).contains(limit) else { throw ValidationError("--limit must be from 1 to 100") }
        guard offset >= 0 else { throw ValidationError("--offset must not be negative") }
        guard !query.joined().trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("give a query to search for") }
    }

    func run() async throws {
        guard PostgresLocation.isURL(database.db) || FileManager.default.fileExists(atPath: database.db) else {
            Terminal.error("no database at \(database.db); import articles first or pass --db")
            throw ExitCode(66)
        }
        let store = try await openStore(database.db)
        let text = query.joined(separator: " ")
        let results = try await store.search(
            SearchRequest(text: text, sectionSlug: section, tagSlug: tag, limit: limit, offset: offset), now: Date())
        let response = SearchResponse(query: text, limit: limit, offset: offset, results: results)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            print(String(decoding: try encoder.encode(response), as: UTF8.self))
            return
        }
        print("\(response.totalIsExact ? "" : "more than ")\(Terminal.count(response.total)) results for «\(text)»")
        if let suggestion = response.suggestion { print("did you mean: \(suggestion)") }
        for (index, result) in response.results.enumerated() {
            print("")
            print("\(offset + index + 1). \(result.headline)")
            print("   \(result.path) · \(result.published ?? "unpublished") · \(result.section) · score \(result.score)")
            if let snippet = result.snippet { print("   \(snippet)") }
        }
    }
}
