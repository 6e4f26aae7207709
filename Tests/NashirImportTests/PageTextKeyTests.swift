import Foundation
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirImport

/// A page dump is keyed by its file name and its headline: re-importing a dump updates its
/// article, while two pages saved under the same name (every site's index.txt) stay two.
@Suite struct PageTextKeyTests {
    let folder: TemporaryDirectory
    let reader = ArticleFileReader(format: .pageText)

    init() throws { folder = try TemporaryDirectory() }

    static let tunis = "سياسة\nالرئيس التونسي يستقبل وزير الخارجية\nاستقبل الرئيس وزير الخارجية أمس.\nوبحث الطرفان العلاقات."
    static let sport = "رياضة\nالترجي يفوز بكأس تونس\nفاز الترجي بالكأس بعد مباراة صعبة.\nواحتفل الجمهور طويلا."

    private func page(_ folderName: String, _ name: String, _ text: String) throws -> String {
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(folderName), withIntermediateDirectories: true)
        return try folder.write("\(folderName)/\(name)", text)
    }

    private func origin(_ path: String) throws -> ArticleOrigin {
        try #require(reader.read(path: path).drafts.first).content.origin
    }

    @Test func twoPagesWithTheSameFileNameInDifferentFoldersGetDifferentKeys() throws {
        let first = try origin(page("site-a", "index.txt", Self.tunis))
        let second = try origin(page("site-b", "index.txt", Self.sport))
        #expect(first != second)
        #expect(first.key.hasPrefix("index-") && second.key.hasPrefix("index-"))
    }

    @Test func theSameDumpReadAgainKeepsItsKey() throws {
        let path = try page("site-a", "index.txt", Self.tunis)
        let copy = try page("mirror", "index.txt", Self.tunis)
        #expect(try origin(path) == origin(path))
        // The same page saved again elsewhere is the same article, so it updates rather than duplicates.
        #expect(try origin(path) == origin(copy))
    }

    @Test func aCorrectedBodyKeepsTheKeyAndAChangedHeadlineDoesNot() throws {
        let path = try page("site-a", "story.txt", Self.tunis)
        let before = try origin(path)
        let corrected = try page("site-a", "story.txt", Self.tunis.replacingOccurrences(of: "أمس", with: "اليوم"))
        #expect(try origin(corrected) == before)
        let other = try page("site-a", "story.txt", Self.tunis.replacingOccurrences(of: "يستقبل", with: "يودع"))
        #expect(try origin(other) != before)
    }

    @Test func invisibleMarksAndSpacingInTheHeadlineDoNotChangeTheKey() throws {
        let plain = try origin(page("a", "p.txt", Self.tunis))
        let noisy = Self.tunis.replacingOccurrences(of: "الرئيس التونسي", with: "\u{200F}الرئيس\u{00A0}\u{00A0}التونسي ")
        #expect(try origin(page("b", "p.txt", noisy)) == plain)
    }

    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func theDigestIsFNV1a64(text: String, hex: String) {
        #expect(String(StableHash.fnv1a64(text.utf8), radix: 16) == hex)
    }

    @Test func keysAreTheNameAndSixteenHexDigits() {
        let key = PageTextImporter.key(name: "index", headline: "a")
        #expect(key == "index-af63dc4c8601ec8c")
        // Leading zeros are kept, so every key has the same shape.
        #expect(PageTextImporter.key(name: "p", headline: "280 خبر") == "p-002862c9f6ab6c06")
    }
}
