import Foundation
import NashirDomain
import NashirTestSupport

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
            TestDraft.make(key: "ahmed-coach", headline: coachHeadline, section: sport, body: ["قال المدرب أحمد حسن إن لاعبيه جاهزون للمباراة الحاسمة."],
                           tags: [ahmedTag], publishedAt: noon(2020, 9, 1)),
            TestDraft.make(key: "ahmed-analyst", headline: analystHeadline, section: economy,
                           body: ["قال المحلل أحمد زكي إن مؤشر البورصة ارتفع أمس مع إقبال المستثمرين."], publishedAt: noon(2020, 9, 2)),
        ]
        for round in 1...sportLeagueCount {
            drafts.append(TestDraft.make(key: "league-\(round)", headline: leagueHeadline(round: round), section: sport,
                                         body: ["انتهت مباريات الجولة في الدوري بفوز المتصدر."], publishedAt: noon(2020, 10, round)))
        }
        for number in 1...economyLeagueCount {
            drafts.append(TestDraft.make(key: "league-sponsor-\(number)", headline: "عقد رعاية جديد لأندية الدوري رقم \(number)", section: economy,
                                         body: ["تتنافس الشركات على رعاية الدوري."], publishedAt: noon(2020, 10, 5 + number)))
        }
        return drafts
    }

    /// Noon UTC is the same calendar day in the site's time zone (Asia/Riyadh), whatever filter is tested.
    private static func noon(_ year: Int, _ month: Int, _ day: Int) -> Date {
        // Force-unwrap is safe: a Gregorian year, month and day in range always make a date.
        DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: year, month: month, day: day, hour: 12).date!
    }
}
