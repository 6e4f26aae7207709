import Foundation

/// When, where and how a run was made, for the report's header.
public struct RunContext: Sendable {
    public var date: String
    public var commit: String?
    public var command: String
    /// Cores and load, which the timings depend on.
    public var machine: String?

    public init(date: String, commit: String?, command: String, machine: String? = nil) {
        self.date = date
        self.commit = commit
        self.command = command
        self.machine = machine
    }
}

/// The evaluation as Markdown: the table first, then how the queries were made and what
/// each re-spelling does to each method.
public enum Report {
    public static func markdown(_ result: EvaluationResult, context: RunContext) -> String {
        let k = result.options.cutoff
        let mixed = result.mixed
        var lines = [
            "# Known-item search evaluation",
            "",
            "\(context.date), commit \(context.commit ?? "unknown"): \(number(result.articleCount)) articles "
                + "(\(result.skippedUntitled) without a title skipped), \(number(mixed.queries.count)) queries, seed \(result.options.seed). "
                + "Command: `\(context.command)`." + (context.machine.map { " Machine: \($0)." } ?? ""),
            "",
            "| method | MRR@\(k) | Success@\(k) | mean query ms | index build s |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        let best = (mrr: result.methods.map { $0.scores(.mixed).meanReciprocalRank }.max() ?? 0,
                    success: result.methods.map { $0.scores(.mixed).success }.max() ?? 0)
        for method in result.methods {
            let s = method.scores(.mixed)
            lines.append("| \(method.name) | \(bold(fixed(s.meanReciprocalRank), s.meanReciprocalRank == best.mrr)) "
                + "| \(bold(fixed(s.success), s.success == best.success)) "
                + "| \(fixed(method.meanQueryMilliseconds, 1)) | \(fixed(method.buildSeconds, 1)) |")
        }
        lines += ["", notes(result), "", "## Queries", "", queryNotes(result), ""]
        lines += shareTable(mixed)
        lines += ["", "Examples (printed → typed):", ""] + examples(mixed)
        lines += ["", "## Per source", ""] + perSource(result)
        lines += ["", "## Per re-spelling", ""] + breakdown(result)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func notes(_ result: EvaluationResult) -> String {
        var text = "Each query's target is the article its headline came from; MRR@\(result.options.cutoff) counts 1/rank "
            + "of the target within the top \(result.options.cutoff) (0 if absent), Success@\(result.options.cutoff) the share of "
            + "queries that have it there. Mean query time is over the mixed queries and includes query analysis; "
            + "index build includes document analysis (on every core); light10's times are this Swift port's, not Lucene's."
        if let scan = result.likeScan {
            text += " LIKE's query time is with the evaluation's trigram prefilter (built in \(fixed(result.prefilterBuildSeconds, 1)) s, "
                + "not counted above), which leaves its results unchanged (\(scan.identical ? "identical" : "**NOT identical**") "
                + "rankings on \(scan.queries) queries run both ways); the full scan WordPress runs took "
                + "\(number(Int(scan.meanMilliseconds.rounded()))) ms per query on them."
        }
        text += " Whole run: \(fixed(result.totalSeconds, 0)) s."
        return text
    }

    private static func queryNotes(_ result: EvaluationResult) -> String {
        "Each query is a run of 3–6 consecutive words of a headline that no other article shares, even after folding "
            + "spelling (\(number(result.candidateCount)) such headlines; the run and the headlines are drawn with "
            + "SplitMix64 from the seed). Every word is re-spelt by each rule that fits it with the rule's rate; "
            + "ال and و are only added or removed where the corpus uses the resulting form at least 3 times and at least "
            + "a tenth as often as the printed one (so بعد never becomes البعد). "
            + "Share of the \(number(result.mixed.queries.count)) queries with each re-spelling:"
    }

    private static func shareTable(_ set: QuerySet) -> [String] {
        var lines = ["| re-spelling | rate per word it fits | queries with it |", "| --- | ---: | ---: |"]
        let total = Double(max(1, set.queries.count))
        for kind in RespellingKind.allCases {
            let count = set.queries.filter { $0.kinds.contains(kind) }.count
            lines.append("| \(kind.label) | \(percent(kind.mixedRate, 0)) | \(percent(Double(count) / total)) |")
        }
        let untouched = set.queries.filter(\.kinds.isEmpty).count
        lines.append("| none: typed as printed | – | \(percent(Double(untouched) / total)) |")
        return lines
    }

    private static func examples(_ set: QuerySet, count: Int = 6) -> [String] {
        set.queries.filter { $0.kinds.count >= 2 }.prefix(count).map { query in
            "- «\(query.printed.joined(separator: " "))» → «\(query.text)» (\(query.kinds.sorted().map(\.rawValue).joined(separator: ", ")))"
        }
    }

    private static func breakdown(_ result: EvaluationResult) -> [String] {
        let k = result.options.cutoff
        let header = [
            "| queries | count | " + result.methods.map(\.name).joined(separator: " | ") + " |",
            "| --- | ---: | " + result.methods.map { _ in "---:" }.joined(separator: " | ") + " |",
        ]
        func rows(printed: Bool) -> [String] {
            result.querySets.map { set in
                let cells = result.methods.map { method in
                    let s = method.scores(set.variant, printed: printed)
                    return "\(fixed(s.meanReciprocalRank)) / \(fixed(s.success))"
                }
                return "| \(set.label) | \(number(set.queries.count)) | " + cells.joined(separator: " | ") + " |"
            }
        }
        return ["MRR@\(k) / Success@\(k) when every query is re-spelt one way only: hamza, ة, ى/ي and digits in every "
                    + "word they fit (a habit), ال, و, harakat and tatweel in one word (a slip). Each set holds the first "
                    + "candidates the rule fits.", ""]
            + header + rows(printed: false)
            + ["", "The same queries with their words as printed; the difference is what the re-spelling costs:", ""]
            + header + rows(printed: true)
    }

    /// The mixed queries grouped by the newspaper their target came from.
    private static func perSource(_ result: EvaluationResult) -> [String] {
        let k = result.options.cutoff
        let mixed = result.mixed
        var lines = [
            "MRR@\(k) / Success@\(k) of the mixed queries, by the source of the article each one looks for:", "",
            "| source | queries | " + result.methods.map(\.name).joined(separator: " | ") + " |",
            "| --- | ---: | " + result.methods.map { _ in "---:" }.joined(separator: " | ") + " |",
        ]
        for source in Set(result.sources).sorted() {
            let picked = mixed.queries.indices.filter { index in
                let target = Int(mixed.queries[index].target) - 1
                return result.sources.indices.contains(target) && result.sources[target] == source
            }
            let cells = result.methods.map { method in
                var scores = Scores()
                let ranks = method.ranks[.mixed] ?? []
                for index in picked where ranks.indices.contains(index) { scores.add(rank: ranks[index]) }
                return "\(fixed(scores.meanReciprocalRank)) / \(fixed(scores.success))"
            }
            lines.append("| \(source) | \(number(picked.count)) | " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// Every query a method missed (target not in the top k), tab-separated, for finding out
    /// what defeats a method: method, query set, re-spellings, target rowid, printed, typed.
    public static func misses(_ result: EvaluationResult) -> String {
        var lines = ["method\tset\tre-spellings\ttarget\tprinted\ttyped"]
        for method in result.methods {
            for set in result.querySets {
                for (query, rank) in zip(set.queries, method.ranks[set.variant] ?? []) where rank == nil {
                    let kinds = query.kinds.sorted().map(\.rawValue).joined(separator: ",")
                    lines.append([method.name, "\(set.variant)", kinds, "\(query.target)", query.printed.joined(separator: " "), query.text]
                        .joined(separator: "\t"))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Formatting

    static func fixed(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }
    static func percent(_ share: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f %%", share * 100) }
    static func bold(_ text: String, _ isBold: Bool) -> String { isBold ? "**\(text)**" : text }

    /// Thousands separated by commas, as elsewhere in the README.
    static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (value < 0 ? "-" : "") + out
    }
}
