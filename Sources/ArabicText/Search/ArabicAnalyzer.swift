/// The one analysis chain for indexing and for queries, so both sides always agree:
/// tokens, normalised, stop words dropped, light-stemmed.
public enum ArabicAnalyzer {
    /// The index terms of `text`, in order.
    public static func terms(in text: String) -> [String] {
        ArabicTokenizer.tokens(in: text).compactMap { token in
            ArabicStopWords.contains(token.text) ? nil : ArabicStemmer.stem(token.text)
        }
    }
}
