import Foundation
import NashirDomain

extension ArticleLine {
    /// The draft this line describes; `line` and `file` locate problems in messages, `sections`
    /// names the feed's section labels.
    func draft(file: String, line: Int, sections: SectionMap) throws(ImportError) -> ArticleDraft {
        func fail(_ problem: String) -> ImportError { ImportError(file: file, line: line, problem: problem) }
        func date(_ text: String?, _ field: String) throws(ImportError) -> Date? {
            guard let text else { return nil }
            guard let date = Timestamp.parse(text) else { throw fail("\(field): \"\(text)\" is not an ISO 8601 date") }
            return date
        }

        let headline = TextCleaning.line(title)
        var paragraphs = TextCleaning.paragraphs(body)
        var dateline: Dateline?
        switch self.dateline {
        case .some(let given):
            dateline = try given.map { given throws(ImportError) in
                Dateline(place: given.place, source: given.source, date: try date(given.date, "dateline.date"))
            }
        case .none:
            if let first = paragraphs.first, let match = DatelineParser.parse(first) {
                dateline = match.dateline
                if match.remainder.isEmpty { paragraphs.removeFirst() } else { paragraphs[0] = match.remainder }
            }
        }
        var status = ArticleStatus.published
        if let raw = self.status {
            guard let known = ArticleStatus(rawValue: raw) else { throw fail("status: unknown value \"\(raw)\" (draft or published)") }
            status = known
        }
        var corrections: [Correction] = []
        for (index, correction) in (self.corrections ?? []).enumerated() {
            guard let at = try date(correction.at, "corrections[\(index)].at") else { continue }
            corrections.append(Correction(at: at, note: TextCleaning.line(correction.note)))
        }
        let content = ArticleContent(
            origin: ArticleOrigin(source: source ?? "jsonl", key: id),
            slug: slug ?? TextCleaning.slug(for: headline),
            section: sections.section(label: section, name: sectionName),
            headline: headline,
            highlights: (highlights ?? []).map(TextCleaning.line),
            dateline: dateline,
            body: blocks ?? paragraphs.map(Block.plainParagraph),
            tags: (tags ?? []).map { Tag(slug: $0.slug, name: $0.name) },
            byline: author.map(TextCleaning.line).flatMap { $0.isEmpty ? nil : $0 },
            summary: summary.map(TextCleaning.line).flatMap { $0.isEmpty ? nil : $0 },
            sourceURL: url,
            status: status,
            publishedAt: try date(self.date, "date"),
            corrections: corrections,
            urgent: urgent ?? false,
            seoTitle: seoTitle.map(TextCleaning.line).flatMap { $0.isEmpty ? nil : $0 },
            credit: credit.map(TextCleaning.line).flatMap { $0.isEmpty ? nil : $0 },
            embargo: try date(embargo, "embargo"),
            leadImageURL: leadImageURL)
        do { try content.validate() } catch { throw fail(error.description) }
        return ArticleDraft(content: content, createdAt: try date(created, "created"), updatedAt: try date(updated, "updated"))
    }

    /// The line that exports `article`, carrying every field so it re-imports unchanged.
    init(_ article: Article) {
        let content = article.content
        self.init(id: content.origin.key, title: content.headline, body: content.body.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n\n"))
        if content.body.contains(where: { $0.kind != "paragraph" || $0.hasMarks }) { blocks = content.body }
        source = content.origin.source
        url = content.sourceURL
        section = content.section.slug
        sectionName = content.section.name
        slug = content.slug
        highlights = content.highlights
        dateline = .some(content.dateline.map {
            DatelineLine(place: $0.place, source: $0.source, date: $0.date.map(Timestamp.format))
        })
        summary = content.summary
        author = content.byline
        tags = content.tags.map { TagLine(slug: $0.slug, name: $0.name) }
        status = content.status.rawValue
        date = content.publishedAt.map(Timestamp.format)
        created = Timestamp.format(article.createdAt)
        updated = Timestamp.format(article.updatedAt)
        urgent = content.urgent ? true : nil
        seoTitle = content.seoTitle
        leadImage = content.leadImage?.rawValue
        corrections = content.corrections.map { CorrectionLine(at: Timestamp.format($0.at), note: $0.note) }
        credit = content.credit
        embargo = content.embargo.map(Timestamp.format)
        leadImageURL = content.leadImageURL
    }
}
