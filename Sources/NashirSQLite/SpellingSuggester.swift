import ArabicText
import Foundation
import GRDB
import NashirDomain

/// "Did you mean": a respelling of a query that found nothing, checked to find something.
enum SpellingSuggester {
    /// The typed query with the unknown words corrected to the most frequent indexed word one
    /// edit away, or the same keys read on the Arabic layout; nil when neither finds anything.
    static func suggestion(for query: SearchQuery, typed: String, range: ClosedRange<Int64>, in db: Database) throws -> String? {
        if let arabic = ArabicKeyboard.arabic(fromLatinKeys: typed), try finds(SearchQuery(parsing: arabic), range: range, in: db) {
            return arabic
        }
        var corrected = query
        var replacements: [(typed: String, term: String, fixed: String)] = []
        for (g, group) in query.required.enumerated() {
            for (p, phrase) in group.enumerated() {
                for (t, term) in phrase.terms.enumerated() where try SQLiteStore.documentFrequency(of: term, in: db) == 0 {
                    guard let fixed = try correction(of: term, in: db) else { return nil }
                    corrected.required[g][p].terms[t] = fixed
                    replacements.append((phrase.typed, term, fixed))
                }
            }
        }
        guard !replacements.isEmpty, try finds(corrected, range: range, in: db) else { return nil }
        var suggestion = typed
        for replacement in replacements {
            guard let surface = try surfaceForm(of: replacement.fixed, in: db) else { return nil }
            // Replace the typed word that analysed to the unknown term, keeping the rest as typed.
            let words = replacement.typed.split(separator: " ").map(String.init)
            guard let word = words.first(where: { ArabicAnalyzer.terms(in: $0).contains(replacement.term) }),
                  let range = suggestion.range(of: word) else { return nil }
            suggestion.replaceSubrange(range, with: surface)
        }
        return suggestion == typed ? nil : suggestion
    }

    private static func finds(_ query: SearchQuery, range: ClosedRange<Int64>, in db: Database) throws -> Bool {
        guard let match = SearchExpression.match(query) else { return false }
        return try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT 1 FROM article_search WHERE article_search MATCH ? AND rowid BETWEEN ? AND ? LIMIT 1
            """), arguments: [match, range.lowerBound, range.upperBound]) ?? false
    }

    /// The indexed term one deletion, insertion, substitution or transposition away that the
    /// most articles use.
    private static func correction(of term: String, in db: Database) throws -> String? {
        let candidates = Array(edits(of: term))
        guard !candidates.isEmpty else { return nil }
        var best: (term: String, documents: Int)?
        for chunk in stride(from: 0, to: candidates.count, by: 500) {
            let slice = Array(candidates[chunk..<min(chunk + 500, candidates.count)])
            let rows = try Row.fetchAll(db, sql: """
                SELECT term, doc FROM article_search_terms WHERE term IN (\(slice.map { _ in "?" }.joined(separator: ",")))
                """, arguments: StatementArguments(slice))
            for row in rows {
                let documents: Int = row["doc"]
                if documents > best?.documents ?? 0 { best = (row["term"], documents) }
            }
        }
        return best?.term
    }

    private static func edits(of term: String) -> Set<String> {
        let letters = Array(term.unicodeScalars)
        // Words of two letters have too many neighbours for a guess to mean anything, and
        // no real word is longer than 20 letters (the candidates grow with the length).
        guard (3...20).contains(letters.count) else { return [] }
        let alphabet = letters.allSatisfy(\.isASCII) ? latin : arabic
        var results = Set<String>()
        func add(_ scalars: some Sequence<Unicode.Scalar>) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            results.insert(String(view))
        }
        for i in letters.indices {
            add(letters[..<i] + letters[(i + 1)...])
            for letter in alphabet where letter != letters[i] {
                var changed = letters
                changed[i] = letter
                add(changed)
            }
            if i + 1 < letters.count {
                var swapped = letters
                swapped.swapAt(i, i + 1)
                add(swapped)
            }
        }
        for i in 0...letters.count {
            for letter in alphabet { add(letters[..<i] + [letter] + letters[i...]) }
        }
        results.remove(term)
        return results
    }

    /// How the corrected word is most often written in the newest article that has it.
    private static func surfaceForm(of term: String, in db: Database) throws -> String? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT a.headline, a.body FROM article_search s JOIN search_key k ON k.key = s.rowid JOIN article a ON a.id = k.article_id
            WHERE article_search MATCH ? ORDER BY s.rowid DESC LIMIT 1
            """), arguments: [SearchExpression.quoted([term])])
        else { return nil }
        let text = (row["headline"] as String) + "\n" + ColumnCoding.blocks(row["body"]).map(\.text).joined(separator: "\n")
        var counts: [String: Int] = [:]
        for token in ArabicTokenizer.tokens(in: text) where !ArabicStopWords.contains(token, in: text) && ArabicStemmer.stem(token.text) == term {
            counts[String(text[token.original]), default: 0] += 1
        }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key.count > $1.key.count }?.key
    }

    private static let arabic: [Unicode.Scalar] = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي".unicodeScalars.map { $0 }
    private static let latin: [Unicode.Scalar] = "abcdefghijklmnopqrstuvwxyz0123456789".unicodeScalars.map { $0 }
}
