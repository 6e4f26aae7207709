import Foundation

/// Where "now" comes from: the system clock in production, a hand-moved one in tests, so
/// anything that depends on time (scheduled publication, cache expiry) is tested without sleeping.
public struct TimeSource: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    public func now() -> Date { read() }

    public static let system = TimeSource { Date() }
}
