import ArabicText
import Foundation
import NashirDomain

/// The property a broad query must keep, measured through the product path: for a one-word
/// query matching at least `minimumMatches` articles, every one of the first ten results is
/// among the newest tenth of its matches. Whoever searches تونس wants today's news about it.
public struct FreshnessCheck: Sendable {
    public static let minimumMatches = 500

    /// One broad word.
    public struct Word: Sendable {
        public var word: String
        public var matches: Int
        /// Of the results shown (ten, or fewer full matches), how many are in the newest tenth.
        public var shown: Int
        public var inNewestTenth: Int
        public var holds: Bool { shown > 0 && inNewestTenth == shown }
    }

    public var words: [Word]
    public var holding: Int { words.filter(\.holds).count }

    /// Checks the `count` commonest headline words (as printed) that match at least
    /// `minimumMatches` articles.
    static func run(_ method: ProductPathMethod, articles: [CorpusArticle], count: Int = 50) throws -> FreshnessCheck {
        var printed: [String: Int] = [:]
        for article in articles {
            for word in QueryGenerator.words(of: article.title) where QueryGenerator.isContentWord(word) { printed[word, default: 0] += 1 }
        }
        let common = printed.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(count * 4).map(\.key)
        // Which articles hold each word's term, as the index analyses them.
        let terms = Dictionary(common.compactMap { word in ArabicAnalyzer.terms(in: word).first.map { ($0, word) } }, uniquingKeysWith: { a, _ in a })
        let wanted = Set(terms.keys)
        let perArticle = articles.concurrentMap(minimumChunk: 64) { article in
            Set(ArabicAnalyzer.terms(in: article.title + "\n" + article.summary + "\n" + article.body)).intersection(wanted)
        }
        var dates: [String: [Date]] = [:]
        for (article, found) in zip(articles, perArticle) {
            let date = ProductPathMethod.publicationDate(article)
            for term in found { dates[term, default: []].append(date) }
        }
        var words: [Word] = []
        for word in common where words.count < count {
            guard let term = ArabicAnalyzer.terms(in: word).first, terms[term] == word, let matched = dates[term],
                  matched.count >= minimumMatches else { continue }
            let threshold = matched.sorted(by: >)[matched.count / 10]
            let results = try method.results(word, limit: 10)
            let shown = results.rowids.map { ProductPathMethod.publicationDate(articles[Int($0) - 1]) }
            words.append(Word(word: word, matches: matched.count, shown: shown.count, inNewestTenth: shown.filter { $0 >= threshold }.count))
        }
        return FreshnessCheck(words: words)
    }
}
