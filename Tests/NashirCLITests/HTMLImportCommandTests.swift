import Foundation
import NashirDomain
import NashirSQLite
import NashirTestSupport
import Testing

/// `nashir import --format html`: a saved page becomes one article on the incoming list.
@Suite struct HTMLImportCommandTests {
    let folder: TemporaryDirectory
    var db: String { folder.path("nashir.sqlite") }

    init() throws { folder = try TemporaryDirectory() }

    static let page = """
        <!DOCTYPE html><html lang="ar"><head><title>الترجي يفوز بالكأس بعد مباراة مثيرة | صحيفة الملاعب</title>
        <meta property="og:url" content="https://malaeb.example/sport/123">
        <meta property="og:site_name" content="صحيفة الملاعب"></head>
        <body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
        <h1>الترجي يفوز بالكأس بعد مباراة مثيرة</h1>
        <div class="article-body"><p>فاز الترجي الرياضي بكأس تونس لكرة القدم بعد تغلبه على النجم الساحلي بهدفين مقابل هدف، في مباراة مثيرة جرت مساء أمس.</p>
        <p>وقال مدرب الترجي إن الفوز مستحق، مضيفا أن اللاعبين قدموا أداء كبيرا طوال المباراة رغم صعوبة الظروف.</p></div>
        <footer>جميع الحقوق محفوظة</footer></body></html>
        """

    @Test func aSavedPageBecomesAnIncomingArticleAndAgainUpdatesNothing() async throws {
        let path = try folder.write("match.html", Self.page)
        let first = try await NashirProcess.run(["import", "--db", db, "--format", "html", "--json", path])
        #expect(first.status == 0, "\(first.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(object["headline"] as? String == "الترجي يفوز بالكأس بعد مباراة مثيرة")
        let again = try await NashirProcess.run(["import", "--db", db, path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("1 unchanged"), "\(again.stdout)")
        #expect(try await folder.store().list(ArticleQuery(publishedOnly: false, limit: 0), now: Date()).total == 1)
        let id = try #require(object["id"] as? Int)
        let article = try #require(try await folder.store().article(id: ArticleID(Int64(id))))
        #expect(article.content.status == .incoming)
        #expect(article.content.body.count == 2)
        #expect(article.content.sourceURL == "https://malaeb.example/sport/123")
        #expect(article.content.credit == "صحيفة الملاعب")
    }

    @Test func aPageWithNoStoryExitsWith65AndWritesNothing() async throws {
        let path = try folder.write("empty.html", "<!DOCTYPE html><html><head><title>صفحة</title></head><body><nav><a href='/'>الرئيسية</a></nav></body></html>")
        let result = try await NashirProcess.run(["import", "--db", db, "--format", "html", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("empty.html: no article text"), "\(result.stderr)")
        #expect(try await folder.store().list(ArticleQuery(publishedOnly: false, limit: 0), now: Date()).total == 0)
    }
}
