import Foundation
import GRDB

/// WordPress's built-in search (`WP_Query::parse_search`, `parse_search_terms` and
/// `parse_search_order` in wp-includes/class-wp-query.php) on a plain table of posts: every
/// term must be a substring of the title, excerpt or content (`LIKE '%term%'`); results are
/// ordered by whole query in the title, all terms in the title, any term in the title, whole
/// query in the excerpt, then in the content, then newest first.
///
/// SQLite's LIKE folds ASCII case only, so this is WordPress on a byte-exact collation. MySQL's
/// utf8mb4_unicode_520_ci, WordPress's default where available, also ignores harakat and
/// hamza seats on alef when comparing, which this does not model.
public struct WordPressLikeMethod: SearchMethod {
    public var name = "LIKE (WordPress)"

    public init() {}

    public func build(_ articles: [CorpusArticle], in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE post (ID INTEGER PRIMARY KEY, post_title TEXT, post_excerpt TEXT, post_content TEXT, post_date TEXT)
            """)
        let insert = try db.makeStatement(sql: "INSERT INTO post VALUES (?, ?, ?, ?, ?)")
        for (index, article) in articles.enumerated() {
            try insert.execute(arguments: [index + 1, article.title, article.summary, article.body, article.date])
        }
    }

    /// A trigram index that finds, for terms of 3+ characters, a superset of the posts LIKE
    /// matches; LIKE then decides as before. It changes no result (a test checks) and only
    /// spares the evaluation a full scan of 80 MB per query (about 2 s here); built separately
    /// so its time is not counted as WordPress's.
    public func buildPrefilter(in db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE post_trigram USING fts5(post_title, post_excerpt, post_content, content = '', tokenize = 'trigram');
            INSERT INTO post_trigram (post_trigram, rank) VALUES ('automerge', 0);
            INSERT INTO post_trigram (rowid, post_title, post_excerpt, post_content)
                SELECT ID, post_title, post_excerpt, post_content FROM post;
            """)
    }

    public func search(_ query: String, limit: Int, in db: Database) throws -> [Int64] {
        try search(query, limit: limit, in: db, prefiltered: true)
    }

    public func search(_ query: String, limit: Int, in db: Database, prefiltered: Bool) throws -> [Int64] {
        let (terms, count) = Self.searchTerms(query)
        guard !terms.isEmpty else { return [] }
        let like = { (text: String) in "%" + Self.escapeLike(text) + "%" }
        var arguments: [any DatabaseValueConvertible] = []
        var clauses: [String] = []

        let indexed = terms.filter { $0.unicodeScalars.count >= 3 }
        if prefiltered, !indexed.isEmpty {
            clauses.append("ID IN (SELECT rowid FROM post_trigram WHERE post_trigram MATCH ?)")
            arguments.append(indexed.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " "))
        }
        for term in terms {
            clauses.append("(post_title LIKE ? ESCAPE '\\' OR post_excerpt LIKE ? ESCAPE '\\' OR post_content LIKE ? ESCAPE '\\')")
            arguments += [like(term), like(term), like(term)]
        }

        let titleHas = "post_title LIKE ? ESCAPE '\\'"
        var order: String
        if count > 1 {
            var cases = "WHEN \(titleHas) THEN 1 "
            var caseArguments: [any DatabaseValueConvertible] = [like(query)]
            if terms.count < 7 {  // WordPress: "sanity limit, sort as sentence when more than 6 terms"
                cases += "WHEN " + Array(repeating: titleHas, count: terms.count).joined(separator: " AND ") + " THEN 2 "
                caseArguments += terms.map(like)
                if terms.count > 1 {
                    cases += "WHEN " + Array(repeating: titleHas, count: terms.count).joined(separator: " OR ") + " THEN 3 "
                    caseArguments += terms.map(like)
                }
            }
            cases += "WHEN post_excerpt LIKE ? ESCAPE '\\' THEN 4 WHEN post_content LIKE ? ESCAPE '\\' THEN 5 "
            caseArguments += [like(query), like(query)]
            order = "(CASE \(cases)ELSE 6 END)"
            arguments += caseArguments
        } else {
            order = "\(titleHas) DESC"
            arguments.append(like(terms[0]))
        }
        // MySQL leaves the order of equal dates open; the ID makes it repeatable.
        return try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT ID FROM post WHERE \(clauses.joined(separator: " AND "))
            ORDER BY \(order), post_date DESC, ID LIMIT ?
            """), arguments: StatementArguments(arguments + [limit]))
    }

    // MARK: - WordPress's query parsing

    /// `parse_search`: the terms and `search_terms_count` (every match, stop words included).
    static func searchTerms(_ query: String) -> (terms: [String], count: Int) {
        let range = NSRange(query.startIndex..., in: query)
        let matches = termPattern.matches(in: query, range: range).compactMap { Range($0.range, in: query).map { String(query[$0]) } }
        guard !matches.isEmpty else { return ([query], 1) }
        var terms = matches.compactMap(checked)
        // "If the search string has only short terms or stopwords, or is 10+ terms long, match it as sentence."
        if terms.isEmpty || terms.count > 9 { terms = [query] }
        return (terms, matches.count)
    }

    /// `parse_search_terms`: quotes trimmed, lone a–z and dashes and English stop words dropped.
    private static func checked(_ raw: String) -> String? {
        let isPhrase = raw.count > 2 && raw.hasPrefix("\"") && raw.hasSuffix("\"")
        let term = raw.trimmingCharacters(in: CharacterSet(charactersIn: isPhrase ? "\"'" : "\"' "))
        if term.isEmpty { return nil }
        if term.utf8.count == 1, let c = term.unicodeScalars.first, c == "-" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) {
            return nil
        }
        return stopWords.contains(term.lowercased()) ? nil : term
    }

    /// `$wpdb->esc_like`: backslash before `\`, `%` and `_`.
    static func escapeLike(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == "\\" || c == "%" || c == "_" { out.append("\\") }
            out.append(c)
        }
        return out
    }

    private static let termPattern = try! NSRegularExpression(pattern: #"".*?("|$)|((?<=[\t ",+])|^)[^\t ",+]+"#)

    /// The default list, which is English; a translation may supply its own, none is modelled.
    private static let stopWords: Set<String> = Set("""
        about an are as at be by com for from how in is it of on or that the this to was what when where who will with www
        """.split(separator: " ").map(String.init))
}
