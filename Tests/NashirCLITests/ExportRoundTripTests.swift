import Foundation
import NashirTestSupport
import Testing

@Suite struct ExportRoundTripTests {
    /// Export, import into an empty database, export again: byte for byte the same.
    @Test(.enabled(if: Fixtures.hasCorpus, "needs ../shared/corpus"))
    func exportImportExportIsIdenticalOnAThousandCorpusArticles() async throws {
        let folder = try TemporaryDirectory()
        let names = ["ant-v2.1-cnn-arabic.jsonl", "ant-v2.1-alarabiya.jsonl", "ant-v2.1-bbc-arabic.jsonl", "ant-v2.1-france24-arabic.jsonl", "ant-v1.1-jawharafm.jsonl"]
        let sample = names.flatMap { Fixtures.corpusLines($0, count: 200) }
        #expect(sample.count == 1000)
        let input = try folder.write("sample.jsonl", sample.joined(separator: "\n"))
        var paths = [input]
        if Fixtures.hasSeed { paths.append(Fixtures.seedURL.path) }
        let first = try await NashirProcess.run(["import", "--db", folder.path("a.sqlite"), "--skip-invalid"] + paths)
        #expect(first.status == 0, "\(first.stderr)")
        let exportA = try await NashirProcess.run(["export", "--db", folder.path("a.sqlite"), "--format", "jsonl"])
        #expect(exportA.status == 0)
        let lines = exportA.stdout.split(separator: "\n")
        #expect(lines.count >= 1000)
        let exported = try folder.write("export-a.jsonl", exportA.stdout)
        let second = try await NashirProcess.run(["import", "--db", folder.path("b.sqlite"), exported])
        #expect(second.status == 0, "\(second.stderr)")
        let exportB = try await NashirProcess.run(["export", "--db", folder.path("b.sqlite"), "--format", "jsonl"])
        #expect(exportB.stdout == exportA.stdout)
        // Importing the export over the original changes nothing either.
        let again = try await NashirProcess.run(["import", "--db", folder.path("a.sqlite"), exported])
        #expect(again.stdout.contains("0 created, 0 updated, \(lines.count) unchanged"))
    }
}
