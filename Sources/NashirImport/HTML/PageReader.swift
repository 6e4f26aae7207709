import Foundation
import NashirDomain
import NashirHTML

/// Turns a saved article page into a draft: metadata first (`PageMetadata`), the headline a
/// reader sees (`PageHeadline`), the copy by boilerplate removal (`MainTextExtractor`) mapped to
/// blocks (`HTMLBlocks`) and cleaned of the lines themes print around it (`PageCopyCleanup`).
public struct PageReader: Sendable {
    /// The section when the page names none.
    public var defaultSection: Section
    /// The status imported pages get; `incoming` puts them on the newsroom's incoming list.
    public var status: ArticleStatus

    public init(defaultSection: Section = Section(slug: "news", name: "أخبار"), status: ArticleStatus = .incoming) {
        self.defaultSection = defaultSection
        self.status = status
    }

    /// The page's article; the origin's key is empty when the page states no address of its own.
    public func read(_ html: String, file: String) throws(ImportError) -> ArticleDraft {
        guard let root = HTMLParser.parse(html), root.elements(named: "body").first != nil || !root.text.isEmpty else {
            throw ImportError(file: file, problem: "is not an HTML page libxml2 can read")
        }
        let metadata = PageMetadata(page: root)
        guard let headline = PageHeadline.find(page: root, metadata: metadata).map(TextCleaning.line), !headline.isEmpty else {
            throw ImportError(file: file, problem: "no headline: the page has no h1, title or og:title")
        }
        let base = Self.baseURL(page: root, metadata: metadata)
        guard let copy = MainTextExtractor(page: root).mainContent() else {
            throw ImportError(file: file, problem: "no article text: the page has no paragraph of copy")
        }
        let extracted = HTMLBlocks.body(from: PageLinks.absolute(copy, base: base))
        let sectionName = PageSection.find(page: root, metadata: metadata, headline: headline)
        var cleanup = PageCopyCleanup(headline: headline, authors: metadata.authors, section: sectionName)
        let blocks = cleanup.clean(extracted.blocks)
        guard !blocks.isEmpty else { throw ImportError(file: file, problem: "no article text left after removing the page's chrome") }
        var body = blocks
        var dateline: Dateline?
        if case .paragraph(let first) = body[0], let match = DatelineParser.parse(first.plain), first.plain.hasSuffix(match.remainder) {
            dateline = match.dateline
            let cut = first.dropFirst(first.plain.count - match.remainder.count)
            if cut.plain.isEmpty { body.removeFirst() } else { body[0] = .paragraph(cut) }
            if body.isEmpty { throw ImportError(file: file, problem: "the article has a dateline but no body paragraphs") }
        }
        let url = metadata.url.flatMap { PageLinks.resolve($0, base: base) }
        let published = metadata.published ?? PageDates.visible(page: root)
        let byline = (metadata.authors.isEmpty ? nil : metadata.authors.joined(separator: "، ")) ?? cleanup.byline
        let section = sectionName.map {
            Section(slug: TextCleaning.slug(for: $0), name: $0)
        } ?? defaultSection
        let image = metadata.image.flatMap { PageLinks.resolve($0, base: base) }
            ?? extracted.imageSources.lazy.compactMap { PageLinks.resolve($0, base: base) }.first
        let content = ArticleContent(
            origin: ArticleOrigin(source: url.flatMap(Self.site) ?? "html", key: url ?? ""),
            slug: TextCleaning.slug(for: headline), section: section, headline: headline, dateline: dateline, body: body,
            tags: Self.tags(metadata.keywords), byline: byline, summary: Self.summary(metadata.description, body: body),
            sourceURL: url, status: status, publishedAt: published, credit: metadata.siteName, leadImageURL: image)
        return ArticleDraft(content: content)
    }

    /// Where relative addresses on the page point from: <base href>, else the page's own address.
    static func baseURL(page root: HTMLNode, metadata: PageMetadata) -> URL? {
        let declared = root.elements(named: "base").first?["href"]
        return [declared, metadata.url].compactMap { $0 }.lazy.compactMap(PageLinks.url).first { $0.scheme?.hasPrefix("http") == true }
    }

    /// «jawharafm.net» for «http://www.jawharafm.net/ar/article/…».
    static func site(_ url: String) -> String? {
        guard let host = PageLinks.url(url)?.host?.lowercased(), !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    static func tags(_ keywords: [String]) -> [Tag] {
        var seen: Set<String> = []
        return keywords.filter { $0.count <= 60 }.compactMap { name in
            let slug = TextCleaning.slug(for: name)
            return seen.insert(slug).inserted ? Tag(slug: slug, name: name) : nil
        }.prefix(20).map { $0 }
    }

    /// The page's description when it is a summary, not the copy's opening cut off by the theme.
    static func summary(_ description: String?, body: [Block]) -> String? {
        guard let description, !description.isEmpty, !description.hasSuffix("..."), !description.hasSuffix("…") else { return nil }
        let opening = body.first?.text ?? ""
        if opening.hasPrefix(description) || description.hasPrefix(opening) { return nil }
        return description
    }
}

extension RichText {
    /// Without its first `count` characters, marks kept on what remains.
    func dropFirst(_ count: Int) -> RichText {
        var remaining = count
        var kept: [TextRun] = []
        for var run in runs {
            if remaining >= run.text.count {
                remaining -= run.text.count
                continue
            }
            run.text = String(run.text.dropFirst(remaining))
            remaining = 0
            kept.append(run)
        }
        return RichText(runs: kept).trimmed()
    }
}
