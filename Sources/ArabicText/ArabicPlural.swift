import Foundation

/// Arabic plural agreement after CLDR's rules, so a count reads «١٠٣ نتائج» and not «١٠٣ نتيجة».
///
/// Arabic picks the noun's form from the last two digits, not the whole number: 103 and 3 both
/// take the plural of few, 111 and 11 the accusative singular, while 100, 101 and 102 take the
/// plain singular. Hence the `% 100` below, which a rule written for small numbers leaves out.
public enum ArabicPlural {
    /// CLDR's six plural categories for Arabic.
    public enum Category: String, Sendable, CaseIterable {
        /// n = 0.
        case zero
        /// n = 1.
        case one
        /// n = 2.
        case two
        /// n % 100 in 3…10: 3, 10, 103, 1003.
        case few
        /// n % 100 in 11…99: 11, 99, 111, 1011.
        case many
        /// Everything else: 100–102, 200, 1000, 1001.
        case other
    }

    /// The category CLDR gives `count`; a negative count takes its magnitude's.
    public static func category(of count: Int) -> Category {
        let n = count.magnitude
        switch n {
        case 0: return .zero
        case 1: return .one
        case 2: return .two
        default:
            switch n % 100 {
            case 3...10: return .few
            case 11...99: return .many
            default: return .other
            }
        }
    }

    /// One phrase per category; `{n}` in a phrase stands for the count in the site's digits.
    public struct Forms: Sendable, Equatable {
        /// What a phrase writes where the count goes.
        public static let placeholder = "{n}"

        public var zero: String
        public var one: String
        public var two: String
        public var few: String
        public var many: String
        public var other: String

        public init(zero: String, one: String, two: String, few: String, many: String, other: String) {
            self.zero = zero
            self.one = one
            self.two = two
            self.few = few
            self.many = many
            self.other = other
        }

        /// The phrase for `category`, with its placeholder still in it.
        public func phrase(for category: Category) -> String {
            switch category {
            case .zero: zero
            case .one: one
            case .two: two
            case .few: few
            case .many: many
            case .other: other
            }
        }

        /// `count` in words: its category's phrase with `{n}` replaced by the count in `digits`.
        public func render(_ count: Int, digits: DigitStyle = .western) -> String {
            let phrase = phrase(for: ArabicPlural.category(of: count))
            // Zero, one and two are usually words («نتيجتان»); skip formatting when nothing asks for it.
            guard phrase.contains(Self.placeholder) else { return phrase }
            return phrase.replacingOccurrences(of: Self.placeholder, with: digits.apply(to: String(count)))
        }

        /// Search results: «لا توجد نتائج», «نتيجة واحدة», «نتيجتان», «3 نتائج», «11 نتيجة», «100 نتيجة».
        public static let results = Forms(
            zero: "لا توجد نتائج", one: "نتيجة واحدة", two: "نتيجتان",
            few: "{n} نتائج", many: "{n} نتيجة", other: "{n} نتيجة")

        /// News stories: «لا توجد أخبار», «خبر واحد», «خبران», «3 أخبار», «11 خبرًا», «100 خبر».
        public static let articles = Forms(
            zero: "لا توجد أخبار", one: "خبر واحد", two: "خبران",
            few: "{n} أخبار", many: "{n} خبرًا", other: "{n} خبر")
    }
}
