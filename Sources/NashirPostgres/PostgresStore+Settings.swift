import NashirDomain
import PostgresNIO

extension PostgresStore: SettingsStore {
    public func siteSettings() async throws -> SiteSettings {
        try await read { connection in
            var values: [String: String] = [:]
            for row in try await connection.rows("SELECT key, value FROM site_setting", logger: self.logger) {
                values[try row.get("key")] = try row.get("value")
            }
            return SiteSettings(storedValues: values)
        }
    }

    public func updateSiteSettings(_ settings: SiteSettings) async throws {
        let now = clock.now()
        try await write { connection in
            for (key, value) in settings.storedValues {
                try await connection.run("""
                    INSERT INTO site_setting (key, value) VALUES (\(key), \(value))
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """, logger: self.logger)
            }
            // Settings change how every page renders.
            try await Self.recordChange([.site], at: now, on: connection, logger: self.logger)
        }
    }
}
