/// What asking a source for its feed gave.
public enum FetchResult: Sendable, Equatable {
    /// The feed has not changed since the validators we sent (HTTP 304).
    case notModified
    /// The feed's bytes, with the validators to send next time and the charset the server declared.
    case document(bytes: [UInt8], etag: String?, lastModified: String?, charset: String?)
}

/// Why a source could not be read, in words for the desk and the log.
public struct FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problem: String
    public init(_ problem: String) { self.problem = problem }
    public var description: String { problem }
}

/// Fetches one feed document over the network, conditionally.
public protocol FeedFetching: Sendable {
    func fetch(_ url: String, etag: String?, lastModified: String?) async throws(FetchError) -> FetchResult
}
