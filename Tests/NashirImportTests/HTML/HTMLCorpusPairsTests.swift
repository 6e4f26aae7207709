import Foundation
import NashirDomain
import NashirTestSupport
import Testing

@testable import NashirImport

/// The corpus's saved pages against the clean text the corpus extracted from them: word overlap
/// per page, and the visible headline. Floors sit a little under the measured figures
/// (Benchmarks/html-extraction.sh) so that a regression on any one page fails.
@Suite struct HTMLCorpusPairsTests {
    static let folder = Fixtures.shared.appendingPathComponent("corpus/html/jawharafm")
    static var pages: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.sorted()
    }
    static let minimumF1 = 0.9

    @Test(.enabled(if: !pages.isEmpty, "needs ../shared/corpus/html"), arguments: pages)
    func eachPageKeepsTheCorpusText(name: String) throws {
        let html = try String(contentsOf: Self.folder.appendingPathComponent(name + ".html"), encoding: .utf8)
        let truth = try String(contentsOf: Self.folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let expectedText = try #require(truth.firstMatch(of: /<TEXT>([\s\S]*?)<\/TEXT>/)).output.1
        let expectedTitle = try #require(truth.firstMatch(of: /<TITLE>(.*?)<\/TITLE>/)).output.1
        let content = try HTMLPageImporter().read(html, file: name + ".html").drafts[0].draft.content
        let text = ([content.dateline?.place, content.dateline?.source].compactMap { $0 } + content.body.map(\.text)).joined(separator: "\n")
        let score = WordOverlap.f1(text, String(expectedText))
        #expect(score >= Self.minimumF1, "F1 \(score)")
        #expect(WordOverlap.words(content.headline) == WordOverlap.words(String(expectedTitle)))
        #expect(content.sourceURL?.hasPrefix("http://www.jawharafm.net/ar/article/") == true)
        #expect(content.publishedAt != nil)
    }
}

/// Word-level F1, as Benchmarks/html_extraction.py counts it.
enum WordOverlap {
    static func words(_ text: String) -> [String] {
        let stripped = text.precomposedStringWithCompatibilityMapping.unicodeScalars.filter {
            !(0x064B...0x065F).contains($0.value) && $0.value != 0x0670 && $0.value != 0x0640
        }
        return String(String.UnicodeScalarView(stripped)).lowercased()
            .split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    }

    static func f1(_ extracted: String, _ truth: String) -> Double {
        var want: [String: Int] = [:]
        for word in words(truth) { want[word, default: 0] += 1 }
        let got = words(extracted)
        let wantCount = want.values.reduce(0, +)
        var overlap = 0
        for word in got where want[word, default: 0] > 0 {
            overlap += 1
            want[word]! -= 1
        }
        guard overlap > 0 else { return 0 }
        let precision = Double(overlap) / Double(got.count)
        let recall = Double(overlap) / Double(wantCount)
        return 2 * precision * recall / (precision + recall)
    }
}
