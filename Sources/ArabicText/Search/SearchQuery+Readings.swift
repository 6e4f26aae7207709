extension SearchQuery {
    /// A reading is kept when the index knows it at least a tenth as often as the analyser's
    /// own, so كتاب does not also look for تاب.
    static let readingDominance = 10

    /// The query with each plain word also searched in its other proclitic readings
    /// (`ArabicStemmer.readings`) that the index holds: وليون finds ليون, وسطي finds الوسطى.
    /// `documents(term, cap)` counts the documents holding a term, stopping at `cap`: counting
    /// walks a term's postings, and a common word's are long, so no count goes further than
    /// the comparison needs.
    public func addingReadings(documents: (String, Int) throws -> Int) rethrows -> SearchQuery {
        var query = self
        for g in query.required.indices {
            var alternatives: [Phrase] = []
            for phrase in query.required[g] where phrase.terms.count == 1 && !phrase.isQuoted {
                let tokens = ArabicTokenizer.tokens(in: phrase.typed)
                guard tokens.count == 1 else { continue }
                for reading in ArabicStemmer.readings(of: tokens[0].text)
                where !query.required[g].contains(where: { $0.terms == [reading] }) && !alternatives.contains(where: { $0.terms == [reading] }) {
                    let found = try documents(reading, Self.readingCountCap)
                    guard found > 0 else { continue }
                    let limit = found * Self.readingDominance
                    if try documents(phrase.terms[0], limit + 1) <= limit {
                        alternatives.append(Phrase(terms: [reading], typed: phrase.typed))
                    }
                }
            }
            query.required[g] += alternatives
        }
        return query
    }

    /// Past this many documents a reading is common enough to compare with any word.
    static let readingCountCap = 1_000
}
