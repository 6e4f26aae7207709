import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirSQLite
import NashirTestSupport
import NashirWeb
import Testing

/// Revisions through the product path: fifty saves over the API, each kept; a diff; a restore.
@Suite struct RevisionHistoryTests {
    @Test func fiftyEditsAreFiftyRevisionsWithADiffAndARestore() async throws {
        let fixture = try await NewsroomFixture()
        let (token, _) = try await fixture.token(for: fixture.editor)
        let editor = try await fixture.session(for: fixture.editor)
        let id = fixture.draft.id
        try await fixture.site.test { client in
            for edit in 1...50 {
                let body = #"{"revision":\#(edit + 1),"headline":"العنوان في تعديله رقم \#(edit)","body":[{"type":"paragraph","text":"فقرة التعديل \#(edit)."}]}"#
                let response = try await client.send(.put, "/api/v1/articles/\(id)", json: body, as: token)
                #expect(response.status == .ok, "edit \(edit): \(response.text)")
            }
            let stale = try await client.send(.put, "/api/v1/articles/\(id)", json: #"{"revision":2,"headline":"من نسخة قديمة"}"#, as: token)
            #expect(stale.status == .conflict && stale.text.contains("\"code\":\"conflict\""))
            let history = try await client.execute(uri: "/admin/articles/\(id)/history?from=3&to=52", method: .get, headers: editor.headers)
            #expect(history.status == .ok)
            #expect(history.text.contains("<ins>") && history.text.contains("<del>"))
            #expect(history.text.contains("المراجعة 52"))
            let restored = try await client.post("/admin/articles/\(id)/restore/12", form: [("csrf", editor.csrf), ("revision", "52")], as: editor)
            #expect(restored.status == .seeOther)
        }
        let revisions = try await fixture.site.store.revisions(of: id)
        #expect(revisions.map(\.number) == Array(1...53))
        for edit in 1...50 {
            #expect(revisions[edit + 1].content.headline == "العنوان في تعديله رقم \(edit)")
            #expect(revisions[edit + 1].author == fixture.editor.id)
        }
        let current = try #require(try await fixture.site.store.article(id: id))
        #expect(current.revision == 53 && current.content.headline == "العنوان في تعديله رقم 10")
        #expect(revisions.last?.note == "استعادة المراجعة 12")
    }

    @Test func aHarakatOnlyChangeIsShownAsSuch() async throws {
        let fixture = try await NewsroomFixture()
        let editor = try await fixture.session(for: fixture.editor)
        var content = fixture.draft.content
        content.body = [.paragraph("عَلِمَ الوزير بالخبر.")]
        let first = try await fixture.site.store.update(id: fixture.draft.id, expectedRevision: 2, content: content, by: fixture.editor.id, note: nil)
        content.body = [.paragraph("علم الوزير بالخبر.")]
        _ = try await fixture.site.store.update(id: first.id, expectedRevision: 3, content: content, by: fixture.editor.id, note: nil)
        try await fixture.site.test { client in
            let page = try await client.execute(uri: "/admin/articles/\(first.id)/history?from=3&to=4", method: .get, headers: editor.headers).text
            #expect(page.contains("<mark title=\"قبل: عَلِمَ\">علم</mark>"))
            #expect(!page.contains("<del>عَلِمَ") && !page.contains("<ins>علم"))
        }
    }

    @Test func typedBlocksTravelThroughTheAPIAndReachThePage() async throws {
        let fixture = try await NewsroomFixture()
        let (token, _) = try await fixture.token(for: fixture.editor)
        let body = #"""
            {"headline": "خبر بكتل متنوعة", "section": "أخبار", "status": "published", "body": [
              {"type": "paragraph", "text": "فقرة أولى."},
              {"type": "subheading", "text": "ردود الفعل"},
              {"type": "quote", "text": "كان فوزًا مستحقًا", "source": "المدرب"},
              {"type": "list", "items": ["أولًا", "ثانيًا"], "ordered": true},
              {"type": "divider"},
              {"type": "embed", "url": "https://x.com/post/1"}
            ]}
            """#
        try await fixture.site.test { client in
            let created = try await client.send(.post, "/api/v1/articles", json: body, as: token)
            #expect(created.status == .created, "\(created.text)")
            #expect(created.text.contains(#""type":"quote""#) && created.text.contains(#""items":["أولًا","ثانيًا"]"#))
            let path = try #require(created.text.firstMatch(of: /"path":"([^"]+)"/)).output.1
            let page = try await client.execute(uri: String(path), method: .get).text
            #expect(page.contains("<h2 class=\"subheading\">ردود الفعل</h2>"))
            #expect(page.contains("<blockquote><p>كان فوزًا مستحقًا</p><footer>— المدرب</footer></blockquote>"))
            #expect(page.contains("<ol><li>أولًا</li><li>ثانيًا</li></ol>"))
            #expect(page.contains("<hr>") && created.text.contains(#""type":"divider""#))
            #expect(page.contains("<a href=\"https://x.com/post/1\" rel=\"noopener nofollow\""))
            let bad = try await client.send(.post, "/api/v1/articles", json: #"{"headline": "س", "section": "أخبار", "body": [{"type": "embed", "url": "javascript:alert(1)"}]}"#, as: token)
            #expect(bad.status == .unprocessableContent && bad.text.contains(#""field":"body[0]""#))
            let unknown = try await client.send(.post, "/api/v1/articles", json: #"{"headline": "س", "section": "أخبار", "body": [{"type": "video", "text": "x"}]}"#, as: token)
            #expect(unknown.status == .unprocessableContent || unknown.status == .badRequest)
        }
    }
}

/// Inline marks through every door: the API in, the page and the editor out, a bad link refused.
@Suite struct InlineMarksThroughTheProductTests {
    @Test func aLinkedAndEmphasisedParagraphReachesThePageAndTheEditor() async throws {
        let fixture = try await NewsroomFixture()
        let (token, _) = try await fixture.token(for: fixture.editor)
        let editor = try await fixture.session(for: fixture.editor)
        let body = #"""
            {"headline": "خبر بروابط", "section": "أخبار", "status": "published", "body": [
              {"type": "paragraph", "runs": [{"text": "قالت "}, {"text": "الوكالة", "link": "https://example.com/a"}, {"text": " إن الوفد "}, {"text": "وصل", "emphasis": true}]}
            ]}
            """#
        try await fixture.site.test { client in
            let created = try await client.send(.post, "/api/v1/articles", json: body, as: token)
            #expect(created.status == .created, "\(created.text)")
            #expect(created.text.contains(#""text":"قالت الوكالة إن الوفد وصل""#))
            let path = try #require(created.text.firstMatch(of: /"path":"([^"]+)"/)).output.1
            let id = try #require(created.text.firstMatch(of: /"id":(\d+)/)).output.1
            let page = try await client.execute(uri: String(path), method: .get).text
            #expect(page.contains(#"<p>قالت <a href="https://example.com/a" rel="noopener nofollow">الوكالة</a> إن الوفد <em>وصل</em></p>"#))
            let editorPage = try await client.execute(uri: "/admin/articles/\(id)", method: .get, headers: editor.headers).text
            #expect(editorPage.contains("قالت [الوكالة](https://example.com/a) إن الوفد *وصل*"))

            let hostile = #"{"headline": "س", "section": "أخبار", "body": [{"type": "paragraph", "runs": [{"text": "انقر", "link": "javascript:alert(1)"}]}]}"#
            let refused = try await client.send(.post, "/api/v1/articles", json: hostile, as: token)
            #expect(refused.status == .unprocessableContent && refused.text.contains(#""field":"body[0]""#), "\(refused.text)")
        }
    }

    @Test func theUrgentFlagAndSearchTitleReachThePageAndTheAPI() async throws {
        let fixture = try await NewsroomFixture()
        let (token, _) = try await fixture.token(for: fixture.editor)
        let editor = try await fixture.session(for: fixture.editor)
        let body = #"{"headline": "انفجار في الميناء", "section": "أخبار", "status": "published", "urgent": true, "seo_title": "انفجار ميناء طرابلس: ما نعرفه", "body": [{"type": "paragraph", "text": "هزّ انفجار قوي الميناء صباح اليوم."}]}"#
        try await fixture.site.test { client in
            let created = try await client.send(.post, "/api/v1/articles", json: body, as: token)
            #expect(created.status == .created, "\(created.text)")
            #expect(created.text.contains(#""urgent":true"#) && created.text.contains(#""seo_title":"انفجار ميناء طرابلس: ما نعرفه""#))
            let path = try #require(created.text.firstMatch(of: /"path":"([^"]+)"/)).output.1
            let id = try #require(created.text.firstMatch(of: /"id":(\d+)/)).output.1
            let page = try await client.execute(uri: String(path), method: .get).text
            #expect(page.contains("<title>انفجار ميناء طرابلس: ما نعرفه – "))
            #expect(page.contains("<h1 class=\"headline\">انفجار في الميناء</h1>"))
            #expect(page.contains("<span class=\"urgent-label\">عاجل</span>"))
            // No summary and no sub-headline: the description is the opening of the copy.
            #expect(page.contains("<meta name=\"description\" content=\"هزّ انفجار قوي الميناء صباح اليوم.\">"))

            // The editor shows both and takes them away again: an unticked box sends nothing.
            let editorPage = try await client.execute(uri: "/admin/articles/\(id)", method: .get, headers: editor.headers).text
            #expect(editorPage.contains(#"name="urgent" value="1" checked"#) && editorPage.contains(#"value="انفجار ميناء طرابلس: ما نعرفه""#))
            let revision = try #require(created.text.firstMatch(of: /"revision":(\d+)/)).output.1
            let saved = try await client.post("/admin/articles/\(id)", form: [
                ("csrf", editor.csrf), ("revision", String(revision)), ("action", "save"), ("section", "أخبار"),
                ("headline", "انفجار في الميناء"), ("body", "هزّ انفجار قوي الميناء صباح اليوم."), ("seoTitle", ""),
            ], as: editor)
            #expect(saved.status == .seeOther, "\(saved.text)")
            let stored = try #require(try await fixture.site.store.article(id: ArticleID(Int64(String(id))!)))
            #expect(!stored.content.urgent && stored.content.seoTitle == nil)
        }
    }
}
