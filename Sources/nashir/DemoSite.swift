import Foundation
import Logging
import NashirImport
import NashirSQLite

/// The site `nashir serve --demo` shows a newcomer: the seed page and a few hundred corpus articles.
enum DemoSite {
    /// Articles taken from each corpus file, so every publication and section shows up.
    static let articlesPerCorpusFile = 60

    static func create(logger: Logger) async throws -> SQLiteStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nashir-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: folder.appendingPathComponent("demo.sqlite").path)
        let shared = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("../shared").standardized
        let files = FileManager.default
        let seedFolder = shared.appendingPathComponent("seed")
        let seeds = ((try? files.contentsOfDirectory(atPath: seedFolder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        let corpusFolder = shared.appendingPathComponent("corpus/articles")
        let corpus = ((try? files.contentsOfDirectory(atPath: corpusFolder.path)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        let sample = ArticleFileReader(format: .jsonl, skipInvalid: true, sampleSize: articlesPerCorpusFile)
        for file in corpus {
            let read = try sample.read(path: corpusFolder.appendingPathComponent(file).path)
            _ = try await store.save(read.drafts)
        }
        // The seed last, so it leads the home page.
        for seed in seeds {
            let read = try ArticleFileReader(format: .pageText).read(path: seedFolder.appendingPathComponent(seed).path)
            _ = try await store.save(read.drafts)
        }
        if seeds.isEmpty { logger.warning("no seed page found in \(seedFolder.path); the demo starts without it") }
        if corpus.isEmpty { logger.warning("no corpus found in \(corpusFolder.path); the demo holds only the seed") }
        logger.info("demo database \(store.path): \(seeds.count) seed page(s), \(corpus.count * articlesPerCorpusFile) corpus articles at most")
        return store
    }
}
