/// The time lexemes each search document holds beside its words: its week, and the aligned
/// blocks of 4, 16, 64 and 256 weeks holding it. A window of the newest weeks is asked of the GIN
/// index as a few blocks rather than one lexeme per week: the index drives its scan with the
/// rarest entries, and a hundred small week entries would each be rarer than the query's words,
/// so it would walk every document of the window instead of the words' matches.
enum SearchWeeks {
    /// What starts a week's lexeme: `@w` and the week's number since 1970, six digits, so that
    /// week lexemes sort as the weeks do (the vocabulary's counts of them are read in that order).
    static let weekPrefix = "@w"
    /// Sizes of the blocks, in weeks, each a multiple of the one before.
    static let blockSizes = [4, 16, 64, 256]

    static func week(_ number: Int) -> String { weekPrefix + digits(number) }

    static func block(size: Int, number: Int) -> String { "@b\(size)_" + digits(number) }

    /// The week's number in a week lexeme; nil for any other term.
    static func number(ofWeek lexeme: String) -> Int? {
        lexeme.hasPrefix(weekPrefix) ? Int(lexeme.dropFirst(weekPrefix.count)) : nil
    }

    /// The fewest lexemes that hold every week from `first` on, `newest` being the newest week
    /// with documents (the last block may run past `newest`, where there is nothing).
    static func cover(from first: Int, newest: Int) -> [String] {
        let largest = blockSizes.last!
        return cover(from: first, through: (max(0, newest) / largest + 1) * largest - 1, endingAfter: newest)
    }

    /// The fewest lexemes that hold every week from `first` through `last` and no other: weeks
    /// until a block boundary, then ever larger blocks, then smaller ones again to end at `last`.
    static func cover(from first: Int, through last: Int) -> [String] {
        cover(from: first, through: last, endingAfter: last)
    }

    /// The cover of `first` through `last`, stopping once it has passed `end`.
    private static func cover(from first: Int, through last: Int, endingAfter end: Int) -> [String] {
        var lexemes: [String] = [], week = max(0, first)
        while week <= min(last, end) {
            if let size = blockSizes.last(where: { week.isMultiple(of: $0) && week + $0 - 1 <= last }) {
                lexemes.append(block(size: size, number: week / size))
                week += size
            } else {
                lexemes.append(self.week(week))
                week += 1
            }
        }
        return lexemes
    }

    /// SQL for a document's time lexemes, as a `text[]`, from `week` (an SQL bigint expression).
    static func lexemesSQL(week: String) -> String {
        let pad = { (number: String) in "lpad((\(number))::text, 6, '0')" }
        let blocks = blockSizes.map { "'@b\($0)_' || \(pad("(\(week)) / \($0)"))" }
        return "ARRAY['\(weekPrefix)' || \(pad(week)), " + blocks.joined(separator: ", ") + "]"
    }

    private static func digits(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, 6 - text.count)) + text
    }
}
