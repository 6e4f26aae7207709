/// Decides whether two fingerprints tell the same story, the way the incoming desk groups copy
/// from several agencies.
///
/// The score is the Jaccard similarity of the two openings' words plus a third of
/// the headlines' word overlap: reworded agency copy of one event shares its names, numbers and
/// key nouns; two stories on one subject share the names but less of the rest. A shared figure
/// (a toll, a sum, a score) adds `figureBonus`.
public struct StoryMatcher: Sendable, Equatable {
    /// The score at and above which two stories from different sources are one story.
    public var threshold: Double
    /// The score required of two items from one source. A publication's own stories share its
    /// house phrasing and templates (the weather, fixture lists, «دبي، الإمارات العربية
    /// المتحدة (CNN)»), so a looser bar groups different stories; its re-sends carry their guid,
    /// and its rewrites of one story keep most of the words.
    public var sameSourceThreshold: Double
    /// The score required when either opening has fewer than `shortItemTerms` distinct terms
    /// (a one-line flash). Its headline is all its text and counts twice in the score, so two
    /// flashes sharing «عاجل: زلزال بقوة … يضرب» would pass the usual bar; 0.8 asks that about
    /// three words in five be shared.
    public var shortItemThreshold: Double
    /// Fewer distinct terms than this makes an item short: a headline has 6 to 12, an opening 40
    /// and more, so this catches flashes and one-paragraph briefs.
    public var shortItemTerms: Int
    /// Added to the score when the two share a figure.
    public var figureBonus: Double

    /// Fitted on the tune part of Benchmarks/grouping/story-pairs.tsv (pairs with an Al Arabiya
    /// article) by Benchmarks/grouping-evaluation.sh; the other thresholds are set by reasoning,
    /// as the labelled set has almost no same-source or one-line pairs to fit them on.
    public static let standard = StoryMatcher(threshold: 0.258, sameSourceThreshold: 0.6, shortItemThreshold: 0.8, shortItemTerms: 16, figureBonus: 0.05)

    public init(threshold: Double, sameSourceThreshold: Double, shortItemThreshold: Double, shortItemTerms: Int, figureBonus: Double) {
        self.figureBonus = figureBonus
        self.threshold = threshold
        self.sameSourceThreshold = sameSourceThreshold
        self.shortItemThreshold = shortItemThreshold
        self.shortItemTerms = shortItemTerms
    }

    /// The similarity of two fingerprints, 0 when either is empty.
    public func score(_ a: StoryFingerprint, _ b: StoryFingerprint) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let figures = Self.overlap(a.figures, b.figures) > 0 ? figureBonus : 0
        return Self.overlap(a.terms, b.terms) + Self.overlap(a.headline, b.headline) / 3 + figures
    }

    /// Whether `a` and `b` are the same story; `fromOneSource` when both came from one
    /// publication or feed.
    public func isSameStory(_ a: StoryFingerprint, _ b: StoryFingerprint, fromOneSource: Bool = false) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        var bar = threshold
        if fromOneSource { bar = max(bar, sameSourceThreshold) }
        if min(a.terms.count, b.terms.count) < shortItemTerms { bar = max(bar, shortItemThreshold) }
        return score(a, b) >= bar
    }

    /// The Jaccard similarity of two sorted sets.
    static func overlap(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
