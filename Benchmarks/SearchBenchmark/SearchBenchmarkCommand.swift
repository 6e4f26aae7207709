import ArabicText
import ArgumentParser
import Foundation
import GRDB
import NashirDomain
import NashirPostgres
import NashirSQLite

/// `search-benchmark`: query latency of Nashir's search on an existing database, against a plain
/// unicode61 FTS5 index of the same articles; optionally grows the database first by copying
/// its articles under new ids, as the issue's 250,000-article figure asks. With `--postgres`, the
/// same queries also run on a PostgreSQL copy of the database, each query on both stores in turn.
@main
struct SearchBenchmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search-benchmark")

    @Option(help: "The database to search (a corpus import).")
    var db: String

    @Option(help: "How many queries to time.")
    var queries = 1_000

    @Option(help: "Seed of the query set.")
    var seed: UInt64 = 20_261_129

    @Option(help: "Print this many of the slowest queries with their match counts.")
    var showSlowest = 0

    @Option(help: "Before timing, copy the articles under new ids until there are at least this many (then run `nashir reindex`).")
    var growTo: Int?

    @Flag(help: "Print the query set (--queries, --seed), one query a line, and time nothing: the same queries for other benchmarks.")
    var printQueries = false

    @Option(help: "Also time the same queries on this PostgreSQL database (a postgres:// URL holding a copy of --db, as `nashir copy` makes it), and print its table beside SQLite's.")
    var postgres: String?

    @Option(help: "With --postgres: the server's main process id (postmaster.pid's first line), to add its backends' CPU time to each query's.")
    var postgresPid: Int32?

    func run() async throws {
        if let growTo {
            try grow(to: growTo)
            return
        }
        let headlines = try await DatabaseQueue(path: db).read { db in
            try String.fetchAll(db, sql: "SELECT headline FROM article WHERE id % 7 = 3 ORDER BY id LIMIT 20000")
        }
        let set = BenchmarkQueries.make(from: headlines, count: queries, seed: seed)
        if printQueries {
            // No query holds a line break: tokens come from one headline and are joined with spaces.
            print(set.joined(separator: "\n"))
            return
        }
        let store = try SQLiteStore(path: db)
        let articles = try await store.list(ArticleQuery(publishedOnly: false, limit: 0), now: Date()).total
        let now = Date()
        var postgresSide: PostgresSide?
        if let postgres { postgresSide = try await PostgresSide(url: postgres, serverPID: postgresPid) }
        if let postgresSide {
            let copied = try await postgresSide.store.list(ArticleQuery(publishedOnly: false, limit: 0), now: now).total
            guard copied == articles else {
                throw ValidationError("--postgres \(postgresSide.location) holds \(copied) articles, --db \(articles): not a copy (nashir copy --from DB --to URL)")
            }
        }
        // One untimed pass warms the page cache, as a running server's would be.
        for query in set.prefix(200) { _ = try await store.search(SearchRequest(text: query, limit: 10), now: now) }
        if let postgresSide { for query in set.prefix(200) { _ = try await postgresSide.time(query, now: now) } }
        var nashir: [Double] = []
        var nashirCPU: [Double] = []
        var found = 0
        var slowest: [(ms: Double, query: String, total: Int)] = []
        var sqliteResults: [SearchResults] = []
        var onPostgres = PostgresTimings()
        for (index, query) in set.enumerated() {
            // Each query on both stores in turn, PostgreSQL first every other time, so both see the same load.
            if let postgresSide, index % 2 == 1 { onPostgres.add(query, try await postgresSide.time(query, now: now)) }
            let started = ContinuousClock.now
            let cpu = processCPUMilliseconds()
            let results = try await store.search(SearchRequest(text: query, limit: 10), now: now)
            nashirCPU.append(processCPUMilliseconds() - cpu)
            let elapsed = (ContinuousClock.now - started).milliseconds
            nashir.append(elapsed)
            slowest.append((elapsed, query, results.total))
            if results.total > 0 { found += 1 }
            if let postgresSide {
                sqliteResults.append(results)
                if index % 2 == 0 { onPostgres.add(query, try await postgresSide.time(query, now: now)) }
            }
        }
        if showSlowest > 0 {
            for item in slowest.sorted(by: { $0.ms > $1.ms }).prefix(showSlowest) {
                print(String(format: "%8.2f ms  %7d matches  ", item.ms, item.total) + item.query)
            }
            if postgresSide != nil {
                print("on PostgreSQL:")
                for item in onPostgres.slowest(showSlowest) { print(String(format: "%8.2f ms  %7d matches  ", item.ms, item.total) + item.query) }
            }
        }
        // The same queries without the other proclitic readings, for what they cost.
        var withoutReadings = SearchRanking.standard
        withoutReadings.otherReadings = false
        let plainReadings = try SQLiteStore(path: db, ranking: withoutReadings)
        var oneReadingCPU: [Double] = []
        for query in set {
            let cpu = processCPUMilliseconds()
            _ = try await plainReadings.search(SearchRequest(text: query, limit: 10), now: now)
            oneReadingCPU.append(processCPUMilliseconds() - cpu)
        }
        var typeAhead: [Double] = []
        var postgresTypeAhead: [Double] = []
        for query in set.prefix(500) {
            let prefix = String(query.filter { $0 != "\"" }.prefix(4))
            let started = ContinuousClock.now
            _ = try await store.typeAhead(prefix, limit: 8, now: now)
            typeAhead.append((ContinuousClock.now - started).milliseconds)
            if let postgresSide {
                let started = ContinuousClock.now
                _ = try await postgresSide.store.typeAhead(prefix, limit: 8, now: now)
                postgresTypeAhead.append((ContinuousClock.now - started).milliseconds)
            }
        }
        let reference = try PlainReference(database: db)
        for query in set.prefix(200) { _ = try reference.time(query) }
        var plain: [Double] = []
        var plainCPU: [Double] = []
        for query in set {
            let cpu = processCPUMilliseconds()
            plain.append(try reference.time(query))
            plainCPU.append(processCPUMilliseconds() - cpu)
        }

        let n = LatencyStats(milliseconds: nashir), p = LatencyStats(milliseconds: plain), t = LatencyStats(milliseconds: typeAhead)
        let nc = LatencyStats(milliseconds: nashirCPU), pc = LatencyStats(milliseconds: plainCPU)
        func f(_ value: Double) -> String { String(format: "%.2f", value) }
        print("| \(articles) articles, \(set.count) queries | Nashir | plain unicode61 | ratio |")
        print("| --- | ---: | ---: | ---: |")
        for (name, a, b) in [("p50, ms", n.p50, p.p50), ("p90, ms", n.p90, p.p90), ("p99, ms", n.p99, p.p99), ("max, ms", n.max, p.max), ("mean, ms", n.mean, p.mean)] {
            print("| \(name) | \(f(a)) | \(f(b)) | \(f(a / max(b, 0.001))) |")
        }
        for (name, a, b) in [("CPU p50, ms", nc.p50, pc.p50), ("CPU p99, ms", nc.p99, pc.p99)] {
            print("| \(name) | \(f(a)) | \(f(b)) | \(f(a / max(b, 0.001))) |")
        }
        let oc = LatencyStats(milliseconds: oneReadingCPU)
        print("| CPU p50 / p99 without other readings of proclitics, ms | \(f(oc.p50)) / \(f(oc.p99)) | | |")
        print("| queries with results | \(found) | | |")
        print("| type-ahead p50 / p99, ms (\(t.count) prefixes) | \(f(t.p50)) / \(f(t.p99)) | | |")
        if let postgresSide {
            print()
            onPostgres.printTable(
                articles: articles, queries: set.count, pool: postgresSide.location.pool, serverMeasured: postgresSide.measuresServer,
                sqlite: (wall: nashir, cpu: nashirCPU, results: sqliteResults, typeAhead: typeAhead), typeAhead: postgresTypeAhead)
            postgresSide.store.close()
        }
    }

    /// Copies every original article under new origin keys (hence new ids) until the count is reached.
    private func grow(to target: Int) throws {
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in
            let originals = try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE origin_key NOT LIKE '%#copy%'") ?? 0
            var copy = 1
            while try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 < target, originals > 0 {
                try db.execute(sql: """
                    INSERT INTO article (origin_source, origin_key, slug, section_id, headline, highlights, dateline_place,
                        dateline_source, dateline_date, body, byline, summary, source_url, status, created_at, published_at, updated_at)
                    SELECT origin_source, origin_key || '#copy' || ?, slug, section_id, headline, highlights, dateline_place,
                        dateline_source, dateline_date, body, byline, summary, source_url, status, created_at, published_at, updated_at
                    FROM article WHERE origin_key NOT LIKE '%#copy%' ORDER BY id
                    """, arguments: [copy])
                try db.execute(sql: """
                    INSERT INTO article_tag (article_id, tag_id, position)
                    SELECT c.id, t.tag_id, t.position FROM article c
                    JOIN article o ON o.origin_source = c.origin_source AND c.origin_key = o.origin_key || '#copy' || ?
                    JOIN article_tag t ON t.article_id = o.id
                    """, arguments: [copy])
                copy += 1
            }
        }
        print("grown to \(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }) articles; run `nashir reindex --db \(db)` next")
    }
}
