import Foundation
import NashirDomain
import Testing

extension StoreContract {
    static let changeFeed: [Check<any NashirStore>] = [
        Check(name: "publishing touches the article, the latest lists, its section, its tags and its month") { (store: any NashirStore) async throws in
            _ = try await store.save([draft("0")])
            let start = try await store.changes(after: nil).cursor
            let saved = try await store.save([draft("1", tags: [libya])])[0].article
            let changes = try await store.changes(after: start)
            let month = ContentTag.month(of: try #require(saved.content.publishedAt))
            #expect(changes.touched == [
                .article(saved.id), .latest, .section("arab"), .tag("libya"), month, .sectionOrder("arab"), .tagOrder("libya"),
            ])
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
            // The only story of its month: the month's archive links go too.
            let month = ContentTag.month(of: try #require(saved.content.publishedAt))
            #expect(try await store.changes(after: start).touched == [
                .article(saved.id), .latest, .section("arab"), .tag("libya"), month, .calendar, .sectionOrder("arab"), .tagOrder("libya"),
            ])
        },
        Check(name: "a month's first and last story touch the calendar, others only the month; a byline its author") { (store: any NashirStore) async throws in
            let first = try await store.save([draft("1")])[0].article
            let month = ContentTag.month(of: try #require(first.content.publishedAt))
            var start = try await store.changes(after: nil).cursor
            let second = try await store.save([draft("2")])[0].article
            #expect(try await store.changes(after: start).touched == [.article(second.id), .latest, .section("arab"), month, .sectionOrder("arab")])
            // A correction moves nothing: the section's order, which article pages' neighbours follow, stays.
            start = try await store.changes(after: nil).cursor
            var corrected = second.content
            corrected.headline = "عنوان مصحح"
            _ = try await store.update(id: second.id, expectedRevision: 1, content: corrected)
            #expect(try await store.changes(after: start).touched == [.article(second.id), .latest, .section("arab"), month])
            let author = try await store.createUser(NewUser(name: "amal", displayName: "أمل", role: .writer, passwordHash: "x"))
            start = try await store.changes(after: nil).cursor
            let signed = try await store.create(draft("3"), by: author.id)
            #expect(try await store.changes(after: start).touched.isSuperset(of: [.article(signed.id), .author(author.id), month]))
            #expect(try await !store.changes(after: start).touched.contains(.calendar))
            start = try await store.changes(after: nil).cursor
            var moved = first.content
            moved.publishedAt = try #require(first.content.publishedAt).addingTimeInterval(-400 * 86_400)
            _ = try await store.update(id: first.id, expectedRevision: 1, content: moved)
            #expect(try await store.changes(after: start).touched.isSuperset(of: [month, ContentTag.month(of: moved.publishedAt!), .calendar]))
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
