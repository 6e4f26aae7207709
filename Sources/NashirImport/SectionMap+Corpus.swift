import NashirDomain

extension SectionMap {
    /// The corpus's English section labels (`../shared/corpus`), with the slugs the site uses.
    public static let corpus = SectionMap([
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
    ])
}
