/// The forms of a headline's words that the search indexes keep besides its stems: for
/// type-ahead, and the exact-form signal. Both stores write the same forms.
public enum SearchForms {
    /// Words as type-ahead matches them: normalised and not stemmed, so every letter typed so
    /// far must be there; a word with an article is there with and without it, so both
    /// «الج» and «جد» find الجديدة.
    public static func typeAheadText(_ text: String) -> String {
        ArabicTokenizer.tokens(in: text).flatMap { token in
            let bare = ArabicPrefixes.withoutArticle(token.text)
            return bare == token.text ? [bare] : [token.text, bare]
        }.joined(separator: " ")
    }

    /// The headline's words normalised, unstemmed, stop words dropped and without ال, each
    /// as an `exactTerm` with its stem: a query word found here was typed as the headline
    /// prints it.
    public static func exactText(_ headline: String) -> String {
        ArabicTokenizer.tokens(in: headline).compactMap { token in
            guard !ArabicStopWords.contains(token, in: headline), let stem = ArabicAnalyzer.terms(in: token.text).first else { return nil }
            return exactTerm(stem: stem, form: ArabicAnalyzer.exactForm(ofNormalized: token.text))
        }.joined(separator: " ")
    }

    /// A word's exact form as an index term: its stem, a tatweel (which analysis always
    /// removes), then the form, behind a Latin mark that analysis never joins to Arabic. So the
    /// term is apart from every stem (their document frequencies stay true), and a query's
    /// exact form matches only where its stem does: it ranks, it never widens a match.
    public static func exactTerm(stem: String, form: String) -> String { "x" + stem + "\u{0640}" + form }
}
