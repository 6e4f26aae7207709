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
        let words = texts.reduce(0) { $0 + wordCount($1) }
        return max(1, (words + wordsPerMinute - 1) / wordsPerMinute)
    }

    /// Words as runs between whitespace, counted over scalars: splitting into Characters cost a
    /// tenth of an article's render. A mark or joiner belongs to the character before it, as in a
    /// Character, unless that one is a control (a line break), which combines with nothing.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if isWhitespace(scalar) {
                inWord = false
            } else if CombiningScalars.extendsCharacter(scalar), let previous, !isControl(previous) {
                continue
            } else if !inWord {
                count += 1
                inWord = true
            }
        }
        return count
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        case .format: scalar != "\u{200C}" && scalar != "\u{200D}"
        default: false
        }
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21..<0x80, 0x0600...0x06FF: false // printable ASCII and the Arabic block hold none
        default: scalar.properties.isWhitespace
        }
    }
}
