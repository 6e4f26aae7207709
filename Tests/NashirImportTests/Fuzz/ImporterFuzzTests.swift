import Foundation
import NashirDomain
import NashirImport
import NashirTestSupport
import PropertyBased
import Testing

/// Hostile input for every importer: valid documents of each format, mangled by random edits,
/// must come back as articles or as an `ImportError`, never a crash or a hang. The test command
/// runs a short pass; `Benchmarks/fuzz.sh` runs a million inputs each (`NASHIR_FUZZ_COUNT`).
@Suite struct ImporterFuzzTests {
    /// Inputs per importer: a short pass unless `NASHIR_FUZZ_COUNT` asks for more.
    static let count = ProcessInfo.processInfo.environment["NASHIR_FUZZ_COUNT"].flatMap(Int.init) ?? 200
    /// A hang guard that a million inputs on two shared cores stays within.
    static let minutes = count > 10_000 ? 600 : 30

    /// One format's importer and the valid documents its mangled inputs start from.
    struct Target: Sendable, CustomTestStringConvertible {
        let name: String
        let importer: any ArticleImporter
        let seeds: [String]
        var testDescription: String { name }
    }

    static let fixtures = Fixtures.packageRoot.appendingPathComponent("Tests/NashirImportTests/Fixtures")

    static func file(_ path: String) -> [String] {
        (try? String(contentsOf: fixtures.appendingPathComponent(path), encoding: .utf8)).map { [$0] } ?? []
    }

    static let targets: [Target] = [
        Target(name: "feeds (RSS, Atom, JSON Feed, ninjs, NewsML-G2)", importer: FeedImporter(),
               seeds: ["Feeds/atom.xml", "Feeds/jsonfeed.json", "Feeds/ninjs2.json", "Feeds/ninjs3.json", "Feeds/newsml-g2.xml"].flatMap(file)),
        Target(name: "WordPress export", importer: WXRImporter(), seeds: file("WordPress/site-export.xml")),
        Target(name: "JSON Lines", importer: JSONLinesImporter(), seeds: [
            #"{"id": "1", "source": "t", "title": "وزير الدفاع يزور طرابلس", "body": "فقرة أولى.\n\nفقرة «ثانية».", "date": "2024-03-01T10:00:00Z", "tags": [{"slug": "libya", "name": "ليبيا"}]}"#
                + "\n" + #"{"id": "2", "source": "t", "title": "عنوان", "blocks": [{"type": "paragraph", "text": "نص"}, {"type": "quote", "text": "قول"}], "body": ""}"#,
        ]),
        Target(name: "saved web pages", importer: HTMLPageImporter(), seeds: [
            """
            <!DOCTYPE html><html lang="ar" dir="rtl"><head><title>وزير الدفاع التركي يزور ليبيا - الصحيفة</title>
            <meta property="og:title" content="وزير الدفاع التركي يزور ليبيا"><meta property="article:published_time" content="2020-01-05T10:00:00+02:00">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "وزير الدفاع التركي يزور ليبيا", "author": {"name": "أمل"}}</script></head>
            <body><nav><a href="/">الرئيسية</a></nav><article><h1>وزير الدفاع التركي يزور ليبيا</h1><p>طرابلس – وكالات: شدد الوزير على دعم بلاده.</p>
            <p>وأفاد بيان بأن الطرفين بحثا <a href="/x">المستجدات</a>.</p><blockquote>نص مقتبس</blockquote><ul><li>أولا</li></ul></article>
            <footer>جميع الحقوق محفوظة</footer></body></html>
            """,
        ]),
        Target(name: "page text", importer: PageTextImporter(), seeds: (Fixtures.hasSeed ? [Fixtures.seedLines.joined(separator: "\n")] : []) + [
            "أخبار عربية\nوزير الدفاع التركي يزور ليبيا\nالمشري: سننهي مصدر الحرب\nطرابلس – وكالات:\nشدد وزير الدفاع على دعم بلاده.\nالعلامات\nزر الذهاب إلى الأعلى",
        ]),
    ]

    @Test(.timeLimit(.minutes(ImporterFuzzTests.minutes)), arguments: targets)
    func mangledDocumentsAreReadOrRefusedNeverCrash(_ target: Target) async {
        #expect(!target.seeds.isEmpty, "no seed documents for \(target.name)")
        await propertyCheck(
            count: Self.count, input: Gen.int(in: 0...(max(target.seeds.count, 1) - 1)), Gen.uint64(in: 0...UInt64.max).array(of: 1...6)
        ) { seed, edits in
            guard target.seeds.indices.contains(seed) else { return }
            let text = Mutator.apply(edits, to: target.seeds[seed])
            do {
                let batch = try target.importer.read(text, file: "fuzz")
                for imported in batch.drafts {
                    // What an importer hands on names its record and holds a headline.
                    #expect(imported.position.file == "fuzz")
                    #expect(!imported.draft.content.headline.isEmpty)
                }
            } catch let error as ImportError {
                // A refusal names the file (and, where it knows one, the line) and says what is wrong.
                #expect(error.description.hasPrefix("fuzz") && error.description.count > "fuzz: ".count, "\(error)")
            } catch {
                Issue.record("not an ImportError: \(error)")
            }
        }
    }
}
