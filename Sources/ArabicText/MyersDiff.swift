/// Myers' O((N+M)·D) difference algorithm in its linear-space form (Myers 1986, §4b): time grows
/// with the number of edits D rather than with N·M, and memory stays O(N+M), so a 3,000-word
/// article with a few edits costs a few passes over its tokens. Two unrelated texts are the
/// worst case, O((N+M)²) time but still linear memory.
enum MyersDiff {
    /// Index pairs `(old, new)` of a longest common subsequence of `a` and `b`, increasing in both.
    static func matches(_ a: [Int], _ b: [Int]) -> [(old: Int, new: Int)] {
        var result: [(old: Int, new: Int)] = []
        compare(a, 0, a.count, b, 0, b.count, into: &result)
        return result
    }

    private static func compare(
        _ a: [Int], _ aLow: Int, _ aHigh: Int, _ b: [Int], _ bLow: Int, _ bHigh: Int,
        into result: inout [(old: Int, new: Int)]
    ) {
        var aLow = aLow, bLow = bLow, aHigh = aHigh, bHigh = bHigh
        // Trimming shared ends first makes the usual case (a few edits in a long text) nearly
        // linear, and guarantees every split below leaves two strictly smaller problems.
        while aLow < aHigh, bLow < bHigh, a[aLow] == b[bLow] {
            result.append((aLow, bLow))
            aLow += 1
            bLow += 1
        }
        var suffix = 0
        while aLow < aHigh, bLow < bHigh, a[aHigh - 1] == b[bHigh - 1] {
            aHigh -= 1
            bHigh -= 1
            suffix += 1
        }
        if aLow < aHigh, bLow < bHigh,
           let (x, y) = middle(a, aLow, aHigh, b, bLow, bHigh) {
            compare(a, aLow, x, b, bLow, y, into: &result)
            compare(a, x, aHigh, b, y, bHigh, into: &result)
        }
        for offset in 0..<suffix {
            result.append((aHigh + offset, bHigh + offset))
        }
    }

    /// A point on a shortest edit path, found where the greedy searches from both corners meet
    /// (the "middle snake"); nil when the two ranges share nothing.
    private static func middle(
        _ a: [Int], _ aLow: Int, _ aHigh: Int, _ b: [Int], _ bLow: Int, _ bHigh: Int
    ) -> (Int, Int)? {
        let n = aHigh - aLow, m = bHigh - bLow
        let maxD = (n + m + 1) / 2
        let offset = maxD + 1
        // forward[k] / backward[k]: furthest x reached on diagonal k (x − y = k) from each corner.
        var forward = [Int](repeating: -1, count: 2 * offset + 2)
        var backward = forward
        forward[offset + 1] = 0
        backward[offset + 1] = 0
        let delta = n - m
        // With an odd delta the paths can only meet while extending forward, with an even one backward.
        let meetsForward = delta % 2 != 0
        // Diagonals that ran off the box are skipped on later rounds.
        var forwardStart = 0, forwardEnd = 0, backwardStart = 0, backwardEnd = 0

        for d in 0..<maxD {
            var k = -d + forwardStart
            while k <= d - forwardEnd {
                let i = offset + k
                var x = k == -d || (k != d && forward[i - 1] < forward[i + 1]) ? forward[i + 1] : forward[i - 1] + 1
                var y = x - k
                while x < n, y < m, a[aLow + x] == b[bLow + y] {
                    x += 1
                    y += 1
                }
                forward[i] = x
                if x > n {
                    forwardEnd += 2
                } else if y > m {
                    forwardStart += 2
                } else if meetsForward {
                    let j = offset + delta - k
                    if j >= 0, j < backward.count, backward[j] != -1, x >= n - backward[j] {
                        return (aLow + x, bLow + y)
                    }
                }
                k += 2
            }

            k = -d + backwardStart
            while k <= d - backwardEnd {
                let i = offset + k
                var x = k == -d || (k != d && backward[i - 1] < backward[i + 1]) ? backward[i + 1] : backward[i - 1] + 1
                var y = x - k
                while x < n, y < m, a[aHigh - 1 - x] == b[bHigh - 1 - y] {
                    x += 1
                    y += 1
                }
                backward[i] = x
                if x > n {
                    backwardEnd += 2
                } else if y > m {
                    backwardStart += 2
                } else if !meetsForward {
                    let j = offset + delta - k
                    if j >= 0, j < forward.count, forward[j] != -1, forward[j] >= n - x {
                        let forwardX = forward[j]
                        return (aLow + forwardX, bLow + forwardX - (j - offset))
                    }
                }
                k += 2
            }
        }
        return nil
    }
}
