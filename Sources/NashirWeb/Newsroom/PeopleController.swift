import Foundation
import Hummingbird
import NashirAuth
import NashirDomain
import NashirRoutes

/// The administrator's people page: accounts, roles, disabling, and the audit log.
struct PeopleController: Sendable {
    let newsroom: NewsroomServices
    let desk: ArticleDeskController

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(NewsroomRoute.Pattern.people)) { request, context in try await desk.signedIn(request, context, page) }
        router.post(RouterPath(NewsroomRoute.Pattern.people)) { request, context in try await desk.signedIn(request, context, add) }
        router.post(RouterPath(NewsroomRoute.Pattern.person)) { request, context in try await desk.signedIn(request, context, change) }
    }

    struct PeoplePage {
        var chrome: AdminChrome
        var title = "فريق التحرير"
        var action = NewsroomRoute.people.path
        var csrf: String
        var people: [Person]
        var newRoles: [AdminOption]
        var audit: [AuditRow]
        var notice: String?
        var problem: String?

        struct Person {
            var id: Int64
            var name: String
            var displayName: String
            var roleName: String
            var state: String
            var disabled: Bool
            var path: String
            var csrf: String
            var roles: [AdminOption]
            var publicProfile: Bool
            var bio: String
            /// The public author page, when there is one.
            var authorPath: String?
        }

        struct AuditRow {
            var at: String
            var atISO: String
            var kind: String
            var actor: String
            var subject: String?
            var address: String?
        }
    }

    private func page(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        try await render(identity, notice: request.uri.queryParameters.get("done").map { _ in "حُفظ التغيير." }, problem: nil)
    }

    private func render(_ identity: RequestIdentity, notice: String?, problem: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        guard NewsroomPolicy.mayManagePeople(identity.user) else { return await newsroom.forbidden(identity) }
        let csrf = identity.session?.csrfToken ?? ""
        let people = try await newsroom.store.users().map { user in
            PeoplePage.Person(
                id: user.id.rawValue, name: user.name, displayName: user.displayName, roleName: AdminWording.role(user.role),
                state: user.isDisabled ? "معطّل" : "نشط", disabled: user.isDisabled, path: NewsroomRoute.person(user.id).path, csrf: csrf,
                roles: Role.allCases.map { AdminOption(value: $0.rawValue, name: AdminWording.role($0), selected: $0 == user.role) },
                publicProfile: user.hasPublicProfile, bio: user.bio ?? "",
                authorPath: user.isPublicAuthor ? SiteRoute.author(slug: user.authorSlug).path : nil)
        }
        let audit = try await newsroom.store.auditEvents(limit: 50).map { event in
            PeoplePage.AuditRow(at: Timestamp.format(event.at), atISO: Timestamp.format(event.at), kind: event.kind, actor: event.actor ?? "—",
                                subject: event.subject, address: event.address)
        }
        return await newsroom.page("people", PeoplePage(
            chrome: newsroom.views.chrome(for: identity), csrf: csrf, people: people,
            newRoles: Role.allCases.reversed().map { AdminOption(value: $0.rawValue, name: AdminWording.role($0), selected: false) },
            audit: audit, notice: notice, problem: problem), status: status)
    }

    struct AddForm: Decodable {
        var csrf: String?
        var username: String?
        var displayName: String?
        var role: String?
        var password: String?
    }

    private func add(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        let form = try await newsroom.form(AddForm.self, from: request)
        guard NewsroomServices.csrfMatches(form.csrf, identity) else { return await newsroom.csrfRefused(identity) }
        guard NewsroomPolicy.mayManagePeople(identity.user) else { return await newsroom.forbidden(identity) }
        let name = (form.username ?? "").trimmingCharacters(in: .whitespaces)
        guard let role = form.role.flatMap(Role.init(rawValue:)) else { return try await render(identity, notice: nil, problem: "اختر دورًا.", status: .unprocessableContent) }
        if let problem = PasswordHasher.problem(with: form.password ?? "") {
            return try await render(identity, notice: nil, problem: problem.arabic, status: .unprocessableContent)
        }
        let hash = await newsroom.hasher.hash(form.password ?? "")
        do {
            let user = try await newsroom.store.createUser(NewUser(name: name, displayName: form.displayName ?? name, role: role, passwordHash: hash))
            try await newsroom.store.record(AuditEvent(at: newsroom.clock.now(), kind: "user-added", actor: identity.user.name, subject: user.name, detail: role.rawValue))
        } catch let error as AccountError {
            return try await render(identity, notice: nil, problem: Self.arabic(error), status: .unprocessableContent)
        }
        return NewsroomServices.redirect(NewsroomRoute.people.path + "?done=1")
    }

    struct ChangeForm: Decodable {
        var csrf: String?
        var action: String?
        var role: String?
        var publicProfile: String?
        var bio: String?
    }

    /// Longest bio kept, in characters.
    static let maxBio = 600

    private func change(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        let form = try await newsroom.form(ChangeForm.self, from: request)
        guard NewsroomServices.csrfMatches(form.csrf, identity) else { return await newsroom.csrfRefused(identity) }
        guard NewsroomPolicy.mayManagePeople(identity.user) else { return await newsroom.forbidden(identity) }
        guard let id = context.parameters.get("id").flatMap(Int64.init), let user = try await newsroom.store.user(id: UserID(id)) else {
            return await newsroom.notFound(identity)
        }
        do {
            if form.action == "profile" {
                let bio = ArticleForm.clean(form.bio)
                guard bio.count <= Self.maxBio else {
                    return try await render(identity, notice: nil, problem: "النبذة أطول من \(Self.maxBio) حرف.", status: .unprocessableContent)
                }
                let visible = form.publicProfile == "1"
                _ = try await newsroom.store.updateUser(id: user.id, UserChange(hasPublicProfile: visible, bio: bio))
                try await newsroom.store.record(AuditEvent(
                    at: newsroom.clock.now(), kind: "profile-changed", actor: identity.user.name, subject: user.name, detail: visible ? "public" : "private"))
            } else if form.action == "disable" {
                _ = try await newsroom.store.updateUser(id: user.id, UserChange(isDisabled: true))
                try await newsroom.store.record(AuditEvent(at: newsroom.clock.now(), kind: "user-disabled", actor: identity.user.name, subject: user.name))
            } else if let role = form.role.flatMap(Role.init(rawValue:)), role != user.role {
                _ = try await newsroom.store.updateUser(id: user.id, UserChange(role: role))
                try await newsroom.store.record(AuditEvent(
                    at: newsroom.clock.now(), kind: "role-changed", actor: identity.user.name, subject: user.name, detail: "\(user.role.rawValue) → \(role.rawValue)"))
            }
        } catch let error as AccountError {
            return try await render(identity, notice: nil, problem: Self.arabic(error), status: .unprocessableContent)
        }
        return NewsroomServices.redirect(NewsroomRoute.people.path + "?done=1")
    }

    static func arabic(_ error: AccountError) -> String {
        switch error {
        case .nameTaken(let name): "الاسم \(name) مستعمل بالفعل."
        case .invalidName: "اسم المستخدم يُكتب بحروف لاتينية وأرقام و. - _ فقط."
        case .noSuchUser: "لا يوجد حساب بهذا الاسم."
        case .alreadySetUp: "غرفة الأخبار مهيأة بالفعل."
        case .lastAdministrator: "لا يمكن تعطيل آخر مدير للموقع أو تغيير دوره."
        }
    }
}
