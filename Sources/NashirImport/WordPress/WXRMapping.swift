import Foundation
import NashirDomain

/// Turns a read export into drafts and reports, item by item.
struct WXRMapping {
    let document: WXRDocument
    let file: String
    let dates: WordPressDates
    let source: String
    /// Attachments by their post id, for featured pictures and galleries.
    let attachments: [String: WXRItem]

    init(document: WXRDocument, file: String, fallbackTimeZone: TimeZone) {
        self.document = document
        self.file = file
        dates = WordPressDates(items: document.items, fallback: fallbackTimeZone)
        source = LegacyAddress.originSource(forBase: document.siteURL)
        attachments = Dictionary(
            document.items.filter { $0.postType == "attachment" }.map { ($0.postID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func batch() throws(ImportError) -> ImportBatch {
        guard !document.siteURL.isEmpty else {
            throw ImportError(file: file, problem: "names no site address (<link> or <wp:base_blog_url> of the channel); posts could not be told from another site's")
        }
        var batch = ImportBatch(drafts: [])
        var writers = Set<String>()
        var otherTypes: [String: (count: Int, line: Int)] = [:]
        for item in document.items {
            let at = SourcePosition(file: file, line: item.line)
            switch item.postType {
            case "post":
                guard let status = Self.status(item.status) else {
                    batch.skipped.append(ImportError(at: at, problem: "post \(item.postID) «\(item.title)» is \(item.status.isEmpty ? "without a status" : "in the \(item.status)"); not imported"))
                    continue
                }
                switch draft(for: item, status: status, at: at) {
                case .success(let (draft, media)):
                    batch.drafts.append(ImportedDraft(draft: draft, position: at))
                    batch.media += media
                    writers.insert(item.creator)
                case .failure(let problem):
                    batch.skipped.append(problem)
                }
            case "page":
                batch.skipped.append(ImportError(at: at, problem: "page \(item.postID) «\(item.title)» (\(item.link)) is not imported: Nashir has no pages"))
            case "attachment":
                let url = item.attachmentURL.isEmpty ? item.link : item.attachmentURL
                if !url.isEmpty {
                    let parent = item.postParent == "0" || item.postParent.isEmpty ? nil : ArticleOrigin(source: source, key: item.postParent)
                    batch.media.append(ImportedMedia(url: url, role: .attachment, article: parent, caption: item.excerpt.isEmpty ? nil : item.excerpt, position: at))
                }
            default:
                let type = item.postType.isEmpty ? "(none)" : item.postType
                otherTypes[type] = (otherTypes[type].map { $0.count + 1 } ?? 1, otherTypes[type]?.line ?? item.line)
            }
        }
        for (type, seen) in otherTypes.sorted(by: { $0.value.line < $1.value.line }) {
            batch.skipped.append(ImportError(file: file, line: seen.line, problem: "\(seen.count) item\(seen.count == 1 ? "" : "s") of type \(type) not imported (the first here)"))
        }
        batch.skipped.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        batch.people = writers.sorted().map { login in
            let author = document.authors[login]
            return ImportedPerson(login: login, displayName: author?.bylineName ?? login, email: author?.email.flatMap { $0.isEmpty ? nil : $0 })
        }
        return batch
    }

    /// WordPress's statuses in Nashir's terms; nil for what is not imported (trash, auto-drafts,
    /// revisions' `inherit`). A private post becomes a draft: WordPress shows it only to the
    /// site's editors, which is what a draft is in Nashir, and an editor may publish it later.
    static func status(_ wordpress: String) -> ArticleStatus? {
        switch wordpress {
        case "publish", "future": .published
        case "draft", "private": .draft
        case "pending": .inReview
        default: nil
        }
    }

    private func draft(for item: WXRItem, status: ArticleStatus, at: SourcePosition) -> Result<(ArticleDraft, [ImportedMedia]), ImportError> {
        let origin = ArticleOrigin(source: source, key: item.postID)
        guard !item.postID.isEmpty else { return .failure(ImportError(at: at, problem: "post «\(item.title)» has no wp:post_id")) }
        let body = WordPressContent.body(of: item.content)
        var blocks = body.blocks
        let summary = HTMLBlocks.plainText(fromHTML: item.excerpt).nilIfEmpty
        if blocks.isEmpty, let summary { blocks = [.plainParagraph(summary)] }
        guard !blocks.isEmpty else {
            return .failure(ImportError(at: at, problem: "post \(item.postID) «\(item.title)» has no text to import\(body.images.isEmpty ? "" : " (only pictures)")"))
        }
        var headline = HTMLBlocks.plainText(fromHTML: item.title).replacingOccurrences(of: "\n", with: " ")
        if headline.isEmpty { headline = Self.headline(from: blocks) }
        guard !headline.isEmpty else { return .failure(ImportError(at: at, problem: "post \(item.postID) has neither a title nor text to make one from")) }

        let date = dates.date(of: item)
        let slug = Self.slug(item.postName).nilIfEmpty ?? TextCleaning.slug(for: headline)
        var media = body.images.map { ImportedMedia(url: $0, role: .inline, article: origin, position: at) }
        media += body.gallery.compactMap { reference in
            let url = reference.hasPrefix("id:") ? attachments[String(reference.dropFirst(3))]?.attachmentURL : reference
            return url.map { ImportedMedia(url: $0, role: .gallery, article: origin, position: at) }
        }
        let lead = item.meta["_thumbnail_id"].flatMap { attachments[$0] }.map { $0.attachmentURL.isEmpty ? $0.link : $0.attachmentURL }
        if let lead { media.insert(ImportedMedia(url: lead, role: .lead, article: origin, caption: body.captions.first, position: at), at: 0) }

        let content = ArticleContent(
            origin: origin, slug: slug, section: section(of: item), headline: String(headline.prefix(ArticleContent.maxHeadlineLength)),
            body: blocks, tags: tags(of: item), byline: document.authors[item.creator]?.bylineName ?? item.creator.nilIfEmpty,
            summary: summary ?? item.meta["_yoast_wpseo_metadesc"].map { HTMLBlocks.plainText(fromHTML: $0) }?.nilIfEmpty,
            sourceURL: item.link.nilIfEmpty, status: status,
            publishedAt: status == .published || item.status == "private" ? date : nil,
            seoTitle: item.meta["_yoast_wpseo_title"].flatMap { $0.contains("%%") ? nil : HTMLBlocks.plainText(fromHTML: $0).nilIfEmpty },
            leadImageURL: lead)
        return .success((ArticleDraft(content: content, createdAt: date, updatedAt: dates.modified(item) ?? date), media))
    }

    /// The primary category an SEO plugin recorded, else the post's first category; posts
    /// WordPress files under none go to «أخبار».
    private func section(of item: WXRItem) -> Section {
        let categories = item.terms.filter { $0.domain == "category" }.map(\.term)
        let primaryID = item.meta["_yoast_wpseo_primary_category"] ?? item.meta["rank_math_primary_category"]
        let primary = primaryID.flatMap { document.categorySlugsByID[$0] }.flatMap { slug in categories.first { $0.slug == slug } }
        guard let chosen = primary ?? categories.first else { return Section(slug: "news", name: "أخبار") }
        let name = HTMLBlocks.plainText(fromHTML: document.categories[chosen.slug]?.name ?? chosen.name)
        let slug = Self.slug(chosen.slug)
        return Section(slug: slug.isEmpty ? TextCleaning.slug(for: name) : slug, name: name.isEmpty ? slug : name)
    }

    private func tags(of item: WXRItem) -> [Tag] {
        var seen = Set<String>()
        return item.terms.filter { $0.domain == "post_tag" }.compactMap { entry in
            let name = HTMLBlocks.plainText(fromHTML: entry.term.name)
            let slug = Self.slug(entry.term.slug).nilIfEmpty ?? TextCleaning.slug(for: name)
            guard !name.isEmpty, seen.insert(slug).inserted else { return nil }
            return Tag(slug: slug, name: name)
        }
    }

    /// WordPress keeps Arabic slugs percent-encoded (`%d8%a7…`); Nashir keeps the letters.
    static func slug(_ nicename: String) -> String {
        (nicename.removingPercentEncoding ?? nicename).precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
    }

    /// An untitled post's headline: the opening of its first text, cut at a word.
    static func headline(from blocks: [Block]) -> String {
        guard let text = blocks.lazy.map(\.text).first(where: { !$0.isEmpty && !$0.hasPrefix("http") }) else { return "" }
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        guard line.count > 90 else { return line }
        let cut = line.prefix(90)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
