import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirSQLite
import NashirTestSupport
import NashirWeb
import NIOCore
import Testing

/// Uploading a lead image through the editor's form: renditions made once, the story's page
/// and its share card show it; lies about the type, missing alt text and oversize files store nothing.
@Suite struct MediaUploadTests {
    static func upload(_ client: any TestClientProtocol, _ credentials: Credentials, file: [UInt8], type: String = "image/png",
                       alt: String = "وزير الدفاع في طرابلس", article: ArticleID? = nil, revision: Int? = nil) async throws -> TestResponse {
        var form = MultipartBody()
        form.field("csrf", credentials.csrf)
        form.field("alt", alt)
        form.field("caption", "خلال الزيارة")
        form.field("credit", "رويترز")
        if let article { form.field("article", String(article.rawValue)) }
        if let revision { form.field("revision", String(revision)) }
        form.file("file", filename: "photo.jpg", type: type, file)
        var headers = credentials.headers
        headers[.contentType] = form.contentType
        return try await client.execute(uri: "/admin/media", method: .post, headers: headers, body: ByteBuffer(bytes: form.finished))
    }

    @Test func anUploadedLeadImageShowsOnThePageAndInTheShareCard() async throws {
        let fixture = try await NewsroomFixture()
        let editor = try await fixture.session(for: fixture.editor)
        var content = fixture.draft.content
        content.status = .published
        content.publishedAt = fixture.clock.now
        let story = try await fixture.site.store.update(id: fixture.draft.id, expectedRevision: 2, content: content, by: fixture.editor.id, note: nil)
        try await fixture.site.test { client in
            // A PNG sent as image/jpeg: the bytes decide, and everything is re-encoded anyway.
            let response = try await Self.upload(client, editor, file: TestPNG.gradient(width: 1000, height: 700), type: "image/jpeg", article: story.id, revision: story.revision)
            #expect(response.status == .seeOther, "\(response.text)")
            let page = try await client.execute(uri: "/news/\(story.id)/\(PercentEncodingForTests.encode(story.content.slug))", method: .get).text
            let srcset = try #require(page.firstMatch(of: /srcset="([^"]+)"/)).output.1
            #expect(srcset.contains("480w") && srcset.contains("800w") && !srcset.contains("1200w"))
            #expect(page.contains("alt=\"وزير الدفاع في طرابلس\""))
            #expect(page.contains("خلال الزيارة") && page.contains("رويترز"))
            let social = try #require(page.firstMatch(of: /og:image" content="https:\/\/news\.example(\/media\/[^"]+-social\.jpg)"/)).output.1
            let image = try await client.execute(uri: String(social), method: .get)
            #expect(image.status == .ok && image.headers[.contentType] == "image/jpeg")
            #expect(image.headers[.cacheControl] == "public, max-age=31536000, immutable")
        }
        let stored = try #require(try await fixture.site.store.article(id: story.id))
        let lead = try #require(stored.content.leadImage)
        let item = try #require(try await fixture.site.store.media(id: lead))
        #expect(item.width == 1000 && item.height == 700 && item.alt == "وزير الدفاع في طرابلس")
        #expect(item.responsive.map(\.width) == [480, 800])
        for rendition in item.renditions {
            #expect(FileManager.default.fileExists(atPath: fixture.mediaFolder.appendingPathComponent("media/" + rendition.path).path))
        }
    }

    @Test(arguments: [
        ("text that says it is a JPEG", Array("<?php echo 1; ?>".utf8), "وزير", "نوع الملف غير مدعوم"),
        ("an image without alt text", TestPNG.gradient(width: 40, height: 30), "", "اكتب نصًا بديلًا"),
        ("a truncated PNG", Array(TestPNG.gradient(width: 200, height: 100).prefix(300)), "وزير", ""),
    ])
    func aRefusedUploadStoresNothing(_ name: String, _ file: [UInt8], _ alt: String, _ message: String) async throws {
        let fixture = try await NewsroomFixture()
        let editor = try await fixture.session(for: fixture.editor)
        try await fixture.site.test { client in
            let response = try await Self.upload(client, editor, file: file, alt: alt)
            #expect(response.status == .unprocessableContent, "\(name)")
            #expect(response.text.contains("لم تُحفظ الصورة") && (message.isEmpty || response.text.contains(message)), "\(name)")
        }
        #expect(try await fixture.site.store.recentMedia(limit: 5).isEmpty)
        let written = FileManager.default.enumerator(atPath: fixture.mediaFolder.path)?.allObjects.compactMap { $0 as? String }.filter { $0.hasSuffix(".webp") || $0.hasSuffix(".jpg") } ?? []
        #expect(written.isEmpty, "\(name): \(written)")
    }

    @Test func anOversizedUploadIsRefusedBeforeItIsRead() async throws {
        let fixture = try await NewsroomFixture()
        let editor = try await fixture.session(for: fixture.editor)
        try await fixture.site.test { client in
            let response = try await Self.upload(client, editor, file: [UInt8](repeating: 0x41, count: 26 << 20))
            #expect(response.status == .contentTooLarge)
        }
        #expect(try await fixture.site.store.recentMedia(limit: 5).isEmpty)
    }
}
