import ArabicText
import Foundation
import Hummingbird
import NashirDomain
import NashirRoutes

/// «الوارد»: agency copy waiting for an editor, one row per story, and the one click that turns
/// an item into the editor's draft.
struct IncomingDeskController: Sendable {
    let newsroom: NewsroomServices
    let desk: ArticleDeskController

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(NewsroomRoute.Pattern.incoming)) { request, context in try await desk.signedIn(request, context, list) }
        router.post(RouterPath(NewsroomRoute.Pattern.takeIncoming)) { request, context in try await desk.signedIn(request, context, take) }
    }

    struct Page {
        var chrome: AdminChrome
        var title = "الوارد"
        var countText: String
        var stories: [Story]
        var sources: [SourceRow]
        var notice: String? = nil
        var problem: String? = nil
    }

    struct Story {
        var id: String
        var headline: String
        var highlight: String?
        var viewPath: String
        var takePath: String
        var csrf: String
        var mayTake: Bool
        var urgent: Bool
        var section: String
        var sources: [String]
        var received: String
        var receivedISO: String
        var embargo: String?
        var embargoISO: String?
        var others: [Other]
        var othersCount: String
    }

    struct Other {
        var source: String
        var headline: String
        var viewPath: String
        var takePath: String
        var csrf: String
    }

    struct SourceRow {
        var name: String
        var lastSuccess: String
        var problem: String?
        var failures: Int
        var items: Int
    }

    private func list(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        let timeZone = try await desk.siteTimeZone()
        func local(_ date: Date) -> String { ArticleForm.localTime(date, timeZone: timeZone).replacingOccurrences(of: "T", with: " ") }
        let csrf = identity.session?.csrfToken ?? ""
        let mayTake = NewsroomPolicy.mayCreate(identity.user)
        let stories = try await newsroom.store.incomingStories(limit: 100).compactMap { story -> Story? in
            guard let lead = story.items.first else { return nil }
            let others = story.items.dropFirst().map {
                Other(source: $0.source, headline: $0.summary.headline, viewPath: NewsroomRoute.article($0.summary.id).path,
                      takePath: NewsroomRoute.takeIncoming($0.summary.id).path, csrf: csrf)
            }
            return Story(
                id: String(lead.summary.id.rawValue), headline: lead.summary.headline, highlight: lead.summary.highlight,
                viewPath: NewsroomRoute.article(lead.summary.id).path, takePath: NewsroomRoute.takeIncoming(lead.summary.id).path,
                csrf: csrf, mayTake: mayTake, urgent: story.items.contains { $0.summary.urgent }, section: lead.summary.section.name,
                sources: story.sources, received: local(lead.receivedAt), receivedISO: Timestamp.format(lead.receivedAt),
                embargo: lead.embargo.map(local), embargoISO: lead.embargo.map(Timestamp.format), others: Array(others),
                othersCount: String(others.count))
        }
        let sources = try await newsroom.store.sources().map {
            SourceRow(name: $0.settings.name, lastSuccess: $0.poll.lastSuccessAt.map(local) ?? "—", problem: $0.poll.lastProblem,
                      failures: $0.poll.failures, items: $0.poll.itemsReceived)
        }
        let notice: String? = request.uri.queryParameters.get("taken") != nil ? "سبقك زميل إلى هذا الخبر؛ تجده في قائمة الأخبار." : nil
        let page = Page(
            chrome: newsroom.views.chrome(for: identity), countText: ArabicPlural.Forms.articles.render(stories.count), stories: stories, sources: sources,
            notice: notice)
        return await newsroom.page("incoming", page)
    }

    private func take(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        let form = try await newsroom.form(CSRFOnlyForm.self, from: request)
        guard NewsroomServices.csrfMatches(form.csrf, identity) else { return await newsroom.csrfRefused(identity) }
        guard NewsroomPolicy.mayCreate(identity.user) else { return await newsroom.forbidden(identity) }
        guard let id = context.parameters.get("id").flatMap(Int64.init).map({ ArticleID($0) }) else { return await newsroom.notFound(identity) }
        do {
            let draft = try await newsroom.store.take(id, by: identity.user.id)
            return NewsroomServices.redirect(NewsroomRoute.article(draft.id).path + "?taken=1")
        } catch StoreError.notFound {
            return await newsroom.notFound(identity)
        } catch StoreError.forbiddenTransition {
            return NewsroomServices.redirect(NewsroomRoute.incoming.path + "?taken=0")
        }
    }
}

/// A form that carries nothing but its CSRF token.
struct CSRFOnlyForm: Decodable {
    var csrf: String?
}
