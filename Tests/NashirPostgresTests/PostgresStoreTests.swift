import Foundation
import NashirDomain
import NashirPostgres
import NashirTestSupport
import Testing

/// What only a PostgreSQL store shows: opening, migrating beside other instances, refusing what
/// it cannot use. The behaviour every store shares is `StoreContract`'s.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL on this machine"))
struct PostgresStoreTests {
    @Test func aServerThatIsNotThereIsNamedWithoutItsPassword() async throws {
        let port = try FreePort.pick()
        await #expect {
            _ = try await PostgresStore(url: "postgres://nashir:secret@127.0.0.1:\(port)/news")
        } throws: { error in
            guard case StoreError.cannotOpen(let path, let reason) = error else { return false }
            return path == "postgres://nashir@127.0.0.1:\(port)/news" && !reason.isEmpty && !"\(error)".contains("secret")
        }
    }

    @Test func instancesStartingTogetherMigrateOnceAndShareTheirData() async throws {
        let url = try await PostgresTestServer.freshDatabase()
        let stores = try await withThrowingTaskGroup(of: PostgresStore.self) { group in
            for _ in 0..<4 { group.addTask { try await PostgresStore(url: url) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        defer { stores.forEach { $0.close() } }
        _ = try await stores[0].createUser(NewUser(name: "amal", displayName: "أمل", role: .editor, passwordHash: "h"))
        for store in stores { #expect(try await store.user(named: "amal")?.displayName == "أمل") }
    }

    @Test func twoFirstRunFormsOnTwoInstancesMakeOneAdministrator() async throws {
        let url = try await PostgresTestServer.freshDatabase()
        let first = try await PostgresStore(url: url), second = try await PostgresStore(url: url)
        defer { first.close(); second.close() }
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for (index, store) in [first, second, first, second].enumerated() {
                group.addTask {
                    (try? await store.createFirstAdministrator(NewUser(name: "admin\(index)", displayName: "", role: .writer, passwordHash: "h"))) != nil
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 1)
        #expect(try await first.countUsers() == 1)
    }

    @Test func aDatabaseFromANewerNashirIsRefusedAndLeftAlone() async throws {
        let url = try await PostgresTestServer.freshDatabase()
        try await PostgresStore(url: url).close()
        try await PostgresTestServer.psql(url, "INSERT INTO nashir_migration (number, name) VALUES (999, 'from the future')")
        await #expect {
            _ = try await PostgresStore(url: url)
        } throws: { error in
            "\(error)".contains("migration 999, newer than this nashir knows")
        }
        // Nothing of it was changed: the row is still there.
        try await PostgresTestServer.psql(url, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM nashir_migration WHERE number = 999) THEN RAISE 'gone'; END IF; END $$")
    }
}

extension PostgresStoreTests {
    @Test func aDatabaseTheServerDoesNotHaveIsNamedWithTheServersWords() async throws {
        let base = try #require(try await PostgresTestServer.url())
        let url = base.replacingOccurrences(of: "/postgres", with: "/no_such_newsroom", options: [.anchored, .backwards])
        await #expect {
            _ = try await PostgresStore(url: url)
        } throws: { error in
            "\(error)".contains("database \"no_such_newsroom\" does not exist")
        }
    }
}

extension PostgresStoreTests {
    @Test func aChangeSavedThroughOneInstanceIsAnnouncedToAnother() async throws {
        let url = try await PostgresTestServer.freshDatabase()
        let reader = try await PostgresStore(url: url), writer = try await PostgresStore(url: url)
        defer { reader.close(); writer.close() }
        let cursor = try await reader.changes(after: nil).cursor
        let heard = Recorder<ContinuousClock.Instant>()
        let signals = reader.changeSignals()
        let listening = Task { for await _ in signals { heard.record(.now) } }
        defer { listening.cancel() }
        // Listening: the first signal says to look at the feed once.
        var first: [ContinuousClock.Instant] = []
        for _ in 0..<1_000 where first.isEmpty {
            try await Task.sleep(for: .milliseconds(20))
            first = heard.take()
        }
        #expect(!first.isEmpty, "the listener never started")
        var settings = SiteSettings.defaults
        settings.name = "صحيفة الغد"
        let saved = ContinuousClock.now
        try await writer.updateSiteSettings(settings)
        var announced: [ContinuousClock.Instant] = []
        // Waited for up to 30 s: the announcement arrives in milliseconds, but a test must not fail
        // on a loaded machine (the whole suite at once on two cores) for a timing the benchmarks measure.
        while announced.isEmpty, ContinuousClock.now - saved < .seconds(30) {
            try await Task.sleep(for: .milliseconds(10))
            announced = heard.take()
        }
        #expect(!announced.isEmpty, "no announcement")
        let changes = try await reader.changes(after: cursor)
        #expect(changes.touched == [.site])
        #expect(try await reader.siteSettings().name == "صحيفة الغد")
    }
}

extension PostgresStoreTests {
    /// The server killed and started again under a running store: requests while it is down fail
    /// with an error, and once it is back the same store works again, without being reopened.
    @Test func aStoreSurvivesItsServerGoingAwayAndComingBack() async throws {
        let cluster = try await PostgresTestServer.Cluster.start(durable: true)
        try await PostgresTestServer.psql(cluster.url, "CREATE DATABASE news")
        let store = try await PostgresStore(url: cluster.url.replacingOccurrences(of: "/postgres", with: "/news"))
        defer { store.close() }
        _ = try await store.createUser(NewUser(name: "amal", displayName: "أمل", role: .editor, passwordHash: "h"))
        try await cluster.stop()
        // While it is down a request fails within the store's wait for a connection, naming the server.
        let asked = ContinuousClock.now
        await #expect {
            _ = try await store.user(named: "amal")
        } throws: { error in
            guard case StoreError.cannotOpen(let path, _) = error else { return false }
            return path.hasSuffix("/news")
        }
        // One 5 s wait for a connection, then the error: bounded to prove no hang, not to time it.
        #expect(ContinuousClock.now - asked < .seconds(20))
        try await cluster.start()
        var back: User?
        var last = ""
        for _ in 0..<50 where back == nil {
            do { back = try await store.user(named: "amal") } catch { last = String(reflecting: error) }
            if back == nil { try await Task.sleep(for: .milliseconds(200)) }
        }
        #expect(back?.displayName == "أمل", "the store did not come back within 10 s: \(last)")
        _ = try await store.createUser(NewUser(name: "huda", displayName: "هدى", role: .writer, passwordHash: "h"))
        #expect(try await store.countUsers() == 2)
    }
}
