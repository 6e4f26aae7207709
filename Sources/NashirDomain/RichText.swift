/// Text of a paragraph, quotation or list item with its inline marks: runs of words that are
/// emphasised, strong or a link. Runs, not offsets, so no client has to agree on how to count
/// characters, and marks can never overlap half-way.
public struct RichText: Sendable, Equatable, Hashable {
    /// The runs in reading order; adjacent runs never share all their marks (see `init(runs:)`).
    public private(set) var runs: [TextRun]

    /// Text with no marks.
    public init(_ plain: String) {
        runs = plain.isEmpty ? [] : [TextRun(plain)]
    }

    /// Joins adjacent runs that carry the same marks and drops empty ones, so one text has one form.
    public init(runs: [TextRun]) {
        var merged: [TextRun] = []
        for run in runs where !run.text.isEmpty {
            if let last = merged.last, last.hasSameMarks(as: run) {
                merged[merged.count - 1].text += run.text
            } else {
                merged.append(run)
            }
        }
        self.runs = merged
    }

    /// The words without marks, for search, checks and plain-text outputs.
    public var plain: String {
        runs.count == 1 ? runs[0].text : runs.map(\.text).joined()
    }

    /// True when no run carries a mark: stored and sent as a plain string.
    public var isPlain: Bool { runs.allSatisfy(\.isPlain) }

    /// The same marks with every run's text changed, e.g. cleaned of invisible characters.
    public func mapText(_ transform: (String) -> String) -> RichText {
        RichText(runs: runs.map { run in
            var run = run
            run.text = transform(run.text)
            return run
        })
    }

    /// Without white space before the first word and after the last; inner spaces between runs stay.
    public func trimmed() -> RichText {
        var runs = runs
        while let first = runs.first, first.text.allSatisfy(\.isWhitespace) { runs.removeFirst() }
        while let last = runs.last, last.text.allSatisfy(\.isWhitespace) { runs.removeLast() }
        guard !runs.isEmpty else { return RichText(runs: []) }
        runs[0].text = String(runs[0].text.drop(while: \.isWhitespace))
        runs[runs.count - 1].text = String(runs[runs.count - 1].text.reversed().drop(while: \.isWhitespace).reversed())
        return RichText(runs: runs)
    }
}

extension RichText: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}

/// A stretch of text with the same marks.
public struct TextRun: Sendable, Equatable, Hashable, Codable {
    public var text: String
    /// Printed in italics (`<em>`): titles, foreign words, stress.
    public var emphasis: Bool
    /// Printed bold (`<strong>`).
    public var strong: Bool
    /// Where the words lead: an `http(s)` or `mailto:` address, or a path on this site.
    public var link: String?

    public init(_ text: String, emphasis: Bool = false, strong: Bool = false, link: String? = nil) {
        self.text = text
        self.emphasis = emphasis
        self.strong = strong
        self.link = link
    }

    public var isPlain: Bool { !emphasis && !strong && link == nil }

    func hasSameMarks(as other: TextRun) -> Bool {
        emphasis == other.emphasis && strong == other.strong && link == other.link
    }

    private enum Keys: String, CodingKey { case text, emphasis, strong, link }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        text = try c.decode(String.self, forKey: .text)
        emphasis = try c.decodeIfPresent(Bool.self, forKey: .emphasis) ?? false
        strong = try c.decodeIfPresent(Bool.self, forKey: .strong) ?? false
        link = try c.decodeIfPresent(String.self, forKey: .link)
    }

    /// Only the marks a run has, so a plain run is `{"text": …}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(text, forKey: .text)
        if emphasis { try c.encode(true, forKey: .emphasis) }
        if strong { try c.encode(true, forKey: .strong) }
        try c.encodeIfPresent(link, forKey: .link)
    }
}

extension TextRun {
    /// Whether a link may lead there: web and mail addresses and paths on this site, nothing that
    /// a browser would run (`javascript:`, `data:`) and no protocol-relative `//host`.
    public static func isAllowedLink(_ address: String) -> Bool {
        guard !address.isEmpty, !address.contains(where: { $0.isWhitespace || $0.isNewline }),
              !address.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format })
        else { return false }
        let lower = address.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return address.count > lower.prefix(while: { $0 != ":" }).count + 3 }
        if lower.hasPrefix("mailto:") { return address.count > 7 }
        return address.hasPrefix("/") && !address.hasPrefix("//") && !address.hasPrefix("/\\")
    }
}
