import ArgumentParser
import Foundation
import NashirCopyDesk
import NashirDomain
import NashirImport
import NashirPostgres
import NashirRoutes
import NashirSQLite
import NashirWeb

/// `nashir import`: page text, JSON Lines and feeds into the database, each file all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import articles from feeds (RSS, Atom, JSON Feed, ninjs, NewsML-G2), saved web pages, WordPress exports (wxr), JSON Lines files or page-text dumps.",
        discussion: """
            Each file is imported in one transaction: a file with any problem is reported with its \
            line and leaves nothing behind, while the other files go on. Importing an article again \
            updates it instead of duplicating it. Feed items arrive on the incoming list unless \
            --publish is given. Exits with 65 when any file failed.
            """)

    @OptionGroup var database: DatabaseOptions

    /// Stories in a file whose save lasts long enough for the next file's parse on one thread.
    static let largeFile = 1_000

    @Option(help: "The input format; auto decides per file.")
    var format: ImportFormat = .auto

    @Flag(help: "Print one JSON object per imported article: {\"id\", \"path\", \"headline\"}.")
    var json = false

    @Flag(help: "Skip (and report) JSON Lines records or feed items that fail validation instead of failing the file.")
    var skipInvalid = false

    @Option(help: "Write the pictures and files the imported stories use (WordPress attachments, featured and inline pictures) to FILE as JSON Lines, for a later copy into the media library.")
    var attachments: String?

    @Flag(help: "Make a writer account for each author the imported posts name who has none; it cannot sign in until an administrator sets a password.")
    var createUsers = false

    @Flag(help: "Report the copy desk's findings for each imported article on stderr; they never stop the import.")
    var check = false

    @Option(help: "Feeds: the section (slug) items go to; the default is news.")
    var section: String?

    @Option(help: "Feeds: the source items are attributed to; the default is the feed's title.")
    var source: String?

    @Flag(help: "Feeds: publish items at once instead of putting them on the incoming list.")
    var publish = false

    @Argument(help: "The files to import.")
    var files: [String]

    func run() async throws {
        let store = try await openStore(database.db)
        let reader = try await self.reader(for: store)
        let checker = check ? CopyChecker.standard(settings: CopyDeskSettings(site: try await store.siteSettings())) : nil
        var mediaLines: [String] = []
        var failed = 0
        var total = 0
        let started = Date()
        // The next file is read and parsed while this one is saved. Behind a large save, on a
        // thread of lower priority: the single writer is the import's bottleneck, and a parse
        // on every core took two thirds of them from it (corpus import, three alternating
        // pairs: 5.90-6.09 s against 6.63-6.95 s). Otherwise, and for the first file, on every
        // core: the writer has little or nothing to do meanwhile. Never in a task: tasks run on
        // NIO's event loops here, and a parse holding one for half a second held up every
        // await of the save that landed on it.
        func startReading(_ index: Int, behind: Bool) -> Task<Result<FileImport, ImportError>, Never>? {
            guard index < files.count else { return nil }
            let path = files[index]
            let read: @Sendable () -> Result<FileImport, ImportError> = { Result { () throws(ImportError) in try reader.read(path: path) } }
            return Task { behind ? await CPUWork.runBehind(read) : await CPUWork.run(read) }
        }
        var next = startReading(0, behind: false)
        for (index, file) in files.enumerated() {
            Terminal.progress("[\(index + 1)/\(files.count)] reading \(file)…")
            guard let reading = next else { break }
            let outcome = await reading.value
            let drafts = (try? outcome.get())?.batch.drafts.count ?? 0
            next = startReading(index + 1, behind: drafts >= Self.largeFile)
            do {
                let read = try outcome.get()
                Terminal.progress("[\(index + 1)/\(files.count)] saving \(Terminal.count(read.drafts.count)) articles from \(file)…")
                let results = try await save(read, to: store)
                total += results.count
                Terminal.endProgress()
                for skipped in read.skipped { Terminal.note("nashir: skipped: \(skipped)") }
                mediaLines += Self.mediaLines(read.batch.media, saved: results)
                if createUsers, !read.batch.people.isEmpty {
                    let made = try await Self.createWriters(read.batch.people, in: store)
                    if !made.isEmpty { Terminal.note("\(file): writer accounts made (no password yet): \(made.joined(separator: ", "))") }
                }
                if json {
                    for result in results { print(Self.jsonLine(result.article)) }
                }
                report(file: file, results: results, skipped: read.skipped.count, started: started, total: total)
                if let checker { Self.reportFindings(of: read.batch.drafts, with: checker) }
            } catch let error as ImportError {
                Terminal.endProgress()
                Terminal.error(error.description)
                failed += 1
            } catch let error as StoreError {
                Terminal.endProgress()
                Terminal.error("\(file): \(error)")
                failed += 1
            }
        }
        if let attachments {
            do { try (mediaLines.map { $0 + "\n" }.joined()).write(toFile: attachments, atomically: true, encoding: .utf8) } catch {
                Terminal.error("\(attachments): cannot be written: \(error.localizedDescription)")
                throw ExitCode.cannotCreate
            }
        } else if !mediaLines.isEmpty {
            Terminal.note("\(Terminal.count(mediaLines.count)) pictures and files to copy from the old site; --attachments FILE lists them")
        }
        if files.count > 1 {
            Terminal.note("\(files.count - failed) of \(files.count) files imported, \(Terminal.count(total)) articles in \(Self.seconds(since: started))")
        }
        if failed > 0 { throw ExitCode.dataError }
    }

    /// The file reader, with WordPress's local times read in the newsroom's zone when an export
    /// shows no offset of its own.
    private func reader(for store: any CommandStore) async throws -> ArticleFileReader {
        let zone = TimeZone(identifier: try await store.siteSettings().timeZone) ?? TimeZone(identifier: "UTC") ?? .current
        let feed = FeedImporter(
            sourceName: source, section: try await feedSection(in: store), status: publish ? .published : .incoming, skipInvalid: skipInvalid)
        var registry = ImporterRegistry.standard(skipInvalid: skipInvalid, feed: feed)
        registry.importers = registry.importers.map { $0 is WXRImporter ? WXRImporter(fallbackTimeZone: zone) : $0 }
        // A news site's export runs to hundreds of megabytes; WordPress can split it by date, but
        // a whole year in one file should still go through.
        return ArticleFileReader(format: format, maxBytes: format == .wxr ? Self.maxExportBytes : ArticleFileReader.defaultMaxBytes, registry: registry)
    }

    /// The largest WordPress export read in one go (its XML is held in memory while read).
    static let maxExportBytes = 1 << 30

    /// The section named by `--section`, with the name the site already gives it; a slug the
    /// site does not have yet must be one of the corpus's, whose names Nashir knows.
    private func feedSection(in store: any CommandStore) async throws -> Section {
        let slug = section ?? FeedImporter.defaultSection.slug
        if let known = try await store.section(slug: slug) { return known }
        if section == nil { return FeedImporter.defaultSection }
        if let known = SectionMap.corpus.sections.values.first(where: { $0.slug == slug }) ?? SectionMap.corpus.sections[slug] { return known }
        Terminal.error("--section: no section \"\(slug)\"; create it first, or use one of: \((try await store.sections()).map(\.slug).joined(separator: ", "))")
        throw ExitCode.validationFailure
    }

    /// Saves one file's drafts; a draft the store refuses is reported at its record's line,
    /// like any other bad input.
    private func save(_ read: FileImport, to store: any CommandStore) async throws -> [SaveResult] {
        do {
            return try await store.save(read.drafts)
        } catch let error as StoreError {
            if let located = Self.importError(error, in: read) { throw located }
            throw error
        }
    }

    /// `FILE:LINE: problem` for a draft the store refused, found by its index in the batch.
    static func importError(_ error: StoreError, in read: FileImport) -> ImportError? {
        guard case .invalidArticle(let index, _, let problem) = error, read.batch.drafts.indices.contains(index) else { return nil }
        return ImportError(at: read.batch.drafts[index].position, problem: problem)
    }

    private func report(file: String, results: [SaveResult], skipped: Int, started: Date, total: Int) {
        let counts = Dictionary(grouping: results, by: \.outcome).mapValues(\.count)
        var parts = ["\(counts[.created] ?? 0) created", "\(counts[.updated] ?? 0) updated", "\(counts[.unchanged] ?? 0) unchanged"]
        if skipped > 0 { parts.append("\(skipped) skipped") }
        let elapsed = Date().timeIntervalSince(started)
        let rate = elapsed > 0 ? " (\(Terminal.count(Int(Double(total) / elapsed))) articles/s so far)" : ""
        let line = "\(file): \(parts.joined(separator: ", "))\(rate)"
        // With --json, stdout is for machines; the human summary goes to stderr.
        if json { Terminal.note(line) } else { print(line) }
    }

    static func jsonLine(_ article: Article) -> String {
        struct Line: Encodable { let id: Int64; let path: String; let headline: String }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = Line(id: article.id.rawValue, path: SiteRoute.of(article).path, headline: article.content.headline)
        return String(decoding: (try? encoder.encode(line)) ?? Data(), as: UTF8.self)
    }

    /// «FILE:LINE: error: message [rule] «excerpt»» for each finding, at the article's record.
    static func reportFindings(of drafts: [ImportedDraft], with checker: CopyChecker) {
        for imported in drafts {
            let content = imported.draft.content
            for finding in checker.check(CopyStory(content: content)) {
                let fix = finding.suggestion.map { $0.isEmpty ? " → (احذف)" : " → «\($0)»" } ?? ""
                Terminal.note("\(imported.position): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)] «\(finding.excerpt)»\(fix) — «\(content.headline)»")
            }
        }
    }

    static func seconds(since start: Date) -> String {
        String(format: "%.1f s", Date().timeIntervalSince(start))
    }
}

extension ImportFormat: ExpressibleByArgument {}
