import Foundation
import NashirDomain

/// How domain values become column values; one place, so reads and writes can never disagree.
enum ColumnCoding {
    static func timestamp(_ date: Date) -> String {
        Timestamp.format(date)
    }

    static func timestamp(optional date: Date?) -> String? {
        date.map(timestamp)
    }

    static func date(_ text: String?) -> Date? {
        text.flatMap(Timestamp.parse)
    }

    static func json(_ strings: [String]) -> String {
        encode(strings)
    }

    static func strings(_ json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }

    static func json(_ blocks: [Block]) -> String {
        encode(blocks)
    }

    static func json(_ corrections: [Correction]) -> String {
        encode(corrections.map { StoredCorrection(at: timestamp($0.at), note: $0.note) })
    }

    static func corrections(_ json: String) -> [Correction] {
        let stored = (try? JSONDecoder().decode([StoredCorrection].self, from: Data(json.utf8))) ?? []
        return stored.compactMap { item in date(item.at).map { Correction(at: $0, note: item.note) } }
    }

    /// Times as the rest of the database writes them, not as JSONEncoder's default numbers.
    private struct StoredCorrection: Codable {
        var at: String
        var note: String
    }

    static func blocks(_ json: String) -> [Block] {
        (try? JSONDecoder().decode([Block].self, from: Data(json.utf8))) ?? []
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding arrays of strings cannot fail.
        return String(decoding: (try? encoder.encode(value)) ?? Data("[]".utf8), as: UTF8.self)
    }
}
