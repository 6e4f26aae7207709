import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirDomain
import NashirHTML
import NashirRoutes
import NashirSQLite
import NashirTestSupport
import Testing

/// What a reader downloads, held to a budget: HTML ≤ 50 KB gzipped, CSS ≤ 30 KB, script
/// ≤ 10 KB, fonts ≤ 150 KB, and nothing that blocks rendering from another host.
@Suite struct PageBudgetTests {
    static let themeAssets = Fixtures.packageRoot.appendingPathComponent("Themes/default/assets")

    /// A site as full as a busy day makes it: 40 stories of 1,500 words with tags, in 5 sections.
    static func busySite() async throws -> (SiteFixture, Article) {
        let site = try await SiteFixture()
        let paragraph = Array(repeating: "شدد وزير الدفاع التركي على دعم بلاده لحكومة الوفاق في طرابلس", count: 10).joined(separator: "، ")
        let sections = (1...5).map { Section(slug: "s\($0)", name: "القسم \($0)") }
        let drafts = (1...40).map { n in
            TestDraft.make(
                key: "\(n)", headline: "خبر رقم \(n) عن زيارة وزير الدفاع التركي إلى ليبيا", section: sections[n % 5],
                highlights: ["عنوان فرعي أول للخبر \(n)", "عنوان فرعي ثانٍ"], body: Array(repeating: paragraph, count: 15),
                tags: [NashirDomain.Tag(slug: "libya", name: "ليبيا"), NashirDomain.Tag(slug: "t\(n % 7)", name: "وسم \(n % 7)")],
                byline: "وكالات", publishedAt: TestDraft.date(minutes: n))
        }
        let saved = try await site.store.save(drafts)
        return (site, saved[20].article)
    }

    static func gzippedSize(_ text: String) throws -> Int {
        let gzip = try #require(ExternalCheck.executable("gzip"), "gzip is part of every Debian system")
        let outcome = try ExternalCheck.run("/bin/sh", ["-c", "\(gzip) -6c | wc -c"], input: text)
        return try #require(Int(outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test func everyPageTypeStaysUnder50KBCompressedAndLoadsNothingFromAnotherHost() async throws {
        let (site, article) = try await Self.busySite()
        let paths = [
            "/", SiteRoute.of(article).path, "/section/s1", "/tag/libya", "/archive", "/archive/2020/09",
            "/search?q=" + "وزير".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!, "/no/such/page",
        ]
        try await site.test { client in
            for path in paths {
                let html = try await client.execute(uri: path, method: .get).text
                let size = try Self.gzippedSize(html)
                #expect(size <= 50 * 1024, "\(path): \(size) bytes gzipped")
                let page = try #require(HTMLParser.parse(html))
                // Stylesheets and scripts come from the site itself; scripts never block rendering.
                for link in page.elements(named: "link") where link["rel"] == "stylesheet" {
                    #expect(link["href"]?.hasPrefix("/") == true && link["href"]?.hasPrefix("//") == false, "\(path): \(link["href"] ?? "")")
                }
                for script in page.elements(named: "script") where script["src"] != nil {
                    #expect(script["src"]?.hasPrefix("/") == true && script["defer"] != nil, "\(path): \(script["src"] ?? "")")
                }
            }
        }
    }

    @Test func stylesheetScriptAndFontsStayInBudget() throws {
        func size(_ name: String) throws -> Int {
            try Self.themeAssets.appendingPathComponent(name).resourceValues(forKeys: [.fileSizeKey]).fileSize ?? .max
        }
        // Uncompressed, which is stricter than what travels.
        #expect(try size("site.css") <= 30 * 1024)
        #expect(try size("site.js") <= 10 * 1024)
        let fonts = try FileManager.default.contentsOfDirectory(atPath: Self.themeAssets.path).filter { $0.hasSuffix(".woff2") }
        #expect(!fonts.isEmpty)
        #expect(try fonts.map(size).reduce(0, +) <= 150 * 1024)
    }
}
