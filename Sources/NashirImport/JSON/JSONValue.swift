/// A JSON document as data, for formats whose shape varies too much for `Codable` (ninjs 2 and
/// 3, JSON Feed): read by `JSONReader`, which names the line and column of any syntax error.
enum JSONValue: Equatable, Sendable {
    case object([String: JSONValue], keys: [String])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    subscript(key: String) -> JSONValue? {
        if case .object(let members, _) = self { members[key] } else { nil }
    }

    /// The first of `keys` present and not null, e.g. ninjs 3's `versionCreated` before 2's `versioncreated`.
    subscript(first keys: String...) -> JSONValue? {
        for key in keys { if let value = self[key], value != .null { return value } }
        return nil
    }

    /// The string, or a number written as one (some feeds give ids as numbers).
    var string: String? {
        switch self {
        case .string(let text): text
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        default: nil
        }
    }

    var number: Double? {
        switch self {
        case .number(let number): number
        case .string(let text): Double(text)
        default: nil
        }
    }

    var array: [JSONValue] {
        switch self {
        case .array(let items): items
        case .null: []
        default: [self]
        }
    }

    var isObject: Bool {
        if case .object = self { true } else { false }
    }

    /// Members in the order the document wrote them.
    var members: [(key: String, value: JSONValue)] {
        guard case .object(let members, let keys) = self else { return [] }
        return keys.compactMap { key in members[key].map { (key, $0) } }
    }
}
