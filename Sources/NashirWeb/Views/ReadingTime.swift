import NashirDomain

/// How long a story takes to read, from its words.
enum ReadingTime {
    /// Words a minute: adults read Arabic aloud at about 138 (IReST, Trauzettel-Klosinski and Dietz
    /// 2012), fewer words than in Latin-script languages because an Arabic word carries more (its
    /// article, conjunction and pronouns). Silent reading is faster: the estimate errs long.
    static let wordsPerMinute = 138

    /// Whole minutes, rounded up, at least one.
    static func minutes(_ content: ArticleContent) -> Int {
        let texts = [content.headline] + content.highlights + content.body.map(\.text)
        let words = texts.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
        return max(1, (words + wordsPerMinute - 1) / wordsPerMinute)
    }
}
