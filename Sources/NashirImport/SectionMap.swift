import NashirDomain

/// Arabic sections for the labels a feed files its stories under («economy» → اقتصاد), given to
/// an importer as data so each source brings its own table.
public struct SectionMap: Sendable, Equatable {
    /// Known labels, exactly as the feed writes them.
    public var sections: [String: Section]
    /// Where a record without a label goes.
    public var unlabelled: Section

    public init(_ sections: [String: Section], unlabelled: Section = Section(slug: "news", name: "أخبار")) {
        self.sections = sections
        self.unlabelled = unlabelled
    }

    /// The section for a label; a name given alongside (as Nashir's exports do) wins, and an
    /// unknown label becomes a section of its own.
    public func section(label: String?, name: String?) -> Section {
        guard let label, !label.isEmpty else { return Section(slug: unlabelled.slug, name: name ?? unlabelled.name) }
        if let name { return Section(slug: label, name: name) }
        if let section = sections[label] { return section }
        return Section(slug: TextCleaning.slug(for: label), name: label)
    }
}
