import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirSQLite
import NashirTestSupport
import NashirWeb
import NIOCore
import Testing

/// The administrator's settings page, the editor's preview, and the API's tags and media.
@Suite struct SettingsPreviewLibraryTests {
    @Test func settingsSavedInTheAdminChangeTheSiteAtOnce() async throws {
        let fixture = try await NewsroomFixture()
        let administrator = try await fixture.session(for: fixture.administrator)
        _ = try await fixture.site.store.create(TestDraft.make(key: "pub", publishedAt: fixture.clock.now - 60), by: fixture.editor.id)
        try await fixture.site.test { client in
            let before = try await client.execute(uri: "/", method: .get).text
            #expect(!before.contains("صحيفة الغد"))
            let page = try await client.execute(uri: "/admin/settings", method: .get, headers: administrator.headers).text
            #expect(page.contains(#"<option value="western" selected>"#) && page.contains("Africa/Tripoli"))

            let refused = try await client.post("/admin/settings", form: [
                ("csrf", administrator.csrf), ("name", "صحيفة الغد"), ("digits", "arabic-indic"), ("months", "levantine"), ("timeZone", "Mars/Olympus"),
            ], as: administrator)
            #expect(refused.status == .unprocessableContent && refused.text.contains("المنطقة الزمنية غير معروفة"))
            #expect(try await fixture.site.store.siteSettings() == SiteSettings.defaults)

            let saved = try await client.post("/admin/settings", form: [
                ("csrf", administrator.csrf), ("name", "صحيفة الغد"), ("digits", "arabic-indic"), ("months", "levantine"), ("timeZone", "Africa/Tripoli"),
            ], as: administrator)
            #expect(saved.status == .seeOther)
            // The cache reads the change feed twice a second: then the masthead and the digits change.
            fixture.clock.advance(by: 1)
            let after = try await client.execute(uri: "/", method: .get).text
            #expect(after.contains("صحيفة الغد") && after.contains("٢٠٢٠"))
            #expect(try await fixture.site.store.auditEvents(limit: 5).contains { $0.kind == "settings-changed" && $0.actor == "root" })
        }
    }

    @Test func thePreviewShowsUnsavedTextInTheSitesThemeAndSavesNothing() async throws {
        let fixture = try await NewsroomFixture()
        let writer = try await fixture.session(for: fixture.writer)
        try await fixture.site.test { client in
            let response = try await client.post("/admin/preview", form: [
                ("csrf", writer.csrf), ("article", String(fixture.draft.id.rawValue)), ("revision", "2"), ("section", "أخبار"),
                ("headline", "عنوان لم يُحفظ بعد"), ("body", "فقرة فيها كلمة *مائلة* و[رابط](https://example.com/x)."), ("urgent", "1"),
            ], as: writer)
            #expect(response.status == .ok)
            #expect(response.headers[.cacheControl] == "private, no-store")
            let page = response.text
            #expect(page.contains(#"<html lang="ar" dir="rtl""#) && page.contains("class=\"preview-banner\""))
            #expect(page.contains("<h1 class=\"headline\">عنوان لم يُحفظ بعد</h1>") && page.contains("<em>مائلة</em>"))
            #expect(page.contains(#"<a href="https://example.com/x" rel="noopener nofollow">رابط</a>"#))
            #expect(page.contains("urgent-label"))
            let stored = try #require(try await fixture.site.store.article(id: fixture.draft.id))
            #expect(stored.revision == fixture.draft.revision && stored.content == fixture.draft.content)

            let forged = try await client.post("/admin/preview", form: [("csrf", "wrong"), ("headline", "س"), ("body", "ص")], as: writer)
            #expect(forged.status == .forbidden)
        }
    }

    @Test func theEditorSuggestsTheNewsroomsTagsAndTheAPIListsThemByUse() async throws {
        let fixture = try await NewsroomFixture()
        let (token, _) = try await fixture.token(for: fixture.writer)
        let writer = try await fixture.session(for: fixture.writer)
        let libya = Tag(slug: "ليبيا", name: "ليبيا"), tripoli = Tag(slug: "طرابلس", name: "طرابلس"), lebanon = Tag(slug: "لبنان", name: "لبنان")
        for (key, tags) in [("a", [libya, tripoli]), ("b", [libya]), ("c", [lebanon, libya])] {
            _ = try await fixture.site.store.create(TestDraft.make(key: key, tags: tags), by: fixture.editor.id)
        }
        try await fixture.site.test { client in
            let found = try await client.send(.get, "/api/v1/tags?q=%D9%84", json: nil, as: token)
            #expect(found.status == .ok)
            #expect(found.text == #"[{"articles":3,"name":"ليبيا","slug":"ليبيا"},{"articles":1,"name":"لبنان","slug":"لبنان"}]"#, "\(found.text)")
            let literal = try await client.send(.get, "/api/v1/tags?q=%25", json: nil, as: token)
            #expect(literal.text == "[]")
            let editor = try await client.execute(uri: "/admin/articles/new", method: .get, headers: writer.headers).text
            #expect(editor.contains(#"<datalist id="known-tags"><option value="ليبيا"><option value="لبنان">"#) || editor.contains(#"<option value="طرابلس">"#))
        }
    }

    @Test func imagesAreUploadedListedAndReadThroughTheAPI() async throws {
        let fixture = try await NewsroomFixture()
        let (token, _) = try await fixture.token(for: fixture.writer)
        try await fixture.site.test { client in
            func upload(alt: String, file: [UInt8]) async throws -> TestResponse {
                var form = MultipartBody()
                form.field("alt", alt)
                form.field("credit", "وكالة الأنباء")
                form.file("file", filename: "photo.png", type: "image/png", file)
                var headers = token.headers
                headers[.contentType] = form.contentType
                return try await client.execute(uri: "/api/v1/media", method: .post, headers: headers, body: ByteBuffer(bytes: form.finished))
            }
            let created = try await upload(alt: "ميناء طرابلس", file: TestPNG.gradient(width: 900, height: 600))
            #expect(created.status == .created, "\(created.text)")
            #expect(created.text.contains(#""alt":"ميناء طرابلس""#) && created.text.contains(#""role":"social""#) && created.text.contains(#""path":"/media/"#))
            let id = try #require(created.text.firstMatch(of: /"id":(\d+)/)).output.1
            let read = try await client.send(.get, "/api/v1/media/\(id)", json: nil, as: token)
            #expect(read.status == .ok && read.text.contains(#""credit":"وكالة الأنباء""#))
            let list = try await client.send(.get, "/api/v1/media?limit=5", json: nil, as: token)
            #expect(list.text.hasPrefix(#"[{"alt":"ميناء طرابلس""#))

            let noAlt = try await upload(alt: " ", file: TestPNG.gradient(width: 40, height: 30))
            #expect(noAlt.status == .unprocessableContent && noAlt.text.contains(#""field":"alt""#))
            let lying = try await upload(alt: "صورة", file: Array("<svg onload=alert(1)>".utf8))
            #expect(lying.status == .unprocessableContent && lying.text.contains(#""field":"file""#))
            // The lead image is set by id through the article API, and refused when there is no such upload.
            let story = #"{"headline": "خبر بصورة", "section": "أخبار", "lead_image": \#(id), "body": [{"type": "paragraph", "text": "نص."}]}"#
            let withImage = try await client.send(.post, "/api/v1/articles", json: story, as: token)
            #expect(withImage.status == .created && withImage.text.contains(#""lead_image":\#(id)"#), "\(withImage.text)")
            let missing = try await client.send(.post, "/api/v1/articles", json: #"{"headline": "خبر", "section": "أخبار", "lead_image": 9999, "body": [{"type": "paragraph", "text": "نص."}]}"#, as: token)
            #expect(missing.status == .unprocessableContent && missing.text.contains(#""field":"lead_image""#))
        }
    }
}
