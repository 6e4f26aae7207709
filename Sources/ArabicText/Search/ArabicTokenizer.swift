/// One word of the input: its matching form and where its original spelling sits.
public struct Token: Sendable, Equatable {
    /// The word after `ArabicNormalizer`.
    public let text: String
    /// The word's characters in the input, marks included, for highlighting.
    public let original: Range<String.Index>

    /// Creates a token; public so callers can build expected values in tests.
    public init(text: String, original: Range<String.Index>) {
        self.text = text
        self.original = original
    }
}

/// Splits text into Arabic-letter, other-letter and digit runs, as UAX#29 does at script
/// boundaries, so `CNNالعربية` gives two tokens and `٢٠٢٠م` a number and a word.
public enum ArabicTokenizer {
    /// What a token is made of; a change of kind ends the token. Raw values are the fast
    /// path's table codes, where 0 means "not a token scalar".
    enum Kind: UInt8 { case arabic = 1, letter, digit }

    /// The tokens of `text`, in order, normalised, never empty.
    public static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var reader = TokenReader(text)
        while let token = reader.next() { tokens.append(token) }
        return tokens
    }

    /// The tokens of a text one at a time, as `tokens(in:)` gives them all: a caller that has
    /// found what it looks for stops without cutting the rest of the text.
    public struct TokenReader: IteratorProtocol {
        private let scalars: String.UnicodeScalarView
        private var index: String.UnicodeScalarView.Index

        /// Reads `text` from its start.
        public init(_ text: String) {
            scalars = text.unicodeScalars
            index = scalars.startIndex
        }

        /// The next token, or nil at the end of the text.
        public mutating func next() -> Token? {
            var kind: Kind?
            var start = index
            var end = index
            var normalized = String.UnicodeScalarView()
            while index < scalars.endIndex {
                let scalar = scalars[index]
                let next = scalars.index(after: index)
                if let scalarKind = classify(scalar) {
                    if scalarKind != kind {
                        // A change of kind ends the token; this scalar starts the next one.
                        if kind != nil, !normalized.isEmpty { return Token(text: String(normalized), original: start..<end) }
                        kind = scalarKind
                        start = index
                        normalized = String.UnicodeScalarView()
                    }
                    ArabicNormalizer.append(scalar, to: &normalized)
                    end = next
                } else if kind != nil, isGlue(scalar) {
                    // Harakat, tatweel and combining accents belong to the word and are
                    // highlighted with it. A trailing RLM or ZWSP is its own character and stays
                    // out of the range; ZWNJ/ZWJ extend the character before them, so cutting
                    // there would make `text[range]` round down and lose the last letter.
                    ArabicNormalizer.append(scalar, to: &normalized)
                    if !ArabicScalars.isInvisible(scalar) || scalar.value == 0x200C || scalar.value == 0x200D {
                        end = next
                    }
                } else {
                    index = next
                    if kind != nil, !normalized.isEmpty { return Token(text: String(normalized), original: start..<end) }
                    kind = nil
                    normalized = String.UnicodeScalarView()
                    continue
                }
                index = next
            }
            return kind != nil && !normalized.isEmpty ? Token(text: String(normalized), original: start..<end) : nil
        }
    }

    /// The kind of token `scalar` starts or continues, or nil when it is not part of a word.
    static func classify(_ scalar: Unicode.Scalar) -> Kind? {
        let v = scalar.value
        if v < 0x80 {
            if (0x30...0x39).contains(v) { return .digit }
            return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) ? .letter : nil
        }
        if (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v) { return .digit }
        if v == 0x0640 { return nil }  // tatweel is Lm but only stretches a word
        if (0x0621...0x064A).contains(v) { return .arabic }  // the common case, no table lookup
        switch scalar.properties.generalCategory {
        case .decimalNumber: return .digit
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return ArabicScalars.isInArabicBlock(scalar) ? .arabic : .letter
        default: return nil
        }
    }

    /// Marks and invisibles that stay inside the word around them.
    static func isGlue(_ scalar: Unicode.Scalar) -> Bool {
        ArabicScalars.isOptionalMark(scalar) || ArabicScalars.isInvisible(scalar)
            || ArabicScalars.isCombiningMark(scalar)
    }
}

extension Token {
    /// Whether the word ends in ي as written in `text` (its source), not ى: علي the name, not على.
    public func endsWithYeh(in text: String) -> Bool {
        // The last scalar normalising keeps: marks and tatweel after the ي do not count.
        text.unicodeScalars[original].last { !ArabicNormalizer.normalize(String($0)).isEmpty } == "\u{064A}"
    }
}
