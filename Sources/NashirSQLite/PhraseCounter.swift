import Foundation
import GRDB

/// The document counts of a match's phrases for `nashir_bm25`. FTS5's own bm25 counts every
/// phrase by walking its whole posting list on every query, the larger part of a search for
/// common words; here the counts of common words and of phrases of several words (whose walk
/// checks the positions of every word) are remembered from one query to the next, and the rest
/// are counted by FTS5 as before.
struct PhraseCounter {
    /// Articles from which a word's count is remembered. A rarer word's posting list is short
    /// to walk, and its count is the one a few new stories would change much.
    static let commonFrom = 1_000

    let counts: TermCounts
    var commonFrom = PhraseCounter.commonFrom

    /// `nashir_bm25`'s last argument: one field per phrase, a remembered count or "?" to count.
    func argument(for match: SearchExpression.Match) -> String {
        match.phrases.map { counts.known(Self.key($0)).map(String.init) ?? "?" }.joined(separator: " ")
    }

    /// A phrase's key among the counts: its terms, which hold no space, joined by one.
    static func key(_ terms: [String]) -> String {
        terms.joined(separator: " ")
    }

    /// Whether a count is worth remembering: a common word's, or a phrase's.
    func remembers(_ terms: [String], count: Int) -> Bool {
        terms.count > 1 || count >= commonFrom
    }

    /// Runs `query`, which ranks `match` with `nashir_bm25` given the argument it is passed, and
    /// remembers those of the counts FTS5 made for it that are worth remembering.
    func ranking<T>(_ match: SearchExpression.Match, in db: Database, _ query: (String) throws -> T) throws -> T {
        let argument = argument(for: match)
        let learns = argument.split(separator: " ").contains("?")
        guard learns else { return try query(argument) }
        let taken = "SELECT nashir_bm25_counted()"
        // An earlier query's counts, left by an error, must not pass for this one's (which may match nothing).
        _ = try String.fetchOne(db.cachedStatement(sql: taken))
        let result = try query(argument)
        if let counted = try String.fetchOne(db.cachedStatement(sql: taken)) {
            let values = counted.split(separator: " ").compactMap { Int($0) }
            if values.count == match.phrases.count {
                for (terms, value) in zip(match.phrases, values) where remembers(terms, count: value) {
                    counts.remember(Self.key(terms), count: value)
                }
            }
        }
        return result
    }
}
