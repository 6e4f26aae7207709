import ArabicText
import Foundation
import HTTPTypes
import Hummingbird
import NashirDomain
import NashirRoutes
import NIOCore

/// The admin JSON API under `/api/v1/`: personal API tokens only (`Authorization: Bearer`),
/// acting with their owner's role, through the same policy as the admin pages.
struct ArticlesAPIController: Sendable {
    let newsroom: NewsroomServices

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(NewsroomRoute.Pattern.apiArticles)) { request, context in try await authorised(context) { try await list(request, $0) } }
        router.post(RouterPath(NewsroomRoute.Pattern.apiArticles)) { request, context in try await authorised(context) { try await create(request, $0) } }
        router.get(RouterPath(NewsroomRoute.Pattern.apiArticle)) { request, context in try await authorised(context) { _ in try await read(context) } }
        router.put(RouterPath(NewsroomRoute.Pattern.apiArticle)) { request, context in try await authorised(context) { try await update(request, context, $0) } }
        router.delete(RouterPath(NewsroomRoute.Pattern.apiArticle)) { request, context in
            try await authorised(context) { try await move(context, $0, to: .deleted, at: nil, expected: nil) }
        }
        router.post(RouterPath(NewsroomRoute.Pattern.apiTransitions)) { request, context in try await authorised(context) { try await transition(request, context, $0) } }
        router.get(RouterPath(NewsroomRoute.Pattern.apiSections)) { _, context in
            try await authorised(context) { _ in try Self.json(try await newsroom.store.sections().map { ["slug": $0.slug, "name": $0.name] }) }
        }
        router.get(RouterPath(NewsroomRoute.Pattern.apiOpenAPI)) { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        registerLibrary(on: router)
        router.get(RouterPath(NewsroomRoute.Pattern.apiUsers)) { _, context in
            try await authorised(context) { user in
                guard NewsroomPolicy.mayManagePeople(user) else { return Self.refusal(.forbidden, "forbidden", "لا يملك دورك صلاحية عرض الحسابات.") }
                return try Self.json(try await newsroom.store.users().map { UserJSON($0) })
            }
        }
    }

    /// Runs `body` for a token's owner; 401 without a valid token.
    func authorised(_ context: AppRequestContext, _ body: (User) async throws -> Response) async throws -> Response {
        guard let identity = context.identity, identity.tokenID != nil else {
            var response = Self.refusal(.unauthorized, "unauthenticated", "يلزم رمز وصول صالح في الترويسة Authorization: Bearer.")
            response.headers[.wwwAuthenticate] = "Bearer"
            return response
        }
        return try await body(identity.user)
    }

    private func list(_ request: Request, _ user: User) async throws -> Response {
        let parameters = request.uri.queryParameters
        var query = ArticleQuery(publishedOnly: false, order: .lastChange)
        if let raw = parameters.get("status") {
            guard let status = ArticleStatus(rawValue: raw) else { return Self.refusal(.badRequest, "invalid_parameter", "حالة غير معروفة: \(raw)", field: "status") }
            query.statuses = [status]
        }
        if let section = parameters.get("section"), !section.isEmpty { query.sectionSlug = try await sectionSlug(section) }
        if let author = parameters.get("author") {
            guard let id = Int64(author) else { return Self.refusal(.badRequest, "invalid_parameter", "رقم الكاتب غير صالح.", field: "author") }
            query.author = UserID(id)
        }
        query.limit = min(max(parameters.get("limit").flatMap(Int.init) ?? 20, 1), 100)
        query.offset = max(parameters.get("offset").flatMap(Int.init) ?? 0, 0)
        let found = try await newsroom.store.list(query, now: newsroom.clock.now())
        var articles: [ArticleJSON] = []
        for summary in found.items {
            if let article = try await newsroom.store.article(id: summary.id) { articles.append(ArticleJSON(article)) }
        }
        return try Self.json(ArticlesPage(total: found.total, articles: articles))
    }

    struct ArticlesPage: Encodable {
        var total: Int
        var articles: [ArticleJSON]
    }

    private func read(_ context: AppRequestContext) async throws -> Response {
        guard let article = try await article(context) else { return Self.refusal(.notFound, "not_found", "لا يوجد خبر بهذا الرقم.") }
        return try Self.json(ArticleJSON(article), headers: [.eTag: "\"\(article.revision)\""])
    }

    private func create(_ request: Request, _ user: User) async throws -> Response {
        let input: ArticleJSON
        do { input = try await decode(request) } catch let refusal as Refusal { return refusal.response }
        guard NewsroomPolicy.mayCreate(user) else { return Self.refusal(.forbidden, "forbidden", "لا يملك دورك إنشاء الأخبار.") }
        let status = ArticleStatus(rawValue: input.status ?? "draft")
        guard let status, [.draft, .inReview, .published].contains(status) else {
            return Self.refusal(.unprocessableContent, "invalid_field", "حالة البداية تكون draft أو in-review أو published.", field: "status")
        }
        if status == .published && !NewsroomPolicy.mayPublish(user) { return Self.refusal(.forbidden, "forbidden", "لا يملك دورك صلاحية النشر.") }
        var content = ArticleDeskController.blank(byline: nil)
        content.origin = ArticleOrigin(source: "newsroom", key: UUID().uuidString.lowercased())
        content.status = status
        do { try await apply(input, to: &content) } catch let refusal as Refusal { return refusal.response }
        if status == .published && content.publishedAt == nil { content.publishedAt = newsroom.clock.now() }
        do {
            let saved = try await newsroom.store.create(ArticleDraft(content: content), by: user.id)
            return try Self.json(ArticleJSON(saved), status: .created, headers: [.location: NewsroomRoute.apiArticle(saved.id).path])
        } catch let error as StoreError {
            return Self.refusal(error)
        }
    }

    private func update(_ request: Request, _ context: AppRequestContext, _ user: User) async throws -> Response {
        guard let article = try await article(context) else { return Self.refusal(.notFound, "not_found", "لا يوجد خبر بهذا الرقم.") }
        let input: ArticleJSON
        do { input = try await decode(request) } catch let refusal as Refusal { return refusal.response }
        let ifMatch = request.headers[.ifMatch].flatMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "\" W/"))) }
        guard let expected = input.revision ?? ifMatch else {
            return Self.refusal(.unprocessableContent, "missing_revision", "أرسل رقم المراجعة التي بنيت عليها التعديل (revision أو If-Match).", field: "revision")
        }
        var content = article.content
        if let raw = input.status {
            guard let status = ArticleStatus(rawValue: raw) else { return Self.refusal(.unprocessableContent, "invalid_field", "حالة غير معروفة: \(raw)", field: "status") }
            content.status = status
        }
        guard NewsroomPolicy.mayMove(user, article, to: content.status) else { return Self.refusal(.forbidden, "forbidden", "لا يملك دورك صلاحية هذا التعديل.") }
        do { try await apply(input, to: &content) } catch let refusal as Refusal { return refusal.response }
        if content.status == .published && content.publishedAt == nil { content.publishedAt = newsroom.clock.now() }
        do {
            let saved = try await newsroom.store.update(id: article.id, expectedRevision: expected, content: content, by: user.id, note: nil)
            return try Self.json(ArticleJSON(saved), headers: [.eTag: "\"\(saved.revision)\""])
        } catch let error as StoreError {
            return Self.refusal(error)
        }
    }

    struct TransitionJSON: Decodable {
        var to: String
        var at: String?
        var revision: Int?
    }

    private func transition(_ request: Request, _ context: AppRequestContext, _ user: User) async throws -> Response {
        let input: TransitionJSON
        do { input = try await decode(request) } catch let refusal as Refusal { return refusal.response }
        let at: Date?
        if let text = input.at {
            guard let date = Timestamp.parse(text) ?? ISO8601DateFormatter().date(from: text) else {
                return Self.refusal(.unprocessableContent, "invalid_field", "وقت غير صالح؛ استعمل صيغة ISO 8601 مثل 2026-12-02T09:30:00Z.", field: "at")
            }
            at = date
        } else {
            at = nil
        }
        let target: ArticleStatus
        if input.to == "scheduled" {
            guard let at, at > newsroom.clock.now() else {
                return Self.refusal(.unprocessableContent, "invalid_field", "الجدولة تحتاج وقتًا قادمًا في الحقل at.", field: "at")
            }
            target = .published
        } else if let status = ArticleStatus(rawValue: input.to), status != .incoming {
            target = status
        } else {
            return Self.refusal(.unprocessableContent, "invalid_field", "وجهة غير معروفة: \(input.to)", field: "to")
        }
        return try await move(context, user, to: target, at: at, expected: input.revision)
    }

    private func move(_ context: AppRequestContext, _ user: User, to target: ArticleStatus, at: Date?, expected: Int?) async throws -> Response {
        guard let article = try await article(context) else { return Self.refusal(.notFound, "not_found", "لا يوجد خبر بهذا الرقم.") }
        guard ArticleWorkflow.allows(from: article.content.status, to: target) else {
            return Self.refusal(.conflict, "forbidden_transition", "لا يمكن نقل الخبر من \(article.content.status.rawValue) إلى \(target.rawValue).", field: "to")
        }
        guard NewsroomPolicy.mayMove(user, article, to: target) else { return Self.refusal(.forbidden, "forbidden", "لا يملك دورك صلاحية هذا الانتقال.") }
        var content = article.content
        content.status = target
        if target == .published {
            let now = newsroom.clock.now()
            content.publishedAt = at ?? (content.publishedAt.map { $0 > now ? now : $0 } ?? now)
        }
        do {
            let saved = try await newsroom.store.update(id: article.id, expectedRevision: expected ?? article.revision, content: content, by: user.id, note: nil)
            return try Self.json(ArticleJSON(saved))
        } catch let error as StoreError {
            return Self.refusal(error)
        }
    }

    // MARK: - Input

    private struct Refusal: Error {
        let response: Response
    }

    private func decode<T: Decodable>(_ request: Request) async throws -> T {
        let buffer = try await request.body.collect(upTo: newsroom.configuration.maxBodyBytes)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context), let DecodingError.keyNotFound(_, context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw Refusal(response: Self.refusal(.unprocessableContent, "invalid_field", "قيمة غير صالحة في الحقل \(field).", field: field.isEmpty ? nil : field))
        } catch {
            throw Refusal(response: Self.refusal(.badRequest, "invalid_json", "جسم الطلب ليس JSON صالحًا."))
        }
    }

    /// Copies the fields the request carries onto `content`; absent fields stay as they are.
    private func apply(_ input: ArticleJSON, to content: inout ArticleContent) async throws {
        let clean = { (text: String) in ArticleForm.clean(text) }
        var input = input
        input.headline = input.headline.map(clean)
        input.highlights = input.highlights?.map(clean)
        input.body = input.body?.map(Self.cleaned)
        input.tags = input.tags?.map(clean).filter { !$0.isEmpty }
        input.byline = input.byline.map(clean)
        input.summary = input.summary.map(clean)
        input.datelinePlace = input.datelinePlace.map(clean)
        input.datelineSource = input.datelineSource.map(clean)
        if let headline = input.headline { content.headline = headline.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let section = input.section {
            let sections = try await newsroom.store.sections()
            if let known = sections.first(where: { $0.slug == section || $0.name == section }) {
                content.section = known
            } else {
                let slug = ArabicSlug.make(from: section)
                content.section = Section(slug: slug.isEmpty ? section : slug, name: input.sectionName ?? section)
            }
        }
        if let highlights = input.highlights { content.highlights = highlights }
        if input.datelinePlace != nil || input.datelineSource != nil {
            let dateline = Dateline(place: input.datelinePlace ?? content.dateline?.place, source: input.datelineSource ?? content.dateline?.source, date: content.dateline?.date)
            content.dateline = dateline.isEmpty ? nil : dateline
        }
        if let body = input.body { content.body = body }
        if let tags = input.tags { content.tags = tags.map { Tag(slug: ArabicSlug.make(from: $0).isEmpty ? $0 : ArabicSlug.make(from: $0), name: $0) } }
        if let byline = input.byline { content.byline = byline.isEmpty ? nil : byline }
        if let summary = input.summary { content.summary = summary.isEmpty ? nil : summary }
        if let urgent = input.urgent { content.urgent = urgent }
        if let title = input.seoTitle.map(clean) { content.seoTitle = title.isEmpty ? nil : title }
        if let image = input.leadImage, image <= 0 {
            content.leadImage = nil
        } else if let image = input.leadImage {
            guard try await newsroom.store.media(id: MediaID(image)) != nil else {
                throw Refusal(response: Self.refusal(.unprocessableContent, "invalid_field", "لا توجد صورة بهذا الرقم في مكتبة الوسائط.", field: "lead_image"))
            }
            content.leadImage = MediaID(image)
        }
        if let slug = input.slug { content.slug = ArabicSlug.make(from: slug) }
        if content.slug.isEmpty { content.slug = ArabicSlug.make(from: content.headline) }
        if let published = input.published {
            guard let date = Timestamp.parse(published) ?? ISO8601DateFormatter().date(from: published) else {
                throw Refusal(response: Self.refusal(.unprocessableContent, "invalid_field", "وقت نشر غير صالح.", field: "published"))
            }
            content.publishedAt = date
        }
        do { try content.validate() } catch {
            throw Refusal(response: Self.refusal(.unprocessableContent, "invalid_field", AdminWording.validation(error), field: error.field))
        }
    }

    /// A block with its text cleaned of invisible characters, as the editor's are.
    static func cleaned(_ block: Block) -> Block {
        let clean = { (text: String) in ArticleForm.clean(text) }
        let cleanRich = { (text: RichText) in text.mapText(ArticleForm.cleanInline).trimmed() }
        switch block {
        case .paragraph(let text): return .paragraph(cleanRich(text))
        case .subheading(let text): return .subheading(clean(text))
        case .quote(let text, let source): return .quote(cleanRich(text), source: source.map(clean))
        case .list(let items, let ordered): return .list(items.map(cleanRich), ordered: ordered)
        case .image(let media, let caption): return .image(media, caption: caption.map(clean))
        case .embed(let url): return .embed(url: clean(url))
        case .divider: return .divider
        }
    }

    private func article(_ context: AppRequestContext) async throws -> Article? {
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { return nil }
        return try await newsroom.store.article(id: ArticleID(id))
    }

    private func sectionSlug(_ given: String) async throws -> String {
        try await newsroom.store.sections().first { $0.slug == given || $0.name == given }?.slug ?? given
    }

    // MARK: - Output

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    static func refusal(_ status: HTTPResponse.Status, _ code: String, _ message: String, field: String? = nil) -> Response {
        (try? json(APIErrorJSON(error: .init(code: code, message: message, field: field)), status: status)) ?? Response(status: status)
    }

    static func refusal(_ error: StoreError) -> Response {
        switch error {
        case .conflict(_, _, let actual):
            refusal(.conflict, "conflict", "حُفظ الخبر بعد المراجعة التي بنيت عليها (هو الآن في المراجعة \(actual)). لم يتغير شيء.", field: "revision")
        case .forbiddenTransition: refusal(.conflict, "forbidden_transition", AdminWording.storeError(error), field: "status")
        case .notFound: refusal(.notFound, "not_found", "لا يوجد خبر بهذا الرقم.")
        case .invalidArticle, .duplicateOrigin, .duplicateSource: refusal(.unprocessableContent, "invalid_article", AdminWording.storeError(error))
        case .cannotOpen: refusal(.serviceUnavailable, "storage_unavailable", AdminWording.storeError(error))
        case .cannotWrite: refusal(.serviceUnavailable, "storage_not_writable", AdminWording.storeError(error))
        }
    }
}

/// An account as the API lists it (never its password hash).
struct UserJSON: Encodable {
    var id: Int64
    var name: String
    var displayName: String
    var role: String
    var disabled: Bool

    init(_ user: User) {
        id = user.id.rawValue
        name = user.name
        displayName = user.displayName
        role = user.role.rawValue
        disabled = user.isDisabled
    }

    enum CodingKeys: String, CodingKey {
        case id, name, displayName = "display_name", role, disabled
    }
}
