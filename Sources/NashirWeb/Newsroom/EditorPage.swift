import Foundation
import NashirDomain
import NashirRoutes

/// The editor's model: the form, what the person may do with the story, and any conflict.
struct EditorPage {
    var chrome: AdminChrome
    var title: String
    var heading: String
    var action: String
    /// Where the preview button sends the form, and the story it is about (empty for a new one).
    var previewAction = NewsroomRoute.preview.path
    /// Where the editor's script sends the text for the copy desk as it is typed.
    var checkAction = NewsroomRoute.check.path
    var articleID: String
    var csrf: String
    var form: FormValues
    var sections: [String]
    var tags: [String]
    var actions: [Action]
    var statusLine: String
    var publicPath: String?
    var historyPath: String?
    var autosave: Bool
    var presence: [String]
    var conflict: Conflict?
    /// A published story can carry a dated correction note.
    var mayCorrect: Bool
    var images: [AdminOption]
    var leadPreview: Preview?
    var upload: Upload?
    var notice: String?
    var problem: String?
    /// Who supplied the copy and where it first appeared, for agency and imported stories.
    var credit: String? = nil
    var sourceLink: String? = nil
    /// The source's newer version of a story the newsroom changed, shown beside the form.
    var held: Held? = nil
    /// The copy desk's errors that held back a publication, until the editor confirms it.
    var copyErrors: [String] = []

    struct Held {
        var received: String
        var headline: String
        var paragraphs: [String]
    }

    /// The form's fields as the template prints them.
    struct FormValues {
        var revision: String
        var section, headline, highlights, datelinePlace, datelineSource, body, tags, byline, slug, summary, seoTitle, publishAt: String
        var urgent: Bool
        /// Whether the slug still follows the headline (until the story is first published).
        var slugFollows: Bool

        init(_ form: ArticleForm, slugFollows: Bool) {
            revision = form.revision ?? ""
            section = form.section ?? ""
            headline = form.headline ?? ""
            highlights = form.highlights ?? ""
            datelinePlace = form.datelinePlace ?? ""
            datelineSource = form.datelineSource ?? ""
            body = form.body ?? ""
            tags = form.tags ?? ""
            byline = form.byline ?? ""
            slug = form.slug ?? ""
            summary = form.summary ?? ""
            seoTitle = form.seoTitle ?? ""
            urgent = form.urgent == "1"
            publishAt = form.publishAt ?? ""
            self.slugFollows = slugFollows
        }
    }

    /// A button of the editor: the action it submits and its Arabic label.
    struct Action {
        var value: String
        var label: String
        var danger = false
    }

    /// The chosen lead image, small.
    struct Preview {
        var src: String
        var alt: String
    }

    /// The upload form under the editor, for a saved story.
    struct Upload {
        var action = NewsroomRoute.media.path
        var csrf: String
        var article: String
        var revision: String
    }

    /// The text someone else saved meanwhile, shown beside the editor's own.
    struct Conflict {
        var revision: Int
        var savedBy: String
        var headline: String
        var paragraphs: [String]
    }
}

/// The editor's actions, each a status change or a save.
enum EditorAction: String, CaseIterable {
    case save, autosave, submit, sendBack, take, publish, schedule, unpublish, delete

    var label: String {
        switch self {
        case .save, .autosave: "حفظ"
        case .submit: "إرسال للمراجعة"
        case .sendBack: "إعادة إلى الكاتب"
        case .take: "نقل إلى المسودات"
        case .publish: "نشر الآن"
        case .schedule: "جدولة النشر"
        case .unpublish: "إيقاف النشر"
        case .delete: "حذف"
        }
    }

    /// The status the story goes to; nil keeps the current one.
    var target: ArticleStatus? {
        switch self {
        case .save, .autosave: nil
        case .submit: .inReview
        case .sendBack, .take: .draft
        case .publish, .schedule: .published
        case .unpublish: .unpublished
        case .delete: .deleted
        }
    }

    /// The buttons `user` gets for `article` (nil: a story not saved yet) at `now`, the server's
    /// clock: a scheduled story keeps «جدولة النشر» until that clock reaches its time.
    static func available(to user: User, for article: Article?, now: Date) -> [EditorPage.Action] {
        guard let article else {
            var actions = [EditorPage.Action(value: EditorAction.save.rawValue, label: "حفظ مسودة"),
                           EditorPage.Action(value: EditorAction.submit.rawValue, label: EditorAction.submit.label)]
            if NewsroomPolicy.mayPublish(user) {
                actions += [EditorPage.Action(value: EditorAction.publish.rawValue, label: publishLabel),
                            EditorPage.Action(value: EditorAction.schedule.rawValue, label: EditorAction.schedule.label)]
            }
            return actions
        }
        return allCases.filter { action in
            guard action != .autosave else { return false }
            if action == .schedule && article.content.status == .published && (article.content.publishedAt ?? .distantPast) <= now { return false }
            // Both go back to draft: «نقل إلى المسودات» takes an agency item, «إعادة» returns a story in review.
            if action == .take && article.content.status != .incoming { return false }
            if action == .sendBack && article.content.status != .inReview { return false }
            return NewsroomPolicy.mayMove(user, article, to: action.target ?? article.content.status)
        }.map { EditorPage.Action(value: $0.rawValue, label: $0.label(for: article, by: user), danger: $0 == .delete || $0 == .unpublish) }
    }

    private static let publishLabel = "نشر الآن"

    func label(for article: Article, by user: User) -> String {
        if self == .sendBack && article.author == user.id { return "سحب من المراجعة" }
        if self == .publish && article.content.status == .published { return "حفظ التصحيح ونشره" }
        if self == .save && article.content.status == .published { return "حفظ" }
        return label
    }
}
