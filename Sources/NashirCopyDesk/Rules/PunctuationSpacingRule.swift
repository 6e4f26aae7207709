/// A word glued to the punctuation before it («وأنقرة».وشملت», «طرابلس).وأضاف»): the space
/// after . ، ؛ : ؟ ! ) » is missing.
public struct MissingSpaceAfterPunctuationRule: ParagraphRule {
    public let id = "punctuation.space-after"
    public let severity = CopySeverity.error
    public let title = "مسافة بعد علامة الترقيم"
    static let marks: Set<Unicode.Scalar> = [".", "،", "؛", ":", "؟", "!", ")", "»"]

    public init() {}

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        let s = paragraph.scalars
        let roles = paragraph.quotes
        var findings: [CopyFinding] = []
        for index in s.indices.dropLast() where Self.marks.contains(s[index]) && Scalars.isArabicLetter(s[index + 1]) {
            // «أ.ف.ب», «إف.بي.آي», «العربية.نت»: abbreviations and addresses keep their full stops.
            if s[index] == ".", Self.isAbbreviationOrAddress(s, dot: index) { continue }
            // A » that opens a quotation is the brackets rule's finding, not a missing space.
            if s[index] == "»" || s[index] == ")", !roles.closes(index) { continue }
            findings.append(paragraph.finding(self, "لا مسافة بعد «\(s[index])»", index..<(index + 1), suggestion: "\(s[index]) "))
        }
        return findings
    }
}

extension MissingSpaceAfterPunctuationRule {
    /// Endings of addresses written in Arabic letters: «العربية.نت», «بيت.كوم».
    static let addressEndings: Set<String> = ["نت", "كوم", "أورغ", "أورج", "اورغ", "إنفو"]

    /// Whether the full stop at `dot` is inside an abbreviation (one-letter parts, or a chain of
    /// two or more stops between parts of at most three letters) or an address.
    static func isAbbreviationOrAddress(_ s: [Unicode.Scalar], dot: Int) -> Bool {
        // The run of letters and full stops around the dot, no spaces.
        var start = dot, end = dot + 1
        while start > 0, Scalars.isWordScalar(s[start - 1]) || s[start - 1] == "." { start -= 1 }
        while end < s.count, Scalars.isWordScalar(s[end]) || s[end] == "." { end += 1 }
        let parts = String(String.UnicodeScalarView(s[start..<end])).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var next = dot + 1
        while next < end, s[next] != "." { next += 1 }
        let after = String(String.UnicodeScalarView(s[(dot + 1)..<next]))
        var previous = dot
        while previous > start, s[previous - 1] != "." { previous -= 1 }
        if dot - previous == 1 { return true }
        if addressEndings.contains(after) { return true }
        return parts.count >= 3 && parts.allSatisfy { (1...3).contains($0.unicodeScalars.count) }
    }
}

/// A space before . ، ؛ : ؟ ! («الظهر :»).
public struct SpaceBeforePunctuationRule: ParagraphRule {
    public let id = "punctuation.space-before"
    public let severity = CopySeverity.error
    public let title = "مسافة قبل علامة الترقيم"
    static let marks: Set<Unicode.Scalar> = [".", "،", "؛", ":", "؟", "!"]

    public init() {}

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        let s = paragraph.scalars
        return paragraph.runs(of: Scalars.isSpace).compactMap { run in
            let (start, index) = (run.lowerBound, run.upperBound)
            guard start > 0, index < s.count, Self.marks.contains(s[index]) else { return nil }
            let before = s[start - 1]
            guard Scalars.isLetter(before) || Scalars.isDigit(before) || before == "»" || before == ")" else { return nil }
            // «...» and «..»: an ellipsis may follow a space.
            if s[index] == ".", index + 1 < s.count, s[index + 1] == "." { return nil }
            return paragraph.finding(self, "مسافة زائدة قبل «\(s[index])»", run, suggestion: "")
        }
    }
}

/// Spaces just inside brackets and guillemets: «( 5+5 )», «« نص »».
public struct SpaceInsideBracketsRule: ParagraphRule {
    public let id = "brackets.inner-space"
    public let severity = CopySeverity.error
    public let title = "مسافة داخل القوسين"

    public init() {}

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        let s = paragraph.scalars
        let roles = paragraph.quotes
        var findings: [CopyFinding] = []
        for index in s.indices {
            if roles.opens(index), index + 1 < s.count, Scalars.isSpace(s[index + 1]) {
                var end = index + 1
                while end < s.count, Scalars.isSpace(s[end]) { end += 1 }
                guard end < s.count, roles.closer(of: index) != end else { continue }
                findings.append(paragraph.finding(self, "مسافة بعد «\(s[index])» الافتتاحي", (index + 1)..<end, suggestion: ""))
            } else if roles.closes(index), index > 0, Scalars.isSpace(s[index - 1]) {
                var start = index - 1
                while start > 0, Scalars.isSpace(s[start - 1]) { start -= 1 }
                guard start > 0, roles.opener(of: index).map({ $0 + 1 < start }) ?? true else { continue }
                findings.append(paragraph.finding(self, "مسافة قبل «\(s[index])» الختامي", start..<index, suggestion: ""))
            }
        }
        return findings
    }
}

/// Two spaces or more between words.
public struct DoubleSpaceRule: ParagraphRule {
    public let id = "space.double"
    public let severity = CopySeverity.warning
    public let title = "مسافة مكررة"

    public init() {}

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        paragraph.runs(of: Scalars.isSpace).compactMap { run in
            guard run.count >= 2, run.lowerBound > 0, run.upperBound < paragraph.scalars.count else { return nil }
            return paragraph.finding(self, "مسافتان أو أكثر بين كلمتين", run, suggestion: " ")
        }
    }
}

/// Latin , ; ? written in Arabic text, where ، ؛ ؟ belong.
public struct LatinPunctuationRule: ParagraphRule {
    public let id = "punctuation.latin"
    public let severity = CopySeverity.warning
    public let title = "علامات ترقيم لاتينية في نص عربي"
    static let arabic: [Unicode.Scalar: Unicode.Scalar] = [",": "،", ";": "؛", "?": "؟"]

    public init() {}

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        let s = paragraph.scalars
        var findings: [CopyFinding] = []
        for index in s.indices where index > 0 {
            guard let replacement = Self.arabic[s[index]] else { continue }
            // Right after an Arabic word (marks allowed), not inside a number or Latin text.
            var before = index - 1
            while before > 0, Scalars.isArabicMark(s[before]) { before -= 1 }
            guard Scalars.isArabicLetter(s[before]) else { continue }
            findings.append(paragraph.finding(self, "«\(s[index])» لاتينية في نص عربي: «\(replacement)»", index..<(index + 1), suggestion: String(replacement)))
        }
        return findings
    }
}
