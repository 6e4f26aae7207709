import Foundation
import NashirDomain
import NashirImport
import NashirIngest
import NashirSQLite
import NashirTestSupport
import NIOCore
import Synchronization
import Testing

/// The poller against a real HTTP server and a real SQLite file: conditional GET, back-off, the
/// limits, one failing source beside a good one, and re-sent items against the newsroom's edits.
@Suite struct FeedPollerTests {
    /// Items as JSON Lines: the poller does not care which importer reads the bytes.
    static func line(_ key: String, _ headline: String, _ body: String, updated: String = "2026-12-01T10:00:00Z") -> String {
        #"{"id": "\#(key)", "title": "\#(headline)", "body": "\#(body)", "section": "world", "updated": "\#(updated)", "date": "2026-12-01T09:00:00Z"}"#
    }

    static let reader: FeedReader = { bytes, _, source in
        try JSONLinesImporter().read(String(decoding: bytes, as: UTF8.self), file: source.settings.name).drafts.map(\.draft)
    }

    func poller(_ store: SQLiteStore, clock: ManualClock, timeout: Int64 = 20, maxBytes: Int = 1 << 20) -> FeedPoller {
        FeedPoller(store: store, fetcher: HTTPFeedFetcher(timeout: .seconds(timeout), maxBytes: maxBytes), read: Self.reader, clock: clock.source)
    }

    @Test func newItemsArriveOnTheIncomingListAndAnUnchangedFeedCostsA304() async throws {
        let folder = try TemporaryDirectory()
        let clock = ManualClock(TestDraft.baseDate)
        let store = try folder.store(clock: clock.source)
        let feed = FeedText(Self.line("1", "انفجار في الميناء", "وقع انفجار في الميناء صباح اليوم."))
        let server = try await FeedServer.start { feed.value }
        defer { Task { await server.stop() } }
        _ = try await store.addSource(FeedSourceSettings(name: "وكالة الاختبار", url: server.baseURL + "/wire", interval: 60))

        let first = try await poller(store, clock: clock).pollDue()
        #expect(first.map(\.created) == [1])
        let stories = try await store.incomingStories(limit: 10)
        #expect(stories.count == 1)
        #expect(stories[0].items[0].summary.status == .incoming)
        #expect(stories[0].items[0].source == "وكالة الاختبار")
        #expect(stories[0].items[0].credit == "وكالة الاختبار")

        // Not due yet: nothing is fetched.
        #expect(try await poller(store, clock: clock).pollDue().isEmpty)
        clock.advance(by: 61)
        let second = try await poller(store, clock: clock).pollDue()
        #expect(second.first?.notModified == true)
        let hits = server.hits.take()
        #expect(hits.count == 2 && hits[0] == "wire -" && hits[1].hasPrefix("wire \""))

        // A changed feed: the re-sent item updates its article, the new one is added.
        feed.set(Self.line("1", "انفجار ضخم في الميناء", "وقع انفجار في الميناء صباح اليوم.", updated: "2026-12-01T11:00:00Z") + "\n" + Self.line("2", "أمطار غزيرة", "هطلت أمطار غزيرة."))
        clock.advance(by: 61)
        let third = try await poller(store, clock: clock).pollDue()
        #expect(third.first?.created == 1 && third.first?.updated == 1)
        let all = try await store.list(ArticleQuery(publishedOnly: false, limit: 10), now: clock.now)
        #expect(all.total == 2)
        #expect(try await store.sources().first?.poll.itemsReceived == 2)
    }

    @Test func aFailingSourceBacksOffWithoutHoldingUpTheOthers() async throws {
        let folder = try TemporaryDirectory()
        let clock = ManualClock(TestDraft.baseDate)
        let store = try folder.store(clock: clock.source)
        let server = try await FeedServer.start { Self.line("1", "خبر", "نص الخبر.") }
        defer { Task { await server.stop() } }
        _ = try await store.addSource(FeedSourceSettings(name: "معطلة", url: server.baseURL + "/broken", interval: 60))
        _ = try await store.addSource(FeedSourceSettings(name: "بطيئة", url: server.baseURL + "/slow", interval: 60))
        _ = try await store.addSource(FeedSourceSettings(name: "ضخمة", url: server.baseURL + "/huge", interval: 60))
        _ = try await store.addSource(FeedSourceSettings(name: "سليمة", url: server.baseURL + "/wire", interval: 60))

        // The slow source answers after a minute; its outcome names the 20 s deadline that cut it off.
        // The deadline is that long because CI's two cores can be held for seconds by other tests'
        // synchronous work, and with 5 s the healthy sources were once cut off too.
        let outcomes = try await poller(store, clock: clock, timeout: 20, maxBytes: 1 << 20).pollDue()
        let byName = Dictionary(uniqueKeysWithValues: outcomes.map { ($0.source, $0) })
        #expect(byName["سليمة"]?.created == 1 && byName["سليمة"]?.problem == nil)
        #expect(byName["معطلة"]?.problem == "the server answered 503 Service Unavailable")
        #expect(byName["بطيئة"]?.problem?.contains("no answer within 20 s") == true)
        #expect(byName["ضخمة"]?.problem?.contains("limit") == true)

        let sources = Dictionary(uniqueKeysWithValues: try await store.sources().map { ($0.settings.name, $0.poll) })
        #expect(sources["معطلة"]?.failures == 1)
        #expect(sources["معطلة"]?.nextPollAt == clock.now.addingTimeInterval(120))
        #expect(sources["سليمة"]?.nextPollAt == clock.now.addingTimeInterval(60))
        clock.advance(by: 61)
        // Only the healthy source is due again; the failing ones wait twice as long.
        #expect(try await poller(store, clock: clock).pollDue().map(\.source) == ["سليمة"])
    }

    @Test func aStoryAnEditorChangedKeepsTheirVersionAndHoldsTheAgencyOne() async throws {
        let folder = try TemporaryDirectory()
        let clock = ManualClock(TestDraft.baseDate)
        let store = try folder.store(clock: clock.source)
        let feed = FeedText(Self.line("7", "قمة عربية في الرياض", "تنطلق القمة غدا."))
        let server = try await FeedServer.start { feed.value }
        defer { Task { await server.stop() } }
        _ = try await store.addSource(FeedSourceSettings(name: "واس", url: server.baseURL + "/wire", interval: 60))
        _ = try await poller(store, clock: clock).pollDue()
        let item = try #require(try await store.incomingStories(limit: 5).first?.items.first)

        let editor = try await store.createUser(NewUser(name: "editor", displayName: "محررة", role: .editor, passwordHash: "x"))
        var taken = try await store.take(item.summary.id, by: editor.id)
        #expect(taken.content.status == .draft && taken.author == editor.id)
        await #expect(throws: StoreError.self) { _ = try await store.take(item.summary.id, by: editor.id) }
        taken.content.headline = "القمة العربية تنطلق في الرياض"
        _ = try await store.update(id: taken.id, expectedRevision: taken.revision, content: taken.content, by: editor.id, note: nil)

        feed.set(Self.line("7", "قمة عربية في الرياض بحضور 20 زعيما", "تنطلق القمة غدا بحضور عشرين زعيما.", updated: "2026-12-01T12:00:00Z"))
        clock.advance(by: 61)
        let outcome = try await poller(store, clock: clock).pollDue()
        #expect(outcome.first?.held == 1)
        let kept = try #require(try await store.article(id: taken.id))
        #expect(kept.content.headline == "القمة العربية تنطلق في الرياض")
        let held = try #require(try await store.heldVersion(of: taken.id))
        #expect(held.content.headline == "قمة عربية في الرياض بحضور 20 زعيما")
        try await store.discardHeldVersion(of: taken.id)
        #expect(try await store.heldVersion(of: taken.id) == nil)
    }

    @Test func aRealRSSFeedIsReadByTheStandardReaderAndRoutedToItsSource() async throws {
        let folder = try TemporaryDirectory()
        let clock = ManualClock(TestDraft.baseDate)
        let store = try folder.store(clock: clock.source)
        let server = try await FeedServer.start { "" }
        defer { Task { await server.stop() } }
        _ = try await store.addSource(FeedSourceSettings(
            name: "وكالة المغرب", url: server.baseURL + "/rss", interval: 60, section: Section(slug: "world", name: "دولية")))
        let poller = FeedPoller(store: store, fetcher: HTTPFeedFetcher(), read: FeedReaders.standard, clock: clock.source)
        let outcome = try await poller.pollDue()
        #expect(outcome.first?.created == 1, "\(outcome)")
        let item = try #require(try await store.incomingStories(limit: 5).first?.items.first)
        let article = try #require(try await store.article(id: item.summary.id))
        #expect(article.content.headline == "زلزال بقوة 5 درجات يضرب شمال المغرب")
        #expect(article.content.body.map(\.text) == ["ضرب زلزال بقوة خمس درجات شمال المغرب فجر اليوم.", "ولم ترد أنباء عن إصابات."])
        #expect(article.content.origin == ArticleOrigin(source: "وكالة المغرب", key: "wire-1"))
        #expect(article.content.section.slug == "world" && article.content.status == .incoming)
        #expect(article.content.sourceURL == "https://wire.example/a/1")
        #expect(article.content.leadImageURL == "https://wire.example/img/1.jpg")
        #expect(article.content.byline == "مراسل الوكالة")
    }
}
