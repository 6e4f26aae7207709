import Foundation

/// A spelling the site prefers another to («الامارات» → «الإمارات»), from the house style list
/// administrators keep; clitics glued to the word (و، ف، ب، ل، ك) are kept in the suggestion.
public struct HouseStyleRule: ParagraphRule {
    public let id = "style.house"
    public let severity = CopySeverity.warning
    public let title = "أسلوب التحرير في الموقع"
    public let entries: [HouseStyleEntry]
    /// The preferred spelling by the key of the one to avoid.
    private let preferred: [WordKey: String]
    /// The word as written first, then without each clitic.
    private static let clitics: [[UInt8]] = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"].map { Array($0.utf8) }

    public init(entries: [HouseStyleEntry]) {
        self.entries = entries
        self.preferred = Dictionary(entries.map { (WordKey($0.avoid), $0.prefer) }, uniquingKeysWith: { first, _ in first })
    }

    public func check(_ paragraph: ScannedParagraph) -> [CopyFinding] {
        guard !preferred.isEmpty else { return [] }
        var findings: [CopyFinding] = []
        for word in paragraph.words {
            let bytes = word.bare.utf8
            for clitic in Self.clitics where bytes.starts(with: clitic) {
                guard let prefer = preferred[WordKey(utf8: bytes.dropFirst(clitic.count))] else { continue }
                findings.append(paragraph.finding(self, "يكتب الموقع «\(prefer)»", word.range, suggestion: String(decoding: clitic, as: UTF8.self) + prefer))
                break
            }
        }
        return findings
    }
}

/// One line of the house style list: a spelling to avoid and the one to use.
public struct HouseStyleEntry: Sendable, Equatable, Codable {
    public var avoid: String
    public var prefer: String

    public init(avoid: String, prefer: String) {
        self.avoid = avoid
        self.prefer = prefer
    }

    /// The list a new site starts with: hamzas of country names and the usual transliterations.
    public static let defaults: [HouseStyleEntry] = [
        ("الامارات", "الإمارات"), ("الاردن", "الأردن"), ("اسرائيل", "إسرائيل"), ("ايران", "إيران"), ("اثيوبيا", "إثيوبيا"),
        ("اسبانيا", "إسبانيا"), ("ايطاليا", "إيطاليا"), ("اندونيسيا", "إندونيسيا"), ("افريقيا", "أفريقيا"), ("امريكا", "أمريكا"),
        ("اوروبا", "أوروبا"), ("انقرة", "أنقرة"), ("ابوظبي", "أبوظبي"), ("فايسبوك", "فيسبوك"), ("فيسبوك", "فيسبوك"),
        ("انستغرام", "إنستغرام"), ("انستجرام", "إنستغرام"), ("يوتيوب", "يوتيوب"),
    ].filter { $0.0 != $0.1 }.map { HouseStyleEntry(avoid: $0.0, prefer: $0.1) }

    /// «الامارات=الإمارات» lines, as the settings store them; blank lines and # comments skipped.
    public static func parse(_ text: String) -> [HouseStyleEntry] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            let parts = trimmed.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, parts[0] != parts[1] else { return nil }
            return HouseStyleEntry(avoid: parts[0], prefer: parts[1])
        }
    }
}
