import Foundation
import Synchronization

/// Everything a store keeps, as records that keep their ids, so `nashir copy` moves a whole
/// newsroom between SQLite and PostgreSQL and every address, session and token still works.
public enum ArchiveRecord: Sendable, Equatable {
    case setting(key: String, value: String)
    case section(id: Int64, Section)
    case tag(id: Int64, Tag)
    case account(ArchivedAccount)
    case session(ArchivedSession)
    case token(ArchivedToken)
    case audit(id: Int64, AuditEvent)
    case media(MediaItem)
    case source(FeedSource)
    case article(ArchivedArticle)
    case reads(hour: Date, article: ArticleID, reads: Int)
}

/// An account with what signing in needs: the password's hash and the failed attempts.
public struct ArchivedAccount: Sendable, Equatable {
    public var user: User
    public var passwordHash: String
    public var failedSignIns: Int
    public var lockedUntil: Date?

    public init(user: User, passwordHash: String, failedSignIns: Int, lockedUntil: Date?) {
        self.user = user
        self.passwordHash = passwordHash
        self.failedSignIns = failedSignIns
        self.lockedUntil = lockedUntil
    }
}

/// A sign-in session, by the hash of its id (the id itself is never stored).
public struct ArchivedSession: Sendable, Equatable {
    public var idHash: String
    public var user: UserID
    public var csrfToken: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(idHash: String, user: UserID, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.idHash = idHash
        self.user = user
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// An API token, by the hash of its secret.
public struct ArchivedToken: Sendable, Equatable {
    public var id: Int64
    public var user: UserID
    public var label: String
    public var tokenHash: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    public var revokedAt: Date?

    public init(id: Int64, user: UserID, label: String, tokenHash: String, createdAt: Date, lastUsedAt: Date?, revokedAt: Date?) {
        self.id = id
        self.user = user
        self.label = label
        self.tokenHash = tokenHash
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }
}

/// An article with its history: who made the latest save and why, the states earlier saves
/// replaced, an agency version held for an editor, and the story group it arrived in.
public struct ArchivedArticle: Sendable, Equatable {
    public var article: Article
    public var savedBy: UserID?
    public var saveNote: String?
    /// Oldest first, without the current state (that is `article`).
    public var pastRevisions: [ArticleRevision]
    public var held: HeldVersion?
    /// The first story of its incoming group and when it arrived; nil for copy not from a wire.
    public var group: (id: Int64, receivedAt: Date)?

    public init(article: Article, savedBy: UserID?, saveNote: String?, pastRevisions: [ArticleRevision], held: HeldVersion?, group: (id: Int64, receivedAt: Date)?) {
        self.article = article
        self.savedBy = savedBy
        self.saveNote = saveNote
        self.pastRevisions = pastRevisions
        self.held = held
        self.group = group
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.article == rhs.article && lhs.savedBy == rhs.savedBy && lhs.saveNote == rhs.saveNote && lhs.pastRevisions == rhs.pastRevisions
            && lhs.held == rhs.held && lhs.group?.id == rhs.group?.id && lhs.group?.receivedAt == rhs.group?.receivedAt
    }
}

/// Reading a whole store out, and writing one into an empty store, ids kept.
public protocol StoreArchiving: Sendable {
    /// Hands every record over in batches, in an order `restore` accepts: settings, sections and
    /// tags, accounts, sessions, tokens, the audit log, media, sources, articles by id, reads.
    func archive(batchSize: Int, _ body: @Sendable ([ArchiveRecord]) async throws -> Void) async throws
    /// True when the store holds no article and no account: what a copy may write into.
    func holdsNothing() async throws -> Bool
    /// Writes a batch of records with their ids, in one transaction.
    func restore(_ records: [ArchiveRecord]) async throws
    /// After the last batch: new ids continue past the restored ones, the search index and old
    /// addresses are rebuilt, and one site-wide change tells every cache.
    func finishRestore() async throws
}

/// What a copy moved.
public struct CopySummary: Sendable, Equatable {
    public var articles = 0
    public var accounts = 0
    public var records = 0

    public init() {}
}

extension StoreArchiving {
    /// Moves every record into `destination` (which must hold nothing), ids kept, then lets it
    /// rebuild what it derives. This store is only read.
    public func copy(into destination: any StoreArchiving, batchSize: Int = 500) async throws -> CopySummary {
        let summary = Mutex(CopySummary())
        try await archive(batchSize: batchSize) { batch in
            try await destination.restore(batch)
            summary.withLock { summary in
                summary.records += batch.count
                for record in batch {
                    if case .article = record { summary.articles += 1 }
                    if case .account = record { summary.accounts += 1 }
                }
            }
        }
        try await destination.finishRestore()
        return summary.withLock { $0 }
    }
}
