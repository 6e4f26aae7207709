import Foundation
import NashirDomain

/// Articles the search tests look for, saved beside the seed: two stories naming «أحمد» (one
/// tagged), a league of 23 sport and 3 economy stories on «الدوري» over consecutive days (enough
/// for two pages in one section), and «البورصة» for respelling. All are dated 2020, so the seed
/// stays the newest story on every list the other tests read.
enum SearchArticles {
    static let sport = Section(slug: "sport", name: "رياضة")
    static let economy = Section(slug: "economy", name: "اقتصاد")
    static let ahmedTag = Tag(slug: "ahmed-hassan", name: "أحمد حسن")

    static let coachHeadline = "أحمد حسن يقود المنتخب إلى نهائي الكأس"
    static let analystHeadline = "أحمد زكي: البورصة تربح ثلاثة في المئة"

    /// Sport stories on «الدوري», one a day from 2020-10-01, and economy ones on 2020-10-06 to 08.
    static let sportLeagueCount = 23
    static let economyLeagueCount = 3
    static func leagueHeadline(round: Int) -> String { "الجولة \(round) من الدوري الممتاز" }

    static var drafts: [ArticleDraft] {
        var drafts = [
            draft("ahmed-coach", coachHeadline, section: sport, day: "2020-09-01", tags: [ahmedTag],
                  body: "قال المدرب أحمد حسن إن لاعبيه جاهزون للمباراة الحاسمة."),
            draft("ahmed-analyst", analystHeadline, section: economy, day: "2020-09-02",
                  body: "قال المحلل أحمد زكي إن مؤشر البورصة ارتفع أمس مع إقبال المستثمرين."),
        ]
        for round in 1...sportLeagueCount {
            drafts.append(draft("league-\(round)", leagueHeadline(round: round), section: sport,
                                day: String(format: "2020-10-%02d", round), body: "انتهت مباريات الجولة في الدوري بفوز المتصدر."))
        }
        for number in 1...economyLeagueCount {
            drafts.append(draft("league-sponsor-\(number)", "عقد رعاية جديد لأندية الدوري رقم \(number)", section: economy,
                                day: String(format: "2020-10-%02d", 5 + number), body: "تتنافس الشركات على رعاية الدوري."))
        }
        return drafts
    }

    private static func draft(_ key: String, _ headline: String, section: Section, day: String, tags: [Tag] = [], body: String) -> ArticleDraft {
        // Noon UTC is the same calendar day in the site's time zone (Asia/Riyadh), whatever filter is tested.
        let published = ISO8601DateFormatter().date(from: day + "T12:00:00Z")
        return ArticleDraft(content: ArticleContent(
            origin: ArticleOrigin(source: "browser-tests", key: key), slug: key, section: section, headline: headline,
            body: [.paragraph(body)], tags: tags, publishedAt: published))
    }
}
