/// What each bracket and guillemet of a paragraph does: opens or closes, which one it pairs
/// with, and which are typed the wrong way round («و»أكار»» opens with a closing guillemet).
struct QuoteRoles: Sendable {
    enum Kind: Sendable { case guillemet, paren, curly }

    /// Bracket scalars by offset: whether each opens, and its kind.
    private(set) var opening: [Int: Kind] = [:]
    private(set) var closing: [Int: Kind] = [:]
    /// Offsets of marks typed the wrong way round, with the mark they should be.
    private(set) var reversed: [Int: Unicode.Scalar] = [:]
    private(set) var pairs: [Int: Int] = [:]
    private(set) var unmatched: [Int] = []

    static let clitics: Set<Unicode.Scalar> = ["و", "ف", "ب", "ل", "ك"]

    init(_ s: [Unicode.Scalar]) {
        func startsWord(_ index: Int) -> Bool {
            // At the start, after a space or an opening mark, or after a one-letter clitic that starts a word.
            if index == 0 || Scalars.isSpace(s[index - 1]) || "«(“\"".unicodeScalars.contains(s[index - 1]) { return true }
            return Self.clitics.contains(s[index - 1]) && (index == 1 || Scalars.isSpace(s[index - 2]))
        }
        func endsWord(_ index: Int) -> Bool {
            index + 1 == s.count || !Scalars.isWordScalar(s[index + 1])
        }
        for index in s.indices {
            switch s[index] {
            case "«":
                // «نص« : a letter before, no letter after, and more than a clitic before it.
                if index > 1, Scalars.isWordScalar(s[index - 1]), Scalars.isWordScalar(s[index - 2]), endsWord(index) {
                    closing[index] = .guillemet
                    reversed[index] = "»"
                } else {
                    opening[index] = .guillemet
                }
            case "»":
                if startsWord(index), index + 1 < s.count, Scalars.isLetter(s[index + 1]) {
                    opening[index] = .guillemet
                    reversed[index] = "«"
                } else {
                    closing[index] = .guillemet
                }
            // «نافتا )اتفاقية … (»: brackets typed the wrong way round, as with guillemets.
            case "(":
                if index > 0, Scalars.isWordScalar(s[index - 1]), endsWord(index), index + 1 == s.count || Scalars.isSpace(s[index + 1]) || ".،؛".unicodeScalars.contains(s[index + 1]) {
                    closing[index] = .paren
                    reversed[index] = ")"
                } else {
                    opening[index] = .paren
                }
            case ")":
                if startsWord(index), index + 1 < s.count, Scalars.isLetter(s[index + 1]), index == 0 || Scalars.isSpace(s[index - 1]) {
                    opening[index] = .paren
                    reversed[index] = "("
                } else {
                    closing[index] = .paren
                }
            case "“": opening[index] = .curly
            case "”": closing[index] = .curly
            default: break
            }
        }
        var stack: [(Int, Kind)] = []
        for index in s.indices {
            if let kind = opening[index] {
                stack.append((index, kind))
            } else if let kind = closing[index] {
                if let top = stack.lastIndex(where: { $0.1 == kind }) {
                    pairs[stack[top].0] = index
                    pairs[index] = stack[top].0
                    stack.remove(at: top)
                } else {
                    unmatched.append(index)
                }
            }
        }
        unmatched += stack.map(\.0)
        unmatched.sort()
    }

    func opens(_ index: Int) -> Bool { opening[index] != nil }
    func closes(_ index: Int) -> Bool { closing[index] != nil }
    func closer(of index: Int) -> Int? { opening[index] != nil ? pairs[index] : nil }
    func opener(of index: Int) -> Int? { closing[index] != nil ? pairs[index] : nil }
}
