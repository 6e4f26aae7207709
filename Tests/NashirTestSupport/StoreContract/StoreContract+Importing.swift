import Foundation
import NashirDomain
import Testing

extension StoreContract {
    static let importing: [Check<any NashirStore>] = [
        Check(name: "an imported article reads back whole, by id and by origin") { (store: any NashirStore) async throws in
            let draft = draft("1", tags: [libya, NashirDomain.Tag(slug: "turkey", name: "تركيا")])
            let saved = try await store.save([draft])
            #expect(saved.map(\.outcome) == [.created])
            let read = try #require(try await store.article(id: saved[0].article.id))
            #expect(read.content == draft.content)
            #expect(read == saved[0].article)
            #expect(read.revision == 1)
            #expect(try await store.article(origin: draft.content.origin) == read)
        },
        Check(name: "a tag listed twice, or two names of one slug, links once under the first name") { (store: any NashirStore) async throws in
            let turkey = NashirDomain.Tag(slug: "turkey", name: "تركيا")
            let draft = draft("1", tags: [libya, turkey, NashirDomain.Tag(slug: "libya", name: "دولة ليبيا"), turkey])
            let saved = try await store.save([draft])[0]
            #expect(saved.outcome == .created && saved.article.content.tags == [libya, turkey])
            #expect(try await store.article(id: saved.article.id)?.content.tags == [libya, turkey])
            #expect(try await store.save([draft])[0].outcome == .unchanged)
        },
        Check(name: "importing the same origin again updates in place or changes nothing") { (store: any NashirStore) async throws in
            let first = try await store.save([draft("1")])[0].article
            let same = try await store.save([draft("1")])[0]
            #expect(same.outcome == .unchanged && same.article == first)
            var changed = draft("1", headline: "عنوان مصحح", tags: [libya])
            changed.content.body.append(.paragraph("فقرة جديدة."))
            let updated = try await store.save([changed])[0]
            #expect(updated.outcome == .updated)
            #expect(updated.article.id == first.id && updated.article.createdAt == first.createdAt)
            #expect(updated.article.revision == 2)
            #expect(try await store.list(ArticleQuery(publishedOnly: false), now: base).total == 1)
        },
        Check(name: "one invalid draft saves nothing of its batch and is named") { (store: any NashirStore) async throws in
            var bad = draft("2")
            bad.content.headline = " "
            await #expect(throws: StoreError.invalidArticle(index: 1, origin: bad.content.origin, problem: "headline: is empty")) {
                try await store.save([draft("1"), bad])
            }
            #expect(try await store.list(ArticleQuery(publishedOnly: false), now: base).total == 0)
            #expect(try await store.sections().isEmpty)
        },
        Check(name: "a save larger than one prepared batch keeps its order, and a bad draft late in it saves nothing") { (store: any NashirStore) async throws in
            // More drafts than the SQLite store prepares ahead of its writer at once (512).
            let drafts = (1...1_100).map { draft("\($0)", minutes: Double($0)) }
            var withBad = drafts
            withBad[1_060].content.headline = ""
            await #expect(throws: StoreError.invalidArticle(index: 1_060, origin: withBad[1_060].content.origin, problem: "headline: is empty")) {
                try await store.save(withBad)
            }
            #expect(try await store.list(ArticleQuery(publishedOnly: false), now: base).total == 0)
            let saved = try await store.save(drafts)
            #expect(saved.map(\.article.content.origin) == drafts.map(\.content.origin))
            #expect(saved.allSatisfy { $0.outcome == .created })
            #expect(Set(saved.map(\.article.id)).count == drafts.count)
            // Each article's index entry is its own: the number in a late headline finds that article.
            for number in [1, 513, 1_050] {
                let found = try await store.search(SearchRequest(text: "\(number)"), now: base.addingTimeInterval(86_400))
                #expect(found.hits.filter { !$0.partial }.map(\.summary.id) == [saved[number - 1].article.id], "\(number)")
            }
        },
        Check(name: "publishing without a date stamps it once") { (store: any NashirStore) async throws in
            var undated = draft("1")
            undated.content.publishedAt = nil
            let first = try await store.save([undated])[0]
            let stamp = try #require(first.article.content.publishedAt)
            let again = try await store.save([undated])[0]
            #expect(again.outcome == .unchanged && again.article.content.publishedAt == stamp)
        },
    ]
}
