import Mustache
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirWeb

/// The escaping and bidi isolation every page's copy goes through, and the reading time.
@Suite struct HTMLTextTests {
    @Test func latinRunsAreIsolatedWithTheirJoinersButNotTheirTrailingPunctuation() {
        #expect(HTMLText.isolatingLatin("قالت CNN إن 5+5 تساوي 10.") == "قالت <bdi>CNN</bdi> إن <bdi>5+5</bdi> تساوي <bdi>10</bdi>.")
        #expect(HTMLText.isolatingLatin("شركة Vue International, وغيرها") == "شركة <bdi>Vue International</bdi>, وغيرها")
        #expect(HTMLText.isolatingLatin("<b>&'\"") == "&lt;<bdi>b</bdi>&gt;&amp;&#39;&quot;")
        #expect(HTMLText.isolatingLatin("") == "")
        #expect(HTMLText.escape("a<b>\"c\"&'d' ع") == "a&lt;b&gt;&quot;c&quot;&amp;&#39;d&#39; ع")
    }

    /// The scalar walk gives what the earlier Character walk gave, marks and CR LF included, and
    /// the theme's escaping what Mustache's own gives.
    @Test func isolationMatchesTheCharacterByCharacterReading() {
        var random = SeededRandom(seed: 0x6E61_7368)
        let mustache = try! MustacheTemplate(string: "{{x}}")
        let pieces = ["ق", "ا", "ل", "ت", "َ", "ّ", "ـ", "a", "Z", "e\u{301}", "7", "٣", " ", ".", ",", "+", "-", "/", ":", "%", "&", "'",
                      "\"", "<", ">", "\r\n", "\n", "«", "»", "،", " \u{301}", "\u{200F}", "😀", "\u{200D}"]
        for _ in 0..<2_000 {
            let text = (0..<random.below(24)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let scalars = Array(text.unicodeScalars)
            #expect(HTMLText.isolatingLatin(text) == CharacterReference.isolatingLatin(text), "\(scalars)")
            #expect(HTMLText.escape(text) == CharacterReference.escape(text), "\(scalars)")
            #expect(ReadingTime.wordCount(text) == text.split(whereSeparator: \.isWhitespace).count, "\(scalars)")
            if !scalars.contains(where: { $0.properties.isGraphemeExtend || $0 == "\u{200D}" }) {
                #expect(ByteEscapedHTML().escapeText(text) == mustache.render(["x": text]), "\(scalars)")
            }
        }
    }

    /// Mustache compares whole Characters with the five: a double quote that a shadda follows is
    /// another Character and went out raw, where it could end an attribute value. Bytes escape it.
    @Test func aSpecialCharacterAMarkFollowsIsStillEscaped() throws {
        #expect(try MustacheTemplate(string: "{{x}}").render(["x": "\"\u{651}"]) == "\"\u{651}")
        #expect(ByteEscapedHTML().escapeText("\"\u{651}") == "&quot;\u{651}")
        #expect(HTMLText.isolatingLatin("<\u{64E}script") == "&lt;\u{64E}<bdi>script</bdi>")
    }

    @Test func theShortcutForArabicAndLatinAgreesWithUnicodesTables() {
        for value in Array(0..<0x0300) + Array(0x0600...0x06FF) {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(CombiningScalars.extendsCharacter(scalar) == CombiningScalars.byProperties(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test func readingTimeRoundsUpWholeMinutes() {
        let words = Array(repeating: "كلمة", count: ReadingTime.wordsPerMinute).joined(separator: " ")
        var content = ArticleContent(
            origin: ArticleOrigin(source: "test", key: "1"), slug: "عنوان", section: Section(slug: "news", name: "أخبار"), headline: "عنوان",
            body: [.paragraph(RichText(words))])
        #expect(ReadingTime.minutes(content) == 2)
        content.body = []
        #expect(ReadingTime.minutes(content) == 1)
    }
}

/// The Character-based implementation the scalar walk replaced, kept as the test's oracle; its
/// escaping reads scalars, as the new one does, so that a mark after "<" does not hide it.
private enum CharacterReference {
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isolatingLatin(_ text: String) -> String {
        var out = ""
        var run = ""
        func flushRun() {
            guard !run.isEmpty else { return }
            var tail = ""
            while let last = run.last, !isRunCore(last) { tail.insert(last, at: tail.startIndex); run.removeLast() }
            out += "<bdi>" + escape(run) + "</bdi>" + escape(tail)
            run = ""
        }
        for character in text {
            if isRunCore(character) || (!run.isEmpty && " .,+-/:%&'".contains(character)) {
                run.append(character)
            } else {
                flushRun()
                out += escape(String(character))
            }
        }
        flushRun()
        return out
    }

    private static func isRunCore(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, scalar.isASCII else { return false }
        return character.isLetter || character.isNumber
    }
}
