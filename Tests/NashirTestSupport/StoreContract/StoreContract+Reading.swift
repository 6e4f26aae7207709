import Foundation
import NashirDomain
import Synchronization
import Testing

extension StoreContract {
    static let reading: [Check<any NashirStore>] = [
        Check(name: "reads add up per hour; unknown stories are dropped, unpublished ones not ranked") { (store: any NashirStore) async throws in
            let saved = try await store.save([draft("1"), draft("2", minutes: 1), draft("3", minutes: 2)])
            let ids = saved.map(\.article.id)
            try await store.recordReads([ids[0]: 2, ids[1]: 1, ArticleID(999): 5], hour: base)
            try await store.recordReads([ids[1]: 3, ids[2]: 4], hour: base.addingTimeInterval(3600))
            let now = base.addingTimeInterval(7200)
            #expect(try await store.mostRead(since: base, limit: 5, now: now).map(\.reads) == [4, 4, 2])
            // Ties go to the newer story; a later window leaves the first hour out.
            #expect(try await store.mostRead(since: base, limit: 5, now: now).map(\.summary.id) == [ids[2], ids[1], ids[0]])
            #expect(try await store.mostRead(since: base.addingTimeInterval(3600), limit: 5, now: now).map(\.reads) == [4, 3])
            var withdrawn = saved[2].article.content
            withdrawn.status = .unpublished
            _ = try await store.update(id: ids[2], expectedRevision: saved[2].article.revision, content: withdrawn)
            #expect(try await store.mostRead(since: base, limit: 5, now: now).map(\.summary.id) == [ids[1], ids[0]])
        },
        Check(name: "months with published stories, newest first, with their count and latest change") { (store: any NashirStore) async throws in
            // base is 2020-09-13 12:26 UTC; 30 days later is in October.
            _ = try await store.save([draft("1"), draft("2", minutes: 60), draft("3", minutes: 30 * 24 * 60), draft("d", status: .draft),
                                      draft("later", minutes: 90 * 24 * 60)])
            let now = base.addingTimeInterval(31 * 86_400)
            let months = try await store.publicationMonths(now: now)
            #expect(months.map { "\($0.year)-\($0.month):\($0.articles)" } == ["2020-10:1", "2020-9:2"])
            let october = try await store.list(
                ArticleQuery(publishedFrom: base.addingTimeInterval(86_400), publishedBefore: now, limit: 10), now: now)
            #expect(october.items.map(\.headline) == ["وزير الدفاع التركي يزور ليبيا 3"])
        },
        Check(name: "published tags count only stories readers can see") { (store: any NashirStore) async throws in
            let hidden = NashirDomain.Tag(slug: "hidden", name: "مخفي")
            _ = try await store.save([draft("1", tags: [libya]), draft("2", tags: [libya, hidden], status: .draft),
                                      draft("3", tags: [hidden], minutes: 600)])
            let tags = try await store.publishedTags(now: base.addingTimeInterval(60), limit: 10)
            #expect(tags.map(\.tag.slug) == ["libya"] && tags.first?.articles == 1)
            // Once the scheduled story is out its tag counts too; equal counts go by name (ليبيا before مخفي).
            #expect(try await store.publishedTags(now: base.addingTimeInterval(36_000), limit: 10).map(\.tag.slug) == ["libya", "hidden"])
        },
        Check(name: "lists show published articles newest first, counted and paged in one read") { (store: any NashirStore) async throws in
            _ = try await store.save((1...5).map { draft("\($0)", minutes: Double($0)) } + [draft("d", status: .draft)])
            let now = base.addingTimeInterval(3600)
            let page = try await store.list(ArticleQuery(limit: 2, offset: 2), now: now)
            #expect(page.items.map(\.headline) == ["وزير الدفاع التركي يزور ليبيا 3", "وزير الدفاع التركي يزور ليبيا 2"])
            #expect(page.total == 5)
            #expect(page.items[0].highlight == "المشري: سننهي مصدر الحرب")
            #expect(try await store.list(ArticleQuery(limit: 20, offset: 20), now: now).total == 5)
            #expect(try await store.list(ArticleQuery(publishedOnly: false), now: now).total == 6)
        },
        Check(name: "a scheduled article is hidden until its time, and lists say when that is") { (store: any NashirStore) async throws in
            _ = try await store.save([draft("now"), draft("later", section: sport, minutes: 30)])
            let before = try await store.list(ArticleQuery(), now: base)
            #expect(before.items.count == 1 && before.total == 1)
            #expect(before.nextPublication == base.addingTimeInterval(1800))
            #expect(try await store.list(ArticleQuery(sectionSlug: "arab"), now: base).nextPublication == nil)
            #expect(try await store.list(ArticleQuery(sectionSlug: "sport"), now: base).nextPublication == base.addingTimeInterval(1800))
            let after = try await store.list(ArticleQuery(), now: base.addingTimeInterval(1800))
            #expect(after.total == 2 && after.nextPublication == nil)
        },
        Check(name: "a list bounded in time waits only for the scheduled stories inside its bounds") { (store: any NashirStore) async throws in
            _ = try await store.save([draft("old", minutes: -600), draft("now"), draft("soon", minutes: 30), draft("later", minutes: 90)])
            let minutes = { (m: Double) in base.addingTimeInterval(m * 60) }
            func next(from: Date? = nil, before: Date? = nil) async throws -> Date? {
                try await store.list(ArticleQuery(publishedFrom: from, publishedBefore: before), now: base).nextPublication
            }
            // Ending before now: nothing to wait for. From before now: the first after now.
            #expect(try await next(before: minutes(-1)) == nil)
            #expect(try await next(from: minutes(-700)) == minutes(30))
            // From after now: the first from then. Until after now: the ones before then.
            #expect(try await next(from: minutes(60)) == minutes(90))
            #expect(try await next(from: minutes(-700), before: minutes(60)) == minutes(30))
            #expect(try await next(before: minutes(20)) == nil)
        },
        Check(name: "lists filter by section and tag; sections and tags are found by slug") { (store: any NashirStore) async throws in
            _ = try await store.save([draft("1", tags: [libya]), draft("2", headline: "الترجي يفوز", section: sport, minutes: 1)])
            let now = base.addingTimeInterval(60)
            #expect(try await store.list(ArticleQuery(sectionSlug: "sport"), now: now).items.map(\.headline) == ["الترجي يفوز"])
            #expect(try await store.list(ArticleQuery(tagSlug: "libya"), now: now).total == 1)
            #expect(try await store.section(slug: "sport") == sport)
            #expect(try await store.tag(slug: "libya") == libya)
            #expect(try await store.section(slug: "none") == nil)
            #expect(try await store.sections().map(\.slug) == ["arab", "sport"])
        },
        Check(name: "every article is visited in id order, in batches") { (store: any NashirStore) async throws in
            let saved = try await store.save((1...7).map { draft("\($0)") }).map(\.article.id)
            let seen = Mutex<[ArticleID]>([])
            try await store.forEachArticle(batchSize: 3) { batch in seen.withLock { $0 += batch.map(\.id) } }
            #expect(seen.withLock { $0 } == saved.sorted())
        },
    ]
}
