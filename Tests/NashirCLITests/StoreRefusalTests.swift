import Foundation
import NashirDomain
import NashirImport
import NashirSQLite
import NashirTestSupport
import Testing
@testable import nashir

/// A record the importer let through but the store refused is reported at its line, like any bad input.
@Suite struct StoreRefusalTests {
    @Test func aDraftTheStoreRefusesIsReportedAsFileAndLine() async throws {
        let folder = try TemporaryDirectory()
        let lines = [#"{"id": "1", "source": "t", "title": "أول", "body": "فقرة."}"#, "",
                     #"{"id": "2", "source": "t", "title": "ثان", "body": "فقرة."}"#]
        let path = try folder.write("feed.jsonl", lines.joined(separator: "\n"))
        var read = try ArticleFileReader().read(path: path)
        // A rule only the store enforces: the importer's own validation would have caught a blank headline.
        read.batch.drafts[1].draft.content.headline = " "
        do {
            _ = try await folder.store().save(read.drafts)
            Issue.record("the store accepted a blank headline")
        } catch let error as StoreError {
            #expect(ImportCommand.importError(error, in: read)?.description == "\(path):3: headline: is empty")
        }
    }

    @Test func otherStoreErrorsAreLeftAsTheyAre() {
        let read = FileImport(format: .jsonl, batch: ImportBatch(drafts: []))
        #expect(ImportCommand.importError(.cannotOpen(path: "x", reason: "y"), in: read) == nil)
        #expect(ImportCommand.importError(.invalidArticle(index: 0, origin: ArticleOrigin(source: "t", key: "1"), problem: "p"), in: read) == nil)
    }
}
