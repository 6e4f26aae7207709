import Foundation
import NashirDomain

/// Parses JSON Lines, one article per line, naming the line of any problem.
struct JSONLinesParser {
    var skipInvalid: Bool
    var sampleSize: Int?
    var sections: SectionMap

    /// What one line turned out to be.
    private enum LineOutcome {
        case blank
        case draft(ImportedDraft)
        case invalid(ImportError)
        case malformed(ImportError)
    }

    func parse(_ text: String, file: String) throws(ImportError) -> ImportBatch {
        // Bytes, not Characters: splitting megabytes needs no grapheme breaking.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let step = sampleSize.map { max(1, lines.count / max(1, $0)) } ?? 1
        let chosen = Array(Swift.stride(from: 0, to: lines.count, by: step))
        let outcomes = chosen.concurrentMap(minimumChunk: 64) { index in
            parseLine(lines[index], number: index + 1, file: file)
        }

        // Outcomes are read in line order, so the first problem reported is the first in the file.
        var drafts: [ImportedDraft] = []
        var skipped: [ImportError] = []
        var seen: [ArticleOrigin: Int] = [:]
        for outcome in outcomes {
            switch outcome {
            case .blank:
                continue
            case .malformed(let error):
                // Malformed JSON always fails the file: the rest of it cannot be trusted either.
                throw error
            case .invalid(let error):
                guard skipInvalid else { throw error }
                skipped.append(error)
            case .draft(let draft):
                let origin = draft.draft.content.origin
                if let earlier = seen[origin] {
                    // The same article twice in one file: the later line is the newer copy.
                    drafts[earlier] = draft
                } else {
                    seen[origin] = drafts.count
                    drafts.append(draft)
                }
            }
        }
        if drafts.isEmpty && skipped.isEmpty { throw ImportError(file: file, problem: "holds no JSON objects") }
        return ImportBatch(drafts: drafts, skipped: skipped)
    }

    private func parseLine(_ bytes: Substring.UTF8View, number: Int, file: String) -> LineOutcome {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return .blank }
        let record: ArticleLine
        do {
            record = try JSONDecoder().decode(ArticleLine.self, from: Data(bytes))
        } catch {
            // Foundation names only a byte offset inside its message: the syntax error's column
            // comes from Nashir's own reader, which runs only on this failure path.
            if let syntax = JSONReader.firstError(in: String(decoding: bytes, as: UTF8.self)) {
                return .malformed(ImportError(file: file, line: number, column: syntax.column, problem: "malformed JSON: \(syntax.problem)"))
            }
            return .malformed(ImportError(file: file, line: number, problem: "malformed JSON: \(Self.explain(error))"))
        }
        do {
            let draft = try record.draft(file: file, line: number, sections: sections)
            return .draft(ImportedDraft(draft: draft, position: SourcePosition(file: file, line: number)))
        } catch {
            return .invalid(error)
        }
    }

    private static func explain(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "the required key \"\(key.stringValue)\" is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\": \(context.debugDescription)"
        case DecodingError.dataCorrupted(let context):
            context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription
        default: "\(error)"
        }
    }
}
