import Foundation
import GRDB
import NashirDomain

extension SQLiteStore: SettingsStore {
    public func siteSettings() async throws -> SiteSettings {
        try await pool.read { db in
            let values = try Dictionary(
                Row.fetchAll(db.cachedStatement(sql: "SELECT key, value FROM site_setting")).map { ($0["key"] as String, $0["value"] as String) },
                uniquingKeysWith: { _, last in last })
            let defaults = SiteSettings.defaults
            return SiteSettings(
                name: values["name"] ?? defaults.name,
                digits: values["digits"] ?? defaults.digits,
                months: values["months"] ?? defaults.months,
                timeZone: values["time_zone"] ?? defaults.timeZone,
                sectionOrder: (values["section_order"] ?? "").split(separator: "\n").map(String.init),
                pinnedLead: values["pinned_lead"].flatMap { Int64($0) }.map { ArticleID($0) },
                legacyBaseURL: values["legacy_base_url"].flatMap { $0.isEmpty ? nil : $0 },
                disabledCopyRules: Self.lines(values["disabled_copy_rules"]),
                houseStyle: values["house_style"],
                newsroomWords: Self.lines(values["newsroom_words"]))
        }
    }

    public func updateSiteSettings(_ settings: SiteSettings) async throws {
        try await pool.write { db in
            let pairs = [
                ("name", settings.name), ("digits", settings.digits), ("months", settings.months), ("time_zone", settings.timeZone),
                ("section_order", settings.sectionOrder.joined(separator: "\n")),
                ("pinned_lead", settings.pinnedLead.map { String($0.rawValue) } ?? ""),
                ("legacy_base_url", settings.legacyBaseURL ?? ""),
                ("disabled_copy_rules", settings.disabledCopyRules.joined(separator: "\n")),
                ("newsroom_words", settings.newsroomWords.joined(separator: "\n")),
            ] + (settings.houseStyle.map { [("house_style", $0)] } ?? [])
            for (key, value) in pairs {
                try db.execute(sql: """
                    INSERT INTO site_setting (key, value) VALUES (?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """, arguments: [key, value])
            }
            // Settings change how every page renders.
            try Self.recordChange([.site], at: clock.now(), in: db)
        }
    }

    /// Non-empty lines of a setting stored one item a line.
    static func lines(_ value: String?) -> [String] {
        (value ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
