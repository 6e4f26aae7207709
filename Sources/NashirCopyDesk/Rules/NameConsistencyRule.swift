/// A name spelt two ways in one story («خلفية حفتر» beside «خليفة حفتر»). Names are the ones
/// quoted in guillemets and the two words after a title (الرئيس، المشير، وزير الدفاع …); any
/// pair of words in the story that keeps one of a name's words and changes the other by one
/// letter is the same name misspelt. The spelling the story uses more often is suggested; when
/// both are used as often, both are flagged and neither is suggested.
public struct NameConsistencyRule: CopyRule {
    public let id = "names.consistency"
    public let severity = CopySeverity.warning
    public let title = "اسم مكتوب بصيغتين في الخبر"
    static let titles: Set<String> = [
        "الرئيس", "رئيس", "المشير", "الجنرال", "اللواء", "العقيد", "العميد", "الفريق", "الوزير", "وزير", "الشيخ", "الأمير",
        "الملك", "السيد", "السيدة", "الدكتور", "السفير", "نظيره", "نظيرته", "النائب", "الزعيم", "القائد", "المستشار", "الناطق", "المتحدث",
    ]
    /// Words that end a name's search after a title: «الوزير لإحداث جمعية», «الفريق إلى غاية».
    static let notNames: Set<String> = [
        "في", "من", "إلى", "الى", "على", "عن", "مع", "أن", "إن", "ان", "الذي", "التي", "قد", "لقد", "كما", "بعد", "قبل", "منذ",
        "خلال", "حول", "ضد", "عبر", "عند", "لدى", "بين", "هو", "هي", "كان", "كانت", "أمس", "اليوم", "غاية", "إنه", "أنه",
    ]

    private static let titleKeys = WordKey.set(titles)
    private static let article = Array("ال".utf8)

    public init() {}

    public func check(_ paragraphs: [ScannedParagraph]) -> [CopyFinding] {
        var names = Set<[String]>()
        for paragraph in paragraphs {
            names.formUnion(Self.quotedNames(paragraph).flatMap(Self.pairs))
            names.formUnion(Self.titledNames(paragraph.words))
        }
        // Every spelling of each name, with where it occurs; names are looked up by either word,
        // so a long file with many names stays linear.
        var spellings: [[String]: [[String]: [(Int, Range<Int>)]]] = [:]
        let byFirst = Dictionary(grouping: names, by: { WordKey($0[0]) }), bySecond = Dictionary(grouping: names, by: { WordKey($0[1]) })
        for paragraph in paragraphs {
            let words = paragraph.words
            for index in words.indices.dropLast() {
                let (a, b) = (words[index], words[index + 1])
                guard byFirst[a.key] != nil || bySecond[b.key] != nil, paragraph.onlySpaces(a.range.upperBound..<b.range.lowerBound) else { continue }
                let pair = [a.bare, b.bare]
                let near = (byFirst[a.key] ?? []).filter { $0 == pair || Self.areVariants(pair[1], $0[1]) }
                    + (bySecond[b.key] ?? []).filter { $0 != pair && Self.areVariants(pair[0], $0[0]) }
                for name in near {
                    spellings[name, default: [:]][pair, default: []].append((paragraph.index, a.range.lowerBound..<b.range.upperBound))
                }
            }
        }
        var findings: [CopyFinding] = []
        var flagged = Set<[String]>()
        for name in spellings.keys.sorted(by: { $0.joined(separator: " ") < $1.joined(separator: " ") }) {
            guard let uses = spellings[name], uses.count >= 2 else { continue }
            let most = uses.values.map(\.count).max() ?? 0
            let leaders = uses.filter { $0.value.count == most }
            let majority = leaders.count == 1 ? leaders.first?.key : nil
            for (spelling, places) in uses where spelling != majority && flagged.insert(spelling).inserted {
                let others = uses.keys.filter { $0 != spelling }.map { "«\($0.joined(separator: " "))»" }.joined(separator: " و")
                for (paragraph, range) in places {
                    let fixed = majority?.joined(separator: " ")
                    let message = fixed.map { "الاسم مكتوب في الخبر نفسه «\($0)» أيضًا" } ?? "الاسم مكتوب في الخبر بصيغة أخرى أيضًا: \(others)"
                    findings.append(paragraphs[paragraph].finding(self, message, range, suggestion: fixed))
                }
            }
        }
        return findings
    }

    /// «خلوصي أكار» inside «»: one to three words.
    static func quotedNames(_ paragraph: ScannedParagraph) -> [[String]] {
        let roles = paragraph.quotes
        return roles.opening.keys.compactMap { open -> [String]? in
            guard let close = roles.closer(of: open) else { return nil }
            let inside = paragraph.words.filter { $0.range.lowerBound > open && $0.range.upperBound <= close }
            return (2...3).contains(inside.count) ? inside.map(\.bare) : nil
        }
    }

    /// The two words after a title, past the words with ال that describe the post (وزير الدفاع
    /// التركي خلوصي أكار), unless one is a preposition or the like.
    static func titledNames(_ words: [Word]) -> [[String]] {
        var names: [[String]] = []
        for index in words.indices where words[index].key(in: titleKeys) != nil {
            var next = index + 1
            while next < words.count, next - index <= 3, words[next].bare.utf8.starts(with: article) { next += 1 }
            guard next + 1 < words.count else { continue }
            let pair = [words[next].bare, words[next + 1].bare]
            if pair.allSatisfy({ !notNames.contains($0) && !$0.hasPrefix("لإ") && !$0.hasPrefix("لل") && $0.unicodeScalars.count >= 2 }) { names.append(pair) }
        }
        return names
    }

    /// A name of two or three words as pairs of neighbours.
    static func pairs(_ name: [String]) -> [[String]] {
        name.indices.dropLast().map { [name[$0], name[$0 + 1]] }
    }

    /// One letter swapped or replaced, clitics aside, same length and first letter. A letter
    /// added or dropped, or a different first letter, is another name as often as a slip (حسن
    /// and حسين, محمد and أحمد), so those are left alone.
    static func areVariants(_ x: String, _ y: String) -> Bool {
        let (u, v) = (stem(x), stem(y))
        return u != v && u.unicodeScalars.count >= 4 && u.count == v.count && u.first == v.first && EditDistance.between(u, v) == 1
    }

    /// A word without the clitics and article Arabic glues to names (و، ف، ب، ل، ك، ال).
    static func stem(_ word: String) -> String {
        var w = Substring(word)
        if w.count > 3, let first = w.first, "وفبلك".contains(first) { w = w.dropFirst() }
        if w.count > 4, w.hasPrefix("ال") { w = w.dropFirst(2) } else if w.count > 4, w.hasPrefix("ل") && w.dropFirst().hasPrefix("ل") { w = w.dropFirst(2) }
        return String(w)
    }
}
