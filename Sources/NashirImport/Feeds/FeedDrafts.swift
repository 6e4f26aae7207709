import Foundation
import NashirDomain

/// Turns a feed's items into drafts under one importer's settings, all or nothing unless
/// `skipInvalid`; the same item twice in one feed is read once, its newest version.
struct FeedDrafts {
    var importer: FeedImporter
    var document: FeedDocument
    var file: String

    func batch() throws(ImportError) -> ImportBatch {
        if document.entries.isEmpty { throw ImportError(file: file, problem: "is a \(document.format) feed without items") }
        var drafts: [ImportedDraft] = []
        var skipped: [ImportError] = []
        var seen: [ArticleOrigin: Int] = [:]
        for entry in document.entries {
            let draft: ImportedDraft
            do { draft = try self.draft(entry) } catch {
                guard importer.skipInvalid else { throw error }
                skipped.append(error)
                continue
            }
            let origin = draft.draft.content.origin
            if let earlier = seen[origin] {
                // A feed that repeats an item keeps its newest version, else its later copy.
                if (drafts[earlier].draft.updatedAt ?? .distantPast) <= (draft.draft.updatedAt ?? .distantPast) { drafts[earlier] = draft }
            } else {
                seen[origin] = drafts.count
                drafts.append(draft)
            }
        }
        return ImportBatch(drafts: drafts, skipped: skipped)
    }

    /// The source items are attributed to: the importer's name, else the feed's title, else the file's name.
    var sourceName: String {
        if let name = importer.sourceName.flatMap(nonEmpty) { return name }
        if let title = document.title.map(FeedTextMapping.line).flatMap(nonEmpty) { return title }
        return URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    }

    func draft(_ entry: FeedEntry) throws(ImportError) -> ImportedDraft {
        func fail(_ problem: String) -> ImportError { ImportError(file: file, line: entry.line, problem: problem) }
        if !entry.problems.isEmpty { throw fail(entry.problems.joined(separator: "; ")) }
        var headline = entry.title.map(FeedTextMapping.line) ?? ""
        var urgent = entry.urgent
        if let stripped = FeedTextMapping.withoutUrgentMark(headline) {
            headline = stripped
            urgent = true
        }
        guard !headline.isEmpty else { throw fail("\(kind(entry)) has no title") }
        let body = FeedTextMapping.body(entry.content ?? entry.summary)
        guard !body.blocks.isEmpty else { throw fail("\(kind(entry)) has no body (no content and no description)") }
        var tags: [Tag] = []
        for category in entry.categories.map(FeedTextMapping.line) where !category.isEmpty {
            if FeedTextMapping.isUrgentMark(category) {
                urgent = true
                continue
            }
            let tag = Tag(slug: TextCleaning.slug(for: category), name: category)
            if !tags.contains(where: { $0.slug == tag.slug }) { tags.append(tag) }
        }
        let summary = entry.content == nil ? nil : entry.summary.map(FeedTextMapping.summary).flatMap(nonEmpty)
        let byline = entry.authors.map(FeedTextMapping.line).filter { !$0.isEmpty }
        let key = entry.key ?? entry.link ?? Self.fallbackKey(headline: headline, published: entry.published)
        let content = ArticleContent(
            origin: ArticleOrigin(source: sourceName, key: key),
            slug: TextCleaning.slug(for: headline),
            section: importer.section,
            headline: headline,
            dateline: entry.place.map { Dateline(place: FeedTextMapping.line($0)) },
            body: body.blocks,
            tags: tags,
            byline: byline.isEmpty ? nil : byline.joined(separator: "، "),
            summary: summary,
            sourceURL: entry.link.flatMap(Self.webAddress),
            status: importer.status,
            publishedAt: entry.published ?? entry.updated,
            urgent: urgent,
            credit: (entry.credit ?? document.title).map(FeedTextMapping.line).flatMap(nonEmpty),
            embargo: entry.embargo,
            leadImageURL: (entry.imageURL.flatMap(Self.webAddress)) ?? body.imageSources.lazy.compactMap(Self.webAddress).first)
        do { try content.validate() } catch { throw fail(error.description) }
        return ImportedDraft(draft: ArticleDraft(content: content, updatedAt: entry.updated), position: SourcePosition(file: file, line: entry.line))
    }

    private func kind(_ entry: FeedEntry) -> String {
        entry.key.map { "the item \"\($0.prefix(80))\"" } ?? "the item"
    }

    /// Only absolute web addresses: a relative one means nothing once the item leaves its feed.
    static func webAddress(_ address: String) -> String? {
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        return TextRun.isAllowedLink(trimmed) && trimmed.lowercased().hasPrefix("http") ? trimmed : nil
    }

    /// For items with neither id nor link: the headline and date, which a re-sent copy repeats.
    static func fallbackKey(headline: String, published: Date?) -> String {
        let seed = headline.precomposedStringWithCanonicalMapping + "|" + (published.map(Timestamp.format) ?? "")
        let hex = String(StableHash.fnv1a64(seed.utf8), radix: 16)
        return "item-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
