/// One run of a word-level diff: the text it covers in the old and in the new revision.
public struct WordDiffSegment: Sendable, Equatable {
    /// How a run differs between the two revisions.
    public enum Kind: Sendable, Equatable {
        /// Unchanged; `old == new`.
        case same
        /// Only in the new revision; `old` is empty.
        case inserted
        /// Only in the old revision; `new` is empty.
        case deleted
        /// The same words spelt with different harakat, tatweel or other optional marks.
        case marksOnly
    }

    /// How this run differs.
    public var kind: Kind
    /// The run as it stands in the old revision.
    public var old: String
    /// The run as it stands in the new revision.
    public var new: String

    /// Creates a segment; public so callers can build expected values in tests.
    public init(kind: Kind, old: String, new: String) {
        self.kind = kind
        self.old = old
        self.new = new
    }
}

/// Word-level differences between two revisions of a text, for showing an editor what changed.
public enum WordDiff {
    /// The runs that turn `old` into `new`; their `old`s rebuild `old` and their `new`s rebuild `new`.
    public static func diff(_ old: String, _ new: String) -> [WordDiffSegment] {
        let oldTokens = WordDiffToken.split(old)
        let newTokens = WordDiffToken.split(new)
        var keys = WordDiffToken.Keys()
        let matches = MyersDiff.matches(oldTokens.map { keys.id(for: $0) }, newTokens.map { keys.id(for: $0) })
        let runs = Run.absorbingSpaces(in: Run.runs(matches, oldTokens, newTokens), oldTokens)
        var segments: [WordDiffSegment] = []
        for run in runs {
            for segment in run.segments(oldTokens, newTokens) where !(segment.old.isEmpty && segment.new.isEmpty) {
                if let last = segments.last, last.kind == segment.kind {
                    segments[segments.count - 1].old += segment.old
                    segments[segments.count - 1].new += segment.new
                } else {
                    segments.append(segment)
                }
            }
        }
        return segments
    }
}

/// Consecutive tokens of one kind, as index ranges into the old and new token lists.
private struct Run {
    enum Kind { case same, marksOnly, changed }

    var kind: Kind
    var old: Range<Int>
    var new: Range<Int>

    /// One run per matched token pair and per gap between matches, adjacent same-kind runs joined.
    static func runs(_ matches: [(old: Int, new: Int)], _ old: [WordDiffToken], _ new: [WordDiffToken]) -> [Run] {
        var runs: [Run] = []
        func add(_ run: Run) {
            guard !run.old.isEmpty || !run.new.isEmpty else { return }
            if let last = runs.last, last.kind == run.kind {
                runs[runs.count - 1].old = last.old.lowerBound..<run.old.upperBound
                runs[runs.count - 1].new = last.new.lowerBound..<run.new.upperBound
            } else {
                runs.append(run)
            }
        }
        var i = 0, j = 0
        // A closing match past both ends turns the last gap into a run like the others.
        for match in matches + [(old.count, new.count)] {
            add(Run(kind: .changed, old: i..<match.old, new: j..<match.new))
            guard match.old < old.count else { break }
            // Matched tokens have equal mark-stripped keys; only the spelling tells same from marksOnly.
            let kind: Kind = old[match.old].text == new[match.new].text ? .same : .marksOnly
            add(Run(kind: kind, old: match.old..<match.old + 1, new: match.new..<match.new + 1))
            i = match.old + 1
            j = match.new + 1
        }
        return runs
    }

    /// Folds a lone space between two changes (or two marks-only runs) into them: otherwise a
    /// replaced phrase reads as word-by-word fragments. Line breaks and punctuation stay visible.
    static func absorbingSpaces(in runs: [Run], _ old: [WordDiffToken]) -> [Run] {
        var result: [Run] = []
        for run in runs {
            if result.count >= 2, run.kind != .same, result[result.count - 1].kind == .same,
               result[result.count - 2].kind == run.kind,
               old[result[result.count - 1].old].allSatisfy(\.isInlineSpace) {
                result.removeLast()
                result[result.count - 1].old = result[result.count - 1].old.lowerBound..<run.old.upperBound
                result[result.count - 1].new = result[result.count - 1].new.lowerBound..<run.new.upperBound
            } else {
                result.append(run)
            }
        }
        return result
    }

    /// The run as segments: a change becomes its deleted text, then its inserted text, with any
    /// identical tokens at either end (which `absorbingSpaces` can bring in) given back as same.
    func segments(_ oldTokens: [WordDiffToken], _ newTokens: [WordDiffToken]) -> [WordDiffSegment] {
        func text(_ tokens: ArraySlice<WordDiffToken>) -> String { tokens.map(\.text).joined() }
        let old = oldTokens[self.old], new = newTokens[self.new]
        switch kind {
        case .same: return [WordDiffSegment(kind: .same, old: text(old), new: text(new))]
        case .marksOnly: return [WordDiffSegment(kind: .marksOnly, old: text(old), new: text(new))]
        case .changed:
            let head = zip(old, new).prefix { $0.text == $1.text }.count
            let tail = zip(old.dropFirst(head).reversed(), new.dropFirst(head).reversed()).prefix { $0.text == $1.text }.count
            return [
                WordDiffSegment(kind: .same, old: text(old.prefix(head)), new: text(new.prefix(head))),
                WordDiffSegment(kind: .deleted, old: text(old.dropFirst(head).dropLast(tail)), new: ""),
                WordDiffSegment(kind: .inserted, old: "", new: text(new.dropFirst(head).dropLast(tail))),
                WordDiffSegment(kind: .same, old: text(old.suffix(tail)), new: text(new.suffix(tail))),
            ]
        }
    }
}
