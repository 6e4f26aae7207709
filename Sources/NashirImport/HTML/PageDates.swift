import Foundation
import NashirHTML

/// The publication time a page shows its readers when its metadata states none.
enum PageDates {
    /// The first <time datetime> or dated element (a class or id saying «date» or «time»)
    /// whose text is a numeric date, «2017/03/02 08:05» or «02-03-2017».
    static func visible(page root: HTMLNode) -> Date? {
        for element in root.elements(where: { $0.name == "time" || $0["itemprop"] == "datePublished" }) {
            if let value = element["datetime"] ?? element["content"], let date = PageMetadata.date(value) { return date }
        }
        let dated = root.elements { element in
            let signature = ((element["class"] ?? "") + " " + (element["id"] ?? "")).lowercased()
            return (signature.contains("date") || signature.contains("time") || signature.contains("dat_")) && element.text.count < 80
        }
        return dated.lazy.compactMap { parse(TextCleaning.line($0.text)) }.first
    }

    /// A numeric date, year first or last, with an optional «HH:MM», in UTC.
    static func parse(_ text: String) -> Date? {
        let digits = String(text.map { character -> Character in
            // Arabic-Indic digits, as some themes print them.
            if let value = character.wholeNumberValue, !character.isASCII { return Character(String(value)) }
            return character
        })
        var components = DateComponents()
        components.timeZone = TimeZone(identifier: "UTC")
        if let match = digits.firstMatch(of: /(\d{4})[\/.-](\d{1,2})[\/.-](\d{1,2})/) {
            (components.year, components.month, components.day) = (Int(match.output.1), Int(match.output.2), Int(match.output.3))
        } else if let match = digits.firstMatch(of: /(\d{1,2})[\/.-](\d{1,2})[\/.-](\d{4})/) {
            (components.year, components.month, components.day) = (Int(match.output.3), Int(match.output.2), Int(match.output.1))
        } else {
            return nil
        }
        if let time = digits.firstMatch(of: /(\d{1,2}):(\d{2})/) {
            (components.hour, components.minute) = (Int(time.output.1), Int(time.output.2))
        }
        guard let month = components.month, (1...12).contains(month), let day = components.day, (1...31).contains(day) else { return nil }
        return Calendar(identifier: .gregorian).date(from: components)
    }
}
