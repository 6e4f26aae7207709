/// Guillemets, brackets and quotation marks left open, closed without opening, or typed the
/// wrong way round.
public struct UnbalancedBracketsRule: ParagraphRule {
    public let id = "brackets.unbalanced"
    public let severity = CopySeverity.error
    public let title = "أقواس وعلامات تنصيص غير متوازنة"

    public init() {}

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        let s = paragraph.scalars
        let roles = paragraph.quotes
        var findings: [CopyFinding] = []
        for (index, mark) in roles.reversed.sorted(by: { $0.key < $1.key }) {
            let message = mark == "«" ? "علامة تنصيص مقلوبة: يُفتح الاقتباس بـ«" : "علامة تنصيص مقلوبة: يُغلق الاقتباس بـ»"
            findings.append(paragraph.finding(self, message, index..<(index + 1), suggestion: String(mark)))
        }
        for index in roles.unmatched {
            let message = roles.opens(index) ? "«\(s[index])» مفتوح لا يُغلق في الفقرة" : "«\(s[index])» يُغلق ما لم يُفتح في الفقرة"
            findings.append(paragraph.finding(self, message, index..<(index + 1)))
        }
        // Straight quotation marks have no direction: an odd count leaves one open.
        let straight = s.indices.filter { s[$0] == "\"" }
        if straight.count % 2 == 1, let last = straight.last {
            findings.append(paragraph.finding(self, "علامة تنصيص \" بلا نظير في الفقرة", last..<(last + 1)))
        }
        return findings.sorted { $0.offset < $1.offset }
    }
}
