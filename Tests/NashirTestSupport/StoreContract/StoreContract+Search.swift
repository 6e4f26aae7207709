import Foundation
import NashirDomain
import Testing

extension StoreContract {
    static let search: [Check<any NashirStore>] = [
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
        Check(name: "the query's words side by side rank first in the headline, then in the text, then apart") { (store: any NashirStore) async throws in
            // The same words in the same fields at the same time: only how close they stand differs.
            func story(_ key: String, _ headline: String, _ body: String) -> ArticleDraft {
                TestDraft.make(key: key, source: "contract", headline: headline, body: [body], publishedAt: base)
            }
            let ids = try await store.save([
                story("headline", "ميناء طرابلس يستقبل سفنا كثيرة اليوم", "افتتاح رصيف جديد في ميناء طرابلس"),
                story("text", "ميناء يستقبل سفنا كثيرة اليوم طرابلس", "افتتاح رصيف جديد في ميناء طرابلس"),
                story("apart", "ميناء يستقبل سفنا كثيرة اليوم طرابلس", "ميناء افتتاح رصيف جديد في طرابلس"),
            ]).map(\.article.id)
            let found = try await store.search(SearchRequest(text: "ميناء طرابلس"), now: base.addingTimeInterval(60))
            #expect(found.hits.map(\.summary.id) == ids)
        },
        Check(name: "fewer full matches than a page go on with articles missing one plain word, never a phrase or an exclusion") { (store: any NashirStore) async throws in
            func story(_ key: String, _ headline: String, _ minutes: Double) -> ArticleDraft {
                TestDraft.make(key: key, source: "contract", headline: headline, body: ["نص الخبر رقم \(key)."], publishedAt: base.addingTimeInterval(minutes * 60))
            }
            let ids = try await store.save([
                story("a", "وزير الدفاع يزور طرابلس", 0), story("b", "وزير الخارجية يصل إلى تونس", 1),
                story("c", "الدفاع المدني يخمد حريقا في بنغازي", 2), story("d", "أمطار غزيرة في الجزائر", 3),
            ]).map(\.article.id)
            let now = base.addingTimeInterval(600)
            let both = try await store.search(SearchRequest(text: "وزير الدفاع"), now: now)
            #expect(both.total == 1 && both.hits.first?.summary.id == ids[0] && both.hits.first?.partial == false)
            #expect(Set(both.hits.dropFirst().map(\.summary.id)) == [ids[1], ids[2]] && both.hits.dropFirst().allSatisfy(\.partial))
            // A word no article has (a typo) no longer empties the list.
            let typo = try await store.search(SearchRequest(text: "وزير الدفاع زلزال"), now: now)
            #expect(typo.total == 0 && typo.hits.map(\.summary.id) == [ids[0]] && typo.hits.allSatisfy(\.partial))
            // A quoted phrase always stays; only the plain word may go.
            let phrase = try await store.search(SearchRequest(text: "«الدفاع المدني» وزير"), now: now)
            #expect(phrase.hits.map(\.summary.id) == [ids[2]])
            // Exclusions stay too.
            let excluded = try await store.search(SearchRequest(text: "وزير الدفاع -طرابلس"), now: now)
            #expect(excluded.total == 0 && Set(excluded.hits.map(\.summary.id)) == [ids[1], ids[2]])
            // A page that is already full of full matches, or a one-word query, gets none.
            #expect(try await store.search(SearchRequest(text: "وزير الدفاع", limit: 1), now: now).hits.map(\.partial) == [false])
            #expect(try await store.search(SearchRequest(text: "زلزال"), now: now).hits.isEmpty)
        },
        Check(name: "a query that finds nothing offers «هل تقصد»: the nearest word published stories use, as they print it, and no longer once an edit removes it") { (store: any NashirStore) async throws in
            let saved = try await store.save([
                draft("oil", headline: "ارتفاع أسعار النفط في الأسواق"),
                draft("plan", headline: "خطة سرية لإنقاذ المصارف", status: .draft),
            ])
            let now = base.addingTimeInterval(120)
            let typo = try await store.search(SearchRequest(text: "أسعار النقط"), now: now)
            #expect(typo.total == 0 && typo.suggestion == "أسعار النفط")
            // Latin keys typed on the Arabic layout: hgkt' is النفط.
            #expect(try await store.search(SearchRequest(text: "hgkt'"), now: now).suggestion == "النفط")
            // Only a draft has المصارف: readers are not pointed at it.
            #expect(try await store.search(SearchRequest(text: "المصارق"), now: now).suggestion == nil)
            #expect(try await store.search(SearchRequest(text: "كلمةغريبةجدا"), now: now).suggestion == nil)
            var content = saved[0].article.content
            content.headline = "ارتفاع أسعار الذهب في الأسواق"
            _ = try await store.update(id: saved[0].article.id, expectedRevision: saved[0].article.revision, content: content)
            #expect(try await store.search(SearchRequest(text: "أسعار النقط"), now: now).suggestion == nil)
        },
    ]
}
