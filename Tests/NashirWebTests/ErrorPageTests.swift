import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirHTML
import NashirSQLite
@testable import NashirWeb
import Testing

/// Readers get the theme's Arabic pages for errors; programs get `{"error": {"code", "message"}}` in Arabic.
@Suite struct ErrorPageTests {
    @Test(arguments: [
        ("/?page=abc", "رقم الصفحة (page) يجب أن يكون عددًا صحيحًا من 1 إلى 100000"),
        ("/search?q=x&from=2020-13-01", "التاريخ في from غير صالح: «2020-13-01»؛ الصيغة المطلوبة YYYY-MM-DD"),
        ("/search?q=x&from=2020-05-02&to=2020-05-01", "تاريخ البداية (from) بعد تاريخ النهاية (to)"),
    ])
    func aBadRequestIsAnArabicPageSayingWhy(_ path: String, _ reason: String) async throws {
        let site = try await SiteFixture()
        try await site.test { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.headers[.contentSecurityPolicy] != nil)
            let page = try #require(HTMLParser.parse(response.text))
            #expect(page["lang"] == "ar" && page["dir"] == "rtl")
            #expect(page.elements(named: "h1").map(\.text) == ["طلب غير صالح"])
            #expect(page.elements(named: "main").first?.elements(named: "p").first?.text == reason)
            #expect(page.elements(named: "title").first?.text == "طلب غير صالح – ناشر")
        }
    }

    @Test(arguments: [
        ("/api/v1/search", 400, "عبارة البحث (q) مطلوبة"),
        ("/api/v1/search?q=x&limit=0", 400, "قيمة limit يجب أن تكون عددًا صحيحًا من 1 إلى 100"),
        ("/api/v1/search?q=x&offset=-1", 400, "قيمة offset يجب أن تكون عددًا صحيحًا من 0 إلى 10000"),
        ("/api/v1/suggest?q=x&limit=99", 400, "قيمة limit يجب أن تكون عددًا صحيحًا من 1 إلى 20"),
        ("/api/v1/search?q=x&from=yesterday", 400, "التاريخ في from غير صالح: «yesterday»؛ الصيغة المطلوبة YYYY-MM-DD"),
        ("/api/v1/nothing", 404, "عذرًا، لم نجد الصفحة التي تبحث عنها. ربما نُقلت أو حُذفت، أو أن الرابط غير صحيح."),
    ])
    func apiErrorsAreArabicJSON(_ path: String, _ status: Int, _ message: String) async throws {
        let site = try await SiteFixture()
        try await site.test { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status.code == status)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let body = try JSONDecoder().decode([String: [String: String]].self, from: Data(response.text.utf8))
            #expect(body["error"]?["message"] == message)
            #expect(body["error"]?["code"] == (status == 404 ? "not_found" : "invalid_request"))
        }
    }

    @Test func aServerErrorIsTheThemesPageWithoutItsCause() async throws {
        let site = try await SiteFixture()
        // A store that fails on every call: the error page itself cannot read the site's settings.
        try site.store.close()
        try await site.test { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .internalServerError)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let page = try #require(HTMLParser.parse(response.text))
            #expect(page.elements(named: "h1").map(\.text) == ["خطأ في الخادم"])
            #expect(page.elements(named: "main").first?.elements(named: "p").first?.text == "حدث خطأ في الخادم، يُرجى المحاولة بعد قليل.")
            #expect(!response.text.lowercased().contains("closed"))
            let api = try await client.execute(uri: "/api/v1/search?q=x", method: .get)
            #expect(api.status == .internalServerError)
            #expect(api.text == #"{"error":{"code":"server_error","message":"حدث خطأ في الخادم، يُرجى المحاولة بعد قليل."}}"#)
        }
    }

    @Test(arguments: [(400, nil as String?, "طلب غير صالح"), (405, nil, "تعذّر إتمام الطلب"), (413, "أكبر من اللازم", "تعذّر إتمام الطلب"), (503, "قاعدة البيانات مقفلة", "خطأ في الخادم")])
    func everyStatusHasArabicWording(_ status: Int, _ reason: String?, _ heading: String) throws {
        let strings = try Theme(directory: ThemeTests.defaultTheme).strings
        let wording = ErrorPage.wording(status: status, reason: reason, strings: strings)
        #expect(wording.heading == heading)
        // A reason is shown for the reader's mistakes, never for the server's own failures.
        #expect((wording.message == reason) == (reason != nil && status < 500))
        #expect(wording.message.contains { ("\u{0621}"..."\u{064A}").contains($0) })
    }
}
