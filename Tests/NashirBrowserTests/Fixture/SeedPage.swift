import Foundation

/// The seed article page text (a dump of how the original page read) and where to find it.
enum SeedPage {
    /// The package root: the nearest folder above this file holding Package.swift.
    static let packageRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static let file = packageRoot.appendingPathComponent("../shared/seed/000_e58416b2c1395947.txt").standardizedFileURL

    static var isPresent: Bool { FileManager.default.isReadableFile(atPath: file.path) }

    /// The last seed line a reader sees on screen; what follows lives in closed popovers or the share bar.
    static let lastVisibleLine = "زر الذهاب إلى الأعلى"

    /// Every non-empty line, trimmed, in order.
    static func lines() throws -> [String] {
        try String(contentsOf: file, encoding: .utf8)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
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
