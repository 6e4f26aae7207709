import Foundation

/// Settings as every store keeps them: one text value per key, so backends agree on the keys
/// and a copy between them is lossless.
extension SiteSettings {
    /// Settings from stored key/value pairs; missing keys keep their defaults.
    public init(storedValues values: [String: String]) {
        let defaults = SiteSettings.defaults
        self.init(
            name: values["name"] ?? defaults.name,
            digits: values["digits"] ?? defaults.digits,
            months: values["months"] ?? defaults.months,
            timeZone: values["time_zone"] ?? defaults.timeZone,
            sectionOrder: (values["section_order"] ?? "").split(separator: "\n").map(String.init),
            pinnedLead: values["pinned_lead"].flatMap { Int64($0) }.map { ArticleID($0) },
            legacyBaseURL: values["legacy_base_url"].flatMap { $0.isEmpty ? nil : $0 },
            disabledCopyRules: Self.lines(values["disabled_copy_rules"]),
            houseStyle: values["house_style"],
            newsroomWords: Self.lines(values["newsroom_words"]))
    }

    /// The key/value pairs a store writes; the house style only when set, so an unset one
    /// keeps following the copy desk's own list.
    public var storedValues: [(key: String, value: String)] {
        // Typed apart: the array literal joined to an optional's map took the type checker two seconds.
        let values: [(key: String, value: String)] = [
            ("name", name), ("digits", digits), ("months", months), ("time_zone", timeZone),
            ("section_order", sectionOrder.joined(separator: "\n")),
            ("pinned_lead", pinnedLead.map { String($0.rawValue) } ?? ""),
            ("legacy_base_url", legacyBaseURL ?? ""),
            ("disabled_copy_rules", disabledCopyRules.joined(separator: "\n")),
            ("newsroom_words", newsroomWords.joined(separator: "\n")),
        ]
        guard let houseStyle else { return values }
        return values + [(key: "house_style", value: houseStyle)]
    }

    /// Non-empty lines of a setting stored one item a line.
    private static func lines(_ value: String?) -> [String] {
        (value ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
