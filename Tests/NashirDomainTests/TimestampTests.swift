import Foundation
import NashirDomain
import Testing

@Suite struct TimestampTests {
    @Test(arguments: ["2026-11-29T11:39:45.026Z", "1999-12-31T23:59:59.999Z", "1969-07-20T20:17:40.001Z", "2020-12-27T10:00:00.000Z"])
    func roundTripsExactly(_ text: String) throws {
        let date = try #require(Timestamp.parse(text))
        #expect(Timestamp.format(date) == text)
        #expect(Timestamp.format(try #require(Timestamp.parse(Timestamp.format(date)))) == text)
    }

    @Test func readsFeedDatesWithOffsetsAndBareDates() {
        #expect(Timestamp.parse("2017-01-20T21:43:00+01:00").map(Timestamp.format) == "2017-01-20T20:43:00.000Z")
        #expect(Timestamp.parse("2018-02-18").map(Timestamp.format) == "2018-02-18T00:00:00.000Z")
        #expect(Timestamp.parse("yesterday") == nil)
    }

    @Test func roundsToTheNearestMillisecond() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: 0.0006)) == "1970-01-01T00:00:00.001Z")
    }
}
