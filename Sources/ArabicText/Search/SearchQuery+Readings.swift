extension SearchQuery {
    /// A reading is kept when the index knows it at least a tenth as often as the analyser's
    /// own, so كتاب does not also look for تاب.
    static let readingDominance = 10

    /// The query with each plain word also searched in its other proclitic readings
    /// (`ArabicStemmer.readings`) that the index holds: وليون finds ليون, وسطي finds الوسطى.
    public func addingReadings(documentFrequency: (String) throws -> Int) rethrows -> SearchQuery {
        var query = self
        for g in query.required.indices {
            var alternatives: [Phrase] = []
            for phrase in query.required[g] where phrase.terms.count == 1 && !phrase.isQuoted {
                let tokens = ArabicTokenizer.tokens(in: phrase.typed)
                guard tokens.count == 1 else { continue }
                let own = try documentFrequency(phrase.terms[0])
                for reading in ArabicStemmer.readings(of: tokens[0].text)
                where !query.required[g].contains(where: { $0.terms == [reading] }) && !alternatives.contains(where: { $0.terms == [reading] }) {
                    let documents = try documentFrequency(reading)
                    if documents > 0, documents * Self.readingDominance >= own {
                        alternatives.append(Phrase(terms: [reading], typed: phrase.typed))
                    }
                }
            }
            query.required[g] += alternatives
        }
        return query
    }
}
