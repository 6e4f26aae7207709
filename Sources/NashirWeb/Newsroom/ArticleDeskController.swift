import ArabicText
import Foundation
import HTTPTypes
import Hummingbird
import NashirCopyDesk
import NashirDomain
import NashirRoutes
import NIOCore

/// The newsroom's desk: the dashboard, the article list, the editor with its workflow actions,
/// and each story's history.
struct ArticleDeskController: Sendable {
    let newsroom: NewsroomServices
    /// How long an opened editor counts as open without another sign of life.
    static let presenceWindow: TimeInterval = 120

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(NewsroomRoute.Pattern.dashboard)) { request, context in try await signedIn(request, context, dashboard) }
        router.get(RouterPath(NewsroomRoute.Pattern.articles)) { request, context in try await signedIn(request, context, list) }
        router.post(RouterPath(NewsroomRoute.Pattern.articles)) { request, context in try await signedIn(request, context, create) }
        router.get(RouterPath(NewsroomRoute.Pattern.newArticle)) { request, context in try await signedIn(request, context, newArticle) }
        router.get(RouterPath(NewsroomRoute.Pattern.article)) { request, context in try await signedIn(request, context, edit) }
        router.post(RouterPath(NewsroomRoute.Pattern.article)) { request, context in try await signedIn(request, context, save) }
        router.get(RouterPath(NewsroomRoute.Pattern.history)) { request, context in try await signedIn(request, context, history) }
        router.post(RouterPath(NewsroomRoute.Pattern.restore)) { request, context in try await signedIn(request, context, restore) }
    }

    /// Runs `handler` for a signed-in person (a browser session; tokens are for the API); sends anyone else to sign in.
    func signedIn(
        _ request: Request, _ context: AppRequestContext,
        _ handler: (Request, AppRequestContext, RequestIdentity) async throws -> Response
    ) async throws -> Response {
        guard let identity = context.identity, identity.session != nil else { return NewsroomServices.signInRedirect(for: request) }
        return try await handler(request, context, identity)
    }

    // MARK: - Dashboard and list

    struct DashboardPage {
        var chrome: AdminChrome
        var title = "لوحة التحكم"
        var lists: [StoryList]
        var notice: String? = nil
        var problem: String? = nil
    }

    struct StoryList {
        var heading: String
        var count: String
        var items: [StoryRow]
    }

    struct StoryRow {
        var editPath: String
        var headline: String
        var section: String
        var statusName: String
        var changed: String
        var changedISO: String
    }

    private func dashboard(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        let now = newsroom.clock.now()
        let store = newsroom.store
        let mine = try await store.list(ArticleQuery(publishedOnly: false, statuses: [.draft], author: identity.user.id, order: .lastChange, limit: 10), now: now)
        let review = try await store.list(ArticleQuery(publishedOnly: false, statuses: [.inReview], order: .lastChange, limit: 10), now: now)
        let upcoming = try await store.list(ArticleQuery(publishedOnly: false, statuses: [.published], limit: 50), now: now)
        let scheduled = upcoming.items.filter { ($0.publishedAt ?? .distantPast) > now }.reversed()
        let recent = try await store.list(ArticleQuery(limit: 10), now: now)
        let rows = try await rowMaker(now: now)
        let lists = [
            StoryList(heading: "مسوداتي", count: String(mine.total), items: mine.items.map(rows)),
            StoryList(heading: "بانتظار المراجعة", count: String(review.total), items: review.items.map(rows)),
            StoryList(heading: "مجدولة", count: String(scheduled.count), items: scheduled.map(rows)),
            StoryList(heading: "نُشرت مؤخرًا", count: String(recent.total), items: recent.items.map(rows)),
        ]
        return await newsroom.page("dashboard", DashboardPage(chrome: newsroom.views.chrome(for: identity), lists: lists))
    }

    struct ListPage {
        var chrome: AdminChrome
        var title = "الأخبار"
        var action = NewsroomRoute.articles.path
        var filters: Filters
        var statuses: [AdminOption]
        var sections: [AdminOption]
        var authors: [AdminOption]
        var countText: String
        var items: [StoryRow]
        var notice: String? = nil
        var problem: String? = nil
    }

    struct Filters {
        var text = "", status = "", section = "", author = "", from = "", to = ""
    }

    private func list(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        let parameters = request.uri.queryParameters
        var filters = Filters()
        filters.text = parameters.get("q") ?? ""
        filters.status = parameters.get("status") ?? ""
        filters.section = parameters.get("section") ?? ""
        filters.author = parameters.get("author") ?? ""
        filters.from = parameters.get("from") ?? ""
        filters.to = parameters.get("to") ?? ""
        let now = newsroom.clock.now()
        let timeZone = try await siteTimeZone()
        let from = ArticleForm.parseLocalTime(filters.from + "T00:00", timeZone: timeZone)
        let to = ArticleForm.parseLocalTime(filters.to + "T00:00", timeZone: timeZone).map { $0.addingTimeInterval(86_400) }
        let status = ArticleStatus(rawValue: filters.status)
        let author = Int64(filters.author).map { UserID($0) }
        let rows = try await rowMaker(now: now)
        var items: [ArticleSummary]
        var total: Int
        if SearchQuery(parsing: filters.text).isEmpty {
            let found = try await newsroom.store.list(ArticleQuery(
                sectionSlug: filters.section.isEmpty ? nil : filters.section, publishedOnly: false, statuses: status.map { [$0] },
                author: author, changedFrom: from, changedBefore: to, order: .lastChange, limit: 100), now: now)
            (items, total) = (found.items, found.total)
        } else {
            // Drafts are searched too: the index keeps every story, readers' searches just stop at published ones.
            let found = try await newsroom.store.search(SearchRequest(
                text: filters.text, sectionSlug: filters.section.isEmpty ? nil : filters.section, visibility: .everything, limit: 100), now: now)
            items = found.hits.map(\.summary).filter { summary in
                (status.map { summary.status == $0 } ?? true) && (author.map { summary.author == $0 } ?? true)
                    && (from.map { (summary.updatedAt ?? .distantPast) >= $0 } ?? true) && (to.map { (summary.updatedAt ?? .distantFuture) < $0 } ?? true)
            }
            total = items.count
        }
        let users = try await newsroom.store.users()
        let page = ListPage(
            chrome: newsroom.views.chrome(for: identity), filters: filters,
            statuses: ArticleStatus.allCases.map { AdminOption(value: $0.rawValue, name: AdminWording.status($0, publishedAt: nil, now: now), selected: $0 == status) },
            sections: try await newsroom.store.sections().map { AdminOption(value: $0.slug, name: $0.name, selected: $0.slug == filters.section) },
            authors: users.map { AdminOption(value: String($0.id.rawValue), name: $0.displayName, selected: $0.id == author) },
            countText: total == items.count ? "\(total) خبرًا" : "أحدث \(items.count) من \(total) خبرًا",
            items: items.map(rows))
        return await newsroom.page("articles", page)
    }

    private func rowMaker(now: Date) async throws -> @Sendable (ArticleSummary) -> StoryRow {
        let timeZone = try await siteTimeZone()
        return { summary in
            let changed = summary.updatedAt ?? summary.publishedAt ?? now
            return StoryRow(
                editPath: NewsroomRoute.article(summary.id).path, headline: summary.headline, section: summary.section.name,
                statusName: AdminWording.status(summary.status, publishedAt: summary.publishedAt, now: now),
                changed: ArticleForm.localTime(changed, timeZone: timeZone).replacingOccurrences(of: "T", with: " "),
                changedISO: Timestamp.format(changed))
        }
    }

    func siteTimeZone() async throws -> TimeZone {
        TimeZone(identifier: try await newsroom.store.siteSettings().timeZone) ?? .gmt
    }

    // MARK: - Editor

    private func newArticle(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        guard NewsroomPolicy.mayCreate(identity.user) else { return await newsroom.forbidden(identity) }
        var form = ArticleForm(content: Self.blank(byline: identity.user.displayName), revision: nil, timeZone: try await siteTimeZone())
        form.body = ""
        form.headline = ""
        form.slug = ""
        form.publishAt = ""
        return try await editorPage(identity, article: nil, form: form)
    }

    private func edit(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        guard let article = try await article(context) else { return await newsroom.notFound(identity) }
        let form = ArticleForm(content: article.content, revision: article.revision, timeZone: try await siteTimeZone())
        let query = request.uri.queryParameters
        let notice: String? = if query.get("saved") != nil { "حُفظ الخبر." }
            else if let number = query.get("restored") { "استُعيدت المراجعة \(number) في مراجعة جديدة." }
            else if query.get("image") != nil { "رُفعت الصورة وصارت الصورة الرئيسية للخبر." }
            else if query.get("taken") != nil { "صار الخبر الوارد مسودة باسمك: حرّره ثم انشره." }
            else { nil }
        return try await editorPage(identity, article: article, form: form, notice: notice)
    }

    private func create(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        let form = try await newsroom.form(ArticleForm.self, from: request)
        guard NewsroomServices.csrfMatches(form.csrf, identity) else { return await newsroom.csrfRefused(identity) }
        guard NewsroomPolicy.mayCreate(identity.user) else { return await newsroom.forbidden(identity) }
        let action = EditorAction(rawValue: form.action ?? "save") ?? .save
        let target = action.target ?? .draft
        guard [.draft, .inReview].contains(target) || NewsroomPolicy.mayPublish(identity.user) else { return await newsroom.forbidden(identity) }
        let timeZone = try await siteTimeZone()
        var content = form.content(over: Self.blank(byline: nil), sections: try await newsroom.store.sections(), timeZone: timeZone)
        content.origin = ArticleOrigin(source: "newsroom", key: UUID().uuidString.lowercased())
        if let problem = Self.prepare(&content, for: action, now: newsroom.clock.now()) {
            return try await editorPage(identity, article: nil, form: form, problem: problem, status: .unprocessableContent)
        }
        if let errors = try await copyErrors(form, action) {
            return try await editorPage(identity, article: nil, form: form, problem: Self.heldBack, copyErrors: errors, status: .unprocessableContent)
        }
        do {
            let saved = try await newsroom.store.create(ArticleDraft(content: content), by: identity.user.id)
            return NewsroomServices.redirect(NewsroomRoute.article(saved.id).path + "?saved=1")
        } catch let error as StoreError {
            return try await editorPage(identity, article: nil, form: form, problem: AdminWording.storeError(error), status: AdminWording.status(of: error))
        }
    }

    private func save(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        guard let article = try await article(context) else { return await newsroom.notFound(identity) }
        let form = try await newsroom.form(ArticleForm.self, from: request)
        guard NewsroomServices.csrfMatches(form.csrf, identity) else { return await newsroom.csrfRefused(identity) }
        let action = EditorAction(rawValue: form.action ?? "save") ?? .save
        let target = action.target ?? article.content.status
        guard NewsroomPolicy.mayMove(identity.user, article, to: target) else { return await newsroom.forbidden(identity) }
        let timeZone = try await siteTimeZone()
        var content = form.content(over: article.content, sections: try await newsroom.store.sections(), timeZone: timeZone)
        // The address of a published story is public: it changes only when an editor types a new slug.
        if article.content.status == .published, Self.slugUntouched(form, article) { content.slug = article.content.slug }
        let correction = ArticleForm.clean(form.correction)
        if !correction.isEmpty && article.content.status == .published {
            content.corrections.append(Correction(at: newsroom.clock.now(), note: correction))
        }
        if let problem = Self.prepare(&content, for: action, now: newsroom.clock.now()) {
            return try await editorPage(identity, article: article, form: form, problem: problem, status: .unprocessableContent)
        }
        if let errors = try await copyErrors(form, action) {
            return try await editorPage(identity, article: article, form: form, problem: Self.heldBack, copyErrors: errors, status: .unprocessableContent)
        }
        let autosave = action == .autosave
        do {
            let saved = try await newsroom.store.update(
                id: article.id, expectedRevision: form.baseRevision ?? -1, content: content, by: identity.user.id, note: autosave ? "حفظ تلقائي" : nil)
            if autosave { return Self.json(["revision": saved.revision]) }
            return NewsroomServices.redirect(NewsroomRoute.article(saved.id).path + "?saved=1")
        } catch StoreError.conflict(_, _, let actual) {
            if autosave { return Self.json(["conflict": actual], status: .conflict) }
            let current = try await newsroom.store.article(id: article.id) ?? article
            let author = try await newsroom.store.revisions(of: article.id).last?.authorName ?? "زميل"
            var kept = form
            kept.revision = String(current.revision)
            let conflict = EditorPage.Conflict(revision: current.revision, savedBy: author, headline: current.content.headline, paragraphs: current.content.body.map(\.text))
            return try await editorPage(identity, article: current, form: kept, conflict: conflict, status: .conflict)
        } catch let error as StoreError {
            return try await editorPage(identity, article: article, form: form, problem: AdminWording.storeError(error), status: AdminWording.status(of: error))
        }
    }

    static let heldBack = "لم يُنشر الخبر: وجد التدقيق فيه أخطاء. صحّحها، أو أكّد النشر رغمها."

    /// The copy desk's errors in the form's text when `action` would publish it and the editor
    /// has not confirmed them; nil when there are none or the action does not publish.
    private func copyErrors(_ form: ArticleForm, _ action: EditorAction) async throws -> [String]? {
        guard action == .publish || action == .schedule, form.confirmFindings != "1" else { return nil }
        let checker = try await newsroom.copyChecker()
        let story = EditorCopy(headline: form.headline, highlights: form.highlights, body: form.body).story
        // Off the event loop, like every copy check (`CopyCheckController.report`).
        let errors = await CPUWork.run { checker.check(story) }.filter { $0.severity == .error }
        return errors.isEmpty ? nil : errors.map { "\($0.message): «\($0.excerpt)»" }
    }

    /// Sets the status and publication time an action asks for; an Arabic problem when it cannot.
    static func prepare(_ content: inout ArticleContent, for action: EditorAction, now: Date) -> String? {
        if let target = action.target { content.status = target }
        switch action {
        case .publish:
            // A correction keeps the first publication time; a new story is published now.
            if content.publishedAt == nil || content.publishedAt! > now { content.publishedAt = now }
        case .schedule:
            guard let time = content.publishedAt, time > now else { return "اختر وقت نشر قادمًا لجدولة الخبر." }
        default:
            break
        }
        do { try content.validate() } catch { return AdminWording.validation(error) }
        return nil
    }

    private static func slugUntouched(_ form: ArticleForm, _ article: Article) -> Bool {
        let typed = ArticleForm.clean(form.slug)
        return typed.isEmpty || ArabicSlug.make(from: typed) == article.content.slug
    }

    private func editorPage(
        _ identity: RequestIdentity, article: Article?, form: ArticleForm, problem: String? = nil,
        conflict: EditorPage.Conflict? = nil, notice: String? = nil, copyErrors: [String] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let images = try await newsroom.store.recentMedia(limit: 30)
        let chosenID = form.leadImage.flatMap(Int64.init).map { MediaID($0) }
        var chosen = images.first { $0.id == chosenID }
        if chosen == nil, let chosenID { chosen = try await newsroom.store.media(id: chosenID) }
        let now = newsroom.clock.now()
        let mayEdit = article.map { NewsroomPolicy.mayEdit(identity.user, $0) } ?? NewsroomPolicy.mayCreate(identity.user)
        var others: [String] = []
        if let article { others = try await newsroom.store.visit(article.id, by: identity.user, at: now, window: Self.presenceWindow) }
        let page = EditorPage(
            chrome: newsroom.views.chrome(for: identity),
            title: article?.content.headline ?? "خبر جديد",
            heading: article == nil ? "خبر جديد" : (mayEdit ? "تحرير الخبر" : "الخبر (للقراءة فقط)"),
            action: article.map { NewsroomRoute.article($0.id).path } ?? NewsroomRoute.articles.path,
            articleID: article.map { String($0.id.rawValue) } ?? "",
            csrf: identity.session?.csrfToken ?? "",
            form: .init(form, slugFollows: article.map { $0.content.status != .published && $0.content.publishedAt == nil } ?? true),
            sections: try await newsroom.store.sections().map(\.name),
            tags: try await suggestedTags(besides: article?.content.tags ?? []),
            actions: EditorAction.available(to: identity.user, for: article, now: now),
            statusLine: article.map { "الحالة: " + AdminWording.status($0.content.status, publishedAt: $0.content.publishedAt, now: now) + " · المراجعة \($0.revision)" } ?? "لم يُحفظ بعد",
            publicPath: article.flatMap { ArticleWorkflow.publication(of: $0, at: now) == .live ? SiteRoute.of($0).path : nil },
            historyPath: article.map { NewsroomRoute.history($0.id).path },
            autosave: article.map { $0.content.status == .draft && mayEdit } ?? false,
            presence: others, conflict: conflict,
            mayCorrect: article.map { $0.content.status == .published && mayEdit } ?? false,
            images: images.map { AdminOption(value: String($0.id.rawValue), name: "\($0.id) · \($0.alt)", selected: String($0.id.rawValue) == form.leadImage) },
            leadPreview: chosen.flatMap { item in item.responsive.first.map { EditorPage.Preview(src: SiteRoute.media($0.path).path, alt: item.alt) } },
            upload: article.flatMap { article in
                mayEdit ? EditorPage.Upload(csrf: identity.session?.csrfToken ?? "", article: String(article.id.rawValue), revision: String(article.revision)) : nil
            },
            notice: notice, problem: problem,
            credit: article?.content.credit ?? article?.content.dateline?.source,
            sourceLink: article?.content.sourceURL.flatMap { TextRun.isAllowedLink($0) && $0.hasPrefix("http") ? $0 : nil },
            held: try await heldVersion(of: article), copyErrors: copyErrors)
        return await newsroom.page("editor", page, status: status)
    }

    /// The source's newer version of `article`, if one is waiting.
    private func heldVersion(of article: Article?) async throws -> EditorPage.Held? {
        guard let article, let held = try await newsroom.store.heldVersion(of: article.id) else { return nil }
        let timeZone = try await siteTimeZone()
        return EditorPage.Held(
            received: ArticleForm.localTime(held.receivedAt, timeZone: timeZone).replacingOccurrences(of: "T", with: " "),
            headline: held.content.headline, paragraphs: held.content.body.map(\.text))
    }

    /// The newsroom's most used tags, for the editor's type-ahead, with the story's own first.
    private func suggestedTags(besides own: [Tag]) async throws -> [String] {
        var seen = Set(own.map(\.name))
        return own.map(\.name) + (try await newsroom.store.tags(startingWith: "", limit: 500)).map(\.tag.name).filter { seen.insert($0).inserted }
    }

    func article(_ context: AppRequestContext) async throws -> Article? {
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { return nil }
        return try await newsroom.store.article(id: ArticleID(id))
    }

    static func blank(byline: String?) -> ArticleContent {
        ArticleContent(
            origin: ArticleOrigin(source: "newsroom", key: "new"), slug: "", section: Section(slug: "", name: ""), headline: "",
            body: [], byline: byline, status: .draft)
    }

    static func json(_ value: [String: Int], status: HTTPResponse.Status = .ok) -> Response {
        let body = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
