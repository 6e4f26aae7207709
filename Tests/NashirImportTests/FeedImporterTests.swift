import Foundation
import NashirDomain
import Testing
@testable import NashirImport

/// Every feed format into drafts: attribution, identity, dates, people, tags, pictures, body.
@Suite struct FeedImporterTests {
    @Test func rssInWindows1256() throws {
        let read = try FeedFixtures.read("rss-windows-1256.xml")
        #expect(read.format == .feed)
        #expect(read.drafts.count == 2)
        let first = read.drafts[0].content
        #expect(first.origin == ArticleOrigin(source: "وكالة الأنباء الليبية", key: "lana-1001"))
        #expect(first.headline == "المجلس الرئاسي يعلن موعد الانتخابات")
        #expect(first.urgent, "«عاجل:» marks the item urgent and leaves the headline")
        #expect(first.status == .incoming)
        #expect(first.section == FeedImporter.defaultSection)
        #expect(first.sourceURL == "https://lana.example.ly/news/%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-1001")
        #expect(first.byline == "سالم الورفلي")
        #expect(first.tags.map(\.name) == ["سياسة", "ليبيا"])
        #expect(first.publishedAt == FeedFixtures.date("2026-12-01T07:30:00Z"))
        #expect(first.leadImageURL == "https://lana.example.ly/images/1001.jpg")
        #expect(first.credit == "وكالة الأنباء الليبية")
        #expect(first.body.map(\.text) == ["أعلن المجلس الرئاسي اليوم موعد الانتخابات العامة في البلاد.", "وقال المتحدث باسم المجلس إن \"الموعد نهائي\" ولن يتغير."])
        #expect(first.body[0].runs.contains { $0.strong && $0.text == "اليوم" })
        #expect(first.summary == "أعلن المجلس الرئاسي اليوم موعد الانتخابات.")
        #expect(read.batch.drafts[0].position.line == 7)

        let second = read.drafts[1].content
        #expect(second.headline == "ارتفاع أسعار النفط & الغاز في الأسواق")
        #expect(!second.urgent)
        #expect(second.origin.key == "https://lana.example.ly/news/1002")
        #expect(second.byline == "قسم الاقتصاد")
        #expect(second.publishedAt == FeedFixtures.date("2026-12-01T10:05:00Z"))
        #expect(second.body.map(\.text) == ["ارتفعت أسعار النفط في تعاملات الثلاثاء.", "وسجل خام برنت زيادة طفيفة."])
        #expect(second.summary == nil, "the description is the body when there is no content")
    }

    @Test func rssInISO88596() throws {
        let draft = try #require(try FeedFixtures.read("rss-iso-8859-6.xml").drafts.first).content
        #expect(draft.headline == "افتتاح معرض الكتاب في دورته الجديدة")
        #expect(draft.body.map(\.text) == ["افتتح وزير الثقافة معرض الكتاب، بمشاركة مئة دار نشر."])
        #expect(draft.publishedAt == FeedFixtures.date("2026-11-30T15:00:00Z"))
        #expect(draft.tags.map(\.name) == ["ثقافة"])
    }

    @Test func atom() throws {
        let read = try FeedFixtures.read("atom.xml")
        #expect(read.drafts.count == 2)
        let first = read.drafts[0].content
        let draft = read.batch.drafts[0]
        #expect(first.origin == ArticleOrigin(source: "مدونة الاقتصاد", key: "tag:economy.example.com,2026:post-77"))
        #expect(first.headline == "البنك المركزي يثبّت سعر الفائدة")
        #expect(first.sourceURL == "https://economy.example.com/2026/12/rates")
        #expect(first.leadImageURL == "https://economy.example.com/img/rates.png")
        #expect(first.byline == "ليلى حداد")
        #expect(first.tags.map(\.name) == ["مصارف", "rates"])
        #expect(first.publishedAt == FeedFixtures.date("2026-12-01T05:00:00Z"))
        #expect(draft.draft.updatedAt == FeedFixtures.date("2026-12-01T06:15:00Z"))
        #expect(first.body.map(\.kind) == ["paragraph", "subheading", "quote", "list", "paragraph"])
        #expect(first.body[4].runs.contains { $0.link == "https://economy.example.com/more" })
        #expect(first.summary == "قرر البنك المركزي تثبيت سعر الفائدة.")

        let second = read.drafts[1].content
        #expect(second.byline == "فريق التحرير", "an entry without authors has its feed's")
        #expect(second.body.map(\.text) == ["أغلقت أسواق الخليج على ارتفاع & تحسن في السيولة."])
        #expect(second.leadImageURL == "https://economy.example.com/img/gulf.jpg", "the body's picture when the entry names none")
        #expect(second.publishedAt == FeedFixtures.date("2026-12-01T10:00:00Z"), "updated stands in for a missing published")
    }

    @Test func jsonFeed() throws {
        let read = try FeedFixtures.read("jsonfeed.json")
        #expect(read.drafts.count == 2)
        let first = read.drafts[0].content
        #expect(first.origin == ArticleOrigin(source: "نشرة الرياضة", key: "sport-501"))
        #expect(first.body.map(\.text) == ["تأهل الترجي إلى النهائي بعد فوزه بهدفين دون رد.", "ويلتقي في النهائي الأهلي."])
        #expect(first.body[0].runs.contains { $0.emphasis && $0.text == "بهدفين" })
        #expect(first.leadImageURL == "https://sport.example.com/img/501.jpg")
        #expect(first.byline == "المحرر الرياضي")
        #expect(first.tags.map(\.name) == ["كرة القدم", "الترجي"])
        #expect(first.publishedAt == FeedFixtures.date("2026-11-29T19:45:00Z"))
        #expect(first.summary == "الترجي في النهائي")
        let second = read.drafts[1].content
        #expect(second.origin.key == "502", "a numeric id is read as its digits")
        #expect(second.sourceURL == nil)
        #expect(second.byline == "سامي بن علي")
        #expect(second.body.count == 2)
        #expect(read.batch.drafts[1].position.line == 18)
    }

    @Test func ninjs2() throws {
        let read = try FeedFixtures.read("ninjs2.json", importer: FeedImporter(sourceName: "agency"))
        let imported = try #require(read.batch.drafts.first)
        let draft = imported.draft.content
        #expect(draft.origin == ArticleOrigin(source: "agency", key: "urn:newsml:agency.example:20261201:ar-123456"))
        #expect(draft.headline == "زلزال بقوة 5 درجات يضرب المنطقة")
        #expect(draft.body.map(\.text) == ["ضرب زلزال بقوة 5 درجات المنطقة فجر اليوم.", "ولم ترد أنباء عن إصابات."], "the HTML body wins over the plain one")
        #expect(draft.byline == "مراسل الوكالة")
        #expect(draft.dateline == Dateline(place: "عمّان"))
        #expect(draft.urgent, "urgency 1")
        #expect(draft.credit == "وكالة الأنباء")
        #expect(draft.embargo == FeedFixtures.date("2026-12-01T10:00:00Z"))
        #expect(draft.publishedAt == FeedFixtures.date("2026-12-01T07:00:00Z"))
        #expect(imported.draft.updatedAt == FeedFixtures.date("2026-12-01T07:45:00Z"))
        #expect(draft.tags.map(\.name) == ["كوارث", "زلزال"])
        #expect(draft.leadImageURL == "https://cdn.agency.example/pic-9/full.jpg", "the widest rendition")
        #expect(draft.sourceURL == nil, "a urn is an identity, not an address")
    }

    @Test func ninjs3() throws {
        let read = try FeedFixtures.read("ninjs3.json", importer: FeedImporter(sourceName: "QNA"))
        let draft = try #require(read.drafts.first).content
        #expect(draft.origin.key == "urn:newsml:agency.example:20261201:ar-777")
        #expect(draft.headline == "قطر تستضيف مؤتمراً للطاقة")
        #expect(draft.body.map(\.text) == ["تستضيف الدوحة الأسبوع المقبل مؤتمراً دولياً للطاقة."])
        #expect(draft.byline == "نورة الكعبي")
        #expect(!draft.urgent, "urgency 4")
        #expect(draft.credit == "قنا")
        #expect(draft.sourceURL == "https://qna.example.qa/news/777")
        #expect(draft.leadImageURL == "https://qna.example.qa/pics/777.jpg")
        #expect(draft.tags.map(\.name) == ["طاقة"])
        #expect(read.batch.drafts[0].draft.updatedAt == FeedFixtures.date("2026-12-01T11:30:00Z"))
    }

    @Test func newsMLG2() throws {
        let read = try FeedFixtures.read("newsml-g2.xml", importer: FeedImporter(sourceName: "WAM"))
        let imported = try #require(read.batch.drafts.first)
        let draft = imported.draft.content
        #expect(draft.origin == ArticleOrigin(source: "WAM", key: "urn:newsml:wam.example:20261201:ae-42"))
        #expect(draft.headline == "موانئ دبي تسجل نمواً قياسياً في المناولة")
        #expect(draft.body.map(\.text) == ["سجلت موانئ دبي نمواً قياسياً في حجم المناولة خلال الربع الثالث.", "وأشار التقرير إلى زيادة بنسبة 12 في المئة."])
        #expect(draft.byline == "محرر الشؤون المحلية")
        #expect(draft.credit == "وام", "the creditline before the provider")
        #expect(draft.urgent, "urgency 2")
        #expect(draft.embargo == FeedFixtures.date("2026-12-01T04:00:00Z"))
        #expect(draft.publishedAt == FeedFixtures.date("2026-12-01T02:00:00Z"))
        #expect(imported.draft.updatedAt == FeedFixtures.date("2026-12-01T02:20:00Z"))
        #expect(draft.dateline == Dateline(place: "دبي"))
        #expect(draft.tags.map(\.name) == ["اقتصاد", "موانئ"])
    }

    @Test(arguments: ["rss-windows-1256.xml", "rss-iso-8859-6.xml", "atom.xml", "jsonfeed.json", "ninjs2.json", "ninjs3.json", "newsml-g2.xml"])
    func autoRecognisesEveryFeed(_ name: String) throws {
        #expect(try FeedFixtures.read(name, format: .auto).format == .feed)
    }

    @Test func jsonLinesAreStillJSONLines() throws {
        let importer = FeedImporter()
        #expect(!importer.sniff(path: "a.jsonl", text: #"{"id": "1", "title": "عنوان", "body": "نص", "url": "https://x"}"# + "\n"))
        #expect(!importer.sniff(path: "seed.txt", text: "سياسة\nعنوان\nنص"))
    }

    @Test func routingChoosesSectionAndStatus() throws {
        let sport = Section(slug: "sport", name: "رياضة")
        let read = try FeedFixtures.read("jsonfeed.json", importer: FeedImporter(section: sport, status: .published))
        #expect(read.drafts.allSatisfy { $0.content.section == sport && $0.content.status == .published })
    }

    @Test func theBytesEntryTakesTheTransportCharset() throws {
        let bytes = [UInt8](try Data(contentsOf: FeedFixtures.folder.appendingPathComponent("rss-iso-8859-6.xml")))
        let batch = try FeedImporter(sourceName: "sabah").read(bytes: bytes, file: "https://sabah.example.com/rss", charset: "iso-8859-6")
        #expect(batch.drafts.first?.draft.content.headline == "افتتاح معرض الكتاب في دورته الجديدة")
    }
}
