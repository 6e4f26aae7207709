/// One block of an article body, typed, so the editor, the API, the export and the theme share
/// one model: imports give paragraphs; the newsroom adds the rest.
public enum Block: Sendable, Equatable, Hashable {
    case paragraph(RichText)
    /// A heading inside the story.
    case subheading(String)
    /// A quotation, with whom it is from.
    case quote(RichText, source: String?)
    case list([RichText], ordered: Bool)
    /// An uploaded image inside the story, with a caption for this use.
    case image(MediaID, caption: String?)
    /// A place for outside content (a post, a video): printed as a link, never as a foreign script.
    case embed(url: String)
    /// A rule between parts of the story (the copy and a note under it, two dispatches).
    case divider

    /// The block's plain text, for search, export and checks.
    public var text: String {
        switch self {
        case .paragraph(let text): text.plain
        case .subheading(let text): text
        case .quote(let text, let source): source.map { text.plain + "\n— " + $0 } ?? text.plain
        case .list(let items, _): items.map(\.plain).joined(separator: "\n")
        case .image(_, let caption): caption ?? ""
        case .embed(let url): url
        case .divider: ""
        }
    }

    /// The type's name in JSON and in the theme.
    public var kind: String {
        switch self {
        case .paragraph: "paragraph"
        case .subheading: "subheading"
        case .quote: "quote"
        case .list: "list"
        case .image: "image"
        case .embed: "embed"
        case .divider: "divider"
        }
    }

    /// A paragraph without marks, as importers make them.
    public static func plainParagraph(_ text: String) -> Block { .paragraph(RichText(text)) }

    /// Whether any text of the block carries an inline mark.
    public var hasMarks: Bool {
        switch self {
        case .paragraph(let text), .quote(let text, _): !text.isPlain
        case .list(let items, _): items.contains { !$0.isPlain }
        case .subheading, .image, .embed, .divider: false
        }
    }
}

/// `{"type": "paragraph", "text": …}`, `{"type": "list", "items": […], "ordered": true}`,
/// `{"type": "image", "media": 12, "caption": …}`, `{"type": "embed", "url": …}`: the one JSON
/// shape of a block, in the database, the API and the export. `text` is always written (the
/// block's plain text) so readers of older shapes still find the words; text with inline marks
/// adds `runs` (`itemRuns` for a list, one array per item), which must spell the same words.
extension Block: Codable {
    private enum Keys: String, CodingKey {
        case type, text, runs, source, items, itemRuns, ordered, media, caption, url
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let type = try c.decodeIfPresent(String.self, forKey: .type) ?? "paragraph"
        switch type {
        case "paragraph": self = .paragraph(try Self.richText(in: c))
        case "subheading": self = .subheading(try c.decode(String.self, forKey: .text))
        case "quote": self = .quote(try Self.richText(in: c), source: try c.decodeIfPresent(String.self, forKey: .source))
        case "list": self = .list(try Self.richItems(in: c), ordered: try c.decodeIfPresent(Bool.self, forKey: .ordered) ?? false)
        case "image": self = .image(MediaID(try c.decode(Int64.self, forKey: .media)), caption: try c.decodeIfPresent(String.self, forKey: .caption))
        case "embed": self = .embed(url: try c.decode(String.self, forKey: .url))
        case "divider": self = .divider
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown block type \"\(type)\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(kind, forKey: .type)
        switch self {
        case .paragraph(let text):
            try c.encode(text.plain, forKey: .text)
            if !text.isPlain { try c.encode(text.runs, forKey: .runs) }
        case .subheading(let text): try c.encode(text, forKey: .text)
        case .quote(let text, let source):
            try c.encode(text.plain, forKey: .text)
            if !text.isPlain { try c.encode(text.runs, forKey: .runs) }
            try c.encodeIfPresent(source, forKey: .source)
        case .list(let items, let ordered):
            try c.encode(self.text, forKey: .text)
            try c.encode(items.map(\.plain), forKey: .items)
            if items.contains(where: { !$0.isPlain }) { try c.encode(items.map(\.runs), forKey: .itemRuns) }
            try c.encode(ordered, forKey: .ordered)
        case .image(let media, let caption):
            try c.encode(text, forKey: .text)
            try c.encode(media.rawValue, forKey: .media)
            try c.encodeIfPresent(caption, forKey: .caption)
        case .embed(let url):
            try c.encode(url, forKey: .text)
            try c.encode(url, forKey: .url)
        case .divider: try c.encode("", forKey: .text)
        }
    }
}

extension Block {
    /// `runs` when given (and `text`, if also given, must read the same), else the plain `text`.
    private static func richText(in c: KeyedDecodingContainer<Keys>) throws -> RichText {
        guard let runs = try c.decodeIfPresent([TextRun].self, forKey: .runs) else {
            return RichText(try c.decode(String.self, forKey: .text))
        }
        let rich = RichText(runs: runs)
        if let text = try c.decodeIfPresent(String.self, forKey: .text), text != rich.plain {
            throw DecodingError.dataCorruptedError(forKey: .runs, in: c, debugDescription: "runs and text spell different words")
        }
        return rich
    }

    private static func richItems(in c: KeyedDecodingContainer<Keys>) throws -> [RichText] {
        let runs = try c.decodeIfPresent([[TextRun]].self, forKey: .itemRuns)
        guard let runs else { return try c.decode([String].self, forKey: .items).map { RichText($0) } }
        let items = runs.map(RichText.init(runs:))
        if let plain = try c.decodeIfPresent([String].self, forKey: .items), plain != items.map(\.plain) {
            throw DecodingError.dataCorruptedError(forKey: .itemRuns, in: c, debugDescription: "itemRuns and items spell different words")
        }
        return items
    }
}
