import Foundation
import Logging
import NashirDomain

/// Turns a fetched feed document into drafts for one source; the feed importers do the reading.
public typealias FeedReader = @Sendable (_ bytes: [UInt8], _ charset: String?, _ source: FeedSource) throws -> [ArticleDraft]

/// One poll of every due source: each fetched and read on its own task, so one slow or broken
/// source never holds up the others, and every outcome written to the source's poll state.
public struct FeedPoller: Sendable {
    public var store: any SourceStore & ArticleImporting
    public var fetcher: any FeedFetching
    public var read: FeedReader
    public var clock: TimeSource
    public var logger: Logger
    /// Sources fetched at once.
    public var concurrency: Int

    public init(
        store: any SourceStore & ArticleImporting, fetcher: any FeedFetching, read: @escaping FeedReader, clock: TimeSource = .system,
        logger: Logger = Logger(label: "nashir.ingest"), concurrency: Int = 4
    ) {
        self.store = store
        self.fetcher = fetcher
        self.read = read
        self.clock = clock
        self.logger = logger
        self.concurrency = max(1, concurrency)
    }

    /// What one poll of one source did.
    public struct Outcome: Sendable, Equatable {
        public var source: String
        public var created = 0
        public var updated = 0
        public var held = 0
        public var unchanged = 0
        public var notModified = false
        /// Why the poll failed; nil when it succeeded.
        public var problem: String?
    }

    /// How long a claimed source waits for its poll to be recorded before another instance may
    /// take it: far longer than a poll's timeout, so only a dead instance's claim runs out.
    static let pollLease: TimeInterval = 120

    /// Polls the sources due now (or all of them when `everySource`), at most `concurrency` at a time.
    public func pollDue(everySource: Bool = false) async throws -> [Outcome] {
        let now = clock.now()
        var due: [FeedSource] = []
        for source in try await store.sources() where everySource || source.poll.isDue(at: now) {
            // Several instances poll the same sources: only the one that claims a source polls it.
            let claimed = everySource ? true : try await store.claimPoll(of: source.id, at: now, until: now.addingTimeInterval(Self.pollLease))
            if claimed { due.append(source) }
        }
        var outcomes: [Outcome] = []
        await withTaskGroup(of: Outcome.self) { group in
            var pending = due[...]
            for _ in 0..<concurrency {
                guard let source = pending.popFirst() else { break }
                group.addTask { await poll(source) }
            }
            while let outcome = await group.next() {
                outcomes.append(outcome)
                if let source = pending.popFirst() { group.addTask { await poll(source) } }
            }
        }
        return outcomes.sorted { $0.source < $1.source }
    }

    /// Fetches, reads and saves one source; never throws, so a failure stays with its source.
    public func poll(_ source: FeedSource) async -> Outcome {
        var outcome = Outcome(source: source.settings.name)
        let interval = source.settings.interval
        var state = source.poll
        do {
            switch try await fetcher.fetch(source.settings.url, etag: source.poll.etag, lastModified: source.poll.lastModified) {
            case .notModified:
                outcome.notModified = true
                state = PollSchedule.succeeded(state, at: clock.now(), interval: interval, etag: nil, lastModified: nil, items: 0)
            case .document(let bytes, let etag, let lastModified, let charset):
                // A wire's XML is read on Dispatch's pool: in `serve` tasks run on the event
                // loops that also answer readers, and a large feed would hold one up.
                let read = self.read
                let drafts = try await CPUWork.run { try read(bytes, charset, source) }.map { Self.route($0, for: source) }
                let results = try await store.save(drafts)
                for result in results {
                    switch result.outcome {
                    case .created: outcome.created += 1
                    case .updated: outcome.updated += 1
                    case .held: outcome.held += 1
                    case .unchanged: outcome.unchanged += 1
                    }
                }
                state = PollSchedule.succeeded(state, at: clock.now(), interval: interval, etag: etag, lastModified: lastModified, items: outcome.created)
            }
            logger.info("polled source", metadata: ["source": "\(source.settings.name)", "created": "\(outcome.created)", "updated": "\(outcome.updated)"])
        } catch {
            let problem = (error as? FetchError)?.problem ?? String(describing: error)
            outcome.problem = problem
            state = PollSchedule.failed(state, at: clock.now(), interval: interval, problem: problem)
            logger.warning("source failed", metadata: ["source": "\(source.settings.name)", "problem": "\(problem)", "failures": "\(state.failures)"])
        }
        do { try await store.recordPoll(of: source.id, state) } catch {
            logger.error("cannot record poll", metadata: ["source": "\(source.settings.name)", "error": "\(error)"])
        }
        return outcome
    }

    /// The source's routing applied to an item: its name as the origin (so two agencies' guids
    /// never collide), its section, and whether it publishes or fills the incoming list.
    static func route(_ draft: ArticleDraft, for source: FeedSource) -> ArticleDraft {
        var draft = draft
        draft.content.origin.source = source.settings.name
        if let section = source.settings.section { draft.content.section = section }
        draft.content.status = source.settings.publishes ? .published : .incoming
        if draft.content.credit == nil { draft.content.credit = source.settings.name }
        return draft
    }
}
