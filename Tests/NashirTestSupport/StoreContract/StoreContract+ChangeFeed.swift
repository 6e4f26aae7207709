import Foundation
import NashirDomain
import Testing

extension StoreContract {
    static let changeFeed: [Check] = [
        Check(name: "publishing touches the article, the latest lists, its section and its tags") { (store: any NashirStore) async throws in
            _ = try await store.save([draft("0")])
            let start = try await store.changes(after: nil).cursor
            let saved = try await store.save([draft("1", tags: [libya])])[0].article
            let changes = try await store.changes(after: start)
            #expect(changes.touched == [.article(saved.id), .latest, .section("arab"), .tag("libya")])
            #expect(changes.cursor > start && !changes.isIncomplete)
            #expect(try await store.changes(after: changes.cursor) == ContentChanges(cursor: changes.cursor))
        },
        Check(name: "saving a draft touches only its own page, never a public list") { (store: any NashirStore) async throws in
            _ = try await store.save([draft("0")])
            let start = try await store.changes(after: nil).cursor
            let saved = try await store.save([draft("1", status: .draft)])[0].article
            var content = saved.content
            content.headline = "مسودة معدلة"
            _ = try await store.update(id: saved.id, expectedRevision: 1, content: content)
            #expect(try await store.changes(after: start).touched == [.article(saved.id)])
        },
        Check(name: "moving or unpublishing a story touches the lists it leaves") { (store: any NashirStore) async throws in
            let saved = try await store.save([draft("1", tags: [libya])])[0].article
            let start = try await store.changes(after: nil).cursor
            var moved = saved.content
            moved.section = Section(slug: "arab", name: "أخبار عربية")
            moved.status = .unpublished
            moved.tags = []
            _ = try await store.update(id: saved.id, expectedRevision: 1, content: moved)
            #expect(try await store.changes(after: start).touched == [.article(saved.id), .latest, .section("arab"), .tag("libya")])
        },
        Check(name: "a new section or renamed tag, and settings, touch the whole site") { (store: any NashirStore) async throws in
            _ = try await store.save([draft("0", tags: [libya])])
            var start = try await store.changes(after: nil).cursor
            _ = try await store.save([draft("1", section: sport)])
            #expect(try await store.changes(after: start).touched.contains(.site))
            start = try await store.changes(after: nil).cursor
            _ = try await store.save([draft("2", tags: [NashirDomain.Tag(slug: "libya", name: "دولة ليبيا")])])
            #expect(try await store.changes(after: start).touched.contains(.site))
            start = try await store.changes(after: nil).cursor
            var settings = try await store.siteSettings()
            settings.name = "الجريدة"
            try await store.updateSiteSettings(settings)
            #expect(try await store.changes(after: start).touched == [.site])
        },
        Check(name: "an unchanged re-import records no change") { (store: any NashirStore) async throws in
            _ = try await store.save([draft("1")])
            let start = try await store.changes(after: nil).cursor
            _ = try await store.save([draft("1")])
            #expect(try await store.changes(after: start) == ContentChanges(cursor: start))
        },
    ]
}
