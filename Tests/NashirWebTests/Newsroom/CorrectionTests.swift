import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirSQLite
import NashirTestSupport
import NashirWeb
import Testing

/// A correction to a published story is shown to readers with its date, and kept in its history.
@Suite struct CorrectionTests {
    @Test func aCorrectionAppearsOnThePageWithItsDate() async throws {
        let fixture = try await NewsroomFixture()
        var content = fixture.draft.content
        content.status = .published
        content.publishedAt = fixture.clock.now
        let story = try await fixture.site.store.update(id: fixture.draft.id, expectedRevision: 2, content: content, by: fixture.editor.id, note: nil)
        fixture.clock.advance(by: 86_400)
        let editor = try await fixture.session(for: fixture.editor)
        try await fixture.site.test { client in
            let form = try await client.execute(uri: "/admin/articles/\(story.id)", method: .get, headers: editor.headers).text
            #expect(form.contains("name=\"correction\""))
            let saved = try await client.post("/admin/articles/\(story.id)", form: [
                ("csrf", editor.csrf), ("revision", String(story.revision)), ("section", story.content.section.name),
                ("headline", story.content.headline), ("body", BodyTextForTests.text(story.content.body)),
                ("correction", "صُحّح اسم الوزير."), ("action", "save"),
            ], as: editor)
            #expect(saved.status == .seeOther, "\(saved.text)")
            let page = try await client.execute(uri: "/news/\(story.id)/\(PercentEncodingForTests.encode(story.content.slug))", method: .get).text
            #expect(page.contains("<aside class=\"correction\" role=\"note\"><strong>تصحيح</strong>"))
            #expect(page.contains("صُحّح اسم الوزير."))
            #expect(page.contains("datetime=\"2020-09-14T12:26:40Z\""))
        }
        let stored = try #require(try await fixture.site.store.article(id: story.id))
        #expect(stored.content.corrections == [Correction(at: fixture.clock.now, note: "صُحّح اسم الوزير.")])
        #expect(try await fixture.site.store.revisions(of: story.id).last?.content.corrections.count == 1)
    }
}

/// The editor's text for a body of paragraphs.
enum BodyTextForTests {
    static func text(_ blocks: [Block]) -> String { blocks.map(\.text).joined(separator: "\n\n") }
}
