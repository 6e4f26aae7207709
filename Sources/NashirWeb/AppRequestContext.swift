import Hummingbird

/// Who is asking, once the newsroom signs people in; readers of the public site are anonymous.
public struct RequestIdentity: Sendable, Equatable {
    /// The account's stable name.
    public var name: String

    public init(name: String) {
        self.name = name
    }
}

/// The context every route gets: Hummingbird's core plus who is asking, so authentication
/// middleware can fill it in and controllers can check it.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Nil for anonymous requests.
    public var identity: RequestIdentity?

    public init(source: Source) {
        coreContext = .init(source: source)
        identity = nil
    }
}
