import Foundation
import NashirTestSupport
import Testing

/// `nashir sources` and `nashir ingest` from a shell.
@Suite struct SourcesCommandTests {
    let folder: TemporaryDirectory
    var db: String { folder.path("nashir.sqlite") }

    init() throws {
        folder = try TemporaryDirectory()
    }

    @Test func sourcesAreAddedListedAndRemovedAndBadOnesAreRefusedByField() async throws {
        let added = try await NashirProcess.run(["sources", "add", "--db", db, "رويترز", "https://wire.example/ar/rss", "--every", "5m", "--section", "world", "--section-name", "دولية"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("every 5m"))
        let twice = try await NashirProcess.run(["sources", "add", "--db", db, "رويترز", "https://other.example/feed"])
        #expect(twice.status == 65 && twice.stderr.contains("a source named رويترز exists already"))
        let badURL = try await NashirProcess.run(["sources", "add", "--db", db, "واس", "file:///etc/passwd"])
        #expect(badURL.status == 65 && badURL.stderr.contains("url: \"file:///etc/passwd\" is not an http(s) address"))
        let tooOften = try await NashirProcess.run(["sources", "add", "--db", db, "واس", "https://spa.example/feed", "--every", "2s"])
        #expect(tooOften.status == 65 && tooOften.stderr.contains("every: is 2 s"))
        let badInterval = try await NashirProcess.run(["sources", "add", "--db", db, "واس", "https://spa.example/feed", "--every", "soon"])
        #expect(badInterval.status != 0 && badInterval.stderr.contains("--every"))
        let list = try await NashirProcess.run(["sources", "list", "--db", db])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 1)
        #expect(list.stdout.contains("رويترز\thttps://wire.example/ar/rss\tevery 5m\tsection world"))
        #expect(try await NashirProcess.run(["sources", "remove", "--db", db, "رويترز"]).status == 0)
        let gone = try await NashirProcess.run(["sources", "remove", "--db", db, "رويترز"])
        #expect(gone.status == 65 && gone.stderr.contains("no source named رويترز"))
    }

    @Test func ingestReportsAFailingSourceWithExit65AndRemembersTheFailure() async throws {
        // Port 1 on loopback: nothing listens, so the connection is refused at once.
        #expect(try await NashirProcess.run(["sources", "add", "--db", db, "معطلة", "http://127.0.0.1:1/feed"]).status == 0)
        let ingest = try await NashirProcess.run(["ingest", "--db", db])
        #expect(ingest.status == 65)
        #expect(ingest.stderr.contains("معطلة: cannot be fetched"), "\(ingest.stderr)")
        let list = try await NashirProcess.run(["sources", "list", "--db", db])
        #expect(list.stdout.contains("failing ×1"), "\(list.stdout)")
        // Backing off: not due again at once, so a second run has nothing to do.
        let again = try await NashirProcess.run(["ingest", "--db", db])
        #expect(again.status == 0 && again.stderr.contains("no source is due"))
    }
}
