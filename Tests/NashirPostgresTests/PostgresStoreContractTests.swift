import NashirDomain
import NashirPostgres
import NashirTestSupport
import Testing

/// The parts of the storage contract the PostgreSQL store keeps so far, each check on a fresh
/// database of a real server (`PostgresTestServer`).
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL on this machine"))
struct PostgresStoreContractTests {
    @Test(arguments: StoreContract.newsroom)
    func postgresStoreKeepsTheNewsroomContract(_ check: StoreContract.Check<any NewsroomStore & ChangeFeed>) async throws {
        let store = try await PostgresStore(url: try await PostgresTestServer.freshDatabase())
        defer { store.close() }
        try await check.run(store)
    }

    @Test(arguments: StoreContract.settings)
    func postgresStoreKeepsTheSettingsContract(_ check: StoreContract.Check<any SettingsStore & ChangeFeed>) async throws {
        let store = try await PostgresStore(url: try await PostgresTestServer.freshDatabase())
        defer { store.close() }
        try await check.run(store)
    }
}
