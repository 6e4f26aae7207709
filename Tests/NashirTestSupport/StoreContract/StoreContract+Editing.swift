import Foundation
import NashirDomain
import Testing

extension StoreContract {
    static let editing: [Check<any NashirStore>] = [
        Check(name: "an editor's save against the current revision goes in and counts up") { (store: any NashirStore) async throws in
            let created = try await store.create(draft("1", status: .draft))
            #expect(created.revision == 1 && created.content.status == .draft)
            var content = created.content
            content.headline = "عنوان جديد"
            content.status = .published
            content.publishedAt = base
            content.origin = ArticleOrigin(source: "elsewhere", key: "x")
            let edited = try await store.update(id: created.id, expectedRevision: 1, content: content)
            #expect(edited.revision == 2 && edited.content.headline == "عنوان جديد")
            #expect(edited.content.origin == created.content.origin)
            #expect(try await store.article(id: created.id) == edited)
        },
        Check(name: "a save against an old revision is a conflict and changes nothing") { (store: any NashirStore) async throws in
            let created = try await store.create(draft("1"))
            var first = created.content
            first.headline = "تعديل المحرر الأول"
            _ = try await store.update(id: created.id, expectedRevision: 1, content: first)
            var second = created.content
            second.headline = "تعديل المحرر الثاني"
            await #expect(throws: StoreError.conflict(created.id, expected: 1, actual: 2)) {
                try await store.update(id: created.id, expectedRevision: 1, content: second)
            }
            #expect(try await store.article(id: created.id)?.content.headline == "تعديل المحرر الأول")
        },
        Check(name: "creating an existing origin, editing an unknown id or invalid copy is refused") { (store: any NashirStore) async throws in
            let created = try await store.create(draft("1"))
            await #expect(throws: StoreError.duplicateOrigin(created.content.origin)) { try await store.create(draft("1")) }
            await #expect(throws: StoreError.notFound(ArticleID(999_999))) {
                try await store.update(id: ArticleID(999_999), expectedRevision: 1, content: created.content)
            }
            var empty = created.content
            empty.body = []
            await #expect(throws: StoreError.self) { try await store.update(id: created.id, expectedRevision: 1, content: empty) }
            #expect(try await store.article(id: created.id) == created)
        },
    ]
}
