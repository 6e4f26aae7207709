import Foundation
import Hummingbird
import NashirAuth
import NashirDomain
import NashirRoutes

/// Signing in and out, and the first-run page that creates the first administrator.
struct SignInController: Sendable {
    let newsroom: NewsroomServices

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(NewsroomRoute.Pattern.signIn)) { request, context in try await signInPage(request, context) }
        router.post(RouterPath(NewsroomRoute.Pattern.signIn)) { request, context in try await signIn(request, context) }
        router.post(RouterPath(NewsroomRoute.Pattern.signOut)) { request, context in try await signOut(request, context, everywhere: false) }
        router.post(RouterPath(NewsroomRoute.Pattern.signOutEverywhere)) { request, context in try await signOut(request, context, everywhere: true) }
        router.get(RouterPath(NewsroomRoute.Pattern.setup)) { request, context in try await setupPage(request, context) }
        router.post(RouterPath(NewsroomRoute.Pattern.setup)) { request, context in try await setup(request, context) }
    }

    struct SignInForm: Decodable {
        var csrf: String?
        var username: String?
        var password: String?
        var next: String?
    }

    struct SetupForm: Decodable {
        var csrf: String?
        var token: String?
        var username: String?
        var displayName: String?
        var password: String?
    }

    /// The sign-in page's model.
    struct SignInPage {
        var chrome: AdminChrome
        var title = "تسجيل الدخول"
        var action = NewsroomRoute.signIn.path
        var csrf: String
        var next: String
        var username: String
        var notice: String?
        var problem: String?
    }

    /// The first-run page's model.
    struct SetupPage {
        var chrome: AdminChrome
        var title = "تهيئة غرفة الأخبار"
        var action = NewsroomRoute.setup.path
        var csrf: String
        var username: String
        var displayName: String
        var notice: String? = nil
        var problem: String?
    }

    // MARK: - Sign in

    private func signInPage(_ request: Request, _ context: AppRequestContext, problem: String? = nil, username: String = "",
                            status: HTTPResponse.Status = .ok) async throws -> Response {
        if context.identity?.session != nil, problem == nil { return NewsroomServices.redirect(NewsroomRoute.dashboard.path) }
        if try await newsroom.store.countUsers() == 0, newsroom.configuration.setupToken != nil {
            return NewsroomServices.redirect(NewsroomRoute.setup.path)
        }
        let origin = ClientOrigin(request: request, context: context, configuration: newsroom.configuration)
        // Before sign-in there is no session to hold a CSRF token: the form is checked against a cookie instead.
        let token = request.cookies[SessionCookie.loginCSRF]?.value ?? SecretToken.generate()
        let next = Self.safeNext(request.uri.queryParameters.get("next"))
        var response = await newsroom.page("sign-in", SignInPage(
            chrome: newsroom.views.chrome(for: nil), csrf: token, next: next, username: username, problem: problem), status: status)
        response.setCookie(SessionCookie.make(SessionCookie.loginCSRF, value: token, maxAge: 3600, secure: origin.isSecure))
        return response
    }

    private func signIn(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await newsroom.form(SignInForm.self, from: request)
        guard let cookie = request.cookies[SessionCookie.loginCSRF]?.value, let sent = form.csrf, SecretToken.equal(cookie, sent) else {
            return try await signInPage(request, context, problem: "انتهت صلاحية النموذج. أعد المحاولة.", status: .forbidden)
        }
        let origin = ClientOrigin(request: request, context: context, configuration: newsroom.configuration)
        let name = (form.username ?? "").trimmingCharacters(in: .whitespaces)
        let outcome = try await newsroom.signIn.signIn(name: name, password: form.password ?? "", address: origin.address, now: newsroom.clock.now())
        switch outcome {
        case .signedIn(let secret, let session):
            var response = NewsroomServices.redirect(Self.safeNext(form.next))
            response.setCookie(SessionCookie.make(SessionCookie.session, value: secret, maxAge: Int(session.expiresAt.timeIntervalSince(session.createdAt)), secure: origin.isSecure))
            response.setCookie(SessionCookie.clear(SessionCookie.loginCSRF, secure: origin.isSecure))
            return response
        case .refused:
            return try await signInPage(request, context, problem: "اسم المستخدم أو كلمة المرور غير صحيحة.", username: name, status: .unauthorized)
        case .locked:
            return try await signInPage(request, context, problem: "أُوقف الدخول إلى هذا الحساب مؤقتًا بعد محاولات خاطئة متكررة. حاول بعد ربع ساعة.", username: name, status: .tooManyRequests)
        case .throttled:
            return try await signInPage(request, context, problem: "محاولات كثيرة من هذا العنوان. انتظر قليلًا ثم حاول مجددًا.", username: name, status: .tooManyRequests)
        }
    }

    private func signOut(_ request: Request, _ context: AppRequestContext, everywhere: Bool) async throws -> Response {
        guard let identity = context.identity, let session = identity.session else { return NewsroomServices.signInRedirect(for: request) }
        struct Form: Decodable { var csrf: String? }
        let form = try await newsroom.form(Form.self, from: request)
        guard NewsroomServices.csrfMatches(form.csrf, identity) else { return await newsroom.csrfRefused(identity) }
        let origin = ClientOrigin(request: request, context: context, configuration: newsroom.configuration)
        if everywhere {
            try await newsroom.signIn.signOutEverywhere(identity.user, address: origin.address, now: newsroom.clock.now())
        } else {
            try await newsroom.signIn.signOut(session, address: origin.address, now: newsroom.clock.now())
        }
        var response = NewsroomServices.redirect(NewsroomRoute.signIn.path)
        response.setCookie(SessionCookie.clear(SessionCookie.session, secure: origin.isSecure))
        return response
    }

    // MARK: - First run

    private func setupPage(_ request: Request, _ context: AppRequestContext, problem: String? = nil, form: SetupForm? = nil,
                           status: HTTPResponse.Status = .ok) async throws -> Response {
        guard newsroom.configuration.setupToken != nil, try await newsroom.store.countUsers() == 0 else {
            return await newsroom.message(.notFound, heading: "غرفة الأخبار مهيأة", text: "لهذه الغرفة حسابات بالفعل؛ سجّل الدخول بحسابك.",
                                          identity: context.identity, link: NewsroomRoute.signIn.path, linkText: "تسجيل الدخول")
        }
        let origin = ClientOrigin(request: request, context: context, configuration: newsroom.configuration)
        let token = request.cookies[SessionCookie.loginCSRF]?.value ?? SecretToken.generate()
        var response = await newsroom.page("setup", SetupPage(
            chrome: newsroom.views.chrome(for: nil), csrf: token, username: form?.username ?? "", displayName: form?.displayName ?? "",
            problem: problem), status: status)
        response.setCookie(SessionCookie.make(SessionCookie.loginCSRF, value: token, maxAge: 3600, secure: origin.isSecure))
        return response
    }

    private func setup(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await newsroom.form(SetupForm.self, from: request)
        guard let expected = newsroom.configuration.setupToken, try await newsroom.store.countUsers() == 0 else {
            return try await setupPage(request, context)
        }
        guard let cookie = request.cookies[SessionCookie.loginCSRF]?.value, let sent = form.csrf, SecretToken.equal(cookie, sent) else {
            return try await setupPage(request, context, problem: "انتهت صلاحية النموذج. أعد المحاولة.", form: form, status: .forbidden)
        }
        guard let token = form.token, SecretToken.equal(token.trimmingCharacters(in: .whitespaces), expected) else {
            return try await setupPage(request, context, problem: "رمز التهيئة غير صحيح. انسخه كما طبعه الأمر nashir serve.", form: form, status: .forbidden)
        }
        let name = (form.username ?? "").trimmingCharacters(in: .whitespaces)
        guard User.isValidName(name) else {
            return try await setupPage(request, context, problem: "اسم المستخدم يُكتب بحروف لاتينية وأرقام و. - _ فقط.", form: form, status: .unprocessableContent)
        }
        let password = form.password ?? ""
        if let problem = PasswordHasher.problem(with: password) {
            return try await setupPage(request, context, problem: problem.arabic, form: form, status: .unprocessableContent)
        }
        let hash = await newsroom.hasher.hash(password)
        let user: User
        do {
            user = try await newsroom.store.createFirstAdministrator(NewUser(name: name, displayName: form.displayName ?? name, role: .administrator, passwordHash: hash))
        } catch AccountError.alreadySetUp {
            return try await setupPage(request, context)
        }
        let origin = ClientOrigin(request: request, context: context, configuration: newsroom.configuration)
        try await newsroom.store.record(AuditEvent(at: newsroom.clock.now(), kind: "first-administrator", actor: user.name, subject: user.name, address: origin.address))
        return NewsroomServices.redirect(NewsroomRoute.signIn.path)
    }

    /// Only a path on this site (never `//host` or a scheme), so sign-in cannot be used to send people elsewhere.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/admin"), !next.hasPrefix("//"), !next.contains("\\"), !next.contains("://") else {
            return NewsroomRoute.dashboard.path
        }
        return next
    }
}
