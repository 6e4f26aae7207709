import Foundation
import NashirDomain
import Testing

extension StoreContract {
    /// Site settings, and the change feed they feed.
    public static let settings: [Check<any SettingsStore & ChangeFeed>] = [
        Check(name: "site settings start at the defaults and persist") { (store: any SettingsStore & ChangeFeed) async throws in
            #expect(try await store.siteSettings() == .defaults)
            var settings = SiteSettings.defaults
            settings.digits = "arabic-indic"
            settings.sectionOrder = ["sport", "arab"]
            settings.pinnedLead = ArticleID(7)
            try await store.updateSiteSettings(settings)
            #expect(try await store.siteSettings() == settings)
            // Unpinned and unordered again.
            settings.sectionOrder = []
            settings.pinnedLead = nil
            try await store.updateSiteSettings(settings)
            #expect(try await store.siteSettings() == settings)
        },
        Check(name: "a settings change touches the whole site, once, after the cursor it was read at") { (store: any SettingsStore & ChangeFeed) async throws in
            let start = try await store.changes(after: nil)
            #expect(start.touched.isEmpty && !start.isIncomplete)
            var settings = try await store.siteSettings()
            settings.name = "الصحيفة"
            try await store.updateSiteSettings(settings)
            let after = try await store.changes(after: start.cursor)
            #expect(after.touched == [.site] && after.cursor > start.cursor && !after.isIncomplete)
            #expect(try await store.changes(after: after.cursor) == ContentChanges(cursor: after.cursor))
            // A cursor ahead of the database (a restored backup) starts over.
            #expect(try await store.changes(after: after.cursor + 100).isIncomplete)
        },
    ]
}
