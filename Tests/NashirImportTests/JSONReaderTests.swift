import Foundation
import NashirTestSupport
import Testing
@testable import NashirImport

/// Nashir's JSON reader agrees with Foundation on what JSON is, and names where it is not.
@Suite struct JSONReaderTests {
    @Test(arguments: [
        #"{"a": [1, -2.5e3, true, false, null], "b": {"c": "\u0628\n\"x\"\ud83d\ude00"}}"#,
        #"[]"#, #"  "نص"  "#, #"0"#, #"{"k": "a/b\/c"}"#,
    ])
    func readsWhatFoundationReads(_ json: String) throws {
        let ours = try JSONReader.parse(json)
        let theirs = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .fragmentsAllowed]
        #expect(try JSONSerialization.data(withJSONObject: Self.plain(ours), options: options) == JSONSerialization.data(withJSONObject: theirs, options: options))
    }

    @Test(arguments: [
        ("{\"a\": 1,\n  \"b\": [1, 2,, 3]}", 2, 14, "expected a value, found «,»"),
        ("{\"a\": 1", 1, 8, "expected «,» or «}» after a member, found the end of the document"),
        ("{\"عنوان\" 1}", 1, 10, "expected «:» after the member name \"عنوان\", found «1»"),
        ("[1, 2] x", 1, 8, "unexpected «x» after the JSON value"),
        ("{\"a\": \"one\ntwo\"}", 1, 11, "a control character (U+000A) inside a string; write it as an escape"),
        ("{\"a\": 01}", 1, 7, "a number cannot start with 0"),
        ("{\"a\": \"\\q\"}", 1, 9, "\\«q» is not a JSON escape"),
        ("{a: 1}", 1, 2, "expected a member name in double quotes, found «a»"),
        ("", 1, 1, "the document ends where a value was expected"),
    ])
    func syntaxErrorsNameLineAndColumn(_ json: String, _ line: Int, _ column: Int, _ problem: String) {
        #expect(JSONReader.firstError(in: json) == JSONReader.SyntaxError(line: line, column: column, problem: problem))
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(JSONReader.firstError(in: json)?.problem == "nested more than \(JSONReader.maxDepth) levels deep")
    }

    @Test func recordLinesAreFound() throws {
        let json = "{\n  \"items\": [\n    {\"id\": 1},\n\n    {\"id\": 2}\n  ]\n}"
        let (_, lines) = try JSONReader.parseWithLines(json)
        #expect(lines.line(ofItem: 0) == 3)
        #expect(lines.line(ofItem: 1) == 5)
        let (_, rootLines) = try JSONReader.parseWithLines("[\n{},\n{}]")
        #expect(rootLines.line(ofItem: 1, in: nil) == 3)
    }

    @Test func jsonLinesErrorsNameTheColumnToo() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("feed.jsonl", "{\"id\": \"1\", \"title\": \"عنوان\", \"body\": \"فقرة.\"}\n{\"id\": \"2\", \"title\": \"عنوان\" \"body\": \"x\"}\n")
        let error = try #require(throws: ImportError.self) { try ArticleFileReader().read(path: path) }
        #expect(error.description == "\(path):2:30: malformed JSON: expected «,» or «}» after a member, found «\"»")
    }

    private static func plain(_ value: JSONValue) -> Any {
        switch value {
        case .object(let members, _): members.mapValues(plain)
        case .array(let items): items.map(plain)
        case .string(let text): text
        case .number(let number): number
        case .bool(let flag): flag
        case .null: NSNull()
        }
    }
}
