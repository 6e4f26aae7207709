import NashirDomain
import NashirPostgres
import NashirTestSupport
import Testing

/// The whole storage contract, the same checks SQLite's store keeps, each on a fresh database
/// of a real server (`PostgresTestServer`).
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL on this machine"))
struct PostgresStoreContractTests {
    @Test(arguments: StoreContract.checks)
    func postgresStoreKeepsTheContract(_ check: StoreContract.Check<any NashirStore>) async throws {
        let store = try await PostgresStore(url: try await PostgresTestServer.freshDatabase())
        defer { store.close() }
        try await check.run(store)
    }
}
