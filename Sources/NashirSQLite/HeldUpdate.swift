import NashirDomain

/// A source's version of a story that the newsroom has changed, as `held_update` keeps it.
struct HeldUpdate: Codable {
    var row: ArticleRow
    var section: Section
    var tags: [Tag]

    var content: ArticleContent { row.content(section: section, tags: tags) }
}
