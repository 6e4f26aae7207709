import Foundation
import NashirDomain

/// Parses JSON Lines, one article per line, naming the line of any problem.
struct JSONLinesParser {
    var skipInvalid: Bool
    var sampleSize: Int?

    func parse(_ text: String, file: String) throws(ImportError) -> ([ArticleDraft], [ImportError]) {
        var drafts: [ArticleDraft] = []
        var skipped: [ImportError] = []
        var seen: [ArticleOrigin: Int] = [:]
        let decoder = JSONDecoder()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let stride = sampleSize.map { max(1, lines.count / max(1, $0)) } ?? 1
        for (index, rawLine) in lines.enumerated() where index % stride == 0 {
            let lineNumber = index + 1
            guard rawLine.contains(where: { !$0.isWhitespace }) else { continue }
            let record: ArticleLine
            do {
                record = try decoder.decode(ArticleLine.self, from: Data(rawLine.utf8))
            } catch {
                // Malformed JSON always fails the file: the rest of it cannot be trusted either.
                throw ImportError(file: file, line: lineNumber, problem: "malformed JSON: \(Self.explain(error))")
            }
            do {
                let draft = try record.draft(file: file, line: lineNumber)
                if let earlier = seen[draft.content.origin] {
                    // The same article twice in one file: the later line is the newer copy.
                    drafts[earlier] = draft
                } else {
                    seen[draft.content.origin] = drafts.count
                    drafts.append(draft)
                }
            } catch {
                guard skipInvalid else { throw error }
                skipped.append(error)
            }
        }
        if drafts.isEmpty && skipped.isEmpty { throw ImportError(file: file, problem: "holds no JSON objects") }
        return (drafts, skipped)
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
