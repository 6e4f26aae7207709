import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirSQLite
import NashirTestSupport
import NashirWeb
import Testing

/// Script, markup and bidi tricks typed into every text field of the editor: stored as text,
/// printed escaped on the public page and in the admin, never executed.
@Suite struct HostileInputTests {
    static let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "javascript:alert(1)",
        "' onmouseover='alert(1)",
        "عنوان \u{202E}txt.exe",
        "{{strings.pageTitle}} {{{chrome.csrf}}}",
    ]

    @Test(arguments: payloads)
    func aPayloadInEveryFieldIsPrintedAsText(_ payload: String) async throws {
        let fixture = try await NewsroomFixture()
        let editor = try await fixture.session(for: fixture.editor)
        try await fixture.site.test { client in
            let saved = try await client.post("/admin/articles/\(fixture.draft.id)", form: [
                ("csrf", editor.csrf), ("revision", "2"), ("section", "أخبار " + payload), ("headline", "خبر " + payload),
                ("highlights", payload), ("datelinePlace", payload), ("datelineSource", payload), ("body", "فقرة " + payload + "\n\n[رابط](https://example.com/\"><script>alert(1)</script>) *" + payload + "*"),
                ("tags", payload), ("byline", payload), ("summary", payload), ("seoTitle", payload), ("slug", payload), ("urgent", payload), ("action", "publish"),
                // The payloads are copy-desk errors too (stray brackets, quotes); publishing them is confirmed.
                ("confirmFindings", "1"),
            ], as: editor)
            #expect(saved.status == .seeOther, "\(saved.text)")
            let article = try #require(try await fixture.site.store.article(id: fixture.draft.id))
            #expect(article.content.headline == "خبر " + payload.replacingOccurrences(of: "\u{202E}", with: ""))
            let pages = [
                try await client.execute(uri: "/news/\(article.id)/\(PercentEncodingForTests.encode(article.content.slug))", method: .get),
                try await client.execute(uri: "/admin/articles/\(article.id)", method: .get, headers: editor.headers),
                try await client.execute(uri: "/admin/articles/\(article.id)/history?from=2&to=3", method: .get, headers: editor.headers),
                try await client.execute(uri: "/admin", method: .get, headers: editor.headers),
            ]
            for page in pages {
                #expect(page.status == .ok)
                // Attributes are double-quoted, so a single quote in text or JSON-LD is harmless; a
                // double quote or an angle bracket printed raw would not be.
                for dangerous in ["<script>alert", "<img src=x", "<svg onload", "\"><img", "\u{202E}"] {
                    #expect(!page.text.contains(dangerous), "\(dangerous) printed raw")
                }
                #expect(!page.text.contains(editor.csrf) || page.text.contains("name=\"csrf\""))
            }
        }
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "//evil.example/x", "vbscript:msgbox(1)"])
    func aLinkToScriptIsRefusedAndNothingIsSaved(_ address: String) async throws {
        let fixture = try await NewsroomFixture()
        let editor = try await fixture.session(for: fixture.editor)
        try await fixture.site.test { client in
            let refused = try await client.post("/admin/articles/\(fixture.draft.id)", form: [
                ("csrf", editor.csrf), ("revision", "2"), ("section", "أخبار"), ("headline", "خبر"),
                ("body", "فقرة فيها [رابط](\(address)) خطر."), ("action", "save"),
            ], as: editor)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("فيه رابط لا يقود إلى عنوان ويب أو صفحة في الموقع"))
            let stored = try #require(try await fixture.site.store.article(id: fixture.draft.id))
            #expect(stored.revision == fixture.draft.revision)
        }
    }
}

/// Percent-encodes a path segment the way the site prints it.
enum PercentEncodingForTests {
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? text
    }
}
