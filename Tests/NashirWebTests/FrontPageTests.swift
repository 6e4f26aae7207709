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

/// The front page as a newspaper lays it out: the urgent bar, a lead editors can pin, the
/// latest stories, and a block per section in the settings' order.
@Suite struct FrontPageTests {
    static let sport = Section(slug: "sport", name: "رياضة")
    static let economy = Section(slug: "economy", name: "اقتصاد")

    static func draft(_ key: String, _ headline: String, section: Section = TestDraft.section, minutes: Int, urgent: Bool = false) -> ArticleDraft {
        var draft = TestDraft.make(key: key, headline: headline, section: section, publishedAt: TestDraft.date(minutes: minutes))
        draft.content.urgent = urgent
        return draft
    }

    static func front(_ client: some TestClientProtocol) async throws -> HTMLNode {
        try #require(HTMLParser.parse(try await client.execute(uri: "/", method: .get).text))
    }

    @Test func theNewestLeadsUntilEditorsPinAStory() async throws {
        let clock = ManualClock(TestDraft.date(days: 1))
        let site = try await SiteFixture(clock: clock.source)
        let saved = try await site.store.save([
            Self.draft("1", "قصة اليوم الكبرى", minutes: 1), Self.draft("2", "أحدث خبر", minutes: 2),
        ])
        try await site.test { client in
            #expect(try await Self.front(client).elements(withClass: "lead-headline").map(\.text) == ["أحدث خبر"])
            var settings = try await site.store.siteSettings()
            settings.pinnedLead = saved[0].article.id
            try await site.store.updateSiteSettings(settings)
            clock.advance(by: 1)
            let pinned = try await Self.front(client)
            #expect(pinned.elements(withClass: "lead-headline").map(\.text) == ["قصة اليوم الكبرى"])
            // The pinned story is not repeated in the latest list.
            #expect(pinned.elements(withClass: "card-headline").map(\.text) == ["أحدث خبر"])
            // Unpublished, the pinned story no longer leads: the newest does again.
            var withdrawn = saved[0].article.content
            withdrawn.status = .unpublished
            _ = try await site.store.update(id: saved[0].article.id, expectedRevision: saved[0].article.revision, content: withdrawn)
            clock.advance(by: 1)
            #expect(try await Self.front(client).elements(withClass: "lead-headline").map(\.text) == ["أحدث خبر"])
        }
    }

    @Test func sectionBlocksFollowTheSettingsOrder() async throws {
        let clock = ManualClock(TestDraft.date(days: 1))
        let site = try await SiteFixture(clock: clock.source)
        _ = try await site.store.save([
            Self.draft("1", "خبر عام", minutes: 1), Self.draft("2", "خبر رياضي", section: Self.sport, minutes: 2),
            Self.draft("3", "خبر اقتصادي", section: Self.economy, minutes: 3),
        ])
        try await site.test { client in
            func blocks() async throws -> [String] {
                try await Self.front(client).elements(withClass: "section-block").compactMap { $0.elements(named: "h2").first?.text }
            }
            #expect(try await blocks() == ["أخبار", "رياضة", "اقتصاد"])
            var settings = try await site.store.siteSettings()
            settings.sectionOrder = ["economy", "sport"]
            try await site.store.updateSiteSettings(settings)
            clock.advance(by: 1)
            #expect(try await blocks() == ["اقتصاد", "رياضة", "أخبار"])
        }
    }

    @Test func urgentStoriesShowInTheBarForSixHoursThenLeaveByThemselves() async throws {
        let clock = ManualClock(TestDraft.date(minutes: 60))
        let site = try await SiteFixture(clock: clock.source)
        _ = try await site.store.save([Self.draft("1", "عاجل: زلزال", minutes: 30, urgent: true), Self.draft("2", "خبر عادي", minutes: 40)])
        try await site.test { client in
            let bar = try #require(try await Self.front(client).elements(withClass: "urgent-bar").first)
            #expect(bar.elements(named: "h2").first?.text == "عاجل")
            #expect(bar.elements(named: "a").map(\.text) == ["عاجل: زلزال"])
            // Six hours after its publication it leaves, though nobody saved anything.
            clock.set(TestDraft.date(minutes: 30 + 6 * 60 + 1))
            #expect(try await Self.front(client).elements(withClass: "urgent-bar").isEmpty)
        }
    }

    @Test func pinningThroughTheAdminChecksTheStoryExists() async throws {
        let fixture = try await NewsroomFixture()
        let administrator = try await fixture.session(for: fixture.administrator)
        let story = try await fixture.site.store.create(TestDraft.make(key: "pub", headline: "خبر للتثبيت", publishedAt: fixture.clock.now - 60), by: fixture.editor.id)
        try await fixture.site.test { client in
            let base: [(String, String)] = [("csrf", administrator.csrf), ("name", "ناشر"), ("digits", "western"), ("months", "egyptian"), ("timeZone", "Africa/Tripoli")]
            let refused = try await client.post("/admin/settings", form: base + [("pinnedLead", "999"), ("sectionOrder", "أخبار")], as: administrator)
            #expect(refused.status == .unprocessableContent && refused.text.contains("لا يوجد خبر بالرقم «999»"))
            let unknown = try await client.post("/admin/settings", form: base + [("sectionOrder", "قسم لا وجود له")], as: administrator)
            #expect(unknown.status == .unprocessableContent && unknown.text.contains("لا يوجد قسم باسم «قسم لا وجود له»"))
            let saved = try await client.post("/admin/settings", form: base + [("pinnedLead", String(story.id.rawValue)), ("sectionOrder", "أخبار")], as: administrator)
            #expect(saved.status == .seeOther)
            let settings = try await fixture.site.store.siteSettings()
            #expect(settings.pinnedLead == story.id && settings.sectionOrder == ["news"])
            let page = try await client.execute(uri: "/admin/settings", method: .get, headers: administrator.headers).text
            #expect(page.contains("المثبّت الآن: خبر للتثبيت"))
        }
    }
}
