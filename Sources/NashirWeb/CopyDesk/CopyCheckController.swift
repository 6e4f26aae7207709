import Foundation
import Hummingbird
import NashirCopyDesk
import NashirDomain
import NashirRoutes

/// The copy desk on the web: the editor's unsaved text as it is typed (`POST /admin/check`,
/// a signed-in session with its CSRF token) and a stored story (`GET /api/v1/articles/{id}/check`,
/// an API token).
struct CopyCheckController: Sendable {
    let newsroom: NewsroomServices
    let desk: ArticleDeskController
    let api: ArticlesAPIController

    func register(on router: Router<AppRequestContext>) {
        router.post(RouterPath(NewsroomRoute.Pattern.check)) { request, context in try await desk.signedIn(request, context, checkForm) }
        router.get(RouterPath(NewsroomRoute.Pattern.apiCheck)) { _, context in try await api.authorised(context) { try await checkStored(context, $0) } }
    }

    private func checkForm(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        let form = try await newsroom.form(ArticleForm.self, from: request)
        guard NewsroomServices.csrfMatches(form.csrf, identity) else {
            return ArticlesAPIController.refusal(.forbidden, "csrf", "انتهت صلاحية الصفحة؛ أعد تحميلها.")
        }
        guard NewsroomPolicy.mayCreate(identity.user) || NewsroomPolicy.mayPublish(identity.user) else {
            return ArticlesAPIController.refusal(.forbidden, "forbidden", "لا يملك دورك صلاحية التحرير.")
        }
        let copy = EditorCopy(headline: form.headline, highlights: form.highlights, body: form.body)
        return try ArticlesAPIController.json(await Self.report(copy, checker: try await newsroom.copyChecker()))
    }

    private func checkStored(_ context: AppRequestContext, _ user: User) async throws -> Response {
        guard let article = try await desk.article(context) else { return ArticlesAPIController.refusal(.notFound, "not_found", "لا يوجد خبر بهذا الرقم.") }
        guard NewsroomPolicy.mayEdit(user, article) || NewsroomPolicy.mayPublish(user) else {
            return ArticlesAPIController.refusal(.forbidden, "forbidden", "لا يملك دورك صلاحية قراءة هذا الخبر.")
        }
        return try ArticlesAPIController.json(await Self.report(EditorCopy(content: article.content), checker: try await newsroom.copyChecker()))
    }

    /// Checked on Dispatch's pool: a long story with spelling takes tens of milliseconds, which
    /// on the event loop would hold up every reader whose connection it serves.
    static func report(_ copy: EditorCopy, checker: CopyChecker) async -> CopyReport {
        await CPUWork.run { CopyReport(copy, checker: checker) }
    }
}
