/// The one analysis chain for indexing and for queries, so both sides always agree:
/// tokens, normalised, stop words dropped, light-stemmed.
public enum ArabicAnalyzer {
    /// The index terms of `text`, in order.
    public static func terms(in text: String) -> [String] {
        var writer = TermWriter(capacity: text.utf8.count + 16, recordsTermEnds: true)
        writer.write(text)
        var terms: [String] = []
        terms.reserveCapacity(writer.termEnds.count)
        let bytes = writer.written
        var start = 0
        for end in writer.termEnds {
            terms.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            start = end + 1
        }
        return terms
    }

    /// The index terms of `text` joined by single spaces, as `terms(in:)` would give them,
    /// built without a String per term: what the full-text index stores.
    public static func indexText(of text: String) -> String {
        var writer = TermWriter(capacity: text.utf8.count + 16, recordsTermEnds: false)
        writer.write(text)
        // Every term is followed by a space; the last one is not a separator.
        return String(decoding: writer.written.dropLast(), as: UTF8.self)
    }

    /// A word as printed, for the exact-form signal: normalised, unstemmed, without a leading
    /// ال/وال/بال/لل. The index and the query both take it from here, so they always agree.
    public static func exactForm(ofNormalized token: String) -> String {
        ArabicPrefixes.withoutArticle(token)
    }
}
