import Foundation
import Testing

@testable import NashirWeb

@Suite("HTTPDate")
struct HTTPDateTests {
    /// RFC 9110 §5.6.7's example, the epoch, a leap day and a year's last second.
    @Test(arguments: [
        (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),
        (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
        (1_709_164_800, "Thu, 29 Feb 2024 00:00:00 GMT"),
        (1_798_761_599, "Thu, 31 Dec 2026 23:59:59 GMT"),
    ])
    func formatsIMFFixdate(seconds: Int, expected: String) {
        #expect(HTTPDate.format(seconds) == expected)
        #expect(HTTPDate.parse(expected) == seconds)
    }

    @Test func nowIsTheCurrentSecond() {
        let (second, text) = HTTPDate.current()
        #expect(abs(second - Int(Date().timeIntervalSince1970)) <= 1)
        #expect(HTTPDate.parse(text) == second)
    }
}
