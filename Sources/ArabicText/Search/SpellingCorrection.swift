/// What «هل تقصد» needs of a store's index: its vocabulary with document counts, whether a query
/// finds anything, and the text of an article holding a term.
public protocol SpellingLookup {
    /// How many documents hold each of `terms` (absent or 0 when none does).
    func documents(holding terms: [String]) async throws -> [String: Int]
    /// Whether `query` matches at least one document the reader may see.
    func finds(_ query: SearchQuery) async throws -> Bool
    /// The headline and text of the newest document holding `term`.
    func newestText(holding term: String) async throws -> String?
}

/// "Did you mean": a respelling of a query that found nothing, checked to find something. The
/// same steps on either store; only the look-ups differ.
public enum SpellingCorrection {
    /// The typed query with its unknown words corrected to the most frequent indexed word one
    /// edit away, or the same keys read on the Arabic layout; nil when neither finds anything.
    public static func suggestion(for query: SearchQuery, typed: String, lookup: some SpellingLookup) async throws -> String? {
        if let arabic = ArabicKeyboard.arabic(fromLatinKeys: typed), try await lookup.finds(SearchQuery(parsing: arabic)) {
            return arabic
        }
        let typedTerms = query.required.flatMap { $0.flatMap(\.terms) }
        let known = try await lookup.documents(holding: Array(Set(typedTerms)))
        var corrected = query
        var replacements: [(typed: String, term: String, fixed: String)] = []
        for (g, group) in query.required.enumerated() {
            for (p, phrase) in group.enumerated() {
                for (t, term) in phrase.terms.enumerated() where (known[term] ?? 0) == 0 {
                    guard let fixed = try await correction(of: term, lookup: lookup) else { return nil }
                    corrected.required[g][p].terms[t] = fixed
                    replacements.append((phrase.typed, term, fixed))
                }
            }
        }
        guard !replacements.isEmpty, try await lookup.finds(corrected) else { return nil }
        var suggestion = typed
        for replacement in replacements {
            guard let text = try await lookup.newestText(holding: replacement.fixed),
                  let surface = commonestForm(of: replacement.fixed, in: text) else { return nil }
            // Replace the typed word that analysed to the unknown term, keeping the rest as typed.
            let words = replacement.typed.split(separator: " ").map(String.init)
            guard let word = words.first(where: { ArabicAnalyzer.terms(in: $0).contains(replacement.term) }),
                  let range = suggestion.firstRange(of: word) else { return nil }
            suggestion.replaceSubrange(range, with: surface)
        }
        return suggestion == typed ? nil : suggestion
    }

    /// The indexed term one edit away that the most documents hold.
    private static func correction(of term: String, lookup: some SpellingLookup) async throws -> String? {
        let candidates = edits(of: term).sorted()
        var best: (term: String, documents: Int)?
        for chunk in stride(from: 0, to: candidates.count, by: 500) {
            let counts = try await lookup.documents(holding: Array(candidates[chunk..<min(chunk + 500, candidates.count)]))
            for (candidate, documents) in counts.sorted(by: { $0.key < $1.key })
            where documents > best?.documents ?? 0 || (documents == best?.documents && candidate < best?.term ?? "") {
                best = (candidate, documents)
            }
        }
        return best?.term
    }

    /// Terms one deletion, insertion, substitution or transposition away from `term`.
    public static func edits(of term: String) -> Set<String> {
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

    /// How `term` (an analysed stem) is most often written in `text`.
    public static func commonestForm(of term: String, in text: String) -> String? {
        var counts: [String: Int] = [:]
        for token in ArabicTokenizer.tokens(in: text) where !ArabicStopWords.contains(token, in: text) && ArabicStemmer.stem(token.text) == term {
            counts[String(text[token.original]), default: 0] += 1
        }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key.count > $1.key.count }?.key
    }

    private static let arabic: [Unicode.Scalar] = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي".unicodeScalars.map { $0 }
    private static let latin: [Unicode.Scalar] = "abcdefghijklmnopqrstuvwxyz0123456789".unicodeScalars.map { $0 }
}
