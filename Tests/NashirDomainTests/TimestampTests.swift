import Foundation
import NashirDomain
import PropertyBased
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

/// The digit-by-digit form and reading against Foundation's formatters, over random instants of
/// four centuries and random near-misses of the stored form.
@Suite struct TimestampAgainstFoundationTests {
    /// What `Timestamp.format` printed before it wrote digits itself: the C library's calendar.
    static func reference(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var seconds = time_t(milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(milliseconds - Int64(seconds) * 1000))
    }

    static func foundationParse(_ text: String) -> Date? {
        let parsed = (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt).parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text))
            ?? (try? Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash).parse(text))
        return parsed.map { Date(timeIntervalSince1970: ($0.timeIntervalSince1970 * 1000).rounded() / 1000) }
    }

    @Test func formatsAndReadsLikeFoundation() async {
        // 1800-01-01 to 2200-01-01, in milliseconds, plus sub-millisecond noise to exercise rounding.
        let range: ClosedRange<Int64> = -5_364_662_400_000...7_258_118_400_000
        await propertyCheck(count: 3000, input: Gen.int64(in: range), Gen.int(in: 0...999)) { milliseconds, noise in
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000 + Double(noise) / 1_000_000_000)
            let text = Timestamp.format(date)
            #expect(text == Self.reference(date))
            #expect(Timestamp.parse(text) == Self.foundationParse(text))
            #expect(Timestamp.parse(text).map(Timestamp.format) == text)
        }
    }

    @Test func readsNearMissesOfTheStoredFormLikeFoundation() async {
        let base = Array("2024-02-29T23:59:59.999Z".utf8)
        let replacements = Array("0123456789-:.TZ+ ".utf8)
        await propertyCheck(count: 3000, input: Gen.int(in: 0...23), Gen.int(in: 0...(replacements.count - 1))) { position, replacement in
            var bytes = base
            bytes[position] = replacements[replacement]
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(Timestamp.parse(text) == Self.foundationParse(text), "«\(text)»")
        }
    }

    @Test(arguments: ["2023-02-29T00:00:00.000Z", "2024-13-01T00:00:00.000Z", "2024-04-31T00:00:00.000Z", "2024-01-01T24:00:00.000Z"])
    func refusesImpossibleInstantsLikeFoundation(_ text: String) {
        #expect(Timestamp.parse(text) == Self.foundationParse(text))
    }
}
