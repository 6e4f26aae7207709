import Foundation
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirImport

/// `--format auto` asks the registered importers in order; a named format picks its importer.
@Suite struct ImporterRegistryTests {
    let folder: TemporaryDirectory
    let registry = ImporterRegistry.standard()

    init() throws { folder = try TemporaryDirectory() }

    static let record = #"{"id": "1", "source": "s", "title": "عنوان", "body": "فقرة."}"#
    static let page = "رياضة\nالترجي يفوز بالكأس\nفاز الترجي بالكأس."

    @Test(arguments: [
        ("feed.jsonl", Self.page, ImportFormat.jsonl),
        ("feed.NDJSON", Self.page, .jsonl),
        ("feed.txt", "\n  " + Self.record, .jsonl),
        ("page.txt", Self.page, .pageText),
        ("page", Self.page, .pageText),
        ("notes.json.txt", "[" + Self.record + "]", .pageText),
        ("saved.txt", "<!DOCTYPE html><html><body><p>فقرة</p></body></html>", .html),
        ("page.htm", "<body><h1>عنوان</h1><p>فقرة</p></body>", .html),
        ("notes.txt", "<p>فقرة</p>", .pageText),
    ])
    func autoPicksTheFirstImporterThatRecognisesTheFile(path: String, text: String, expected: ImportFormat) throws {
        #expect(try #require(registry.importer(for: .auto, path: path, text: text)).format == expected)
    }

    @Test func aNamedFormatIsReadAsThatFormatWhateverItLooksLike() throws {
        #expect(try #require(registry.importer(for: .pageText, path: "feed.jsonl", text: Self.record)).format == .pageText)
        let path = try folder.write("page.jsonl", Self.page)
        #expect(try ArticleFileReader(format: .pageText).read(path: path).format == .pageText)
    }

    @Test func formatNamesAreAutoAndTheRegisteredImporters() {
        #expect(ImportFormat.allCases.map(\.rawValue) == ["auto", "wxr", "feed", "jsonl", "html", "page-text"])
        #expect(ImportFormat(rawValue: "page-text") == .pageText)
        #expect(ImportFormat(rawValue: "docx") == nil)
    }

    @Test func aRegistryWithoutACatchAllRefusesWhatNoImporterRecognises() throws {
        let path = try folder.write("page.txt", Self.page)
        let reader = ArticleFileReader(registry: ImporterRegistry([JSONLinesImporter()]))
        #expect(throws: ImportError(file: path, problem: "is in no format Nashir can import")) { try reader.read(path: path) }
    }

    @Test func eachJSONLinesDraftKnowsItsLine() throws {
        let lines = ["", Self.record, #"{"id": "2", "source": "s", "title": "ثان", "body": "فقرة."}"#, "", Self.record.replacingOccurrences(of: "عنوان", with: "مصحح")]
        let path = try folder.write("feed.jsonl", lines.joined(separator: "\n"))
        let batch = try ArticleFileReader().read(path: path).batch
        // The repeated record keeps its first place in the batch but comes from its later line.
        #expect(batch.drafts.map(\.draft.content.headline) == ["مصحح", "ثان"])
        #expect(batch.drafts.map(\.position) == [SourcePosition(file: path, line: 5), SourcePosition(file: path, line: 3)])
        #expect(ImportError(at: batch.drafts[1].position, problem: "headline: is empty").description == "\(path):3: headline: is empty")
    }

    @Test func aPageIsOneDraftAtLineOne() throws {
        let path = try folder.write("page.txt", Self.page)
        #expect(try ArticleFileReader().read(path: path).batch.drafts.map(\.position) == [SourcePosition(file: path, line: 1)])
    }

    @Test func sectionLabelsComeFromTheMapTheImporterIsGiven() throws {
        let agency = SectionMap(["SPO": Section(slug: "sport", name: "رياضة")], unlabelled: Section(slug: "wire", name: "برقيات"))
        let text = [#"{"id": "1", "section": "SPO", "title": "أ", "body": "ب."}"#, #"{"id": "2", "title": "أ", "body": "ب."}"#,
                    #"{"id": "3", "section": "economy", "title": "أ", "body": "ب."}"#].joined(separator: "\n")
        let sections = try JSONLinesImporter(sections: agency).read(text, file: "agency.jsonl").drafts.map(\.draft.content.section)
        #expect(sections == [Section(slug: "sport", name: "رياضة"), Section(slug: "wire", name: "برقيات"), Section(slug: "economy", name: "economy")])
        // The corpus table stays the default.
        let corpus = try JSONLinesImporter().read(text, file: "corpus.jsonl").drafts.map(\.draft.content.section)
        #expect(corpus[2] == Section(slug: "economy", name: "اقتصاد"))
    }
}
