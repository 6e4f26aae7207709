import Foundation
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirImport

/// Every kind of bad file fails with the file, the line where it applies, and the problem.
@Suite struct BadInputTests {
    let folder: TemporaryDirectory
    let reader = ArticleFileReader()

    init() throws { folder = try TemporaryDirectory() }

    private func failure(_ path: String, reader: ArticleFileReader? = nil) throws -> ImportError {
        do {
            _ = try (reader ?? self.reader).read(path: path)
        } catch {
            return error
        }
        Issue.record("\(path) was accepted")
        throw CancellationError()
    }

    @Test func emptyFile() throws {
        let path = try folder.write("empty.txt", "")
        #expect(try failure(path) == ImportError(file: path, problem: "is empty"))
        let blank = try folder.write("blank.txt", " \n\n\t\n")
        #expect(try failure(blank).problem == "is empty")
    }

    @Test func binaryData() throws {
        let path = try folder.write("photo.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0A, 0x00, 0x01, 0x02]))
        let error = try failure(path)
        #expect(error.problem.contains("binary data"))
        #expect(error.line == 2)
        #expect(error.description.hasPrefix("\(path):2: "))
    }

    @Test func invalidUTF8NamesTheLine() throws {
        var data = Data("رياضة\nالترجي يفوز\n".utf8)
        data.append(contentsOf: [0xD8, 0x28, 0xFF])
        data.append(Data(" فقرة.\n".utf8))
        let path = try folder.write("latin1.txt", data)
        let error = try failure(path)
        #expect(error.line == 3)
        #expect(error.problem.contains("not valid UTF-8"))
    }

    @Test func noRecognisableHeadline() throws {
        let path = try folder.write("wall.txt", String(repeating: "هذا نص طويل بلا عنوان ", count: 60) + "\nفقرة أخرى.")
        #expect(try failure(path).problem.hasPrefix("no recognisable headline"))
    }

    @Test func hundredMegabyteFile() throws {
        let path = folder.path("huge.txt")
        _ = FileManager.default.createFile(atPath: path, contents: Data("عنوان\n".utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        let error = try failure(path)
        #expect(error.problem.contains("104857600 bytes"))
        #expect(error.problem.contains("limit"))
    }

    @Test func malformedJSONOnOneLineFailsTheFileAtThatLine() throws {
        let good = #"{"id": "a1", "source": "test", "title": "عنوان أول", "body": "فقرة."}"#
        let path = try folder.write("feed.jsonl", "\(good)\n\(good.replacingOccurrences(of: "a1", with: "a2"))\n{\"id\": \"a3\", \"title\": \"عنوان\", \"body\": \n")
        let error = try failure(path)
        #expect(error.line == 3)
        #expect(error.problem.hasPrefix("malformed JSON"))
    }

    @Test func missingRequiredKeyIsNamed() throws {
        let path = try folder.write("feed.jsonl", #"{"id": "a1", "title": "عنوان"}"# + "\n")
        let error = try failure(path)
        #expect(error.line == 1)
        #expect(error.problem.contains("\"body\""))
    }

    @Test func invalidRecordFailsTheFileUnlessSkipping() throws {
        let lines = [#"{"id": "a1", "source": "t", "title": "", "body": "فقرة."}"#, #"{"id": "a2", "source": "t", "title": "عنوان", "body": "فقرة."}"#]
        let path = try folder.write("feed.jsonl", lines.joined(separator: "\n"))
        #expect(try failure(path) == ImportError(file: path, line: 1, problem: "headline: is empty"))
        let read = try ArticleFileReader(skipInvalid: true).read(path: path)
        #expect(read.drafts.map(\.content.origin.key) == ["a2"])
        #expect(read.skipped == [ImportError(file: path, line: 1, problem: "headline: is empty")])
    }

    @Test func badDateAndStatusAreNamed() throws {
        let path = try folder.write("feed.jsonl", #"{"id": "a1", "title": "عنوان", "body": "فقرة.", "date": "yesterday"}"#)
        #expect(try failure(path).problem == #"date: "yesterday" is not an ISO 8601 date"#)
        let status = try folder.write("status.jsonl", #"{"id": "a1", "title": "عنوان", "body": "فقرة.", "status": "live"}"#)
        #expect(try failure(status).problem.hasPrefix("status: unknown value"))
    }

    @Test func missingFileAndDirectory() throws {
        #expect(try failure(folder.path("nope.txt")).problem.contains("cannot be read"))
        #expect(try failure(folder.url.path).problem == "is a directory, not a file")
    }
}
