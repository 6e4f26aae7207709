/// A rule an article broke, naming the field so an editor or an import log can point at it.
public struct ArticleValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    public var field: String
    public var problem: String

    public init(field: String, problem: String) {
        self.field = field
        self.problem = problem
    }

    public var description: String { "\(field): \(problem)" }
}

extension ArticleContent {
    /// Longest headline accepted; longer text is body copy pasted into the wrong field.
    public static let maxHeadlineLength = 400

    /// Checks the invariants every stored article keeps; the store refuses content that fails.
    public func validate() throws(ArticleValidationError) {
        if headline.isBlank { throw .init(field: "headline", problem: "is empty") }
        if headline.count > Self.maxHeadlineLength {
            throw .init(field: "headline", problem: "is \(headline.count) characters long (at most \(Self.maxHeadlineLength))")
        }
        if headline.contains("\n") { throw .init(field: "headline", problem: "spans several lines") }
        if slug.isBlank { throw .init(field: "slug", problem: "is empty") }
        if section.slug.isBlank || section.name.isBlank { throw .init(field: "section", problem: "has no name or slug") }
        if origin.source.isBlank || origin.key.isBlank { throw .init(field: "origin", problem: "has no source or key") }
        for (index, highlight) in highlights.enumerated() where highlight.isBlank {
            throw .init(field: "highlights[\(index)]", problem: "is empty")
        }
        if body.isEmpty { throw .init(field: "body", problem: "has no paragraphs") }
        for (index, block) in body.enumerated() {
            try Self.check(block, at: index)
        }
        if let seoTitle, seoTitle.isBlank || seoTitle.contains("\n") || seoTitle.count > Self.maxHeadlineLength {
            throw .init(field: "seo_title", problem: seoTitle.count > Self.maxHeadlineLength ? "is \(seoTitle.count) characters long (at most \(Self.maxHeadlineLength))" : "is empty or spans several lines")
        }
        for (index, tag) in tags.enumerated() where tag.slug.isBlank || tag.name.isBlank {
            throw .init(field: "tags[\(index)]", problem: "has no name or slug")
        }
    }
}

extension ArticleContent {
    /// Each kind of block has its own rules: text blocks need text, an embed a web address.
    static func check(_ block: Block, at index: Int) throws(ArticleValidationError) {
        let field = "body[\(index)]"
        switch block {
        case .subheading(let text):
            try checkText(text, field: field)
        case .paragraph(let text), .quote(let text, _):
            try checkText(text.plain, field: field)
            try checkLinks(text, field: field)
        case .list(let items, _):
            if items.isEmpty { throw .init(field: field, problem: "is empty") }
            if items.contains(where: { $0.plain.isBlank || $0.plain.contains("\n") }) { throw .init(field: field, problem: "has an empty or multi-line item") }
            for item in items { try checkLinks(item, field: field) }
        case .image(let media, _):
            if media.rawValue <= 0 { throw .init(field: field, problem: "names no image") }
        case .embed(let url):
            if !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.contains(where: \.isWhitespace) {
                throw .init(field: field, problem: "is not a web address")
            }
        case .divider: break
        }
    }
}

extension ArticleContent {
    private static func checkText(_ text: String, field: String) throws(ArticleValidationError) {
        if text.isBlank { throw .init(field: field, problem: "is empty") }
        if text.containsBlankLine { throw .init(field: field, problem: "holds a blank line; split it into paragraphs") }
    }

    private static func checkLinks(_ text: RichText, field: String) throws(ArticleValidationError) {
        for run in text.runs {
            if let link = run.link, !TextRun.isAllowedLink(link) {
                throw .init(field: field, problem: "links to \"\(link.prefix(80))\", which is not a web address or a path on this site")
            }
        }
    }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }

    /// Two line feeds in a row, found on bytes: validation runs on every paragraph of every import.
    var containsBlankLine: Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte == 0x0A && previous == 0x0A { return true }
            previous = byte
        }
        return false
    }
}
