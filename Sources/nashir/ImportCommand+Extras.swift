import Foundation
import NashirAuth
import NashirDomain
import NashirImport
import NashirRoutes
import NashirSQLite

/// What an import brings besides articles: the pictures to copy later and the writers to
/// make accounts for.
extension ImportCommand {
    /// One line of `--attachments FILE`: a picture or file to copy, and the story using it.
    struct MediaLine: Encodable {
        var url: String
        var role: String
        var caption: String?
        var sourceKey: String?
        var articleID: Int64?
        var articlePath: String?
        var file: String
        var line: Int

        enum CodingKeys: String, CodingKey {
            case url, role, caption, file, line
            case sourceKey = "source_key", articleID = "article_id", articlePath = "article_path"
        }
    }

    /// The lines of one file's media, each pointing at the article saved for its story.
    static func mediaLines(_ media: [ImportedMedia], saved: [SaveResult]) -> [String] {
        let articles = Dictionary(saved.map { ($0.article.content.origin, $0.article) }, uniquingKeysWith: { first, _ in first })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return media.compactMap { item in
            let article = item.article.flatMap { articles[$0] }
            let line = MediaLine(
                url: item.url, role: item.role.rawValue, caption: item.caption, sourceKey: item.article?.key, articleID: article?.id.rawValue,
                articlePath: article.map { SiteRoute.of($0).path }, file: item.position.file, line: item.position.line)
            return (try? encoder.encode(line)).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Makes a writer account for each person the import named who has none, unable to sign in
    /// until an administrator sets a password; returns the names made.
    static func createWriters(_ people: [ImportedPerson], in store: any CommandStore) async throws -> [String] {
        var made: [String] = []
        for person in people {
            let name = accountName(for: person)
            if try await store.user(named: name) != nil { continue }
            let user = try await store.createUser(NewUser(name: name, displayName: person.displayName, role: .writer, passwordHash: PasswordHasher.noPassword))
            try await store.record(AuditEvent(at: Date(), kind: "user-added", actor: "import", subject: user.name, detail: "writer, no password yet"))
            made.append(user.name)
        }
        return made
    }

    /// The source's login when Nashir accepts it as a sign-in name, else the e-mail's local part,
    /// else one made from the login's letters, so the same person always gets the same name.
    static func accountName(for person: ImportedPerson) -> String {
        if User.isValidName(person.login) { return person.login }
        if let local = person.email?.split(separator: "@").first.map(String.init), User.isValidName(local) { return local }
        let hash = person.login.unicodeScalars.reduce(UInt32(2_166_136_261)) { ($0 ^ $1.value) &* 16_777_619 }
        return "writer-" + String(hash, radix: 36)
    }
}
