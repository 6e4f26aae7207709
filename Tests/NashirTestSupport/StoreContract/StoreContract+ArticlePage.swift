import Foundation
import NashirDomain
import Testing

extension StoreContract {
    static let articlePage: [Check<any NashirStore>] = [
        Check(name: "an article page's parts come in one call as the separate reads give them, a hidden author left out") { (store: any NashirStore) async throws in
            let writer = try await store.createUser(NewUser(name: "kateb", displayName: "كاتب", role: .writer, passwordHash: "h"))
            _ = try await store.updateUser(id: writer.id, UserChange(hasPublicProfile: true))
            let hidden = try await store.createUser(NewUser(name: "khafi", displayName: "خفي", role: .writer, passwordHash: "h"))
            let image = try await store.addMedia(
                width: 1200, height: 800, alt: "صورة", caption: "تعليق", credit: "وكالات", renditions: [], by: writer.id, at: base)
            var illustrated = draft("page1", tags: [libya], minutes: 1)
            illustrated.content.leadImage = image.id
            let first = try await store.create(illustrated, by: writer.id)
            let second = try await store.create(draft("page2", tags: [libya], minutes: 2), by: hidden.id)
            let third = try await store.create(draft("page3", minutes: 3), by: nil)
            let later = base.addingTimeInterval(3_600)
            for article in [first, second, third] {
                let parts = try await store.articlePage(id: article.id, related: 4, now: later) { $0 }
                #expect(parts == (try await store.composedArticlePage(id: article.id, related: 4, now: later)), "\(article.id)")
            }
            let illustratedParts = try #require(try await store.articlePage(id: first.id, related: 4, now: later) { $0 })
            #expect(illustratedParts.media == [image.id: image] && illustratedParts.author?.id == writer.id)
            #expect(illustratedParts.onPage.neighbours?.related.first?.id == second.id)
            #expect(try await store.articlePage(id: second.id, related: 4, now: later) { $0 }?.author == nil)
            #expect(try await store.articlePage(id: ArticleID(999_999), related: 4, now: later) { $0 } == nil)
            // What `finish` returns is what the call returns, whatever its type.
            #expect(try await store.articlePage(id: third.id, related: 4, now: later) { $0?.onPage.article.content.headline } == third.content.headline)
        },
        Check(name: "an article page's prepare sees its parts without related stories, and finish gets them whole") { (store: any NashirStore) async throws in
            // Related by their headlines' words alone: no tags, so a store may look for them beside the rest.
            let story = try await store.create(draft("p1", headline: "حفتر يلتقي السراج في باريس", minutes: 1), by: nil)
            let same = try await store.create(draft("p2", headline: "لقاء حفتر والسراج ينتهي دون اتفاق", minutes: 2), by: nil)
            let unsaid = try await store.create(draft("p3", headline: "مسودة عن حفتر", status: .draft, minutes: 3), by: nil)
            let later = base.addingTimeInterval(3_600)
            let whole = try #require(try await store.composedArticlePage(id: story.id, related: 4, now: later))
            #expect(whole.onPage.neighbours?.related.map(\.id).contains(same.id) == true)
            let (prepared, finished) = try #require(try await store.articlePage(
                id: story.id, related: 4, now: later, prepare: { $0 }, finish: { prepared, parts in (prepared, parts) }))
            #expect(prepared == whole.withoutRelated && prepared?.onPage.neighbours?.related.isEmpty == true)
            #expect(finished == whole)
            // A draft shows no neighbours: nothing to look for beside it; no such article: nil to both.
            let draftPage = try await store.articlePage(id: unsaid.id, related: 4, now: later, prepare: { $0 }, finish: { ($0, $1) })
            #expect(draftPage.0 == draftPage.1 && draftPage.1?.onPage.neighbours == nil && draftPage.1?.onPage.article.id == unsaid.id)
            let missing = try await store.articlePage(id: ArticleID(999_999), related: 4, now: later, prepare: { $0 }, finish: { ($0, $1) })
            #expect(missing.0 == nil && missing.1 == nil)
        },
    ]
}
