import Foundation
import NashirTestSupport
import Testing

/// `nashir search` from a shell: the site's ranking, readable or as the API's JSON.
@Suite struct SearchCommandTests {
    let folder: TemporaryDirectory
    var db: String { folder.path("nashir.sqlite") }

    init() async throws {
        folder = try TemporaryDirectory()
        let lines = [
            #"{"id": "1", "source": "test", "section": "sport", "title": "الترجي يفوز بالكأس", "date": "2020-05-01", "body": "فاز الترجي على منافسه.\n\nوقال المدرب إن الفوز مستحق."}"#,
            #"{"id": "2", "source": "test", "section": "economy", "title": "ارتفاع أسعار النفط", "date": "2020-05-02", "body": "قال محللون إن أسعار النفط ارتفعت."}"#,
        ]
        let file = try folder.write("articles.jsonl", lines.joined(separator: "\n") + "\n")
        let imported = try await NashirProcess.run(["import", "--db", db, file])
        precondition(imported.status == 0, imported.stderr)
    }

    @Test func printsRankedResultsWithTheirExcerpts() async throws {
        let result = try await NashirProcess.run(["search", "--db", db, "اسعار", "النفط"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("1 results for «اسعار النفط»"))
        #expect(result.stdout.contains("1. ارتفاع أسعار النفط"))
        #expect(result.stdout.contains("قال محللون إن أسعار النفط ارتفعت."))
    }

    @Test func jsonIsTheShapeOfTheAPI() async throws {
        let result = try await NashirProcess.run(["search", "--db", db, "--json", "--limit", "5", "الترجي"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["total"] as? Int == 1)
        #expect(object["limit"] as? Int == 5)
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.first?["headline"] as? String == "الترجي يفوز بالكأس")
        #expect((results.first?["path"] as? String)?.hasPrefix("/news/") == true)
        #expect(results.first?["published"] as? String == "2020-05-01T00:00:00Z")
        for key in ["id", "snippet", "score"] { #expect(results.first?[key] != nil, "missing \(key)") }
    }

    @Test func exclusionsPassThroughAfterDoubleDash() async throws {
        let result = try await NashirProcess.run(["search", "--db", db, "--json", "--", "قال", "-الترجي"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["results"] as? [[String: Any]])?.map { $0["headline"] as? String } == ["ارتفاع أسعار النفط"])
    }

    @Test func aMisspeltQuerySuggestsACorrection() async throws {
        let result = try await NashirProcess.run(["search", "--db", db, "النقط"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("did you mean: النفط"))
    }

    @Test(arguments: [
        (["search", "--db", "DB"], "give a query"),
        (["search", "--db", "DB", "--limit", "0", "x"], "--limit"),
        (["search", "--db", "missing.sqlite", "x"], "no database at missing.sqlite"),
    ])
    func badUsageFailsWithAMessage(_ arguments: [String], _ message: String) async throws {
        let result = try await NashirProcess.run(arguments.map { $0 == "DB" ? db : $0 })
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "missing.sqlite"))
    }
}
