import Foundation
import NashirDomain
import Testing

extension StoreContract {
    static let sources: [Check<any NashirStore>] = [
        Check(name: "sources are added once by name, listed by name, keep their poll state and are removed") { (store: any NashirStore) async throws in
            let wire = try await store.addSource(FeedSourceSettings(name: "وكالة", url: "https://wire.example/rss", interval: 300,
                                                                   section: Section(slug: "arab", name: "أخبار عربية"), publishes: true))
            _ = try await store.addSource(FeedSourceSettings(name: "أ", url: "http://a.example/feed"))
            await #expect(throws: StoreError.self) { _ = try await store.addSource(FeedSourceSettings(name: "وكالة", url: "https://other.example/")) }
            #expect(try await store.sources().map(\.settings.name) == ["أ", "وكالة"])
            let state = PollState(etag: "\"v2\"", lastModified: "Tue, 01 Dec 2026 10:00:00 GMT", nextPollAt: base.addingTimeInterval(300),
                                  lastPolledAt: base, lastSuccessAt: base, failures: 0, itemsReceived: 7)
            try await store.recordPoll(of: wire.id, state)
            let stored = try await store.sources().first { $0.id == wire.id }
            #expect(stored?.poll == state && stored?.settings.publishes == true && stored?.settings.section?.slug == "arab")
            #expect(try await store.removeSource(named: "أ"))
            #expect(try await !store.removeSource(named: "أ"))
            #expect(try await store.sources().count == 1)
        },
        Check(name: "of instances claiming a due source at once exactly one polls it, until its lease runs out") { (store: any NashirStore) async throws in
            let source = try await store.addSource(FeedSourceSettings(name: "وكالة", url: "https://wire.example/rss"))
            let claims = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<8 { group.addTask { try await store.claimPoll(of: source.id, at: base, until: base.addingTimeInterval(120)) } }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(claims.filter { $0 }.count == 1)
            #expect(try await !store.claimPoll(of: source.id, at: base.addingTimeInterval(60), until: base.addingTimeInterval(180)))
            // An instance that died mid-poll recorded nothing: once the lease runs out, another takes the source.
            #expect(try await store.claimPoll(of: source.id, at: base.addingTimeInterval(120), until: base.addingTimeInterval(240)))
        },
    ]
}
