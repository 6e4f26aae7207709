import Foundation
import NashirTestSupport

/// The seed article page text (a dump of how the original page read) and where to find it.
enum SeedPage {
    static let packageRoot = Fixtures.packageRoot

    static let file = Fixtures.seedURL

    static var isPresent: Bool { Fixtures.hasSeed }

    /// The last seed line a reader sees on screen; what follows lives in closed popovers or the share bar.
    static let lastVisibleLine = "زر الذهاب إلى الأعلى"

    /// Every non-empty line, trimmed, in order.
    static func lines() throws -> [String] {
        Fixtures.seedLines
    }

    /// The lines up to and including `lastVisibleLine`, and the ones after it.
    static func visibleAndHiddenLines() throws -> (visible: [String], hidden: [String]) {
        let all = try lines()
        guard let split = all.lastIndex(of: lastVisibleLine) else { return (all, []) }
        return (Array(all[...split]), Array(all[(split + 1)...]))
    }
}

/// The first of `expected` not found, in order, among `actual` (whole lines), or nil when all are.
func firstMissingInOrder(_ expected: [String], in actual: [String]) -> String? {
    var remaining = actual[...]
    for line in expected {
        guard let found = remaining.firstIndex(of: line) else { return line }
        remaining = remaining[(found + 1)...]
    }
    return nil
}
