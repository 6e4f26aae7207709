import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: SettingsStore {
    public func siteSettings() async throws -> SiteSettings {
        try await pool.read { db in
            SiteSettings(storedValues: try Dictionary(
                Row.fetchAll(db.cachedStatement(sql: "SELECT key, value FROM site_setting")).map { ($0["key"] as String, $0["value"] as String) },
                uniquingKeysWith: { _, last in last }))
        }
    }

    public func updateSiteSettings(_ settings: SiteSettings) async throws {
        try await pool.write { db in
            for (key, value) in settings.storedValues {
                try db.execute(sql: """
                    INSERT INTO site_setting (key, value) VALUES (?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """, arguments: [key, value])
            }
            // Settings change how every page renders.
            try Self.recordChange([.site], at: clock.now(), in: db)
        }
    }
}
