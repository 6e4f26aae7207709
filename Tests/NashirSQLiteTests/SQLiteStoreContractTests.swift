import NashirDomain
import NashirTestSupport
import Testing

/// The storage contract every backend keeps, run against a real SQLite file per check.
@Suite struct SQLiteStoreContractTests {
    @Test(arguments: StoreContract.checks)
    func sqliteStoreKeepsTheContract(_ check: StoreContract.Check<any NashirStore>) async throws {
        let folder = try TemporaryDirectory()
        try await check.run(try folder.store())
    }
}
