/// Tatweel (ـ) stretching a word inside the copy: a display habit that breaks search and copy.
public struct TatweelRule: ParagraphRule {
    public let id = "typography.tatweel"
    public let severity = CopySeverity.warning
    public let title = "التطويل داخل الكلمات"

    public init() {}

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        let s = paragraph.scalars
        return paragraph.runs(of: { $0 == "\u{0640}" }).compactMap { run in
            // Between two letters of one word; «الـ» before a Latin name or a number is usual.
            guard run.lowerBound > 0, run.upperBound < s.count, Scalars.isArabicLetter(s[run.lowerBound - 1]), Scalars.isArabicLetter(s[run.upperBound]) else { return nil }
            return paragraph.finding(self, "تطويل داخل الكلمة", run, suggestion: "")
        }
    }
}

/// One number written with two digit scripts («2٠19»).
public struct MixedDigitsRule: ParagraphRule {
    public let id = "digits.mixed"
    public let severity = CopySeverity.error
    public let title = "أرقام مختلطة في العدد الواحد"

    public init() {}

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        let s = paragraph.scalars
        var findings: [CopyFinding] = []
        var index = 0
        while index < s.count {
            guard Scalars.isDigit(s[index]) else { index += 1; continue }
            let start = index
            // A number: digits with the separators inside it (1,500 / 3.5 / ١٬٥٠٠ / ٣٫٥).
            while index < s.count, Scalars.isDigit(s[index]) || (",.٫٬".unicodeScalars.contains(s[index]) && index + 1 < s.count && Scalars.isDigit(s[index + 1])) {
                index += 1
            }
            let digits = s[start..<index].filter(Scalars.isDigit)
            if digits.contains(where: Scalars.isASCIIDigit), digits.contains(where: Scalars.isArabicIndicDigit) {
                findings.append(paragraph.finding(self, "رقم كُتب بنوعين من الأرقام", start..<index))
            }
        }
        return findings
    }
}
