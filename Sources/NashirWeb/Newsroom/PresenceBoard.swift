import Foundation
import NashirDomain

/// Who has which story open in the editor, as last seen by this instance: shown to the others
/// so two editors know before they collide (the revision check still guards every save).
actor PresenceBoard {
    private var seen: [ArticleID: [UserID: (name: String, at: Date)]] = [:]
    /// How long an opened editor counts as open without another sign of life.
    static let window: TimeInterval = 120

    /// Records that `user` has `article` open, and returns the others who do.
    func visit(_ article: ArticleID, by user: User, at now: Date) -> [String] {
        var people = seen[article, default: [:]].filter { now.timeIntervalSince($0.value.at) < Self.window }
        people[user.id] = (user.displayName, now)
        seen[article] = people
        return people.filter { $0.key != user.id }.map(\.value.name).sorted()
    }
}
