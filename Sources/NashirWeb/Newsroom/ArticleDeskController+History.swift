import ArabicText
import Foundation
import Hummingbird
import NashirDomain
import NashirRoutes

/// A story's history: its revisions as an activity log, a word-level diff between any two, and
/// restoring an old one (as a new revision, so nothing is ever lost).
extension ArticleDeskController {
    struct HistoryPage {
        var chrome: AdminChrome
        var title: String
        var headline: String
        var editPath: String
        var action: String
        var choicesFrom: [AdminOption]
        var choicesTo: [AdminOption]
        var diff: Diff?
        var revisions: [Row]
        var notice: String? = nil
        var problem: String? = nil

        struct Diff {
            var parts: [Part]
        }

        struct Part {
            var name: String
            var segments: [Segment]
        }

        struct Segment {
            var text: String
            var old: String
            var same = false, inserted = false, deleted = false, marks = false
        }

        struct Row {
            var number: Int
            var author: String
            var saved: String
            var savedISO: String
            var statusName: String
            var note: String?
            var mayRestore: Bool
            var restorePath: String
            var csrf: String
            var current: Int
        }
    }

    func history(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        guard let article = try await article(context) else { return await newsroom.notFound(identity) }
        let revisions = try await newsroom.store.revisions(of: article.id)
        let numbers = revisions.map(\.number)
        let parameters = request.uri.queryParameters
        let to = parameters.get("to").flatMap(Int.init).flatMap { numbers.contains($0) ? $0 : nil } ?? numbers.last ?? 1
        let from = parameters.get("from").flatMap(Int.init).flatMap { numbers.contains($0) ? $0 : nil } ?? numbers.dropLast().last ?? to
        let byNumber = Dictionary(revisions.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        let now = newsroom.clock.now()
        let timeZone = try await siteTimeZone()
        let mayRestore = NewsroomPolicy.mayEdit(identity.user, article)
        var diff: HistoryPage.Diff?
        if let old = byNumber[from]?.content, let new = byNumber[to]?.content, from != to {
            diff = HistoryPage.Diff(parts: Self.diffParts(old, new))
        }
        let options = { (selected: Int) in
            revisions.map { AdminOption(value: String($0.number), name: "المراجعة \($0.number)", selected: $0.number == selected) }
        }
        let page = HistoryPage(
            chrome: newsroom.views.chrome(for: identity), title: "سجل المراجعات", headline: article.content.headline,
            editPath: NewsroomRoute.article(article.id).path, action: NewsroomRoute.history(article.id).path,
            choicesFrom: options(from), choicesTo: options(to), diff: diff,
            revisions: revisions.reversed().map { revision in
                HistoryPage.Row(
                    number: revision.number, author: revision.authorName ?? "استيراد", 
                    saved: ArticleForm.localTime(revision.savedAt, timeZone: timeZone).replacingOccurrences(of: "T", with: " "),
                    savedISO: Timestamp.format(revision.savedAt),
                    statusName: AdminWording.status(revision.content.status, publishedAt: revision.content.publishedAt, now: now),
                    note: revision.note, mayRestore: mayRestore && revision.number != article.revision,
                    restorePath: NewsroomRoute.restore(article.id, revision: revision.number).path,
                    csrf: identity.session?.csrfToken ?? "", current: article.revision)
            })
        return await newsroom.page("history", page)
    }

    func restore(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        guard let article = try await article(context),
              let number = context.parameters.get("revision").flatMap(Int.init),
              let revision = try await newsroom.store.revision(of: article.id, number: number)
        else { return await newsroom.notFound(identity) }
        struct Form: Decodable { var csrf: String?; var revision: String? }
        let form = try await newsroom.form(Form.self, from: request)
        guard NewsroomServices.csrfMatches(form.csrf, identity) else { return await newsroom.csrfRefused(identity) }
        guard NewsroomPolicy.mayEdit(identity.user, article) else { return await newsroom.forbidden(identity) }
        // The old copy comes back; where the story stands (its status and time) does not change.
        var content = revision.content
        content.status = article.content.status
        content.publishedAt = article.content.publishedAt
        do {
            _ = try await newsroom.store.update(
                id: article.id, expectedRevision: form.revision.flatMap(Int.init) ?? article.revision, content: content,
                by: identity.user.id, note: "استعادة المراجعة \(number)")
        } catch StoreError.conflict {
            return await newsroom.message(.conflict, heading: "تغيّر الخبر", text: "حفظ زميل هذا الخبر قبل الاستعادة؛ لم يتغير شيء. راجع السجل ثم أعد المحاولة.",
                                          identity: identity, link: NewsroomRoute.history(article.id).path, linkText: "سجل المراجعات")
        }
        return NewsroomServices.redirect(NewsroomRoute.article(article.id).path + "?restored=\(number)")
    }

    /// The word-level differences of the fields an editor reads, field by field.
    static func diffParts(_ old: ArticleContent, _ new: ArticleContent) -> [HistoryPage.Part] {
        let fields: [(String, String, String)] = [
            ("العنوان", old.headline, new.headline),
            ("العناوين الفرعية", old.highlights.joined(separator: "\n"), new.highlights.joined(separator: "\n")),
            ("النص", old.body.map(\.text).joined(separator: "\n\n"), new.body.map(\.text).joined(separator: "\n\n")),
            ("العلامات", old.tags.map(\.name).joined(separator: "، "), new.tags.map(\.name).joined(separator: "، ")),
            ("القسم", old.section.name, new.section.name),
        ]
        return fields.compactMap { name, before, after in
            guard before != after else { return nil }
            let segments = WordDiff.diff(before, after).map { segment in
                switch segment.kind {
                case .same: HistoryPage.Segment(text: segment.new, old: segment.old, same: true)
                case .inserted: HistoryPage.Segment(text: segment.new, old: "", inserted: true)
                case .deleted: HistoryPage.Segment(text: segment.old, old: segment.old, deleted: true)
                case .marksOnly: HistoryPage.Segment(text: segment.new, old: segment.old, marks: true)
                }
            }
            return HistoryPage.Part(name: name, segments: segments)
        }
    }
}
