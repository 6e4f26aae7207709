import Foundation

/// A feed the newsroom takes copy from on a schedule: an agency wire or a partner's site.
public struct FeedSource: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var settings: FeedSourceSettings
    public var poll: PollState

    public init(id: Int64, settings: FeedSourceSettings, poll: PollState = PollState()) {
        self.id = id
        self.settings = settings
        self.poll = poll
    }
}

/// What an editor decides about a source: where it is, how often to ask, where its copy goes.
public struct FeedSourceSettings: Sendable, Equatable {
    /// The name the incoming desk shows and items are credited to, unique, e.g. «رويترز».
    public var name: String
    /// An `http(s)` address of an RSS, Atom, JSON Feed, ninjs or NewsML-G2 document.
    public var url: String
    /// Seconds between polls while the source answers.
    public var interval: TimeInterval
    /// The section its items are filed in; nil leaves the importer's choice.
    public var section: Section?
    /// Items go straight to the site instead of the incoming list (a trusted partner's feed).
    public var publishes: Bool

    public init(name: String, url: String, interval: TimeInterval = 300, section: Section? = nil, publishes: Bool = false) {
        self.name = name
        self.url = url
        self.interval = interval
        self.section = section
        self.publishes = publishes
    }

    /// Shortest interval accepted: polling a wire faster than this only loads its server.
    public static let minimumInterval: TimeInterval = 30

    /// Checks the settings, naming the field that is wrong.
    public func validate() throws(ArticleValidationError) {
        if name.isBlank { throw .init(field: "name", problem: "is empty") }
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), ["http", "https"].contains(scheme), parsed.host?.isEmpty == false else {
            throw .init(field: "url", problem: "\"\(url)\" is not an http(s) address")
        }
        if interval < Self.minimumInterval { throw .init(field: "every", problem: "is \(Int(interval)) s; at least \(Int(Self.minimumInterval)) s") }
    }
}

/// What the poller remembers between polls of one source.
public struct PollState: Sendable, Equatable {
    /// The validators the source sent last, echoed so an unchanged feed costs a 304.
    public var etag: String?
    public var lastModified: String?
    /// When the source is next due.
    public var nextPollAt: Date?
    public var lastPolledAt: Date?
    public var lastSuccessAt: Date?
    /// Failures in a row; each one doubles the wait.
    public var failures: Int
    /// Why the last poll failed, for the desk and `nashir sources list`.
    public var lastProblem: String?
    /// Items taken in over the source's life.
    public var itemsReceived: Int

    public init(
        etag: String? = nil, lastModified: String? = nil, nextPollAt: Date? = nil, lastPolledAt: Date? = nil, lastSuccessAt: Date? = nil,
        failures: Int = 0, lastProblem: String? = nil, itemsReceived: Int = 0
    ) {
        self.etag = etag
        self.lastModified = lastModified
        self.nextPollAt = nextPollAt
        self.lastPolledAt = lastPolledAt
        self.lastSuccessAt = lastSuccessAt
        self.failures = failures
        self.lastProblem = lastProblem
        self.itemsReceived = itemsReceived
    }

    /// Whether the source should be asked at `now`.
    public func isDue(at now: Date) -> Bool { (nextPollAt ?? .distantPast) <= now }
}
