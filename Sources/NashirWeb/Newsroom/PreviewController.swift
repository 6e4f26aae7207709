import Foundation
import HTTPTypes
import Hummingbird
import NashirDomain
import NashirRoutes
import NIOCore

/// The editor's «معاينة»: the form as typed, not saved, rendered by the public theme, so an
/// editor sees the story as readers will before anyone can.
struct PreviewController: Sendable {
    let newsroom: NewsroomServices
    let desk: ArticleDeskController
    let renderer: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.post(RouterPath(NewsroomRoute.Pattern.preview)) { request, context in try await desk.signedIn(request, context, preview) }
    }

    private func preview(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        let form = try await newsroom.form(ArticleForm.self, from: request)
        guard NewsroomServices.csrfMatches(form.csrf, identity) else { return await newsroom.csrfRefused(identity) }
        let which = form.article.flatMap { Int64($0) }
        let now = newsroom.clock.now()
        var stored: Article?
        if let which {
            guard let article = try await newsroom.store.article(id: ArticleID(which)) else { return await newsroom.notFound(identity) }
            // Whoever may read a story in the editor may preview their changes to it.
            guard NewsroomPolicy.mayEdit(identity.user, article) || NewsroomPolicy.mayPublish(identity.user) else { return await newsroom.forbidden(identity) }
            stored = article
        } else {
            guard NewsroomPolicy.mayCreate(identity.user) else { return await newsroom.forbidden(identity) }
        }
        let base = stored?.content ?? ArticleDeskController.blank(byline: identity.user.displayName)
        var content = form.content(over: base, sections: try await newsroom.store.sections(), timeZone: try await desk.siteTimeZone())
        if content.headline.isEmpty { content.headline = "بلا عنوان بعد" }
        if content.publishedAt == nil { content.publishedAt = now }
        let article = Article(
            id: stored?.id ?? ArticleID(0), content: content, createdAt: stored?.createdAt ?? now, updatedAt: now,
            revision: stored?.revision ?? 0, author: stored?.author ?? identity.user.id)
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.init("X-Robots-Tag")!] = "noindex"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: try await renderer.preview(article)))
    }
}
