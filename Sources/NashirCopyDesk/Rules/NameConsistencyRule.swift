/// A name spelt two ways in one story («خلفية حفتر» beside «خليفة حفتر»): candidates are the
/// names quoted in guillemets and the words after a title (الرئيس، المشير، وزير …); two of
/// them that share a word and differ by one letter in the other are one name, and the spelling
/// the story uses more often is suggested for the rest.
public struct NameConsistencyRule: CopyRule {
    public let id = "names.consistency"
    public let severity = CopySeverity.warning
    public let title = "اسم مكتوب بصيغتين في الخبر"
    static let titles: Set<String> = [
        "الرئيس", "رئيس", "المشير", "الجنرال", "اللواء", "العقيد", "العميد", "الفريق", "الوزير", "وزير", "الشيخ", "الأمير",
        "الملك", "السيد", "السيدة", "الدكتور", "السفير", "نظيره", "نظيرته", "النائب", "الزعيم", "القائد", "المستشار", "الناطق", "المتحدث",
    ]

    public init() {}

    public func check(_ paragraphs: [ScannedParagraph]) -> [CopyFinding] {
        let words = paragraphs.map(\.words)
        var candidates = Set<[String]>()
        for (paragraph, list) in zip(paragraphs, words) {
            candidates.formUnion(Self.quotedNames(paragraph, list))
            for index in list.indices.dropLast(2) where Self.titles.contains(FiveVerbsRule.withoutConjunction(list[index].bare)) {
                candidates.insert([list[index + 1].bare, list[index + 2].bare])
            }
        }
        let names = candidates.filter { $0.count >= 2 }.sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }
        var findings: [CopyFinding] = []
        var flagged = Set<[String]>()
        for (i, a) in names.enumerated() {
            for b in names[(i + 1)...] where Self.areVariants(a, b) {
                let countA = Self.occurrences(of: a, in: paragraphs, words).count
                let countB = Self.occurrences(of: b, in: paragraphs, words).count
                guard countA != countB else { continue }
                let (minority, majority) = countA < countB ? (a, b) : (b, a)
                guard flagged.insert(minority).inserted else { continue }
                let fixed = majority.joined(separator: " ")
                for (paragraph, range) in Self.occurrences(of: minority, in: paragraphs, words) {
                    findings.append(paragraphs[paragraph].finding(self, "الاسم مكتوب في الخبر نفسه «\(fixed)» أيضًا", range, suggestion: fixed))
                }
            }
        }
        return findings
    }

    /// «خلوصي أكار» inside «»: one to three words.
    static func quotedNames(_ paragraph: ScannedParagraph, _ words: [Word]) -> [[String]] {
        let roles = paragraph.quotes
        return roles.opening.keys.compactMap { open -> [String]? in
            guard let close = roles.closer(of: open) else { return nil }
            let inside = words.filter { $0.range.lowerBound > open && $0.range.upperBound <= close }
            return (1...3).contains(inside.count) ? inside.map(\.bare) : nil
        }
    }

    /// Same length, one word the same, the other one letter swapped or replaced, clitics aside.
    /// A letter added or dropped, or a different first letter, is another name as often as a
    /// slip (حسن and حسين, محمد and أحمد), so those are left alone.
    static func areVariants(_ a: [String], _ b: [String]) -> Bool {
        guard a.count == b.count, a != b else { return false }
        var same = 0, close = 0
        for (x, y) in zip(a, b) {
            if x == y { same += 1; continue }
            let (u, v) = (stem(x), stem(y))
            guard u != v, u.count >= 4, u.count == v.count, u.first == v.first, EditDistance.between(u, v) == 1 else { return false }
            close += 1
        }
        return same >= 1 && close == 1
    }

    /// A word without the clitics and article Arabic glues to names (و، ف، ب، ل، ك، ال).
    static func stem(_ word: String) -> String {
        var w = Substring(word)
        if w.count > 3, let first = w.first, "وفبلك".contains(first) { w = w.dropFirst() }
        if w.count > 4, w.hasPrefix("ال") { w = w.dropFirst(2) } else if w.count > 4, w.hasPrefix("ل") && w.dropFirst().hasPrefix("ل") { w = w.dropFirst(2) }
        return String(w)
    }

    static func occurrences(of name: [String], in paragraphs: [ScannedParagraph], _ words: [[Word]]) -> [(Int, Range<Int>)] {
        var found: [(Int, Range<Int>)] = []
        for (p, list) in words.enumerated() where list.count >= name.count {
            for start in 0...(list.count - name.count) {
                let run = list[start..<(start + name.count)]
                guard zip(run, name).allSatisfy({ $0.bare == $1 }),
                      zip(run.dropFirst(), run).allSatisfy({ paragraphs[p].onlySpaces($1.range.upperBound..<$0.range.lowerBound) }) else { continue }
                found.append((p, run.first!.range.lowerBound..<run.last!.range.upperBound))
            }
        }
        return found
    }
}
