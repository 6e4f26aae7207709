import Foundation
import NashirDomain
import Synchronization

/// A clock that moves only when a test says so, for anything that depends on time.
public final class ManualClock: Sendable {
    private let current: Mutex<Date>

    public init(_ start: Date) {
        current = Mutex(start)
    }

    public var now: Date { current.withLock { $0 } }

    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    public func set(_ date: Date) {
        current.withLock { $0 = date }
    }

    /// The time source to hand to the code under test.
    public var source: TimeSource {
        TimeSource { [self] in now }
    }
}

/// Names collected from a callback, for tests that check what happened.
public final class Recorder<Value: Sendable>: Sendable {
    private let values = Mutex<[Value]>([])

    public init() {}

    public func record(_ value: Value) { values.withLock { $0.append(value) } }

    /// Everything recorded since the last call, and forgets it.
    public func take() -> [Value] { values.withLock { values in defer { values.removeAll() }; return values } }
}
