/// JSON text written directly, escaped as Foundation's `JSONEncoder` escapes strings (slashes
/// left as they are): encoding an article page's one small object through `JSONEncoder` was a
/// fiftieth of a cache miss.
enum JSONText {
    /// `value` as a JSON string.
    static func string(_ value: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(value.utf8.count + 2)
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case ..<0x20: out += Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// An object of `fields`, each value JSON already, in the order given; a nil value is left
    /// out, as `JSONEncoder` leaves out a nil optional.
    static func object(_ fields: KeyValuePairs<String, String?>) -> String {
        "{" + fields.compactMap { key, value in value.map { string(key) + ":" + $0 } }.joined(separator: ",") + "}"
    }

    /// An array of `items`, each JSON already.
    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }

    static func number(_ value: Int) -> String { String(value) }
}

extension StructuredData.NewsArticle {
    /// The object as `JSONEncoder` writes it with sorted keys and slashes unescaped; the keys
    /// are written here in that order.
    var text: String {
        JSONText.object([
            "@context": JSONText.string(context),
            "@type": JSONText.string(type),
            "articleSection": JSONText.string(articleSection),
            "author": author.map { JSONText.array($0.map(\.text)) },
            "dateModified": JSONText.string(dateModified),
            "datePublished": datePublished.map(JSONText.string),
            "description": description.map(JSONText.string),
            "headline": JSONText.string(headline),
            "image": image.map { JSONText.array($0.map(\.text)) },
            "inLanguage": JSONText.string(inLanguage),
            "keywords": keywords.map { JSONText.array($0.map(JSONText.string)) },
            "mainEntityOfPage": JSONText.string(mainEntityOfPage),
            "publisher": publisher.text,
        ])
    }
}

extension StructuredData.NewsArticle.Organization {
    var text: String {
        JSONText.object([
            "@type": JSONText.string(type), "logo": logo.map(\.text), "name": JSONText.string(name), "url": JSONText.string(url),
        ])
    }
}

extension StructuredData.NewsArticle.Image {
    var text: String {
        JSONText.object([
            "@type": JSONText.string(type), "height": height.map(JSONText.number), "url": JSONText.string(url), "width": width.map(JSONText.number),
        ])
    }
}

extension StructuredData.NewsArticle.Person {
    var text: String {
        JSONText.object(["@type": JSONText.string(type), "name": JSONText.string(name), "url": url.map(JSONText.string)])
    }
}
