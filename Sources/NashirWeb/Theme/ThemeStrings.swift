import ArabicText
import Foundation
import Mustache

/// The theme's UI text, read from its `strings.json` (flat keys → Arabic text): templates print
/// any key as `{{strings.key}}`, and Swift reads the phrases it composes through `Key`.
struct ThemeStrings: Sendable {
    /// The keys Swift reads; a theme whose `strings.json` lacks one is refused at load.
    enum Key: String, CaseIterable, Sendable {
        case pageTitle, latestNews, pagePosition, archiveHeading
        case searchHeading, searchResultsHeading
        case resultCountZero, resultCountOne, resultCountTwo, resultCountFew, resultCountMany, resultCountOther
        case resultCountMoreThan
        case readingTimeOne, readingTimeTwo, readingTimeFew, readingTimeMany, readingTimeOther
        case notFound, notFoundMessage, gone, goneMessage, badRequest, badRequestMessage, requestFailed, requestFailedMessage, serverError, serverErrorMessage

        /// The `{name}` holes the text must keep, or the value Swift fills in would be lost.
        var placeholders: [String] {
            switch self {
            case .pageTitle: ["page", "site"]
            case .archiveHeading: ["month"]
            case .pagePosition: ["page", "pages"]
            case .searchResultsHeading: ["query"]
            case .resultCountFew, .resultCountMany, .resultCountOther, .resultCountMoreThan: ["n"]
            case .readingTimeFew, .readingTimeMany, .readingTimeOther: ["n"]
            default: []
            }
        }
    }

    /// The plural forms of a count (CLDR's categories; Arabic uses all six).
    enum PluralForm: String, Sendable {
        case zero, one, two, few, many, other
    }

    /// Every key of the file, for templates.
    let table: [String: String]

    /// Reads `strings.json`; `file` names it in errors.
    init(json: Data, file: String) throws(ThemeError) {
        let table: [String: String]
        do {
            table = try JSONDecoder().decode([String: String].self, from: json)
        } catch {
            throw .invalidStrings(file: file, reason: "it must be one JSON object of keys and texts (\(error))")
        }
        for key in Key.allCases {
            guard let text = table[key.rawValue] else { throw .missingString(key: key.rawValue, file: file, neededBy: "Nashir") }
            for hole in key.placeholders where !text.contains("{\(hole)}") {
                throw .invalidStrings(file: file, reason: "\"\(key.rawValue)\" must contain {\(hole)}")
            }
        }
        self.table = table
    }

    /// The text of a key Swift reads, its `{name}` holes filled from `values`.
    func text(_ key: Key, _ values: [String: String] = [:]) -> String {
        // Every Key is present: init refuses a table without one.
        let text = table[key.rawValue] ?? ""
        guard !values.isEmpty else { return text }
        // One pass over the text, so a value holding "{site}" (a reader's query) stays as typed.
        var filled = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            filled += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                filled += value
                rest = rest[rest.index(after: close)...]
            } else {
                filled.append("{")
                rest = rest[afterOpen...]
            }
        }
        return filled + rest
    }

    /// «عنوان الخبر – اسم الموقع»: a page's `<title>`.
    func pageTitle(_ page: String, site: String) -> String {
        text(.pageTitle, ["page": page, "site": site])
    }

    /// «3 نتائج»: the count in the site's digits, in the phrase of its plural form.
    func resultCount(_ count: Int, form: PluralForm, digits: DigitStyle) -> String {
        let key: Key = switch form {
        case .zero: .resultCountZero
        case .one: .resultCountOne
        case .two: .resultCountTwo
        case .few: .resultCountFew
        case .many: .resultCountMany
        case .other: .resultCountOther
        }
        return text(key, ["n": digits.apply(to: String(count))])
    }

    /// «دقيقة للقراءة», «دقيقتان للقراءة», «3 دقائق للقراءة», «11 دقيقة للقراءة»: at least one minute.
    func readingTime(_ minutes: Int, digits: DigitStyle) -> String {
        let key: Key = switch ArabicPlural.category(of: max(1, minutes)) {
        case .zero, .one: .readingTimeOne
        case .two: .readingTimeTwo
        case .few: .readingTimeFew
        case .many: .readingTimeMany
        case .other: .readingTimeOther
        }
        return text(key, ["n": digits.apply(to: String(max(1, minutes)))])
    }
}

// Templates look keys up by name, as in `{{strings.tags}}`.
extension ThemeStrings: MustacheParent {
    func child(named name: String) -> Any? { table[name] }
}
