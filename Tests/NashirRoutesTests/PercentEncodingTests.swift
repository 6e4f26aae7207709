import Foundation
import NashirDomain
import NashirRoutes
import NashirTestSupport
import Testing

/// The byte-wise percent-encoding agrees with Foundation's, which it replaced for speed.
@Suite struct PercentEncodingTests {
    static let pieces = ["ا", "ل", "خ", "ب", "ر", "ً", "a", "Z", "0", "9", "-", ".", "_", "~", " ", "+", "&", "=", "/", "?", "#",
                         "%", "%2", "%41", "%D8%A7", "%d8%a7", "%zz", "%FF", "%C3", "é", "😀", "\u{0}"]

    @Test func encodingAndDecodingMatchFoundation() {
        var random = SeededRandom(seed: 0x7065_7263)
        let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        for _ in 0..<3_000 {
            let text = (0..<random.below(12)).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined()
            #expect(PercentEncoding.encode(text) == text.addingPercentEncoding(withAllowedCharacters: unreserved), "\(text)")
            // Foundation reads Characters: a "%" a combining mark follows is not a "%" to it, and the
            // escape is not refused as malformed. Bytes see the "%".
            let scalars = Array(text.unicodeScalars)
            let markedPercent = zip(scalars, scalars.dropFirst()).contains { $0 == "%" && $1.properties.isGraphemeExtend }
            let foundation = markedPercent ? nil : text.contains("%") ? text.removingPercentEncoding : text
            #expect(PercentEncoding.decode(text) == foundation, "\(scalars)")
            #expect(PercentEncoding.decode(PercentEncoding.encode(text)) == text)
        }
    }

    @Test func queryValuesReadPlusAsSpaceAndKeepMalformedEscapesAsTyped() {
        let items = PercentEncoding.queryItems("q=%D8%AD%D9%81%D8%AA%D8%B1+%D9%84%D9%8A%D8%A8%D9%8A%D8%A7&bad=50%&empty=&flag")
        #expect(items.map(\.name) == ["q", "bad", "empty", "flag"])
        #expect(items.map(\.value) == ["حفتر ليبيا", "50%", "", ""])
        #expect(PercentEncoding.decode("%\u{64B}41") == nil)
    }
}
