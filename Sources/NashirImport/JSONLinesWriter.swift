import Foundation
import NashirDomain

/// Writes articles as JSON Lines in the interchange schema, deterministically (sorted keys).
public struct JSONLinesWriter: Sendable {
    public init() {}

    /// One line, without its newline.
    public func line(for article: Article) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // ArticleLine holds only strings, arrays and optionals: encoding cannot fail.
        let data = (try? encoder.encode(ArticleLine(article))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
