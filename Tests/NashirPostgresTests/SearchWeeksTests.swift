@testable import NashirPostgres
import Testing

/// A window of weeks is asked of the index as a few week and block lexemes.
struct SearchWeeksTests {
    /// The weeks a lexeme stands for.
    private func weeks(of lexeme: String) -> Range<Int> {
        if let week = SearchWeeks.number(ofWeek: lexeme) { return week..<week + 1 }
        let parts = lexeme.dropFirst(2).split(separator: "_")
        let size = Int(parts[0])!, number = Int(parts[1])!
        return number * size..<(number + 1) * size
    }

    @Test(arguments: [(0, 0), (2_546, 2_546), (2_515, 2_546), (1, 2_546), (2_303, 2_546), (255, 256), (1_000, 9_999), (7, 3)])
    func theCoverHoldsEveryWeekFromTheFirstAndNoneBefore(first: Int, newest: Int) {
        let cover = SearchWeeks.cover(from: first, newest: newest)
        let ranges = cover.map(weeks(of:))
        #expect(ranges.first?.lowerBound == (first <= newest ? first : nil))
        // Side by side, none overlapping, through the newest week.
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        if first <= newest { #expect(ranges.last!.upperBound > newest) }
        // At most three of each size on the way up, then the largest blocks.
        let largest = SearchWeeks.blockSizes.last!
        #expect(cover.count <= 3 * SearchWeeks.blockSizes.count + max(0, newest - first) / largest + 1)
    }

    @Test(arguments: [(0, 0), (2_515, 2_546), (2_536, 2_559), (1, 2_546), (256, 511), (255, 512), (2_547, 2_547), (9, 3)])
    func aBoundedCoverHoldsExactlyItsWeeks(first: Int, last: Int) {
        let cover = SearchWeeks.cover(from: first, through: last)
        let weeks = cover.map(weeks(of:)).flatMap { Array($0) }
        #expect(weeks == Array(first..<max(first, last + 1)))
        // Weeks only where no block fits: at most three of a size on each side, and the largest blocks.
        let largest = SearchWeeks.blockSizes.last!
        #expect(cover.count <= 6 * SearchWeeks.blockSizes.count + max(0, last - first) / largest + 2)
    }

    @Test func lexemesAreNamedAsTheIndexWritesThem() {
        #expect(SearchWeeks.week(2_546) == "@w002546")
        #expect(SearchWeeks.block(size: 4, number: 636) == "@b4_000636")
        #expect(SearchWeeks.number(ofWeek: "@w002546") == 2_546)
        #expect(SearchWeeks.number(ofWeek: "@b4_000636") == nil)
        // The SQL gives a document its week and each block holding it, in the same spelling.
        let sql = SearchWeeks.lexemesSQL(week: "w")
        #expect(sql.hasPrefix("ARRAY['@w' || lpad((w)::text, 6, '0'), '@b4_' || lpad(((w) / 4)::text, 6, '0')"))
    }
}
