import Foundation
/// Checks that a page reads its expected lines in order, wherever other text falls between them.
public enum TextOrder {
    /// The first expected line not found after the previous one, or nil when all are in order.
    public static func firstMissing(_ expected: [String], in text: String) -> String? {
        let haystack = collapse(text)
        var position = haystack.startIndex
        for line in expected {
            guard let found = haystack.range(of: collapse(line), range: position..<haystack.endIndex) else { return line }
            position = found.upperBound
        }
        return nil
    }

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
