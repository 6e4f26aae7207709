import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import Testing

/// A database that takes no more writes (SQLite's size cap standing in for a full disk): readers
/// keep getting every page, and the newsroom is told plainly that nothing was saved.
@Suite(.enabled(if: Fixtures.hasSeed, "needs ../shared/seed"))
struct FullDiskTests {
    @Test func readersKeepTheSiteAndEditorsAreToldNothingWasSaved() async throws {
        let fixture = try await NewsroomFixture()
        let seed = try await fixture.site.importSeed()
        let editor = try await fixture.session(for: fixture.editor)
        let api = try await fixture.token(for: fixture.editor).credentials
        let size = (try FileManager.default.attributesOfItem(atPath: fixture.site.store.path)[.size] as? NSNumber)?.int64Value ?? 0
        try await fixture.site.store.limitSize(toBytes: size)
        let longBody = (0..<200).map { #"{"type":"paragraph","text":"فقرة \#($0) طويلة عن اجتماع المجلس الرئاسي في طرابلس مع وزير الدفاع التركي وبحث المستجدات."}"# }
        try await fixture.site.test { client in
            let page = try await client.execute(uri: SiteRoute.of(seed).path, method: .get)
            #expect(page.status == .ok && page.text.contains(seed.content.headline))

            let created = try await client.send(.post, "/api/v1/articles", json: #"{"headline":"خبر جديد","section":"أخبار","body":[\#(longBody.joined(separator: ","))]}"#, as: api)
            #expect(created.status == .serviceUnavailable)
            #expect(created.text.contains(#""code":"storage_not_writable""#) && created.text.contains("لم يُحفظ شيء"))

            let form = try await client.execute(uri: "/admin/articles/\(fixture.draft.id)", method: .get, headers: editor.headers)
            #expect(form.status == .ok)
            let saved = try await client.post("/admin/articles/\(fixture.draft.id)", form: [
                ("csrf", editor.csrf), ("revision", "\(fixture.draft.revision)"), ("headline", "عنوان جديد"), ("section", fixture.draft.content.section.slug),
                ("body", String(repeating: "فقرة طويلة عن الاجتماع في طرابلس وبحث المستجدات.\n\n", count: 300)), ("action", "save"),
            ], as: editor)
            #expect(saved.status == .serviceUnavailable)
            #expect(saved.text.contains("القرص ممتلئ أو القاعدة للقراءة فقط"))
        }
        #expect(try await fixture.site.store.article(id: fixture.draft.id)?.revision == fixture.draft.revision)
        #expect(try await fixture.site.store.list(ArticleQuery(publishedOnly: false), now: fixture.clock.now).total == 2)
    }
}
