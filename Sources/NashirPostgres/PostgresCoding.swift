import Foundation
import NashirDomain

/// How domain values become column values here, so a database copied between SQLite and
/// PostgreSQL holds the same values.
enum PostgresCoding {
    /// An instant as the store keeps it: whole milliseconds, as `Timestamp` writes them in SQLite,
    /// so a value read back equals the one saved and the same article is equal in both stores.
    static func instant(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }

    static func instant(_ date: Date?) -> Date? {
        date.map(instant)
    }

    /// A JSON text with sorted keys, as SQLite's store writes it.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func strings(_ json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}
