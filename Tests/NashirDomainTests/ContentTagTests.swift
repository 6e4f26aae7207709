import Foundation
import NashirDomain
import Testing

/// Content tags travel through the change feed as text: every kind must read back as itself.
@Suite struct ContentTagTests {
    @Test func everyKindReadsBackFromItsStoredForm() {
        let tags: [ContentTag] = [
            .site, .latest, .calendar, .article(ArticleID(12)), .section("sport"), .tag("ليبيا"), .author(UserID(5)),
            .month(year: 2026, month: 3), .sectionOrder("sport"), .tagOrder("ليبيا"),
        ]
        for tag in tags { #expect(ContentTag(tag.description) == tag, "\(tag)") }
        #expect(ContentTag.month(year: 2026, month: 3).description == "month:2026-03")
        for bad in ["month:2026", "author:x", "article:", "nothing:1", ""] { #expect(ContentTag(bad) == nil, "\(bad)") }
    }

    @Test func aMonthInTheSitesTimeZoneOverlapsTwoUTCMonths() {
        // March 2026 in Riyadh (UTC+3): from 28 February 21:00 UTC to 31 March 21:00 UTC.
        let start = Date(timeIntervalSince1970: 1_772_312_400)
        let end = Date(timeIntervalSince1970: 1_774_990_800)
        #expect(ContentTag.months(from: start, to: end) == [.month(year: 2026, month: 2), .month(year: 2026, month: 3)])
        #expect(ContentTag.month(of: end) == .month(year: 2026, month: 3))
    }

    @Test func aPublishedStoryIsOnItsAuthorsAndItsMonthsListsADraftOnNone() {
        let published = ContentTag.lists(
            status: .published, section: "sport", tags: ["libya"], author: UserID(5), publishedAt: Date(timeIntervalSince1970: 1_773_568_800))
        #expect(published == [.latest, .section("sport"), .tag("libya"), .author(UserID(5)), .month(year: 2026, month: 3)])
        #expect(ContentTag.lists(status: .draft, section: "sport", tags: ["libya"], author: UserID(5), publishedAt: nil).isEmpty)
    }

    @Test func onlyAStoryThatMovesChangesTheOrdersItIsIn() {
        let time = Date(timeIntervalSince1970: 1_773_568_800)
        let story = (status: ArticleStatus.published, section: "sport", tags: ["libya", "cup"], publishedAt: Optional(time))
        #expect(ContentTag.orders(old: story, new: story).isEmpty)
        var retagged = story
        retagged.tags = ["libya", "final"]
        #expect(ContentTag.orders(old: story, new: retagged) == [.tagOrder("cup"), .tagOrder("final")])
        var moved = story
        moved.publishedAt = time.addingTimeInterval(60)
        #expect(ContentTag.orders(old: story, new: moved) == [.sectionOrder("sport"), .tagOrder("libya"), .tagOrder("cup")])
        var withdrawn = story
        withdrawn.status = .unpublished
        #expect(ContentTag.orders(old: story, new: withdrawn) == [.sectionOrder("sport"), .tagOrder("libya"), .tagOrder("cup")])
        #expect(ContentTag.orders(old: nil, new: (.draft, "sport", ["libya"], nil)).isEmpty)
    }
}
