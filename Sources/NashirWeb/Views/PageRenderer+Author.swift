import NashirDomain
import NashirRoutes

extension PageRenderer {
    /// An author's page: their name, bio and published stories, newest first. Only members with
    /// a public profile have one; anyone else's address is not found, as if it did not exist.
    func author(slug: String, page: Int) async throws -> PageCache.Entry {
        guard let user = try await store.user(named: slug), user.isPublicAuthor, user.authorSlug == slug else {
            return .init(page: .notFound, tags: [.site])
        }
        return try await list(
            heading: user.displayName, query: ArticleQuery(author: user.id), route: .author(slug: slug, page: page), page: page,
            // Profiles change with `site`; the stories with their author's tag.
            tags: [.site, .author(user.id)], intro: user.bio)
    }
}
