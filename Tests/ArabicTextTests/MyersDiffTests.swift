@testable import ArabicText
import NashirTestSupport
import Testing

@Suite("MyersDiff")
struct MyersDiffTests {
    @Test("finds a longest common subsequence, checked against the quadratic table")
    func optimal() {
        var random = SeededRandom(seed: 0x6D79_6572_73)
        for round in 0..<3_000 {
            // Small alphabets make many equal-length alignments, the cases a split can get wrong.
            let alphabet = 1 + random.below(6)
            let a = (0..<random.below(16)).map { _ in random.below(alphabet) }
            let b = (0..<random.below(16)).map { _ in random.below(alphabet) }
            let matches = MyersDiff.matches(a, b)
            #expect(matches.count == lcsLength(a, b), "round \(round): \(a) \(b)")
            #expect(matches.allSatisfy { a[$0.old] == b[$0.new] }, "round \(round)")
            #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.old < $1.old && $0.new < $1.new }, "round \(round)")
        }
    }

    @Test("empty and identical inputs")
    func edges() {
        #expect(MyersDiff.matches([], []).isEmpty)
        #expect(MyersDiff.matches([1, 2], []).isEmpty)
        #expect(MyersDiff.matches([], [1, 2]).isEmpty)
        #expect(MyersDiff.matches([1, 2, 3], [1, 2, 3]).map(\.old) == [0, 1, 2])
        #expect(MyersDiff.matches([1, 2, 3], [4, 5]).isEmpty)
    }

    private func lcsLength(_ a: [Int], _ b: [Int]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices {
            for j in b.indices {
                table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table[a.count][b.count]
    }
}
