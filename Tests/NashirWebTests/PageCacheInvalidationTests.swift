import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import NashirWeb
import NIOCore
import Testing

/// What a change re-renders, proven by the renderer's own record rather than by timing:
/// exactly the pages that show what changed, every other page stays as served from memory.
@Suite struct PageCacheInvalidationTests {
    static let start = TestDraft.baseDate
    static let libya = NashirDomain.Tag(slug: "libya", name: "ليبيا")
    static let sport = Section(slug: "sport", name: "رياضة")
    static let economy = Section(slug: "economy", name: "اقتصاد")

    let clock = ManualClock(start.addingTimeInterval(86_400))
    let renders = Recorder<String>()

    static func draft(_ key: String, _ headline: String, section: Section = sport, tags: [NashirDomain.Tag] = [], status: ArticleStatus = .published, at time: Date? = nil) -> ArticleDraft {
        TestDraft.make(key: key, headline: headline, section: section, body: ["فقرة الخبر."], tags: tags, status: status,
                       publishedAt: status == .published ? (time ?? start) : nil)
    }

    /// A site with two stories in two sections, every page requested once so all are cached.
    func warmSite() async throws -> (SiteFixture, [String: String]) {
        let site = try await SiteFixture(clock: clock.source, renders: renders)
        let saved = try await site.store.save([
            Self.draft("a", "الترجي يفوز", tags: [Self.libya]),
            Self.draft("b", "ارتفاع النفط", section: Self.economy, at: Self.start.addingTimeInterval(60)),
        ])
        let pages = [
            "home": SiteRoute.home().path, "a": SiteRoute.of(saved[0].article).path, "b": SiteRoute.of(saved[1].article).path,
            "sport": SiteRoute.section(slug: "sport").path, "economy": SiteRoute.section(slug: "economy").path,
            "libya": SiteRoute.tag(slug: "libya").path,
        ]
        try await site.test { client in
            for path in pages.values {
                let status = try await client.execute(uri: path, method: .get).status
                #expect(status == .ok, "\(path)")
            }
        }
        #expect(Set(renders.take()) == Set(pages.values))
        return (site, pages)
    }

    /// Lets the cache's next request read the change feed, then requests every page.
    func requestAll(_ site: SiteFixture, _ pages: [String: String]) async throws -> Set<String> {
        clock.advance(by: 0.6)
        try await site.test { client in
            for path in pages.values { _ = try await client.execute(uri: path, method: .get) }
        }
        return Set(renders.take())
    }

    @Test func correctingAStoryReRendersItsPageAndItsListsOnly() async throws {
        let (site, pages) = try await warmSite()
        var corrected = Self.draft("a", "الترجي يفوز بالكأس", tags: [Self.libya])
        corrected.content.slug = "خبر-a"
        _ = try await site.store.save([corrected])
        #expect(try await requestAll(site, pages) == Set([pages["a"]!, pages["home"]!, pages["sport"]!, pages["libya"]!]))
        #expect(try await requestAll(site, pages).isEmpty)
    }

    @Test func aCorrectionReRendersItsNeighboursPageNotEveryStoryOfItsSection() async throws {
        let site = try await SiteFixture(clock: clock.source, renders: renders)
        let saved = try await site.store.save([
            Self.draft("1", "الترجي يفوز", at: Self.start),
            Self.draft("2", "النجم يخسر", at: Self.start.addingTimeInterval(60)),
            Self.draft("3", "الملعب يفتح أبوابه", at: Self.start.addingTimeInterval(120)),
        ]).map(\.article)
        let pages = Dictionary(uniqueKeysWithValues: saved.map { ($0.content.origin.key, SiteRoute.of($0).path) })
            .merging(["home": SiteRoute.home().path, "sport": SiteRoute.section(slug: "sport").path]) { first, _ in first }
        _ = try await requestAll(site, pages)
        var corrected = saved[0].content
        corrected.headline = "الترجي يفوز بالكأس"
        _ = try await site.store.update(id: saved[0].id, expectedRevision: saved[0].revision, content: corrected)
        // 2 links 1 as its previous story; 3 shows neither.
        #expect(try await requestAll(site, pages) == Set([pages["1"]!, pages["2"]!, pages["home"]!, pages["sport"]!]))
    }

    @Test func movingAStoryToAnotherSectionReRendersBothSections() async throws {
        let (site, pages) = try await warmSite()
        let story = try #require(try await site.store.article(origin: ArticleOrigin(source: "test", key: "a")))
        var moved = story.content
        moved.section = Self.economy
        _ = try await site.store.update(id: story.id, expectedRevision: story.revision, content: moved)
        // b, in economy, now has a as the section's previous story.
        #expect(try await requestAll(site, pages) == Set([pages["a"]!, pages["b"]!, pages["home"]!, pages["sport"]!, pages["economy"]!, pages["libya"]!]))
    }

    @Test func unpublishingAStoryTakesItOffItsPageAndLists() async throws {
        let (site, pages) = try await warmSite()
        let story = try #require(try await site.store.article(origin: ArticleOrigin(source: "test", key: "b")))
        var withdrawn = story.content
        withdrawn.status = .unpublished
        _ = try await site.store.update(id: story.id, expectedRevision: story.revision, content: withdrawn)
        #expect(try await requestAll(site, pages) == Set([pages["b"]!, pages["home"]!, pages["economy"]!]))
        try await site.test { client in
            let response = try await client.execute(uri: pages["b"]!, method: .get)
            // Gone, not missing: search engines drop it, and readers get the site around the message.
            #expect(response.status == .gone)
            let page = response.text
            #expect(page.contains("لم يعد هذا الخبر متاحًا"))
            #expect(page.contains("dir=\"rtl\""))
        }
    }

    @Test func savingADraftEvictsNothingPublic() async throws {
        let (site, pages) = try await warmSite()
        let draft = try await site.store.save([Self.draft("c", "مسودة في الرياضة", tags: [Self.libya], status: .draft)])[0].article
        var again = draft.content
        again.headline = "مسودة معدلة"
        _ = try await site.store.update(id: draft.id, expectedRevision: draft.revision, content: again)
        #expect(try await requestAll(site, pages).isEmpty)
    }

    @Test func settingsReRenderEveryPage() async throws {
        let (site, pages) = try await warmSite()
        var settings = try await site.store.siteSettings()
        settings.digits = "arabic-indic"
        try await site.store.updateSiteSettings(settings)
        #expect(try await requestAll(site, pages) == Set(pages.values))
    }

    @Test func theSitesNewNameAndANewSectionShowOnEveryPageRenderedAfter() async throws {
        let (site, pages) = try await warmSite()
        var settings = try await site.store.siteSettings()
        settings.name = "صحيفة الغد"
        try await site.store.updateSiteSettings(settings)
        _ = try await site.store.save([Self.draft("c", "معرض الكتاب", section: Section(slug: "culture", name: "ثقافة"))])
        clock.advance(by: 0.6)
        try await site.test { client in
            for path in pages.values {
                let body = String(buffer: try await client.execute(uri: path, method: .get).body)
                #expect(body.contains("صحيفة الغد") && body.contains(">ثقافة</a>"), "\(path)")
            }
        }
    }

    /// The header, menus and footer are rendered once per change of the site, and once per year:
    /// the footer prints the year, so the first page rendered after New Year shows the new one.
    @Test func theFooterYearTurnsAtNewYearWithoutAChange() async throws {
        let newYear = try #require(ISO8601DateFormatter().date(from: "2027-01-01T00:00:00Z"))
        let clock = ManualClock(newYear.addingTimeInterval(-120))
        let site = try await SiteFixture(clock: clock.source)
        var settings = try await site.store.siteSettings()
        settings.timeZone = "UTC"
        try await site.store.updateSiteSettings(settings)
        let saved = try await site.store.save([
            Self.draft("a", "خبر العام الماضي", at: newYear.addingTimeInterval(-3_600)), Self.draft("b", "خبر آخر", at: newYear.addingTimeInterval(-3_500)),
        ])
        try await site.test { client in
            let before = try await client.execute(uri: SiteRoute.of(saved[0].article).path, method: .get).text
            #expect(before.contains("© 2026 "))
            clock.set(newYear.addingTimeInterval(60))
            let after = try await client.execute(uri: SiteRoute.of(saved[1].article).path, method: .get).text
            #expect(after.contains("© 2027 "))
        }
    }

    @Test func parametersNoPageReadsShareOneCachedCopy() async throws {
        let (site, pages) = try await warmSite()
        try await site.test { client in
            for target in ["/?utm_source=x", "/?page=1&fbclid=abc", pages["sport"]! + "?ref=menu"] {
                let status = try await client.execute(uri: target, method: .get).status
                #expect(status == .ok)
            }
        }
        #expect(renders.take().isEmpty)
    }

    @Test func probingUnknownArticlesNeverEmptiesTheCache() async throws {
        let (site, pages) = try await warmSite()
        try await site.test { client in
            for id in 1_000..<1_200 {
                let status = try await client.execute(uri: "/news/\(id)?x=\(id)", method: .get).status
                #expect(status == .notFound)
            }
        }
        #expect(renders.take().count == 200)
        #expect(try await requestAll(site, pages).isEmpty)
    }

    @Test func theCacheIsBoundedInBytesAndDropsTheLeastRecentlyUsed() async throws {
        let drafts = (1...6).map { Self.draft("\($0)", "خبر رقم \($0)") }
        // A first site measures a page, so the second can hold about three of them.
        let measuring = try await SiteFixture(clock: clock.source)
        let first = try await measuring.store.save(drafts)[0].article
        let pageBytes = Recorder<Int>()
        try await measuring.test { client in
            pageBytes.record(try await client.execute(uri: SiteRoute.of(first).path, method: .get).text.utf8.count)
        }
        let site = try await SiteFixture(clock: clock.source, pageCacheBytes: (pageBytes.take()[0] + 512) * 7 / 2, renders: renders)
        let paths = try await site.store.save(drafts).map { SiteRoute.of($0.article).path }
        try await site.test { client in
            for path in paths { _ = try await client.execute(uri: path, method: .get) }
            _ = renders.take()
            // The last pages requested are still there; the first ones were dropped.
            _ = try await client.execute(uri: paths[5], method: .get)
            _ = try await client.execute(uri: paths[4], method: .get)
            #expect(renders.take().isEmpty)
            _ = try await client.execute(uri: paths[0], method: .get)
            #expect(renders.take() == [paths[0]])
        }
    }

    @Test func aScheduledStoryAppearsOnItsPageHomeAndSectionAtItsTime() async throws {
        let site = try await SiteFixture(clock: clock.source, renders: renders)
        let time = clock.now.addingTimeInterval(600)
        _ = try await site.store.save([Self.draft("old", "خبر سابق")])
        let scheduled = try await site.store.save([Self.draft("s", "خبر مجدول", at: time)])[0].article
        let page = SiteRoute.of(scheduled).path
        try await site.test { client in
            let hidden = try await client.execute(uri: page, method: .get).status
            #expect(hidden == .notFound)
            for list in [SiteRoute.home().path, SiteRoute.section(slug: "sport").path] {
                let html = try await client.execute(uri: list, method: .get).text
                #expect(!html.contains("خبر مجدول"))
            }
            // Nothing is saved meanwhile: the pages expire by themselves at the publication time.
            clock.set(time.addingTimeInterval(-0.1))
            let stillHidden = try await client.execute(uri: page, method: .get).status
            #expect(stillHidden == .notFound)
            clock.set(time.addingTimeInterval(0.5))
            let shown = try await client.execute(uri: page, method: .get).status
            #expect(shown == .ok)
            for list in [SiteRoute.home().path, SiteRoute.section(slug: "sport").path] {
                let html = try await client.execute(uri: list, method: .get).text
                #expect(html.contains("خبر مجدول"), "\(list)")
            }
        }
    }
}
