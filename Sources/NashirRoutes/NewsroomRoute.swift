import NashirDomain

/// Every address of the newsroom: the admin's pages and the admin JSON API. Like `SiteRoute`,
/// the router registers from its kinds and every link is printed from it.
public enum NewsroomRoute: Hashable, Sendable {
    case signIn
    case signOut
    case signOutEverywhere
    /// The first-run page that creates the first administrator.
    case setup
    case dashboard
    /// The article list; its filters travel as the query string the form submits.
    case articles
    case newArticle
    case article(ArticleID)
    case history(ArticleID)
    case restore(ArticleID, revision: Int)
    case people
    case person(UserID)
    case settings
    /// An admin asset, `/admin/assets/{name}`.
    case asset(String)
    /// Image uploads.
    case media
    /// The editor's unsaved text rendered in the public theme.
    case preview
    /// The incoming desk: what the feed sources brought, grouped by story.
    case incoming
    /// Turns an incoming item into the editor's own draft.
    case takeIncoming(ArticleID)
    /// The copy desk's findings on the editor's unsaved text.
    case check

    case apiArticles
    case apiArticle(ArticleID)
    case apiTransitions(ArticleID)
    case apiCheck(ArticleID)
    case apiSections
    case apiTags
    case apiMedia
    case apiMediaItem(MediaID)
    case apiUsers
    case apiOpenAPI

    /// The path, for links, redirects and form actions.
    public var path: String {
        switch self {
        case .signIn: "/admin/login"
        case .signOut: "/admin/logout"
        case .signOutEverywhere: "/admin/logout-everywhere"
        case .setup: "/admin/setup"
        case .dashboard: "/admin"
        case .articles: "/admin/articles"
        case .newArticle: "/admin/articles/new"
        case .article(let id): "/admin/articles/\(id)"
        case .history(let id): "/admin/articles/\(id)/history"
        case .restore(let id, let revision): "/admin/articles/\(id)/restore/\(revision)"
        case .people: "/admin/people"
        case .person(let id): "/admin/people/\(id)"
        case .settings: "/admin/settings"
        case .asset(let name): "/admin/assets/\(PercentEncoding.encode(name))"
        case .media: "/admin/media"
        case .preview: "/admin/preview"
        case .incoming: "/admin/incoming"
        case .takeIncoming(let id): "/admin/incoming/\(id)/take"
        case .check: "/admin/check"
        case .apiArticles: "/api/v1/articles"
        case .apiArticle(let id): "/api/v1/articles/\(id)"
        case .apiTransitions(let id): "/api/v1/articles/\(id)/transitions"
        case .apiCheck(let id): "/api/v1/articles/\(id)/check"
        case .apiSections: "/api/v1/sections"
        case .apiTags: "/api/v1/tags"
        case .apiMedia: "/api/v1/media"
        case .apiMediaItem(let id): "/api/v1/media/\(id.rawValue)"
        case .apiUsers: "/api/v1/users"
        case .apiOpenAPI: "/api/v1/openapi.json"
        }
    }

    /// The router patterns (`:name` for one segment) of every newsroom address.
    public enum Pattern {
        public static let signIn = "/admin/login"
        public static let signOut = "/admin/logout"
        public static let signOutEverywhere = "/admin/logout-everywhere"
        public static let setup = "/admin/setup"
        public static let dashboard = "/admin"
        public static let articles = "/admin/articles"
        public static let newArticle = "/admin/articles/new"
        public static let article = "/admin/articles/:id"
        public static let history = "/admin/articles/:id/history"
        public static let restore = "/admin/articles/:id/restore/:revision"
        public static let people = "/admin/people"
        public static let person = "/admin/people/:id"
        public static let settings = "/admin/settings"
        public static let asset = "/admin/assets/:name"
        public static let media = "/admin/media"
        public static let preview = "/admin/preview"
        public static let incoming = "/admin/incoming"
        public static let takeIncoming = "/admin/incoming/:id/take"
        public static let check = "/admin/check"
        public static let apiArticles = "/api/v1/articles"
        public static let apiArticle = "/api/v1/articles/:id"
        public static let apiTransitions = "/api/v1/articles/:id/transitions"
        public static let apiCheck = "/api/v1/articles/:id/check"
        public static let apiSections = "/api/v1/sections"
        public static let apiTags = "/api/v1/tags"
        public static let apiMedia = "/api/v1/media"
        public static let apiMediaItem = "/api/v1/media/:id"
        public static let apiUsers = "/api/v1/users"
        public static let apiOpenAPI = "/api/v1/openapi.json"
    }
}
