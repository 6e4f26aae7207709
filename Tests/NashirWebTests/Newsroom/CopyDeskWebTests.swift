import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirCopyDesk
import NashirDomain
import NashirSQLite
import NashirTestSupport
import NashirWeb
import Testing

/// The copy desk in the newsroom, through the real router: the editor's text checked as typed,
/// a stored story checked through the API, and publishing held back by errors until confirmed.
@Suite struct CopyDeskWebTests {
    static let body = "وصل الوفد إلى العاصمة أمس.\r\n\r\nوقال المتحدث إنهم لن يسعون للحرب.وأضاف أن المحادثات بدأت."

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
    }

    @Test func theEditorsTextIsCheckedWithSpansTheBrowserCanSelect() async throws {
        let fixture = try await NewsroomFixture()
        let writer = try await fixture.session(for: fixture.writer)
        try await fixture.site.test { client in
            let reply = try await client.post("/admin/check", form: [("csrf", writer.csrf), ("headline", "عنوان سليم"), ("highlights", ""), ("body", Self.body)], as: writer)
            #expect(reply.status == .ok)
            let report = try json(reply)
            #expect(report["errors"] as? Int == 2)
            let findings = try #require(report["findings"] as? [[String: Any]])
            let verb = try #require(findings.first { $0["rule"] as? String == "grammar.five-verbs" })
            // The textarea's value has LF line breaks: the span counts them as one unit each.
            let value = Self.body.replacingOccurrences(of: "\r\n", with: "\n")
            let start = try #require(verb["start"] as? Int), length = try #require(verb["length"] as? Int)
            let span = String(value.utf16.dropFirst(start).prefix(length))
            #expect(span == "يسعون")
            #expect(verb["field"] as? String == "body")
            #expect(verb["suggestion"] as? String == "يسعوا")
            #expect(findings.contains { $0["rule"] as? String == "punctuation.space-after" && $0["suggestion"] as? String == ". " })

            let forged = try await client.post("/admin/check", form: [("csrf", "wrong"), ("body", Self.body)], as: writer)
            #expect(forged.status == .forbidden)
            let anonymous = try await client.post("/admin/check", form: [("body", Self.body)], as: .anonymous)
            #expect(anonymous.status == .seeOther)
        }
    }

    @Test func theEditorSpellsWithTheServersDictionaryAndTheSitesWords() async throws {
        let fixture = try await NewsroomFixture(spelling: WordListDictionary(words: ["وصل", "الوفد", "إلى", "العاصمة", "أمس"]))
        let writer = try await fixture.session(for: fixture.writer)
        var settings = try await fixture.site.store.siteSettings()
        settings.newsroomWords = ["الطرابلسي"]
        try await fixture.site.store.updateSiteSettings(settings)
        try await fixture.site.test { client in
            let reply = try await client.post(
                "/admin/check", form: [("csrf", writer.csrf), ("headline", ""), ("highlights", ""), ("body", "وصل الوفدد والطرابلسي إلى العاصمة أمس.")], as: writer)
            #expect(reply.status == .ok)
            let findings = try #require(try json(reply)["findings"] as? [[String: Any]])
            // The newsroom's word, with its conjunction, is spared; the typo is a warning, not an error.
            #expect(findings.map { $0["excerpt"] as? String } == ["الوفدد"])
            #expect(findings.first?["rule"] as? String == "spelling")
            #expect(findings.first?["severity"] as? String == "warning")
            #expect(try json(reply)["errors"] as? Int == 0)
        }
    }

    @Test func aStoredStoryIsCheckedThroughTheAPIWithTheSitesRules() async throws {
        let fixture = try await NewsroomFixture()
        var content = fixture.draft.content
        content.body = [.plainParagraph("قال إنهم لن يسعون للحرب في الامارات.")]
        let story = try await fixture.site.store.update(id: fixture.draft.id, expectedRevision: fixture.draft.revision, content: content, by: fixture.writer.id, note: nil)
        var settings = try await fixture.site.store.siteSettings()
        settings.disabledCopyRules = ["style.house"]
        try await fixture.site.store.updateSiteSettings(settings)
        let token = try await fixture.token(for: fixture.writer).credentials
        try await fixture.site.test { client in
            let reply = try await client.send(.get, "/api/v1/articles/\(story.id)/check", json: nil, as: token)
            #expect(reply.status == .ok, "\(reply.text)")
            let findings = try #require(try json(reply)["findings"] as? [[String: Any]])
            #expect(findings.map { $0["rule"] as? String } == ["grammar.five-verbs"])
            #expect(findings.first?["paragraph"] as? Int == 1)
            #expect(try await client.send(.get, "/api/v1/articles/999/check", json: nil, as: token).status == .notFound)
        }
    }

    @Test func publishingAStoryWithErrorsAsksForConfirmation() async throws {
        let fixture = try await NewsroomFixture()
        let editor = try await fixture.session(for: fixture.editor)
        let form: [(String, String)] = [
            ("csrf", editor.csrf), ("revision", String(fixture.draft.revision)), ("section", "أخبار"), ("headline", "الوفد يصل"),
            ("body", Self.body), ("action", "publish"),
        ]
        try await fixture.site.test { client in
            let held = try await client.post("/admin/articles/\(fixture.draft.id)", form: form, as: editor)
            #expect(held.status == .unprocessableContent)
            #expect(held.text.contains("لم يُنشر الخبر: وجد التدقيق فيه أخطاء"))
            #expect(held.text.contains("name=\"confirmFindings\""))
            #expect(held.text.contains("«يسعون»"))
            #expect(try await fixture.site.store.article(id: fixture.draft.id)?.content.status == .draft)

            let confirmed = try await client.post("/admin/articles/\(fixture.draft.id)", form: form + [("confirmFindings", "1")], as: editor)
            #expect(confirmed.status == .seeOther, "\(confirmed.text)")
            #expect(try await fixture.site.store.article(id: fixture.draft.id)?.content.status == .published)
        }
    }

    @Test func savingADraftWithErrorsIsNeverHeldBack() async throws {
        let fixture = try await NewsroomFixture()
        let writer = try await fixture.session(for: fixture.writer)
        try await fixture.site.test { client in
            let saved = try await client.post("/admin/articles/\(fixture.draft.id)", form: [
                ("csrf", writer.csrf), ("revision", String(fixture.draft.revision)), ("section", "أخبار"), ("headline", "الوفد يصل"),
                ("body", Self.body), ("action", "save"),
            ], as: writer)
            #expect(saved.status == .seeOther)
        }
    }
}

/// The administrator's copy desk settings: rules on and off, the house style, the newsroom's words.
@Suite struct CopyDeskSettingsTests {
    @Test func anAdministratorTurnsARuleOffAndEditsTheHouseStyle() async throws {
        let fixture = try await NewsroomFixture()
        let admin = try await fixture.session(for: fixture.administrator)
        try await fixture.site.test { client in
            let page = try await client.execute(uri: "/admin/settings", method: .get, headers: admin.headers).text
            #expect(page.contains("name=\"enabledRules[]\" value=\"grammar.five-verbs\" checked"))
            #expect(page.contains("الامارات=الإمارات"))
            let enabled = CopyChecker.catalogue.map(\.id).filter { $0 != "word.repeated" }.map { ("enabledRules[]", $0) }
            let saved = try await client.post("/admin/settings", form: [
                ("csrf", admin.csrf), ("name", "ناشر"), ("digits", "western"), ("months", "egyptian"), ("timeZone", "Asia/Riyadh"),
                ("copyDesk", "1"), ("houseStyle", "كورونا=كوفيد-19\r\nفايسبوك=فيسبوك"), ("newsroomWords", "حفتر\r\nالنمروش"),
            ] + enabled, as: admin)
            #expect(saved.status == .seeOther, "\(saved.text)")
        }
        let settings = try await fixture.site.store.siteSettings()
        #expect(settings.disabledCopyRules == ["word.repeated"])
        #expect(settings.houseStyle == "كورونا=كوفيد-19\nفايسبوك=فيسبوك")
        #expect(settings.newsroomWords == ["حفتر", "النمروش"])

        // A settings form without the copy desk's fields (an older page) keeps them.
        try await fixture.site.test { client in
            _ = try await client.post("/admin/settings", form: [
                ("csrf", admin.csrf), ("name", "ناشر اليوم"), ("digits", "western"), ("months", "egyptian"), ("timeZone", "Asia/Riyadh"),
            ], as: admin)
        }
        #expect(try await fixture.site.store.siteSettings().disabledCopyRules == ["word.repeated"])
    }
}

/// A dictionary that knows exactly `words`, so a test says which words are misspelt.
private struct WordListDictionary: SpellingDictionary {
    let words: Set<String>
    func isCorrect(_ word: String) -> Bool { words.contains(word) }
    func suggestions(for word: String) -> [String] { [] }
}
