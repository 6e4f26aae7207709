import Foundation
import NashirDomain
import NashirTestSupport
import Testing
@testable import NashirImport

/// The fixture export, read as `nashir import --format wxr` reads it.
@Suite struct WXRImporterTests {
    static let site = "https://old.example.com"

    private func batch() throws -> ImportBatch {
        try ArticleFileReader(format: .wxr).read(path: Fixtures.wordPressExport.path).batch
    }

    private func post(_ id: String, in batch: ImportBatch) throws -> ArticleDraft {
        try #require(batch.drafts.first { $0.draft.content.origin.key == id }?.draft)
    }

    private static func date(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }

    @Test func everyImportableStatusBecomesItsNashirStatusAndTheRestIsReported() throws {
        let batch = try batch()
        let statuses = Dictionary(uniqueKeysWithValues: batch.drafts.map { ($0.draft.content.origin.key, $0.draft.content.status) })
        #expect(statuses == ["101": .published, "102": .published, "103": .published, "104": .draft, "105": .inReview, "106": .draft])
        let skipped = batch.skipped.map(\.problem)
        #expect(skipped.contains { $0.contains("107") && $0.contains("trash") })
        #expect(skipped.contains { $0.hasPrefix("page 2 «من نحن»") })
        #expect(skipped.contains { $0.contains("nav_menu_item") })
        #expect(batch.skipped.allSatisfy { $0.file == Fixtures.wordPressExport.path && $0.line != nil })
    }

    @Test func datesComeFromGMTOrFromLocalTimeAtTheSitesOwnOffset() throws {
        let batch = try batch()
        let published = try post("101", in: batch)
        #expect(published.content.publishedAt == Self.date("2024-05-14T09:30:00Z"))
        #expect(published.createdAt == Self.date("2024-05-14T09:30:00Z") && published.updatedAt == Self.date("2024-05-14T10:00:00Z"))
        // No GMT time: the local 10:00 less the +3 hours every other post of the file shows.
        #expect(try post("102", in: batch).content.publishedAt == Self.date("2024-05-15T07:00:00Z"))
        // Scheduled: published at its future time, so the site holds it back until then.
        let scheduled = try post("103", in: batch).content
        #expect(scheduled.status == .published && scheduled.publishedAt == Self.date("2030-01-01T06:00:00Z"))
        #expect(try post("104", in: batch).content.publishedAt == nil)
    }

    @Test func authorsCategoriesTagsSlugsAndAddressesAreKept() throws {
        let batch = try batch()
        let first = try post("101", in: batch).content
        #expect(first.origin == ArticleOrigin(source: Self.site, key: "101"))
        #expect(first.slug == "ليبيا-تستضيف-مؤتمر-المصالحة")
        #expect(first.headline == "ليبيا تستضيف مؤتمر المصالحة الوطنية")
        #expect(first.byline == "أحمد السالم")
        // The SEO plugin's primary category wins over the first listed.
        #expect(first.section == Section(slug: "local", name: "محليات"))
        #expect(first.tags == [Tag(slug: "libya", name: "ليبيا")])
        #expect(first.summary == "طرابلس تستضيف مؤتمر المصالحة الوطنية الشهر المقبل.")
        #expect(first.sourceURL?.hasPrefix("https://old.example.com/2024/05/14/%d9%84") == true)
        #expect(first.leadImageURL == "https://old.example.com/wp-content/uploads/2024/05/tripoli.jpg")

        let second = try post("102", in: batch).content
        #expect(second.headline == "تونس: انطلاق الحملة الانتخابية & الجدل حول الموعد")
        #expect(second.byline == "منى الهاشمي")
        #expect(second.section == Section(slug: "رياضة", name: "رياضة"))
        #expect(second.tags == [Tag(slug: "الانتخابات", name: "الانتخابات"), Tag(slug: "libya", name: "ليبيا")])
        // No post_name (a draft): the slug is made from the headline.
        #expect(try post("104", in: batch).content.slug == "مسودة-ميزانية-البلديات")
        #expect(batch.people.map(\.login) == ["ahmed", "mona.h"])
        #expect(batch.people.map(\.displayName) == ["أحمد السالم", "منى الهاشمي"])
    }

    @Test func aBlockEditorPostLosesItsCommentsAndKeepsItsStructure() throws {
        let body = try post("101", in: try batch()).content.body
        #expect(body.map(\.kind) == ["paragraph", "subheading", "list", "quote", "embed", "paragraph"])
        #expect(body[0].hasMarks)
        #expect(body[1] == .subheading("من يشارك؟"))
        #expect(body[2].text == "ممثلو المدن\nزعماء القبائل")
        if case .quote(let text, let source) = body[3] {
            #expect(text.plain == "المصالحة طريقنا إلى الاستقرار." && source == "رئيس الحكومة")
        }
        #expect(body[4] == .embed(url: "https://www.youtube.com/watch?v=abc123"))
        #expect(!body.contains { $0.text.contains("wp:") || $0.text.contains("ساحة الشهداء") })
    }

    @Test func aClassicPostGetsWordPressParagraphsAndItsShortcodesResolved() throws {
        let body = try post("102", in: try batch()).content.body
        let texts = body.map(\.text)
        // A single line break stays a break, never run into the sentence before it.
        #expect(!texts.contains { $0.contains("الاقتراع. وقالت") })
        #expect(texts.contains { $0.hasPrefix("انطلقت اليوم الحملة الانتخابية") })
        #expect(body.contains { $0.hasMarks })
        let embeds = body.compactMap { if case .embed(let url) = $0 { url } else { nil } }
        #expect(embeds == ["https://twitter.com/isie_tn/status/1790000000000000000", "https://www.youtube.com/watch?v=xyz789"])
        #expect(body.contains(.subheading("ردود الفعل")))
        // An unknown plugin's box keeps its copy; a form and the caption are no copy.
        #expect(texts.contains { $0.contains("وقد دعت المعارضة إلى المقاطعة.") })
        #expect(!texts.contains { $0.contains("[") || $0.contains("اتصل بنا") || $0.contains("مقر الهيئة") })
        #expect(texts.firstIndex { $0.hasPrefix("وأضافت الهيئة") }! < body.firstIndex(of: .embed(url: embeds[0]))!)
    }

    @Test func picturesAttachmentsAndGalleriesAreListedForTheMediaDesk() throws {
        let media = try batch().media
        let tripoli = "https://old.example.com/wp-content/uploads/2024/05/tripoli.jpg"
        let tunis = "https://old.example.com/wp-content/uploads/2024/05/tunis.jpg"
        let first = ArticleOrigin(source: Self.site, key: "101")
        let second = ArticleOrigin(source: Self.site, key: "102")
        #expect(media.contains(ImportedMedia(url: tripoli, role: .lead, article: first, position: SourcePosition(file: Fixtures.wordPressExport.path, line: media.first { $0.role == .lead }?.position.line ?? 0))))
        #expect(media.contains { $0.url == tunis && $0.role == .inline && $0.article == second })
        #expect(Set(media.filter { $0.role == .gallery }.map(\.url)) == [tripoli, tunis])
        #expect(media.filter { $0.role == .attachment }.map(\.url) == [tripoli, tunis])
        #expect(media.first { $0.role == .attachment }?.article == first)
    }

    @Test func theExportIsRecognisedByItsNamespace() throws {
        let text = try String(contentsOf: Fixtures.wordPressExport, encoding: .utf8)
        #expect(WXRImporter().sniff(path: "export.xml", text: text))
        #expect(!WXRImporter().sniff(path: "feed.xml", text: "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>"))
        #expect(try ArticleFileReader().read(path: Fixtures.wordPressExport.path).format == .wxr)
    }
}

/// A bad export fails whole, with the line and column where the XML breaks.
@Suite struct WXRBadInputTests {
    let folder: TemporaryDirectory
    init() throws { folder = try TemporaryDirectory() }

    private func failure(_ text: String) throws -> (path: String, error: ImportError) {
        let path = try folder.write("export.xml", text)
        do { _ = try ArticleFileReader(format: .wxr).read(path: path) } catch { return (path, error) }
        Issue.record("accepted")
        throw CancellationError()
    }

    static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel><link>https://old.example.com</link>\n"

    @Test func malformedXMLNamesTheFileLineAndColumn() throws {
        let (path, error) = try failure(Self.head + "<item><title>خبر</titel></item>\n</channel></rss>\n")
        #expect(error.line == 4)
        let rest = error.description.dropFirst("\(path):4:".count)
        #expect(error.description.hasPrefix("\(path):4:") && rest.prefix { $0.isNumber }.count > 0, "\(error)")
        #expect(error.problem.contains("mismatch"))
    }

    @Test func anEntityDeclarationIsRefusedBeforeParsing() throws {
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!ENTITY a \"aaaaaaaaaa\">\n <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n<rss><channel><title>&b;</title></channel></rss>\n"
        let (path, error) = try failure(bomb)
        #expect(error.description.hasPrefix("\(path):3:2: "), "\(error)")
    }

    @Test func anExternalEntityIsRefusedNotFetched() throws {
        let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><link>https://old.example.com</link><item><title>&xxe;</title></item></channel></rss>\n"
        let (path, error) = try failure(xxe)
        #expect(error.description.hasPrefix("\(path):2:16: "), "\(error)")
        #expect(!error.problem.contains("root:"))
    }

    @Test func xmlThatIsNoWordPressExportSaysSo() throws {
        let (_, error) = try failure("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>\n")
        #expect(error.problem.contains("not a WordPress export"))
    }

    @Test func anExportWithoutTheSitesAddressIsRefused() throws {
        let (_, error) = try failure("<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>x</title></channel></rss>\n")
        #expect(error.problem.contains("names no site address"))
    }
}
