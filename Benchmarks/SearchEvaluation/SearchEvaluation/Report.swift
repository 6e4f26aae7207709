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
            "| method | MRR@\(k) | Success@\(k) | short queries: MRR@\(k) | Success@\(k) | mean query ms | index build s |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        let best = (mrr: result.methods.map { $0.scores(.mixed).meanReciprocalRank }.max() ?? 0,
                    success: result.methods.map { $0.scores(.mixed).success }.max() ?? 0)
        for method in result.methods {
            let s = method.scores(.mixed)
            let short = method.scores(.short)
            lines.append("| \(method.name) | \(bold(fixed(s.meanReciprocalRank), s.meanReciprocalRank == best.mrr)) "
                + "| \(bold(fixed(s.success), s.success == best.success)) "
                + "| \(fixed(short.meanReciprocalRank)) | \(fixed(short.success)) "
                + "| \(fixed(method.meanQueryMilliseconds, 1)) | \(fixed(method.buildSeconds, 1)) |")
        }
        lines += ["", notes(result)]
        lines += postgres(result)
        lines += ties(result) + heldOut(result) + emptyResults(result) + freshness(result)
        lines += ["", "## Queries", "", queryNotes(result), ""]
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
        "Each mixed query is a run of 3–6 consecutive words of a headline that no other article shares, even after folding "
            + "spelling (\(number(result.candidateCount)) such headlines; the run and the headlines are drawn with SplitMix64 "
            + "from the seed); each short query is 2 or 3 content words (stop words skipped) of the same headlines, next to each "
            + "other among them. Every word is re-spelt by each rule that fits it with the rule's rate; "
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
                    + "candidates the rule fits. The last two sets hold a word with shadda or tanween (typed with them) or a "
                    + "name, the other words re-spelt as in the mixed set.", ""]
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

    /// The queries of `variant` whose target comes from `source`.
    static func indices(of source: String, in result: EvaluationResult, _ variant: QuerySet.Variant) -> [Int] {
        guard let set = result.querySets.first(where: { $0.variant == variant }) else { return [] }
        return set.queries.indices.filter { result.source(of: set.queries[$0]) == source }
    }

    static func scores(_ method: MethodResult?, _ picked: [Int], _ variant: QuerySet.Variant) -> Scores? {
        guard let method, let ranks = method.ranks[variant] else { return nil }
        return RankingFit.scores(ranks, picked)
    }

    static func cell(_ scores: Scores?) -> String {
        scores.map { "\(fixed($0.meanReciprocalRank)) / \(fixed($0.success))" } ?? "–"
    }

    /// Leave one source out: the ranking fitted on four newspapers, scored on the fifth.
    private static func heldOut(_ result: EvaluationResult) -> [String] {
        guard let fit = result.fit else { return [] }
        let k = result.options.cutoff
        let product = result.methods.first { $0.name == ProductPathMethod.methodName }
        let all = result.methods.first { $0.name == FullTextMethod.light10.name }
        let any = result.methods.first { $0.name == FullTextMethod.light10AnyWord.name }
        var lines = [
            "", "## Held-out sources", "",
            "The product path's ranking (`SearchRanking`: the exact-form field's weight, proximity, the recency boost) fitted "
                + "on the queries of four newspapers (mean MRR@\(k) of the mixed and the short set) and scored on the fifth's, for "
                + "each of the five: MRR@\(k) / Success@\(k) on a newspaper the fit never saw, beside light10 with plain BM25 "
                + "requiring every word and any word, on the same articles and queries. Grid: \(fit.grid.count) rankings. Best on "
                + "all five sources, and so the standard: \(RankingFit.describe(fit.grid[fit.bestOverall])). The analyser's exception "
                + "lists were drawn from the whole corpus before this evaluation existed; only the ranking is held out.",
        ]
        for (position, variant) in fit.variants.enumerated() {
            let label = variant == .mixed ? "Mixed queries (runs of 3–6 headline words)" : "Short queries (2–3 content words)"
            lines += [
                "", "\(label):", "",
                "| held-out source | queries | fitted on the other four | Nashir, fitted without it | Nashir, standard ranking | light10, all words | light10, any word | ceiling (ties) | targets | untied queries: Nashir, fitted without it | light10, all / any word | targets, untied |",
                "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |",
            ]
            for fold in fit.folds {
                let picked = indices(of: fold.source, in: result, variant)
                let heldOut = fold.heldOut[position]
                let light = [scores(all, picked, variant), scores(any, picked, variant)].compactMap { $0 }
                let counts = result.ties?.counts[variant]
                let untied = picked.filter { counts?[$0] == 1 }
                let heldOutUntied = RankingFit.scores(fit.ranks[fold.chosen][position], untied)
                let lightUntied = [scores(all, untied, variant), scores(any, untied, variant)].compactMap { $0 }
                lines.append("| \(fold.source) | \(number(fold.queries[position])) | \(RankingFit.describe(fit.grid[fold.chosen])) "
                    + "| \(cell(heldOut)) | \(cell(scores(product, picked, variant))) | \(cell(scores(all, picked, variant))) "
                    + "| \(cell(scores(any, picked, variant))) | \(ceilingCell(result, variant, picked)) | \(targets(heldOut, light)) "
                    + "| \(counts == nil ? "–" : cell(heldOutUntied)) | \(lightUntied.map(cell).joined(separator: " / ")) "
                    + "| \(counts == nil ? "–" : targets(heldOutUntied, lightUntied)) |")
            }
        }
        lines += ["", "Targets: MRR@\(k) ≥ 0.90 and Success@\(k) ≥ 0.97 on the held-out source, and above both light10 runs on both. "
            + "Where the ceiling is below them, ties put them out of any ranker's reach; the last columns judge the untied queries."]
        return lines
    }

    /// The product path on PostgreSQL beside SQLite's: both scores per query set, the difference
    /// against the target (within 0.03 MRR@k), and the mixed and short queries whose rank moved most.
    private static func postgres(_ result: EvaluationResult) -> [String] {
        guard let sqlite = result.methods.first(where: { $0.name == ProductPathMethod.methodName }),
            let postgres = result.methods.first(where: { $0.name == PostgresProductPathMethod.methodName })
        else { return [] }
        let k = result.options.cutoff
        var lines = [
            "", "## PostgreSQL beside SQLite", "",
            "The same articles saved through `SQLiteStore` as the product path does, then copied into an empty PostgreSQL "
                + "database the way `nashir copy` does (`StoreArchiving.copy(into:)`, ids kept, the tsvector index rebuilt there"
                + (result.postgresCopySeconds.map { ", \(fixed($0, 1)) s" } ?? "") + "), and every query answered by "
                + "`PostgresStore.search` with the same request. Target: PostgreSQL's MRR@\(k) within 0.03 of SQLite's.",
            "",
            "| query set | queries | SQLite MRR@\(k) / Success@\(k) | PostgreSQL MRR@\(k) / Success@\(k) | MRR@\(k) PostgreSQL − SQLite | within 0.03 | ranked better / worse on PostgreSQL |",
            "| --- | ---: | ---: | ---: | ---: | --- | ---: |",
        ]
        func value(_ rank: Int?) -> Double { rank.map { 1 / Double($0) } ?? 0 }
        for set in result.querySets {
            let a = sqlite.scores(set.variant), b = postgres.scores(set.variant)
            let difference = b.meanReciprocalRank - a.meanReciprocalRank
            let pairs = zip(sqlite.ranks[set.variant] ?? [], postgres.ranks[set.variant] ?? [])
            let better = pairs.filter { value($1) > value($0) }.count, worse = pairs.filter { value($1) < value($0) }.count
            lines.append("| \(set.label) | \(number(set.queries.count)) | \(cell(a)) | \(cell(b)) | \(String(format: "%+.3f", difference)) "
                + "| \(abs(difference) <= 0.03 ? "met" : "**not met**") | \(better) / \(worse) |")
        }
        func headline(_ rowid: Int64?) -> String {
            guard let rowid, result.headlines.indices.contains(Int(rowid) - 1) else { return "–" }
            let article = result.headlines[Int(rowid) - 1]
            return "«\(article.title.replacingOccurrences(of: "|", with: "/").replacingOccurrences(of: "\n", with: " "))» (\(article.date.prefix(10)))"
        }
        var moved: [(loss: Double, set: QuerySet, index: Int)] = []
        for set in result.querySets where set.variant == .mixed || set.variant == .short {
            for (index, (a, b)) in zip(sqlite.ranks[set.variant] ?? [], postgres.ranks[set.variant] ?? []).enumerated() where a != b {
                moved.append((value(a) - value(b), set, index))
            }
        }
        let worst = moved.sorted { $0.loss > $1.loss }.prefix(20).filter { $0.loss > 0 }
        if !worst.isEmpty {
            lines += [
                "", "Mixed and short queries PostgreSQL ranks worst against SQLite (rank `–`: not in the top \(k)):", "",
                "| set | typed | SQLite rank | PostgreSQL rank | target | PostgreSQL's first | SQLite's first |",
                "| --- | --- | ---: | ---: | --- | --- | --- |",
            ]
            for item in worst {
                let query = item.set.queries[item.index], variant = item.set.variant
                let a = sqlite.ranks[variant]?[item.index] ?? nil, b = postgres.ranks[variant]?[item.index] ?? nil
                let firstA = sqlite.firstResults[variant].flatMap { $0.indices.contains(item.index) ? $0[item.index].first : nil }
                let firstB = postgres.firstResults[variant].flatMap { $0.indices.contains(item.index) ? $0[item.index].first : nil }
                lines.append("| \(variant == .mixed ? "mixed" : "short") | \(query.text) | \(a.map(String.init) ?? "–") | \(b.map(String.init) ?? "–") "
                    + "| \(headline(query.target)) | \(headline(firstB)) | \(headline(firstA)) |")
            }
        }
        return lines
    }

    /// «met» when `scores` reach the issue's targets and beat every one of `light` on both figures.
    static func targets(_ scores: Scores, _ light: [Scores]) -> String {
        let beats = light.allSatisfy { scores.meanReciprocalRank > $0.meanReciprocalRank && scores.success > $0.success }
        return scores.meanReciprocalRank >= 0.90 && scores.success >= 0.97 && beats ? "met" : "**not met**"
    }

    static func ceilingCell(_ result: EvaluationResult, _ variant: QuerySet.Variant, _ picked: [Int]? = nil) -> String {
        guard let ceiling = result.ties?.ceiling(variant, cutoff: result.options.cutoff, picked: picked) else { return "–" }
        return "\(fixed(ceiling.mrr)) / \(fixed(ceiling.success))"
    }

    /// What ties between headlines leave reachable, and how each method does on the queries without one.
    private static func ties(_ result: EvaluationResult) -> [String] {
        guard let ties = result.ties else { return [] }
        let k = result.options.cutoff
        var lines = [
            "", "## Ties: what a query cannot tell apart", "",
            "A headline ties with the target's when it holds the query's content words in the same normalised forms and the "
                + "same order, next to each other once stop words are skipped («حزب الله», «رئيس الحكومة», «أبرز أخبار الخميس»). "
                + "No ranker can tell tied headlines apart by the query, so the ceiling is what one scores that ranks every untied "
                + "target first and orders each tie at random. The last columns score each method on the untied queries alone.",
            "",
            "| query set | tied queries | ceiling MRR@\(k) / Success@\(k) | " + result.methods.map { "\($0.name), untied" }.joined(separator: " | ") + " |",
            "| --- | ---: | ---: | " + result.methods.map { _ in "---:" }.joined(separator: " | ") + " |",
        ]
        for set in result.querySets where set.variant == .mixed || set.variant == .short {
            let untied = (ties.counts[set.variant] ?? []).indices.filter { ties.counts[set.variant]![$0] == 1 }
            lines.append("| \(set.label) | \(percent(ties.tiedShare(set.variant))) | \(ceilingCell(result, set.variant)) | "
                + result.methods.map { cell(scores($0, untied, set.variant)) }.joined(separator: " | ") + " |")
        }
        guard !ties.shortOdds.isEmpty else { return lines }
        lines += [
            "", "A ranker that knew what the query generator knows would order ties by their odds: it draws short queries only "
                + "from headlines no other article shares, and a run of 2 or 3 of a headline's n content words at any of its "
                + "starts, so a shorter headline is likelier to have given the query. No ranker that reads the query alone can "
                + "expect more: this ceiling is each query's expected score over the targets it could have come from, in "
                + "proportion to their odds, so one sample's scores may land on either side of it. The short set per source, "
                + "both ways:",
            "",
            "| source | short queries | ceiling, ties at random | ceiling, ties by the generator's odds |",
            "| --- | ---: | ---: | ---: |",
        ]
        let all = Array(ties.shortOdds.indices)
        for source in Set(result.sources).sorted() + ["all"] {
            let picked = source == "all" ? all : indices(of: source, in: result, .short)
            guard !picked.isEmpty else { continue }
            let informed = ties.informedShortCeiling(cutoff: k, picked: picked)
            lines.append("| \(source) | \(number(picked.count)) | \(ceilingCell(result, .short, picked)) "
                + "| \(fixed(informed.mrr)) / \(fixed(informed.success)) |")
        }
        return lines
    }

    /// Queries that found nothing through the product path though light10 found their article.
    private static func emptyResults(_ result: EvaluationResult) -> [String] {
        guard let product = result.methods.first(where: { $0.name == ProductPathMethod.methodName }) else { return [] }
        let lights = result.methods.filter { $0.name.hasPrefix("light10") }
        var lines = ["", "## Empty results", ""]
        for set in result.querySets where set.variant == .mixed || set.variant == .short {
            let empty = product.empty[set.variant] ?? []
            let lost = empty.sorted().filter { index in lights.contains { ($0.ranks[set.variant]?[index] ?? nil) != nil } }
            lines.append("- \(set.label): \(number(empty.count)) of \(number(set.queries.count)) found nothing through the product path; "
                + "\(number(lost.count)) of them where a light10 run has the article in its top \(result.options.cutoff)"
                + (lost.isEmpty ? "." : ": " + lost.prefix(10).map { "«\(set.queries[$0].text)»" }.joined(separator: ", ") + "."))
        }
        return lines
    }

    /// The freshness property for broad queries.
    private static func freshness(_ result: EvaluationResult) -> [String] {
        guard let check = result.freshness else { return [] }
        var lines = [
            "", "## Freshness of broad queries", "",
            "Property: a one-word query matching at least \(number(FreshnessCheck.minimumMatches)) articles shows, among its first ten "
                + "results, only articles from the newest tenth of its matches. Checked on the \(check.words.count) commonest headline "
                + "words that match so many: it holds for **\(check.holding) of \(check.words.count)**.",
        ]
        let failing = check.words.filter { !$0.holds }
        if !failing.isEmpty {
            lines += ["", "| word | matches | of the first results, in the newest tenth |", "| --- | ---: | ---: |"]
            lines += failing.map { "| \($0.word) | \(number($0.matches)) | \($0.inNewestTenth) of \($0.shown) |" }
        }
        return lines
    }

    /// Every mixed or short query whose target a method did not rank first, with what it ranked
    /// first: method, set, rank (empty when not in the top k), printed, typed, target headline and
    /// date, first headline and date; tab-separated.
    public static func ranks(_ result: EvaluationResult) -> String {
        var lines = ["method\tset\trank\tprinted\ttyped\ttarget\ttarget date\tfirst\tfirst date"]
        func cells(_ rowid: Int64?) -> [String] {
            guard let rowid, result.headlines.indices.contains(Int(rowid) - 1) else { return ["", ""] }
            let article = result.headlines[Int(rowid) - 1]
            return [article.title.replacingOccurrences(of: "\t", with: " "), article.date]
        }
        for method in result.methods {
            for set in result.querySets where set.variant == .mixed || set.variant == .short {
                let firsts = method.firstResults[set.variant] ?? []
                for (index, query) in set.queries.enumerated() {
                    let rank = method.ranks[set.variant]?[index] ?? nil
                    guard rank != 1 else { continue }
                    let first = firsts.indices.contains(index) ? firsts[index].first : nil
                    let head = [method.name, "\(set.variant)", rank.map(String.init) ?? "", query.printed.joined(separator: " "), query.text]
                    lines.append((head + cells(query.target) + cells(first)).joined(separator: "\t"))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
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
