import Foundation

/// The feeds the newsroom polls, and what each poll left behind.
public protocol SourceStore: Sendable {
    /// Adds a source; `StoreError.duplicate` when the name is taken.
    func addSource(_ settings: FeedSourceSettings) async throws -> FeedSource
    /// Every source, by name.
    func sources() async throws -> [FeedSource]
    /// Removes the source called `name`; its items stay. False when there was none.
    func removeSource(named name: String) async throws -> Bool
    /// Saves a source's poll state after a poll.
    func recordPoll(of source: Int64, _ state: PollState) async throws
    /// Takes a source that is due at `now` for one poll, moving its next poll to `until` so no
    /// other instance polls it meanwhile: of several asking at once, exactly one gets true. A
    /// poll that dies before `recordPoll` leaves the source due again at `until`.
    func claimPoll(of source: Int64, at now: Date, until: Date) async throws -> Bool
}
