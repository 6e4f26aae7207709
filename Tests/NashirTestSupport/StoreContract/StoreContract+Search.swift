import Foundation
import NashirDomain
import Testing

extension StoreContract {
    static let searchAndSettings: [Check] = [
        Check(name: "saved articles are found by Arabic search at once and after a reindex") { (store: any NashirStore) async throws in
            let saved = try await store.save([draft("1", headline: "الأمم المتحدة ترحب بتبادل الأسرى في ليبيا"), draft("2", section: sport, minutes: 1)])
            let now = base.addingTimeInterval(120)
            for _ in 0..<2 {
                let found = try await store.search(SearchRequest(text: "الامم المتحده"), now: now)
                #expect(found.hits.map(\.summary.id) == [saved[0].article.id])
                try await store.reindex()
            }
            #expect(try await store.search(SearchRequest(text: "الأسرى", sectionSlug: "sport"), now: now).total == 0)
        },
        Check(name: "site settings start at the defaults and persist") { (store: any NashirStore) async throws in
            #expect(try await store.siteSettings() == .defaults)
            var settings = SiteSettings.defaults
            settings.digits = "arabic-indic"
            try await store.updateSiteSettings(settings)
            #expect(try await store.siteSettings() == settings)
        },
    ]
}
