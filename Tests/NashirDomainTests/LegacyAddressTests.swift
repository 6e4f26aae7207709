import NashirDomain
import Testing

@Suite struct LegacyAddressTests {
    /// WordPress writes lowercase escapes; browsers send uppercase ones or the letters.
    static let sameAddress: [String] = [
        "https://old.example.com/2024/05/%d9%84%d9%8a%d8%a8%d9%8a%d8%a7/",
        "https://old.example.com/2024/05/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7",
        "http://www.old.example.com/2024/05/ليبيا/",
        "https://OLD.example.com:443/2024/05/ليبيا//",
        "https://old.example.com/2024/05/ليبيا/?utm_source=facebook",
    ]

    @Test(arguments: sameAddress)
    func everySpellingOfAnAddressHasOneKey(url: String) {
        #expect(LegacyAddress.key(forURL: url) == "old.example.com/2024/05/ليبيا")
    }

    @Test func aRequestPathMeetsTheKeyOfTheStoredAddress() {
        #expect(LegacyAddress.key(host: "old.example.com", path: "/2024/05/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7/", query: nil)
            == LegacyAddress.key(forURL: "https://old.example.com/2024/05/%d9%84%d9%8a%d8%a8%d9%8a%d8%a7/"))
    }

    /// Feeds print addresses half escaped; a browser asks for the whole path escaped.
    @Test func anAddressMixingEscapesAndLettersMeetsTheRequestForIt() {
        #expect(LegacyAddress.key(forURL: "http://old.example.com/2024/%D9%84%D9%8A-ليبيا؟.html")
            == LegacyAddress.key(host: "old.example.com", path: "/2024/%D9%84%D9%8A-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7%D8%9F.html", query: nil))
    }

    @Test func aPlainPermalinkKeepsItsQueryAndOtherPortsStayApart() {
        #expect(LegacyAddress.key(forURL: "https://old.example.com/?p=12") == "old.example.com/?p=12")
        #expect(LegacyAddress.key(forURL: "https://old.example.com/?p=12") != LegacyAddress.key(forURL: "https://old.example.com/?p=13"))
        #expect(LegacyAddress.key(forURL: "http://old.example.com:8080/a") == "old.example.com:8080/a")
    }

    @Test(arguments: ["", "ftp://old.example.com/a", "/2024/05/a", "not a url"])
    func whatIsNoWebAddressHasNoKey(url: String) {
        #expect(LegacyAddress.key(forURL: url) == nil)
    }

    @Test func originSourcesCoverTheSchemesAndWwwAnExportMayHaveUsed() {
        let sources = LegacyAddress.originSources(forBase: "https://www.old.example.com/")
        #expect(sources.contains("http://old.example.com") && sources.contains("https://www.old.example.com") && sources.count == 4)
        #expect(LegacyAddress.originSource(forBase: "HTTPS://Old.Example.com/blog/") == "https://old.example.com/blog")
        #expect(LegacyAddress.originSources(forBase: "https://old.example.com/blog").contains(LegacyAddress.originSource(forBase: "https://old.example.com/blog/")))
    }

    @Test func aSiteSettingMustBeAWebAddress() {
        #expect(SiteSettings(legacyBaseURL: "https://old.example.com").problem == nil)
        #expect(SiteSettings(legacyBaseURL: "old.example.com").problem?.setting == "legacyBaseURL")
        #expect(SiteSettings(legacyBaseURL: "https://old example.com").problem?.setting == "legacyBaseURL")
    }
}
