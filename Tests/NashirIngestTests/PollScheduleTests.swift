import Foundation
import NashirDomain
import Testing

@Suite struct PollScheduleTests {
    let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func eachFailureDoublesTheWaitUpToSixHours() {
        #expect(PollSchedule.wait(afterFailures: 0, interval: 300) == 300)
        #expect(PollSchedule.wait(afterFailures: 1, interval: 300) == 600)
        #expect(PollSchedule.wait(afterFailures: 3, interval: 300) == 2_400)
        #expect(PollSchedule.wait(afterFailures: 10, interval: 300) == 6 * 3600)
        #expect(PollSchedule.wait(afterFailures: 10_000, interval: 300) == 6 * 3600)
    }

    @Test func aSuccessClearsTheFailuresAndKeepsValidatorsTheServerDidNotResend() {
        var state = PollState(etag: "\"a\"", lastModified: "Mon, 01 Jan 2024 00:00:00 GMT")
        state = PollSchedule.failed(state, at: start, interval: 300, problem: "the server answered 503 Service Unavailable")
        state = PollSchedule.failed(state, at: start, interval: 300, problem: "the server answered 503 Service Unavailable")
        #expect(state.failures == 2)
        #expect(state.nextPollAt == start.addingTimeInterval(1_200))
        #expect(!state.isDue(at: start.addingTimeInterval(1_199)))
        state = PollSchedule.succeeded(state, at: start, interval: 300, etag: nil, lastModified: nil, items: 3)
        #expect(state.failures == 0 && state.lastProblem == nil && state.itemsReceived == 3)
        #expect(state.etag == "\"a\"" && state.nextPollAt == start.addingTimeInterval(300))
    }

    @Test(arguments: [
        ("", "https://wire.example/feed", 300.0, "name"),
        ("رويترز", "ftp://wire.example/feed", 300, "url"),
        ("رويترز", "wire.example/feed", 300, "url"),
        ("رويترز", "https://wire.example/feed", 5, "every"),
    ])
    func badSettingsNameTheirField(name: String, url: String, interval: Double, field: String) {
        #expect(throws: ArticleValidationError.self) { try FeedSourceSettings(name: name, url: url, interval: interval).validate() }
        do { try FeedSourceSettings(name: name, url: url, interval: interval).validate() } catch { #expect(error.field == field) }
    }
}
