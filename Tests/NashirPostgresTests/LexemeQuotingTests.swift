import Foundation
import Testing
@testable import NashirPostgres

/// `SearchTerms.quoted` writes a lexeme as `tsvector` and `tsquery` syntax reads it back.
@Suite struct LexemeQuotingTests {
    @Test(arguments: ["وزير", "O'Brien", #"a\b"#, "''", #"\'"#, "'\u{0301}", "\u{064E}'\u{0650}", "", "خبر عاجل"])
    func quotesAndBackslashesAreDoubledAndNothingElseChanges(_ lexeme: String) {
        let quoted = SearchTerms.quoted(lexeme)
        // Foundation's literal search, scalar for scalar, is the reference.
        let reference = "'" + lexeme.replacingOccurrences(of: "\\", with: "\\\\", options: .literal)
            .replacingOccurrences(of: "'", with: "''", options: .literal) + "'"
        #expect(Array(quoted.unicodeScalars) == Array(reference.unicodeScalars))
        let quotes: Int = quoted.unicodeScalars.filter { $0 == "'" }.count
        let quotesWithin: Int = lexeme.unicodeScalars.filter { $0 == "'" }.count
        #expect(quotes == 2 + 2 * quotesWithin)
    }
}
