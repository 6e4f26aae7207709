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

    static func blocks(_ json: String) -> [Block] {
        (try? JSONDecoder().decode([Block].self, from: Data(json.utf8))) ?? []
    }

    private static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding arrays of strings cannot fail.
        return String(decoding: (try? encoder.encode(value)) ?? Data("[]".utf8), as: UTF8.self)
    }
}
