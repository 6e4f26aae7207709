import Foundation
import NashirDomain
import Testing

extension StoreContract {
    static let revisions: [Check<any NashirStore>] = [
        Check(name: "every save is a revision with its author, and a stale save changes nothing") { (store: any NashirStore) async throws in
            let writer = try await store.createUser(NewUser(name: "amal", displayName: "أمل", role: .writer, passwordHash: "x"))
            let editor = try await store.createUser(NewUser(name: "omar", displayName: "عمر", role: .editor, passwordHash: "x"))
            let created = try await store.create(draft("1", status: .draft), by: writer.id)
            #expect(created.author == writer.id)
            var content = created.content
            content.headline = "عنوان معدل"
            let edited = try await store.update(id: created.id, expectedRevision: 1, content: content, by: editor.id, note: nil)
            #expect(edited.revision == 2 && edited.author == writer.id)
            var stale = created.content
            stale.headline = "عنوان من نسخة قديمة"
            await #expect(throws: StoreError.conflict(created.id, expected: 1, actual: 2)) {
                try await store.update(id: created.id, expectedRevision: 1, content: stale, by: writer.id, note: nil)
            }
            #expect(try await store.article(id: created.id)?.content.headline == "عنوان معدل")
            let history = try await store.revisions(of: created.id)
            #expect(history.map(\.number) == [1, 2])
            #expect(history.map(\.author) == [writer.id, editor.id])
            #expect(history.map(\.authorName) == ["أمل", "عمر"])
            #expect(history[0].content == created.content)
            #expect(history[1].content == edited.content)
            #expect(try await store.revision(of: created.id, number: 2)?.content.headline == "عنوان معدل")
        },
        Check(name: "a revision keeps every field: marks, the urgent flag, the search title, corrections and the dateline") { (store: any NashirStore) async throws in
            var content = draft("1", status: .published).content
            content.body = [
                .paragraph(RichText(runs: [TextRun("قال "), TextRun("الوزير", strong: true), TextRun(" في "), TextRun("بيان", link: "https://example.com/b")])),
                .list([RichText(runs: [TextRun("بند ", emphasis: true), TextRun("أول")]), "بند ثان"], ordered: true),
                .quote("قول", source: "قائل"),
            ]
            content.urgent = true
            content.seoTitle = "عنوان لمحركات البحث"
            content.corrections = [Correction(at: Date(timeIntervalSince1970: 1_600_000_000), note: "صُحّح الاسم.")]
            content.dateline = Dateline(place: "طرابلس", source: "وكالات", date: Date(timeIntervalSince1970: 1_599_000_000))
            content.tags = [Tag(slug: "ليبيا", name: "ليبيا"), Tag(slug: "تركيا", name: "تركيا")]
            let saved = try await store.create(ArticleDraft(content: content), by: nil)
            #expect(try await store.revisions(of: saved.id).last?.content == saved.content)
            var plain = saved.content
            plain.urgent = false
            plain.seoTitle = nil
            let edited = try await store.update(id: saved.id, expectedRevision: 1, content: plain, by: nil, note: nil)
            #expect(try await store.revisions(of: saved.id).map(\.content) == [saved.content, edited.content])
        },
        Check(name: "the workflow refuses a change it does not allow, and a deleted story stays a tombstone") { (store: any NashirStore) async throws in
            let saved = try await store.create(draft("1", status: .draft), by: nil)
            var deleted = saved.content
            deleted.status = .deleted
            let tombstone = try await store.update(id: saved.id, expectedRevision: 1, content: deleted, by: nil, note: nil)
            var revived = tombstone.content
            revived.status = .published
            await #expect(throws: StoreError.forbiddenTransition(saved.id, from: .deleted, to: .published)) {
                try await store.update(id: saved.id, expectedRevision: 2, content: revived, by: nil, note: nil)
            }
            #expect(try await store.article(id: saved.id)?.content.status == .deleted)
        },
        Check(name: "newsroom lists filter by status and author, newest change first") { (store: any NashirStore) async throws in
            let writer = try await store.createUser(NewUser(name: "amal", displayName: "أمل", role: .writer, passwordHash: "x"))
            let mine = try await store.create(draft("1", status: .draft), by: writer.id)
            _ = try await store.create(draft("2", status: .inReview), by: nil)
            _ = try await store.save([draft("3")])
            let drafts = try await store.list(ArticleQuery(publishedOnly: false, statuses: [.draft], order: .lastChange), now: base)
            #expect(drafts.items.map(\.id) == [mine.id] && drafts.items.first?.status == .draft)
            let own = try await store.list(ArticleQuery(publishedOnly: false, author: writer.id, order: .lastChange), now: base)
            #expect(own.total == 1 && own.items.first?.author == writer.id)
            let open = try await store.list(ArticleQuery(publishedOnly: false, statuses: [.draft, .inReview], order: .lastChange), now: base)
            #expect(open.total == 2)
        },
    ]
}
