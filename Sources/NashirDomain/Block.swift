/// One block of an article body, typed, so the editor, the API, the export and the theme share
/// one model: imports give paragraphs; the newsroom adds the rest.
public enum Block: Sendable, Equatable, Hashable {
    case paragraph(String)
    /// A heading inside the story.
    case subheading(String)
    /// A quotation, with whom it is from.
    case quote(String, source: String?)
    case list([String], ordered: Bool)
    /// An uploaded image inside the story, with a caption for this use.
    case image(MediaID, caption: String?)
    /// A place for outside content (a post, a video): printed as a link, never as a foreign script.
    case embed(url: String)

    /// The block's plain text, for search, export and checks.
    public var text: String {
        switch self {
        case .paragraph(let text), .subheading(let text): text
        case .quote(let text, let source): source.map { text + "\n— " + $0 } ?? text
        case .list(let items, _): items.joined(separator: "\n")
        case .image(_, let caption): caption ?? ""
        case .embed(let url): url
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
        }
    }
}

/// `{"type": "paragraph", "text": …}`, `{"type": "list", "items": […], "ordered": true}`,
/// `{"type": "image", "media": 12, "caption": …}`, `{"type": "embed", "url": …}`: the one JSON
/// shape of a block, in the database, the API and the export. `text` is always written (the
/// block's plain text) so readers of older shapes still find the words.
extension Block: Codable {
    private enum Keys: String, CodingKey {
        case type, text, source, items, ordered, media, caption, url
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let type = try c.decodeIfPresent(String.self, forKey: .type) ?? "paragraph"
        switch type {
        case "paragraph": self = .paragraph(try c.decode(String.self, forKey: .text))
        case "subheading": self = .subheading(try c.decode(String.self, forKey: .text))
        case "quote": self = .quote(try c.decode(String.self, forKey: .text), source: try c.decodeIfPresent(String.self, forKey: .source))
        case "list": self = .list(try c.decode([String].self, forKey: .items), ordered: try c.decodeIfPresent(Bool.self, forKey: .ordered) ?? false)
        case "image": self = .image(MediaID(try c.decode(Int64.self, forKey: .media)), caption: try c.decodeIfPresent(String.self, forKey: .caption))
        case "embed": self = .embed(url: try c.decode(String.self, forKey: .url))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown block type \"\(type)\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(kind, forKey: .type)
        switch self {
        case .paragraph(let text), .subheading(let text): try c.encode(text, forKey: .text)
        case .quote(let text, let source):
            try c.encode(text, forKey: .text)
            try c.encodeIfPresent(source, forKey: .source)
        case .list(let items, let ordered):
            try c.encode(text, forKey: .text)
            try c.encode(items, forKey: .items)
            try c.encode(ordered, forKey: .ordered)
        case .image(let media, let caption):
            try c.encode(text, forKey: .text)
            try c.encode(media.rawValue, forKey: .media)
            try c.encodeIfPresent(caption, forKey: .caption)
        case .embed(let url):
            try c.encode(url, forKey: .text)
            try c.encode(url, forKey: .url)
        }
    }
}
