import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import NashirWeb
import Testing

/// Every public page, feed and sitemap through a story's life (publish, edit, unpublish,
/// delete): the ones that show the story re-render at the next request and show the change,
/// every other one is still served from memory. Proven by the renderer's own record.
@Suite struct PublicPagesInvalidationTests {
    static let sport = Section(slug: "sport", name: "رياضة")
    static let economy = Section(slug: "economy", name: "اقتصاد")
    static let libya = NashirDomain.Tag(slug: "libya", name: "ليبيا")
    /// Mid-March and mid-February 2026 (UTC), so the site's time zone keeps each in its month.
    static let march = Date(timeIntervalSince1970: 1_773_568_800)
    static let february = march.addingTimeInterval(-33 * 86_400)

    let clock = ManualClock(march.addingTimeInterval(86_400))
    let renders = Recorder<String>()

    struct Site {
        let fixture: SiteFixture
        let pages: [String: String]
        let a: Article, b: Article, c: Article
    }

    /// A story by a public author in sport (March), an agency story in economy (February), a
    /// draft of the author's in sport, and every public page requested once.
    func warmSite() async throws -> Site {
        let site = try await SiteFixture(clock: clock.source, renders: renders)
        let store = site.store
        let amal = try await store.createUser(NewUser(name: "amal", displayName: "أمل", role: .writer, passwordHash: "x"))
        _ = try await store.updateUser(id: amal.id, UserChange(hasPublicProfile: true))
        let a = try await store.create(
            TestDraft.make(key: "a", headline: "الترجي يفوز بالدوري", section: Self.sport, tags: [Self.libya], publishedAt: Self.march), by: amal.id)
        let b = try await store.create(
            TestDraft.make(key: "b", headline: "ارتفاع أسعار النفط", section: Self.economy, byline: "وكالات", publishedAt: Self.february), by: nil)
        let c = try await store.create(
            TestDraft.make(key: "c", headline: "مسودة عن المنتخب", section: Self.sport, status: .draft, publishedAt: nil), by: amal.id)
        let pages: [String: String] = [
            "home": SiteRoute.home().path, "a": SiteRoute.of(a).path, "b": SiteRoute.of(b).path, "c": SiteRoute.article(c.id, slug: c.content.slug).path,
            "sport": SiteRoute.section(slug: "sport").path, "economy": SiteRoute.section(slug: "economy").path,
            "libya": SiteRoute.tag(slug: "libya").path, "author": SiteRoute.author(slug: "amal").path,
            "archive": SiteRoute.archiveIndex.path, "march": SiteRoute.archive(year: 2026, month: 3).path,
            "february": SiteRoute.archive(year: 2026, month: 2).path,
            "feed": SiteRoute.feed(.site, .rss).path, "sport feed": SiteRoute.feed(.section("sport"), .atom).path,
            "economy feed": SiteRoute.feed(.section("economy"), .json).path, "libya feed": SiteRoute.feed(.tag("libya"), .rss).path,
            "sitemap": SiteRoute.sitemapIndex.path, "march sitemap": SiteRoute.sitemap(.articles(year: 2026, month: 3)).path,
            "february sitemap": SiteRoute.sitemap(.articles(year: 2026, month: 2)).path, "news sitemap": SiteRoute.newsSitemap.path,
            "sections sitemap": SiteRoute.sitemap(.sections).path, "tags sitemap": SiteRoute.sitemap(.tags).path,
            "robots": SiteRoute.robots.path,
        ]
        clock.advance(by: 1)
        try await site.test { client in
            for (name, path) in pages {
                let status = try await client.execute(uri: path, method: .get).status
                #expect(status == (name == "c" ? .notFound : .ok), "\(name) \(path)")
            }
        }
        #expect(Set(renders.take()) == Set(pages.values))
        return Site(fixture: site, pages: pages, a: a, b: b, c: c)
    }

    /// Lets the next request read the change feed, then requests every page: the names of
    /// those rendered again.
    func reRendered(_ site: Site) async throws -> Set<String> {
        clock.advance(by: 0.6)
        try await site.fixture.test { client in
            for path in site.pages.values { _ = try await client.execute(uri: path, method: .get) }
        }
        let paths = Set(renders.take())
        return Set(site.pages.filter { paths.contains($0.value) }.keys)
    }

    func text(_ site: Site, _ name: String) async throws -> (HTTPResponse.Status, String) {
        let result = Recorder<(HTTPResponse.Status, String)>()
        try await site.fixture.test { client in
            let response = try await client.execute(uri: site.pages[name]!, method: .get)
            result.record((response.status, response.text))
        }
        return result.take()[0]
    }

    /// Pages that show every published story (the latest lists), and those of March and sport.
    static let latest: Set<String> = ["home", "archive", "feed", "sitemap", "news sitemap", "tags sitemap"]

    @Test func publishingADraftReachesItsPagesOnly() async throws {
        let site = try await warmSite()
        var content = site.c.content
        content.status = .published
        content.publishedAt = clock.now
        _ = try await site.fixture.store.update(id: site.c.id, expectedRevision: site.c.revision, content: content, by: site.c.author, note: nil)
        // a gains c as its section's next story.
        #expect(try await reRendered(site) == Self.latest.union(["c", "a", "sport", "sport feed", "author", "march", "march sitemap"]))
        #expect(try await text(site, "c").0 == .ok)
        for name in ["feed", "sport feed", "author", "march", "march sitemap", "home"] {
            #expect(try await text(site, name).1.contains(name.hasSuffix("sitemap") ? SiteRoute.article(site.c.id, slug: content.slug).path : "مسودة عن المنتخب"), "\(name)")
        }
        #expect(try await reRendered(site).isEmpty)
    }

    @Test func editingAStoryReRendersWhatShowsIt() async throws {
        let site = try await warmSite()
        var content = site.a.content
        content.headline = "الترجي يتوج بالدوري"
        _ = try await site.fixture.store.update(id: site.a.id, expectedRevision: site.a.revision, content: content, by: site.a.author, note: nil)
        #expect(try await reRendered(site) == Self.latest.union(["a", "sport", "sport feed", "libya", "libya feed", "author", "march", "march sitemap"]))
        for name in ["a", "feed", "sport feed", "libya", "libya feed", "author", "march", "home"] {
            #expect(try await text(site, name).1.contains("الترجي يتوج بالدوري"), "\(name)")
        }
    }

    @Test func unpublishingTakesAStoryOffItsPagesAndEmptiesItsMonth() async throws {
        let site = try await warmSite()
        var content = site.b.content
        content.status = .unpublished
        _ = try await site.fixture.store.update(id: site.b.id, expectedRevision: site.b.revision, content: content, by: nil, note: nil)
        // February loses its only story: March's link to it goes.
        #expect(try await reRendered(site) == Self.latest.union(["b", "economy", "economy feed", "february", "february sitemap", "march"]))
        #expect(try await text(site, "b").0 == .gone)
        #expect(try await text(site, "february").0 == .notFound)
        #expect(try await text(site, "february sitemap").0 == .notFound)
        #expect(try await !text(site, "march").1.contains(site.pages["february"]!))
        #expect(try await !text(site, "economy feed").1.contains("ارتفاع أسعار النفط"))
    }

    @Test func deletingAStoryTakesItOffEveryPageThatShowedIt() async throws {
        let site = try await warmSite()
        let store = site.fixture.store
        // A published story is taken down before it is deleted (the workflow's rule).
        var content = site.a.content
        content.status = .unpublished
        let unpublished = try await store.update(id: site.a.id, expectedRevision: site.a.revision, content: content, by: site.a.author, note: nil)
        // March loses its only story: February's link to it goes.
        #expect(try await reRendered(site) == Self.latest.union([
            "a", "sport", "sport feed", "libya", "libya feed", "author", "march", "march sitemap", "february",
        ]))
        content.status = .deleted
        _ = try await store.update(id: site.a.id, expectedRevision: unpublished.revision, content: content, by: site.a.author, note: nil)
        #expect(try await reRendered(site) == ["a"])
        #expect(try await text(site, "a").0 == .gone)
        for name in ["home", "feed", "sport feed", "libya feed", "author", "sitemap", "news sitemap"] {
            #expect(try await !text(site, name).1.contains(name.contains("sitemap") ? site.pages["a"]! : "الترجي يفوز بالدوري"), "\(name)")
        }
        // Deleting a draft touches nothing a reader sees but its own address.
        var draft = site.c.content
        draft.status = .deleted
        _ = try await store.update(id: site.c.id, expectedRevision: site.c.revision, content: draft, by: site.c.author, note: nil)
        #expect(try await reRendered(site) == ["c"])
    }
}
