import NashirDomain

/// Arabic names and URL slugs for the section labels feeds use in English.
enum CorpusSections {
    private static let known: [String: Section] = [
        "culture": Section(slug: "culture", name: "ثقافة"),
        "economy": Section(slug: "economy", name: "اقتصاد"),
        "internationalNews": Section(slug: "international", name: "دولية"),
        "middleEast": Section(slug: "middle-east", name: "الشرق الأوسط"),
        "sport": Section(slug: "sport", name: "رياضة"),
        "technology": Section(slug: "technology", name: "تكنولوجيا"),
        "localNews": Section(slug: "local", name: "وطنية"),
        "politic": Section(slug: "politics", name: "سياسة"),
        "society": Section(slug: "society", name: "مجتمع"),
        "diverse": Section(slug: "misc", name: "متفرقات"),
    ]

    /// The section for a label; a name given alongside (as Nashir's exports do) wins.
    static func section(label: String?, name: String?) -> Section {
        guard let label, !label.isEmpty else { return Section(slug: "news", name: name ?? "أخبار") }
        if let name { return Section(slug: label, name: name) }
        if let section = known[label] { return section }
        return Section(slug: TextCleaning.slug(for: label), name: label)
    }
}
