import NashirDomain
import Testing

@testable import NashirImport

/// Credits, notices and tags a site prints around every story, on sites never tuned on: none is
/// a paragraph of the copy.
@Suite struct PageTextCreditTests: PageLinesParsing {
    static let headline = PageTextWholePageTests.headline
    static let copy = PageTextWholePageTests.copy
    static let top = ["رياضة", headline, "5 آذار 2018"]
    static let share = ["شارك المقال", "فيسبوك", "تويتر"]

    /// The source's field parted by a bar closes the copy («المصدر | الخليج الجديد + وكالات»).
    @Test func theSourcesFieldWithABar() throws {
        let content = try parse(Self.top + Self.copy + ["المصدر | الخليج الجديد + وكالات", "الكلمات المفتاحية", "مصر"])
        #expect(content.body.map(\.text) == Self.copy)
        #expect(content.credit == "الخليج الجديد + وكالات")
    }

    /// A health site's notice under every story is no paragraph.
    @Test func theSitesNoticeUnderTheCopy() throws {
        let notice = "تنبيه: المعلومات الواردة في هذا الموقع لا تغني عن استشارة الطبيب المختص."
        let content = try parse(Self.top + Self.copy + [notice] + Self.share)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// Tags parted by spaces alone under the copy name what it mentions, with none of a
    /// sentence's little words; a closing line that has them stays.
    @Test func tagsPartedBySpacesAlone() throws {
        let tagged = try parse(Self.top + Self.copy + ["وزارة الصحة المستشفى العاصمة الحكومة الوزير", "المقالة السابقة", "الاتحاد الأوروبي يمدد العقوبات الاقتصادية"])
        #expect(tagged.body.map(\.text) == Self.copy)
        let line = "وأعلنت وزارة الصحة افتتاح المستشفى في العاصمة"
        let closing = try parse(Self.top + Self.copy + [line, "المقالة السابقة", "الاتحاد الأوروبي يمدد العقوبات الاقتصادية"])
        #expect(closing.body.map(\.text) == Self.copy + [line])
    }

    /// A photo's field naming the agency and the seller it came through is no headline or paragraph.
    @Test func aPhotosFieldNamingItsSeller() throws {
        let credit = "صورة: وكالة الصحافة الفرنسية عبر Getty Images"
        #expect(PageTextBody.isPhotoCredit(credit))
        let content = try parse(Self.top + ["شارك هذه القصة", "مشاركة", credit] + Self.copy)
        #expect(content.headline == Self.headline)
        #expect(content.body.map(\.text) == Self.copy)
    }

    /// An agency's bracketed team line and a note of the story's sources close the copy, not a paragraph.
    @Test func theTeamAndTheSourcesUnderTheCopy() throws {
        let team = "(إعداد أحمد إلهامي للنشرة العربية - تحرير أحمد صبحي خليفة)"
        let sources = "مع معلومات من رويترز ووكالة الصحافة الفرنسية"
        for closing in [[team], [sources], [sources, team]] {
            let content = try parse(Self.top + Self.copy + closing + Self.share)
            #expect(content.body.map(\.text) == Self.copy, "\(closing)")
        }
        let aside = "(وكانت الحكومة قد أعلنت عن خطة بناء المستشفى في العام الماضي.)"
        #expect(try parse(Self.top + Self.copy + [aside] + Self.share).body.map(\.text) == Self.copy + [aside])
    }

    /// Who drew the story's picture («تصميم: حبر.»), between the stamp and the copy.
    @Test func theDesignersCredit() throws {
        let content = try parse(Self.top + ["وقت القراءة: 3 دقائق", "تصميم: حبر."] + Self.copy)
        #expect(content.body.map(\.text) == Self.copy)
    }
}
