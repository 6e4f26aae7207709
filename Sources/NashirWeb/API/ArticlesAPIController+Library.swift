import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit
import NashirDomain
import NashirMedia
import NashirRoutes

/// The API's tags (for type-ahead) and media library (list, read, upload).
extension ArticlesAPIController {
    func registerLibrary(on router: Router<AppRequestContext>) {
        router.get(RouterPath(NewsroomRoute.Pattern.apiTags)) { request, context in
            try await authorised(context) { _ in
                let parameters = request.uri.queryParameters
                let prefix = ArticleForm.clean(parameters.get("q"))
                let limit = min(max(parameters.get("limit").flatMap(Int.init) ?? 20, 1), 200)
                let found = try await newsroom.store.tags(startingWith: prefix, limit: limit)
                return try Self.json(found.map { TagJSON(slug: $0.tag.slug, name: $0.tag.name, articles: $0.articles) })
            }
        }
        router.get(RouterPath(NewsroomRoute.Pattern.apiMedia)) { request, context in
            try await authorised(context) { _ in
                let limit = min(max(request.uri.queryParameters.get("limit").flatMap(Int.init) ?? 30, 1), 100)
                return try Self.json(try await newsroom.store.recentMedia(limit: limit).map(MediaJSON.init))
            }
        }
        router.get(RouterPath(NewsroomRoute.Pattern.apiMediaItem)) { _, context in
            try await authorised(context) { _ in
                guard let id = context.parameters.get("id").flatMap(Int64.init), let item = try await newsroom.store.media(id: MediaID(id)) else {
                    return Self.refusal(.notFound, "not_found", "لا توجد صورة بهذا الرقم.")
                }
                return try Self.json(MediaJSON(item))
            }
        }
        router.post(RouterPath(NewsroomRoute.Pattern.apiMedia)) { request, context in
            try await authorised(context) { user in try await upload(request, user) }
        }
    }

    /// `multipart/form-data` with `file`, `alt` (required), `caption` and `credit`.
    struct UploadFields: Decodable {
        var file: Data?
        var alt: String?
        var caption: String?
        var credit: String?
    }

    private func upload(_ request: Request, _ user: User) async throws -> Response {
        guard NewsroomPolicy.mayCreate(user) || user.role == .copyEditor else {
            return Self.refusal(.forbidden, "forbidden", "لا يملك دورك صلاحية رفع الصور.")
        }
        guard let storage = newsroom.configuration.mediaStorage else {
            return Self.refusal(.serviceUnavailable, "media_unavailable", "لم يُحدَّد مجلد للوسائط في إعدادات الخادم.")
        }
        guard let boundary = MediaController.boundary(request.headers[.contentType]) else {
            return Self.refusal(.unsupportedMediaType, "invalid_content_type", "أرسل الصورة بنموذج multipart/form-data.")
        }
        let body: ByteBuffer
        do { body = try await request.body.collect(upTo: newsroom.configuration.maxBodyBytes) } catch {
            return Self.refusal(.contentTooLarge, "too_large", "الملف أكبر من الحد المسموح.", field: "file")
        }
        let fields: UploadFields
        do { fields = try FormDataDecoder().decode(UploadFields.self, from: body, boundary: boundary) } catch {
            return Self.refusal(.badRequest, "invalid_form", "تعذّرت قراءة النموذج المرسل.")
        }
        let alt = ArticleForm.clean(fields.alt)
        guard !alt.isEmpty else { return Self.refusal(.unprocessableContent, "invalid_field", "النص البديل إلزامي: صف الصورة لمن لا يراها.", field: "alt") }
        guard let file = fields.file, !file.isEmpty else { return Self.refusal(.unprocessableContent, "invalid_field", "لا ملف في الطلب.", field: "file") }
        switch try await MediaController.add(file, alt: alt, caption: fields.caption, credit: fields.credit, storage: storage, by: user, newsroom: newsroom) {
        case .success(let item): return try Self.json(MediaJSON(item), status: .created)
        case .failure(let error): return Self.refusal(.unprocessableContent, "invalid_image", error.arabicMessage, field: "file")
        }
    }
}

/// A tag and how many stories carry it.
struct TagJSON: Codable, Sendable {
    var slug: String
    var name: String
    var articles: Int
}

/// An uploaded image as the API shows it, its files as public paths.
struct MediaJSON: Codable, Sendable {
    struct File: Codable, Sendable {
        var path: String
        var width: Int
        var height: Int
        var type: String
        var role: String
    }

    var id: Int64
    var width: Int
    var height: Int
    var alt: String
    var caption: String?
    var credit: String?
    var uploaded: String
    var files: [File]

    init(_ item: MediaItem) {
        id = item.id.rawValue
        width = item.width
        height = item.height
        alt = item.alt
        caption = item.caption
        credit = item.credit
        uploaded = Timestamp.format(item.uploadedAt)
        files = item.renditions.map { File(path: SiteRoute.media($0.path).path, width: $0.width, height: $0.height, type: $0.mediaType, role: $0.role) }
    }
}
