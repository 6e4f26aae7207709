/// Everything Nashir keeps, behind one name: what the site, the newsroom and the command line
/// use, and what every backend (SQLite now, PostgreSQL later) implements and the contract
/// tests check.
public typealias NashirStore = ArticleReading & ArticleImporting & ArticleEditing & ArticleSearch & SearchIndexing
    & ChangeFeed & SettingsStore & RevisionHistory & NewsroomStore & MediaStore & ReadCounting & SourceStore & IncomingDesk
    & LegacyAddressLookup & StoreArchiving & EditorPresence & ArticlePageReading

/// The newsroom's people: accounts, sessions, API tokens and the audit log.
public typealias NewsroomStore = AccountStore & SessionStore & APITokenStore & AuditLog
