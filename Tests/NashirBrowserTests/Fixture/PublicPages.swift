import Foundation
import NashirDomain
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One type of public page, the address that shows it on the test server, and the status it answers.
struct PublicPage: Sendable, CustomTestStringConvertible {
    let name: String
    let status: Int
    /// The path on `server`; async because some pages need a story put in place first.
    let path: @Sendable (NashirTestServer) async throws -> String

    var testDescription: String { name }

    /// A file-name-safe form of the name, for screenshots and the checker's input files.
    var fileName: String { name.replacingOccurrences(of: " ", with: "-") }
}

extension PublicPage {
    /// Every public page type the validity, accessibility and screenshot checks cover.
    /// A new page type is one line here.
    static let all: [PublicPage] = [
        home,
        PublicPage(name: "article", status: 200) { server in SiteRoute.of(server.article).path },
        PublicPage(name: "section", status: 200) { server in SiteRoute.section(slug: server.article.content.section.slug).path },
        PublicPage(name: "tag", status: 200) { _ in SiteRoute.tag(slug: SearchArticles.ahmedTag.slug).path },
        // October 2020 holds the league stories: more than a page, so the pagination shows too.
        PublicPage(name: "month archive", status: 200) { _ in SiteRoute.archive(year: 2020, month: 10).path },
        PublicPage(name: "archive index", status: 200) { _ in SiteRoute.archiveIndex.path },
        PublicPage(name: "search form", status: 200) { _ in SiteRoute.search(SearchParameters()).path },
        PublicPage(name: "search results", status: 200) { _ in SiteRoute.search(SearchParameters(text: "الدوري")).path },
        PublicPage(name: "search without results", status: 200) { _ in SiteRoute.search(SearchParameters(text: "زقزقة")).path },
        PublicPage(name: "not found", status: 404) { _ in "/no/such/page" },
        PublicPage(name: "gone", status: 410) { server in SiteRoute.of(try await WithdrawnStory.put(on: server)).path },
        PublicPage(name: "author", status: 200) { server in SiteRoute.author(slug: try await PublicAuthor.put(on: server).authorSlug).path },
    ]

    /// The front page, which the keyboard tests also use.
    static let home = PublicPage(name: "home", status: 200) { _ in SiteRoute.home().path }
}

/// A story that was published and then taken down, so its address answers 410 Gone.
enum WithdrawnStory {
    static let origin = ArticleOrigin(source: "test", key: "withdrawn-story")

    /// The withdrawn story, made on first use. Dated with the `SearchArticles` (September 2020),
    /// so no month and no list the other tests read gains or loses an entry.
    static func put(on server: NashirTestServer) async throws -> Article {
        if let story = try await server.store.article(origin: origin), story.content.status == .unpublished { return story }
        let draft = TestDraft.make(
            key: origin.key, headline: "خبر سُحب بعد نشره", body: ["نص خبر لم يعد متاحا للقراء."],
            publishedAt: TestDraft.date(days: -10))
        let published = try #require(try await server.store.save([draft]).first?.article)
        var withdrawn = published.content
        withdrawn.status = .unpublished
        return try await server.store.update(id: published.id, expectedRevision: published.revision, content: withdrawn)
    }
}

/// A newsroom member with a public profile and one story of hers, for the author page.
enum PublicAuthor {
    static let name = "salwa.public"

    /// The author, made on first use, with a story dated with the `SearchArticles` (September 2020).
    static func put(on server: NashirTestServer) async throws -> User {
        if let author = try await server.store.user(named: name), author.isPublicAuthor { return author }
        let user = try await server.store.createUser(NewUser(name: name, displayName: "سلوى الكاتبة", role: .writer, passwordHash: "unused"))
        _ = try await server.store.create(
            TestDraft.make(key: "public-author-story", headline: "تحقيق سلوى عن المياه", body: ["نص التحقيق."], publishedAt: TestDraft.date(days: -9)),
            by: user.id)
        return try await server.store.updateUser(id: user.id, UserChange(hasPublicProfile: true, bio: "صحفية تكتب عن البيئة."))
    }
}

/// The site over plain HTTP, as a validator or a feed reader fetches it: the served bytes.
enum SiteHTTP {
    struct Reply: Sendable {
        let status: Int
        let body: Data
        let contentType: String
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// GETs `url` (URLSession, which decodes chunked bodies), asking for `accept` as a browser would.
    static func get(_ url: String, accept: String = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8") async throws -> Reply {
        var request = URLRequest(url: try #require(URL(string: url), "not a URL: \(url)"))
        request.setValue(accept, forHTTPHeaderField: "Accept")
        request.timeoutInterval = 20
        let (body, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return Reply(status: http.statusCode, body: body, contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "")
    }
}
