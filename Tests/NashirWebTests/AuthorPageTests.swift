import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirHTML
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import NashirWeb
import Testing

/// Author pages: newsroom members with a public profile, their bio and stories; bylines link
/// there only when they name that member.
@Suite struct AuthorPageTests {
    @Test func aPublicProfileGetsAPageAndItsBylinesLinkThere() async throws {
        let fixture = try await NewsroomFixture()
        let store = fixture.site.store
        let own = try await store.create(TestDraft.make(key: "own", headline: "تقرير أمل", byline: nil, publishedAt: fixture.clock.now - 120), by: fixture.writer.id)
        let wire = try await store.create(TestDraft.make(key: "wire", headline: "خبر الوكالات", byline: "وكالات", publishedAt: fixture.clock.now - 60), by: fixture.writer.id)
        let path = SiteRoute.author(slug: "amal").path
        try await fixture.site.test { client in
            // Not public yet: no page, no link.
            #expect(try await client.execute(uri: path, method: .get).status == .notFound)
            let before = try await client.execute(uri: SiteRoute.of(own).path, method: .get).text
            #expect(!before.contains("rel=\"author\""))

            _ = try await store.updateUser(id: fixture.writer.id, UserChange(hasPublicProfile: true, bio: "صحفية تغطي الشأن الليبي."))
            fixture.clock.advance(by: 1)
            let page = try #require(HTMLParser.parse(try await client.execute(uri: path, method: .get).text))
            #expect(page.elements(named: "h1").first?.text == "أمل")
            #expect(page.elements(withClass: "list-intro").first?.text == "صحفية تغطي الشأن الليبي.")
            #expect(page.elements(withClass: "card-headline").map(\.text) == ["خبر الوكالات", "تقرير أمل"])

            // The story without a byline is signed with her name, linked; «وكالات» links nowhere.
            let article = try await client.execute(uri: SiteRoute.of(own).path, method: .get).text
            #expect(article.contains("<a href=\"\(path)\" rel=\"author\">أمل</a>"))
            #expect(article.contains("\"url\":\"https://news.example\(path)\""))
            let agency = try await client.execute(uri: SiteRoute.of(wire).path, method: .get).text
            #expect(agency.contains("<span class=\"byline\">وكالات</span>") && !agency.contains("rel=\"author\""))

            // Upper case, other members and disabled accounts have no page.
            for other in ["/author/AMAL", "/author/huda", "/author/nobody"] {
                let status = try await client.execute(uri: other, method: .get).status
                #expect(status == .notFound, "\(other)")
            }
            _ = try await store.updateUser(id: fixture.writer.id, UserChange(isDisabled: true))
            fixture.clock.advance(by: 1)
            #expect(try await client.execute(uri: path, method: .get).status == .notFound)
        }
    }

    @Test func administratorsSetProfilesInThePeoplePage() async throws {
        let fixture = try await NewsroomFixture()
        let administrator = try await fixture.session(for: fixture.administrator)
        try await fixture.site.test { client in
            let person = NewsroomRoute.person(fixture.writer.id).path
            let saved = try await client.post(person, form: [
                ("csrf", administrator.csrf), ("action", "profile"), ("publicProfile", "1"), ("bio", "  صحفية.  "),
            ], as: administrator)
            #expect(saved.status == .seeOther)
            let user = try #require(try await fixture.site.store.user(id: fixture.writer.id))
            #expect(user.hasPublicProfile && user.bio == "صحفية.")
            let long = try await client.post(person, form: [
                ("csrf", administrator.csrf), ("action", "profile"), ("publicProfile", "1"), ("bio", String(repeating: "ب", count: 601)),
            ], as: administrator)
            #expect(long.status == .unprocessableContent)
            let page = try await client.execute(uri: NewsroomRoute.people.path, method: .get, headers: administrator.headers).text
            #expect(page.contains("/author/amal"))
            // A writer cannot.
            let writer = try await fixture.session(for: fixture.writer)
            let refused = try await client.post(person, form: [("csrf", writer.csrf), ("action", "profile"), ("publicProfile", "1")], as: writer)
            #expect(refused.status == .forbidden)
        }
    }
}
