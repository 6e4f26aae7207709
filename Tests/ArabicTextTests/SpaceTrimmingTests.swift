import ArabicText
import Foundation
import Testing

/// `trimmingSpaces` against Foundation's `.whitespaces` trimming, over every pairing of
/// spaces, other invisible characters and letters at both ends.
@Suite struct SpaceTrimmingTests {
    static let pieces = [" ", "\t", "\n", "\r", "\u{00A0}", "\u{2009}", "\u{3000}", "\u{200B}", "\u{200F}", "\u{FEFF}", "ـ", "ا", "a", "«", "", "\u{0651}"]

    @Test func trimsWhatFoundationTrims() {
        for a in Self.pieces {
            for b in Self.pieces {
                for c in Self.pieces {
                    let text = a + b + "طرابلس" + c + a + " " + b
                    #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "«\(text.unicodeScalars.map { String($0.value, radix: 16) })»")
                    let inner = b + c
                    #expect(inner.trimmingSpaces() == inner.trimmingCharacters(in: .whitespaces))
                }
            }
        }
    }
}
