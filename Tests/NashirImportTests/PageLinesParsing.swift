import NashirDomain

@testable import NashirImport

/// The page-text suites give a page a line at a time; one way to parse it, with the default section.
protocol PageLinesParsing {}

extension PageLinesParsing {
    func parse(_ lines: [String]) throws -> ArticleContent {
        try PageTextParser().parse(lines.joined(separator: "\n"), key: "k", file: "f").content
    }
}
