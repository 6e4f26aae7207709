import Hummingbird
import NashirDomain
import NIOCore

/// Who is asking: a signed-in person (with the session their forms must match) or an API token.
public struct RequestIdentity: Sendable, Equatable {
    public var user: User
    /// The browser session, for CSRF checks and signing out; nil for API tokens.
    public var session: UserSession?
    /// The API token used, if any.
    public var tokenID: Int64?

    public init(user: User, session: UserSession? = nil, tokenID: Int64? = nil) {
        self.user = user
        self.session = session
        self.tokenID = tokenID
    }
}

/// The context every route gets: Hummingbird's core plus who is asking, so authentication
/// middleware can fill it in and controllers can check it.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Nil for anonymous requests.
    public var identity: RequestIdentity?
    /// The connection's peer; the client's address unless a trusted proxy says otherwise.
    public let peerAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
        peerAddress = source.channel.remoteAddress?.ipAddress
    }
}
