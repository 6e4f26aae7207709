import Foundation
import NashirDomain
import NashirSQLite
import NashirTestSupport
import Testing

/// The incoming desk on a real SQLite file: one story from several agencies shows once, and a
/// different story on the same subject stays apart.
@Suite struct IncomingDeskStoreTests {
    static func wire(_ source: String, _ key: String, _ headline: String, _ body: [String]) -> ArticleDraft {
        TestDraft.make(key: key, source: source, headline: headline, body: body, status: .incoming, publishedAt: nil)
    }

    @Test func theSameStoryFromTwoAgenciesIsOneStoryAndADifferentOneStaysApart() async throws {
        let folder = try TemporaryDirectory()
        let store = try folder.store()
        _ = try await store.save([Self.wire("رويترز", "r1", "زلزال بقوة 6.2 درجة يضرب جنوب تركيا ومقتل 12 شخصا", [
            "قالت السلطات التركية إن زلزالا بقوة 6.2 درجة ضرب ولاية هاتاي جنوب البلاد فجر الأحد، ما أسفر عن مقتل 12 شخصا وإصابة العشرات.",
            "وأضافت إدارة الكوارث والطوارئ أن فرق الإنقاذ تبحث عن ناجين تحت أنقاض مبان منهارة.",
        ])])
        _ = try await store.save([Self.wire("فرانس برس", "a1", "مقتل 12 شخصا في زلزال بقوة 6.2 درجة جنوب تركيا", [
            "أعلنت إدارة الكوارث والطوارئ التركية مقتل 12 شخصا وإصابة العشرات في زلزال بقوة 6.2 درجة ضرب ولاية هاتاي جنوب تركيا فجر الأحد.",
            "وتبحث فرق الإنقاذ عن ناجين تحت أنقاض المباني المنهارة.",
        ])])
        _ = try await store.save([Self.wire("الأناضول", "n1", "تركيا تفتتح جسرا جديدا فوق مضيق البوسفور", [
            "افتتح الرئيس التركي جسرا جديدا فوق مضيق البوسفور في إسطنبول الأحد بتكلفة ثلاثة مليارات دولار.",
            "ويربط الجسر شطري المدينة الأوروبي والآسيوي ويخفف الزحام المروري.",
        ])])
        let stories = try await store.incomingStories(limit: 10)
        #expect(stories.count == 2)
        let quake = try #require(stories.first { $0.items.count == 2 })
        #expect(Set(quake.sources) == ["رويترز", "فرانس برس"])
        #expect(quake.items.first?.source == "فرانس برس", "the newest item leads")
        #expect(stories.contains { $0.sources == ["الأناضول"] })

        // Taken by an editor, an item leaves the list; its twin stays for the record.
        let editor = try await store.createUser(NewUser(name: "editor", displayName: "محرر", role: .editor, passwordHash: "x"))
        _ = try await store.take(try #require(quake.items.first).summary.id, by: editor.id)
        let after = try await store.incomingStories(limit: 10)
        #expect(after.map(\.items.count).sorted() == [1, 1])
    }
}
