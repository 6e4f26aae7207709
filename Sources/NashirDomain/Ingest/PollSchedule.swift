import Foundation

/// When a source is asked again: its interval after a success, and twice as long after each
/// failure in a row, up to six hours, so a source that is down is not hammered and one that
/// comes back is found again the same day.
public enum PollSchedule {
    public static let longestWait: TimeInterval = 6 * 3600

    /// The state after a poll that got an answer (new items or 304).
    public static func succeeded(_ state: PollState, at now: Date, interval: TimeInterval, etag: String?, lastModified: String?, items: Int) -> PollState {
        var next = state
        next.lastPolledAt = now
        next.lastSuccessAt = now
        next.failures = 0
        next.lastProblem = nil
        next.etag = etag ?? state.etag
        next.lastModified = lastModified ?? state.lastModified
        next.itemsReceived += items
        next.nextPollAt = now.addingTimeInterval(interval)
        return next
    }

    /// The state after a poll that failed, with the reason kept for the desk.
    public static func failed(_ state: PollState, at now: Date, interval: TimeInterval, problem: String) -> PollState {
        var next = state
        next.lastPolledAt = now
        next.failures += 1
        next.lastProblem = problem
        next.nextPollAt = now.addingTimeInterval(wait(afterFailures: next.failures, interval: interval))
        return next
    }

    /// interval × 2^failures, at most `longestWait`.
    public static func wait(afterFailures failures: Int, interval: TimeInterval) -> TimeInterval {
        let factor = pow(2.0, Double(min(max(failures, 0), 20)))
        return min(interval * factor, max(longestWait, interval))
    }
}
