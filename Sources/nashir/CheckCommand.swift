import ArgumentParser
import Foundation
import NashirCopyDesk
import NashirDomain
import NashirImport
import NashirSQLite
import NashirSpelling
import NashirWeb

/// `nashir check`: the copy desk on files, as a compiler reports: FILE:LINE:COLUMN, the line,
/// a caret under the span.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check Arabic copy for the errors a copy desk catches: punctuation and spacing, brackets and guillemets, the five verbs, قال إن, repeated words and sentences, names spelt two ways, house style.",
        discussion: """
            text files are one paragraph a line; page-text files are page dumps like the seed, of \
            which only the copy is checked; jsonl files have each record's title and body checked. \
            Exits with 1 when a finding reaches --fail-on, 65 when a file cannot be read.
            """)

    @Flag(help: "Print one JSON object per finding: {\"file\", \"line\", \"column\", \"length\", \"rule\", \"severity\", \"message\", \"excerpt\", \"suggestion\"}.")
    var json = false

    @Option(help: "How to read the files; auto takes JSON Lines for JSON and plain text otherwise.")
    var format: CheckFormat = .auto

    @Option(help: "The lowest severity that makes the exit status 1: error, warning or info.")
    var failOn: CopySeverity = .error

    @Option(help: "Use the copy desk settings (rules turned off, house style, newsroom words) of this site database.")
    var db: String?

    @Flag(help: "Also check spelling with Hunspell's Arabic dictionary (Debian's hunspell-ar); names it does not know are warnings unless the site's newsroom words list them.")
    var spelling = false

    @Flag(help: "With --spelling, add Hunspell's guesses to each unknown word; slow (tens of milliseconds a new word), for a story rather than an archive.")
    var suggest = false

    @Argument(help: "The files to check.")
    var files: [String]

    func run() async throws {
        var dictionary: HunspellDictionary?
        if spelling || suggest {
            do { dictionary = try HunspellDictionary.system(language: "ar") } catch {
                Terminal.error("--spelling: \(error.description)")
                throw ExitCode.dataError
            }
        }
        let checker = CopyChecker.standard(settings: try await settings(), spelling: dictionary, suggestsSpelling: suggest)
        var unreadable = false
        var failing = false
        for file in files {
            let texts: [CheckedText]
            do {
                texts = try CheckInput.read(path: file, format: format)
            } catch {
                Terminal.error(error.description)
                unreadable = true
                continue
            }
            // Stories are checked on every core; their findings are printed in the file's order.
            let found = texts.concurrentMap { checker.check($0.story) }
            for (text, findings) in zip(texts, found) {
                for finding in findings {
                    failing = failing || finding.severity >= failOn
                    print(json ? Self.jsonLine(finding, in: text, file: file) : Self.report(finding, in: text, file: file))
                }
            }
        }
        if unreadable { throw ExitCode.dataError }
        if failing { throw ExitCode.failure }
    }

    private func settings() async throws -> CopyDeskSettings {
        guard let db else { return CopyDeskSettings() }
        guard FileManager.default.fileExists(atPath: db) else {
            Terminal.error("\(db): no such database")
            throw ExitCode.dataError
        }
        return CopyDeskSettings(site: try await openStore(db).siteSettings())
    }

    /// «FILE:LINE:COLUMN: error: message [rule]», the line, and a caret under the span.
    static func report(_ finding: CopyFinding, in text: CheckedText, file: String) -> String {
        let (line, column) = text.position(of: finding)
        let source = text.sourceLines[finding.paragraph]
        let fix = finding.suggestion.map { $0.isEmpty ? " (احذف)" : finding.message.contains("«\($0)»") ? "" : " (الصواب: «\($0)»)" } ?? ""
        let pad = String(repeating: " ", count: finding.offset)
        let caret = "^" + String(repeating: "~", count: max(finding.length - 1, 0))
        return "\(file):\(line):\(column): \(finding.severity.rawValue): \(finding.message)\(fix) [\(finding.rule)]\n    \(source)\n    \(pad)\(caret)"
    }

    /// The keys in the documented order, which a dictionary-backed encoder would not keep.
    static func jsonLine(_ finding: CopyFinding, in text: CheckedText, file: String) -> String {
        let (line, column) = text.position(of: finding)
        func quoted(_ value: String?) -> String {
            guard let value else { return "null" }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
        }
        return "{\"file\":\(quoted(file)),\"line\":\(line),\"column\":\(column),\"length\":\(finding.length),\"rule\":\(quoted(finding.rule)),"
            + "\"severity\":\(quoted(finding.severity.rawValue)),\"message\":\(quoted(finding.message)),\"excerpt\":\(quoted(finding.excerpt)),"
            + "\"suggestion\":\(quoted(finding.suggestion))}"
    }
}

extension CheckFormat: ExpressibleByArgument {}
extension CopySeverity: ExpressibleByArgument {}
