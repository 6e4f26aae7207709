import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NashirDomain
import NashirSQLite
import NashirTestSupport
import NashirWeb
import Testing

/// The CDN purge hook over real HTTP: a receiver on a loopback port gets the surrogate keys of
/// exactly what each write touched, once, and nothing while nothing changes.
@Suite struct PurgeHookTests {
    struct Purge: Sendable { let header: String?; let keys: [String] }

    @Test func eachWriteSendsTheKeysOfWhatItTouchedOnce() async throws {
        let site = try await SiteFixture()
        let purges = Recorder<Purge>()
        let router = Router()
        router.post("purge") { request, _ -> HTTPResponse.Status in
            let body = try await request.body.collect(upTo: 1 << 16)
            let keys = try JSONDecoder().decode([String: [String]].self, from: Data(body.readableBytesView))["keys"] ?? []
            purges.record(Purge(header: request.headers[HTTPField.Name("Surrogate-Key")!], keys: keys))
            return .noContent
        }
        try await Application(router: router).test(.live) { client in
            let port = try #require(client.port)
            let hook = PurgeHook(url: "http://127.0.0.1:\(port)/purge", feed: site.store, logger: Logger(label: "test"))
            let sport = Section(slug: "sport", name: "رياضة"), libya = NashirDomain.Tag(slug: "libya", name: "ليبيا")
            // The first poll only notes where the feed stands: what came before (here a first story
            // in the section and tag, which as new navigation touched the whole site) is not purged.
            _ = try await site.store.save([
                TestDraft.make(key: "old", headline: "خبر قديم", section: sport, tags: [libya], status: .published, publishedAt: TestDraft.baseDate),
            ])
            #expect(try await hook.poll() == [])

            let saved = try await site.store.save([
                TestDraft.make(key: "a", headline: "الترجي يفوز", section: sport, body: ["فقرة."], tags: [libya], status: .published,
                               publishedAt: TestDraft.baseDate),
            ])
            let id = saved[0].article.id
            let sent = try await hook.poll()
            #expect(sent.contains("article:\(id)") && sent.contains("latest") && sent.contains("section:sport") && sent.contains("tag:libya"), "\(sent)")
            #expect(try await hook.poll() == [], "nothing changed, nothing sent")
            let received = purges.take()
            #expect(received.map(\.keys) == [sent])
            #expect(received.first?.header == sent.joined(separator: " "))
        }
    }

    @Test func aPurgeURLThatFailsIsTriedAgainWithTheSameKeys() async throws {
        let site = try await SiteFixture()
        let attempts = Recorder<[String]>()
        let router = Router()
        router.post("purge") { request, _ -> HTTPResponse.Status in
            let body = try await request.body.collect(upTo: 1 << 16)
            attempts.record(try JSONDecoder().decode([String: [String]].self, from: Data(body.readableBytesView))["keys"] ?? [])
            return .serviceUnavailable
        }
        try await Application(router: router).test(.live) { client in
            let hook = PurgeHook(url: "http://127.0.0.1:\(try #require(client.port))/purge", feed: site.store, logger: Logger(label: "test"))
            _ = try await site.store.save([TestDraft.make(key: "a", headline: "خبر", status: .published, publishedAt: TestDraft.baseDate)])
            _ = try await hook.poll()
            _ = try await site.store.save([TestDraft.make(key: "b", headline: "خبر آخر", status: .published, publishedAt: TestDraft.baseDate)])
            await #expect(throws: PurgeFailure.self) { try await hook.poll() }
            await #expect(throws: PurgeFailure.self) { try await hook.poll() }
            let tries = attempts.take()
            #expect(tries.count == 2 && tries[0] == tries[1] && tries[0].contains("latest"), "\(tries)")
        }
    }
}
