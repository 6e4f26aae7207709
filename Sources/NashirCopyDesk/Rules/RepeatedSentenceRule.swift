import ArabicText

/// A sentence the story already printed: the same words again (an error: delete it), or most of
/// the same words again (a warning: agency copy pasted twice with an edit).
public struct RepeatedSentenceRule: CopyRule {
    public let id = "sentence.repeated"
    public let severity = CopySeverity.error
    public let title = "جملة مكررة في الخبر"
    /// Sentences shorter than this are left alone: «وأضاف.» may well be said twice.
    static let minimumWords = 5
    /// Share of the shorter sentence's three-word shingles found in the other.
    static let nearShare = 0.6

    public init() {}

    struct Sentence {
        let paragraph: Int
        let range: Range<Int>
        /// Its words, normalised as search folds them.
        let key: [WordKey]
        let shingles: Set<WordKey>
    }

    public func check(_ paragraphs: [ScannedParagraph]) -> [CopyFinding] {
        var seen: [Sentence] = []
        // Lookups by key and by shingle, so a long file of many sentences stays linear.
        var byKey: [[WordKey]: Int] = [:]
        var byShingle: [WordKey: [Int]] = [:]
        var findings: [CopyFinding] = []
        for paragraph in paragraphs {
            for sentence in Self.sentences(of: paragraph) where sentence.key.count >= Self.minimumWords {
                if let first = byKey[sentence.key].map({ seen[$0] }) {
                    let range = Self.withTrailingSpace(sentence.range, in: paragraph)
                    findings.append(paragraph.finding(self, "الجملة مكررة: وردت في الفقرة \(first.paragraph + 1)", range, suggestion: ""))
                } else if let first = nearest(sentence, seen, byShingle) {
                    findings.append(paragraph.finding(self, "الجملة تكاد تكرر جملة في الفقرة \(first.paragraph + 1)", sentence.range, severity: .warning))
                } else {
                    byKey[sentence.key] = seen.count
                    // A shingle shared by many sentences («من قبل قوات») says little; its list stops growing.
                    for shingle in sentence.shingles where byShingle[shingle, default: []].count < 32 { byShingle[shingle, default: []].append(seen.count) }
                    seen.append(sentence)
                }
            }
        }
        return findings
    }

    /// The earliest sentence seen that shares most of `sentence`'s shingles.
    private func nearest(_ sentence: Sentence, _ seen: [Sentence], _ byShingle: [WordKey: [Int]]) -> Sentence? {
        var shared: [Int: Int] = [:]
        for shingle in sentence.shingles { for index in byShingle[shingle] ?? [] { shared[index, default: 0] += 1 } }
        return shared.keys.sorted().lazy.map { seen[$0] }.first { Self.overlap($0.shingles, sentence.shingles) >= Self.nearShare }
    }

    static func overlap(_ a: Set<WordKey>, _ b: Set<WordKey>) -> Double {
        let smaller = min(a.count, b.count)
        guard smaller >= 3 else { return 0 }
        return Double(a.intersection(b).count) / Double(smaller)
    }

    /// Sentences end at . ؟ ! (with a closing » or ) after them) followed by a space or the end.
    static func sentences(of paragraph: ScannedParagraph) -> [Sentence] {
        let s = paragraph.scalars
        let words = paragraph.words
        var result: [Sentence] = []
        var start = 0
        // Sentences come in order, so the words of each are found from where the last one's ended.
        var nextWord = 0
        func close(_ end: Int) {
            var from = start
            while from < end, Scalars.isSpace(s[from]) { from += 1 }
            guard from < end else { return }
            while nextWord < words.count, words[nextWord].range.lowerBound < from { nextWord += 1 }
            var inside: [Word] = []
            while nextWord < words.count, words[nextWord].range.upperBound <= end {
                inside.append(words[nextWord])
                nextWord += 1
            }
            let key = inside.map { WordKey(ArabicNormalizer.normalize($0.bare)) }
            let shingles = Set(key.indices.dropLast(2).map { WordKey(combining: key[$0], key[$0 + 1], key[$0 + 2]) })
            result.append(Sentence(paragraph: paragraph.index, range: from..<end, key: key, shingles: shingles))
        }
        var index = 0
        while index < s.count {
            if ".؟!".unicodeScalars.contains(s[index]) {
                var end = index + 1
                while end < s.count, "»)\"”.".unicodeScalars.contains(s[end]) { end += 1 }
                if end == s.count || Scalars.isSpace(s[end]) || Scalars.isLetter(s[end]) {
                    close(end)
                    start = end
                }
                index = end
            } else {
                index += 1
            }
        }
        close(s.count)
        return result
    }

    static func withTrailingSpace(_ range: Range<Int>, in paragraph: ScannedParagraph) -> Range<Int> {
        var end = range.upperBound
        while end < paragraph.scalars.count, Scalars.isSpace(paragraph.scalars[end]) { end += 1 }
        return range.lowerBound..<end
    }
}
