/// Readers often drop the hamza from its و or ي seat (مسوول for مسؤول, رييس for رئيس, نتايج for
/// نتائج). Folding ؤ and ئ into و and ي in the index would merge words that differ (فئة and فيه,
/// قائد and قايد), so the normaliser folds them into ء instead and the query side restores the
/// seat: a term the index hardly knows is replaced, or joined, by its ء form that it knows well.
public enum HamzaSeats {
    /// How much more often the restored spelling must occur before it is preferred.
    static let dominance = 10

    /// The analysed term with one و or ي after its first letter read as ء (a final ي too: شاطي
    /// for شاطئ; known words such as هادي keep their documents, so the dominance rule holds them), the variant with most documents,
    /// when it has more than `dominance` times the documents of `term`.
    public static func restored(_ term: String, documentFrequency: (String) throws -> Int) rethrows -> (variant: String, termDocuments: Int)? {
        let letters = Array(term.unicodeScalars)
        guard letters.count >= 3 else { return nil }
        var best: (variant: String, documents: Int)?
        for index in 1..<letters.count where letters[index] == "و" || letters[index] == "ي" {
            var changed = letters
            changed[index] = "ء"
            var view = String.UnicodeScalarView()
            view.append(contentsOf: changed)
            let variant = String(view)
            let documents = try documentFrequency(variant)
            if documents > best?.documents ?? 0 { best = (variant, documents) }
        }
        guard let best else { return nil }
        let own = try documentFrequency(term)
        return best.documents > own * dominance ? (best.variant, own) : nil
    }
}

extension SearchQuery {
    /// The query with hamza seats restored where the index says the reader dropped one: a
    /// term it does not know is replaced; a single word it knows rarely gets the common
    /// spelling as an alternative.
    public func restoringHamzaSeats(documentFrequency: (String) throws -> Int) rethrows -> SearchQuery {
        var query = self
        for g in query.required.indices {
            var alternatives: [Phrase] = []
            for p in query.required[g].indices {
                let phrase = query.required[g][p]
                for t in phrase.terms.indices {
                    guard let found = try HamzaSeats.restored(phrase.terms[t], documentFrequency: documentFrequency) else { continue }
                    if found.termDocuments > 0 && phrase.terms.count == 1 {
                        alternatives.append(Phrase(terms: [found.variant], typed: phrase.typed, isQuoted: phrase.isQuoted))
                    } else {
                        query.required[g][p].terms[t] = found.variant
                    }
                }
            }
            query.required[g] += alternatives
        }
        for e in query.excluded.indices {
            for t in query.excluded[e].terms.indices {
                if let found = try HamzaSeats.restored(query.excluded[e].terms[t], documentFrequency: documentFrequency), found.termDocuments == 0 {
                    query.excluded[e].terms[t] = found.variant
                }
            }
        }
        return query
    }
}
