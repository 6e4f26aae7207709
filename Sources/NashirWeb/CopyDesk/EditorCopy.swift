import Foundation
import NashirCopyDesk
import NashirDomain

/// The editor's text fields as the copy desk reads them, with where each paragraph starts in
/// its field, in UTF-16 units, since the browser selects text by those.
struct EditorCopy: Sendable {
    struct Place: Sendable {
        let field: String
        /// Where the paragraph starts in the field's value, in UTF-16 units.
        let start: Int
        let text: String
    }

    let places: [Place]
    var story: CopyStory { CopyStory(paragraphs: places.map(\.text)) }

    /// The headline, each sub-headline line and each non-empty body line, as typed.
    init(headline: String?, highlights: String?, body: String?) {
        var places: [Place] = []
        for (field, value) in [("headline", headline), ("highlights", highlights), ("body", body)] {
            // Browsers submit a textarea's line breaks as CRLF but select in its value with LF.
            let text = (value ?? "").replacingOccurrences(of: "\r\n", with: "\n")
            var offset = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if !line.allSatisfy(\.isWhitespace) { places.append(Place(field: field, start: offset, text: String(line))) }
                offset += line.utf16.count + 1
            }
        }
        self.places = places
    }

    /// A stored story: headline, sub-headlines and the body's blocks in the editor's notation.
    init(content: ArticleContent) {
        self.init(headline: content.headline, highlights: content.highlights.joined(separator: "\n"), body: content.body.map(\.text).joined(separator: "\n\n"))
    }

    /// `finding` where the editor can select it.
    func located(_ finding: CopyFinding) -> LocatedFinding {
        let place = places[finding.paragraph]
        let scalars = Array(place.text.unicodeScalars)
        let before = scalars[..<finding.offset].reduce(0) { $0 + $1.utf16.count }
        let length = scalars[finding.offset..<(finding.offset + finding.length)].reduce(0) { $0 + $1.utf16.count }
        return LocatedFinding(
            field: place.field, start: place.start + before, length: length, paragraph: finding.paragraph, offset: finding.offset,
            rule: finding.rule, severity: finding.severity.rawValue, message: finding.message, excerpt: finding.excerpt, suggestion: finding.suggestion)
    }
}

/// A finding as the editor and the API get it: the field and UTF-16 span for selecting it, the
/// paragraph and scalar offset for everyone else.
struct LocatedFinding: Encodable, Sendable {
    let field: String
    let start: Int
    let length: Int
    let paragraph: Int
    let offset: Int
    let rule: String
    let severity: String
    let message: String
    let excerpt: String
    let suggestion: String?

    enum CodingKeys: String, CodingKey { case field, start, length, paragraph, offset, rule, severity, message, excerpt, suggestion }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(field, forKey: .field)
        try c.encode(start, forKey: .start)
        try c.encode(length, forKey: .length)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(offset, forKey: .offset)
        try c.encode(rule, forKey: .rule)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
        try c.encode(excerpt, forKey: .excerpt)
        // null, not absent: a client tells «no certain fix» from an old server.
        try c.encode(suggestion, forKey: .suggestion)
    }
}

/// The copy desk's answer: the findings and how many are errors.
struct CopyReport: Encodable, Sendable {
    let errors: Int
    let findings: [LocatedFinding]

    init(_ copy: EditorCopy, checker: CopyChecker) {
        let found = checker.check(copy.story)
        errors = found.count { $0.severity == .error }
        findings = found.map(copy.located)
    }
}

extension CopyDeskSettings {
    /// The copy desk as the site configured it.
    public init(site: SiteSettings) {
        self.init(
            disabledRules: Set(site.disabledCopyRules),
            houseStyle: site.houseStyle.map(HouseStyleEntry.parse) ?? HouseStyleEntry.defaults,
            knownWords: Set(site.newsroomWords))
    }
}
