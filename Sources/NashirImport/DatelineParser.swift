import ArabicText
import Foundation
import NashirDomain

/// Reads the datelines Arabic outlets open wire copy with, alone on a line or leading a paragraph.
///
/// Recognised shapes: «طرابلس – وكالات:», «الرياض - واس:», «بيروت ـ «الشرق الأوسط»:»,
/// «القاهرة (رويترز) -», «دبي، الإمارات العربية المتحدة (CNN) --», «(CNN)--»,
/// «تونس 11 ديسمبر 2016 (وات) -», «بغداد، 12 أيار/مايو 2018 –».
public enum DatelineParser {
    /// A dateline found at the start of a text, and the text that follows it.
    public struct Match: Equatable, Sendable {
        public var dateline: Dateline
        public var remainder: String
    }

    /// Parses a dateline at the very start of `text`; nil when the text does not open with one.
    public static func parse(_ text: String, timeZone: TimeZone = TimeZone(identifier: "UTC")!) -> Match? {
        // Most paragraphs open with neither a bracket nor a colon: skip the regexes for them.
        guard text.unicodeScalars.prefix(110).contains(where: { $0 == "(" || $0 == ":" || $0 == "–" || $0 == "-" || $0 == "—" }) else { return nil }
        let trimmed = text.trimmingSpaces()
        if let match = trimmed.firstMatch(of: parenthesised) {
            let head = match.output.1.trimmingSpaces()
            guard let (place, date) = placeAndDate(head, timeZone: timeZone, allowEmpty: true) else { return nil }
            let source = match.output.2.trimmingSpaces()
            return Match(dateline: Dateline(place: place, source: source, date: date), remainder: rest(trimmed, after: match.range))
        }
        // «بغداد، 12 أيار/مايو 2018 –»: the place and the date, no source (a UN agency's press release).
        if let match = trimmed.firstMatch(of: datedPlace) {
            guard let (place, date) = placeAndDate(String(match.output.1), timeZone: timeZone, allowEmpty: false), place != nil, date != nil else { return nil }
            return Match(dateline: Dateline(place: place, date: date), remainder: rest(trimmed, after: match.range))
        }
        if let match = trimmed.wholeMatch(of: bracketedLine), let line = bracketedDateline(head: String(match.output.1), source: String(match.output.2), timeZone: timeZone) {
            return Match(dateline: line, remainder: "")
        }
        if let match = trimmed.firstMatch(of: dashed) {
            guard let (place, date) = placeAndDate(String(match.output.1), timeZone: timeZone, allowEmpty: false),
                  let source = sourceName(String(match.output.2))
            else { return nil }
            return Match(dateline: Dateline(place: place, source: source, date: date), remainder: rest(trimmed, after: match.range))
        }
        return nil
    }

    /// True when the whole line is a dateline and nothing else, like the seed's «طرابلس – وكالات:».
    public static func isWholeLine(_ line: String) -> Bool {
        parse(line)?.remainder.isEmpty == true
    }

    // MARK: - Shapes

    private static let dash = #"[-–—ـ]{1,3}"#

    /// «PLACE[ DATE] (SOURCE) -» where the place may be empty («(CNN)--»).
    nonisolated(unsafe) private static let parenthesised = try! Regex(
        #"^([^()\n.!؟:"«»]{0,60}?)\s*\(([^()\n]{1,30})\)\s*"# + dash + #"\s*"#, as: (Substring, Substring, Substring).self)

    /// «PLACE، DAY MONTH YEAR –»: a comma after the place, the date's year right before the dash.
    nonisolated(unsafe) private static let datedPlace = try! Regex(
        #"^([^()\n.!؟:"«»\-–—ـ،,]{2,30}[،,]\s*\d{1,2}\s+\S{2,20}\s+\d{4})\s+"# + dash + #"\s*"#, as: (Substring, Substring).self)

    /// «روسيا (وكالات)», «باكو، 18 مارس (أذرتاج).»: a whole line, with no dash after the bracket.
    nonisolated(unsafe) private static let bracketedLine = try! Regex(
        #"([^()\n.!؟:"«»\-–—ـ]{2,40}?)\s*\(([^()\n\d]{2,30})\)\s*[.:]?"#, as: (Substring, Substring, Substring).self)

    /// A bracketed line is a dateline when its head is dated, or a place of a word or two over a
    /// wire's name; a photo's caption has the same shape («جانب من الاجتماع (أ ف ب)»).
    private static func bracketedDateline(head: String, source: String, timeZone: TimeZone) -> Dateline? {
        var words = head.split(whereSeparator: \.isWhitespace).map(String.init)
        // A day and a month without the year («18 مارس»): the wire's own date, though no full one.
        var dated = false
        if words.count >= 3, ArabicMonthParser.month(named: words[words.count - 1]) != nil, Int(DigitStyle.western.apply(to: words[words.count - 2])) != nil {
            words.removeLast(2)
            dated = true
        }
        guard !words.contains(where: captionWords.contains),
              let (place, date) = placeAndDate(words.joined(separator: " "), timeZone: timeZone, allowEmpty: false), let place else { return nil }
        let wire = source.trimmingSpaces()
        let credited = PageTextChrome.collectiveCredits.contains(wire) || PageTextBody.isAgencyName(wire)
        guard dated || date != nil || credited && place.split(separator: " ").count <= 2 else { return nil }
        return Dateline(place: place, source: wire, date: date)
    }

    /// Words of a photo's caption, never of a place: «صورة تعبيرية (فرانس برس)», «جانب من الاجتماع (أ ف ب)».
    private static let captionWords: Set<String> = ["صورة", "صور", "تعبيرية", "أرشيفية", "ارشيفية", "أرشيف", "ارشيف", "تصوير", "لقطة", "جانب", "مشهد"]

    /// «PLACE - SOURCE:» with a short source, quoted or not.
    nonisolated(unsafe) private static let dashed = try! Regex(
        #"^([^()\n.!؟:"«»\-–—ـ]{2,40}?)\s+"# + dash + #"\s*([^\n:.!؟]{2,40}?)\s*:\s*"#, as: (Substring, Substring, Substring).self)

    private static func rest(_ text: String, after range: Range<String.Index>) -> String {
        text[range.upperBound...].trimmingSpaces()
    }

    /// Splits «تونس 11 ديسمبر 2016» into place and date; rejects heads too long to be a place.
    private static func placeAndDate(_ head: String, timeZone: TimeZone, allowEmpty: Bool) -> (String?, Date?)? {
        var words = head.split(whereSeparator: \.isWhitespace).map(String.init)
        var date: Date?
        if words.count >= 4, let year = Int(DigitStyle.western.apply(to: words[words.count - 1])),
           let month = ArabicMonthParser.month(named: words[words.count - 2]),
           let day = Int(DigitStyle.western.apply(to: words[words.count - 3])) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            date = calendar.date(from: DateComponents(year: year, month: month, day: day))
            words.removeLast(3)
        }
        let place = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "،, "))
        if place.isEmpty { return allowEmpty ? (nil, date) : nil }
        // A place is a city and perhaps its country: «دبي، الإمارات العربية المتحدة» is six words.
        guard words.count <= 6, !place.contains(where: \.isNumber) else { return nil }
        return (place, date)
    }

    /// An agency name is a few words, possibly in « »; anything longer is a sentence, not a credit.
    private static func sourceName(_ raw: String) -> String? {
        let name = raw.trimmingSpaces()
        guard !name.isEmpty, name.split(whereSeparator: \.isWhitespace).count <= 4 else { return nil }
        return name
    }
}
