import Foundation
import NashirDomain
import Testing
@testable import NashirImport

/// Feed dates as publishers really write them, all read to the same instant.
@Suite struct FeedDateParserTests {
    @Test(arguments: [
        "Wed, 11 Feb 2026 03:14:52 +0000",
        "Wed, 11 Feb 2026 03:14:52 GMT",
        "11 Feb 2026 03:14:52 UT",
        "Wed, 11 Feb 26 03:14:52 Z",
        "wednesday, 11 february 2026 03:14:52 +00:00",
        "Wed, 11 Feb 2026 06:14:52 +0300",
        "Tue, 10 Feb 2026 22:14:52 EST",
        "Wed,11 Feb 2026 04:14:52 +0100",
        "2026-02-11T03:14:52Z",
        "2026-02-11T03:14:52.000+00:00",
        "2026-02-11T06:14:52+0300",
        "2026-02-11 03:14:52",
    ])
    func readsTheSameInstant(_ text: String) throws {
        let date = try #require(FeedDateParser.parse(text), "\(text)")
        #expect(Timestamp.format(date) == "2026-02-11T03:14:52.000Z")
    }

    @Test func minutesWithoutSecondsAndBareDates() throws {
        #expect(FeedDateParser.parse("1 Dec 2026 10:05 GMT").map(Timestamp.format) == "2026-12-01T10:05:00.000Z")
        #expect(FeedDateParser.parse("2026-12-01").map(Timestamp.format) == "2026-12-01T00:00:00.000Z")
        #expect(FeedDateParser.parse("2026-12-01T10:05+02:00").map(Timestamp.format) == "2026-12-01T08:05:00.000Z")
    }

    @Test(arguments: ["", "yesterday", "Wed, 31 Feb 2026 03:14:52 GMT", "Wed, 11 Feb 2026 25:00:00 GMT", "11 Foo 2026 03:14:52", "الأربعاء 11 فبراير"])
    func refusesWhatIsNotADate(_ text: String) {
        #expect(FeedDateParser.parse(text) == nil)
    }
}
