import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit
import NashirAuth
import NashirDomain
import NashirMedia
import NashirRoutes
import NIOCore

/// Image uploads from the editor (renditions made once, at upload) and the public files under `/media/`.
struct MediaController: Sendable {
    let newsroom: NewsroomServices
    let desk: ArticleDeskController

    func register(on router: Router<AppRequestContext>) {
        router.post(RouterPath(NewsroomRoute.Pattern.media)) { request, context in try await desk.signedIn(request, context, upload) }
        router.get(RouterPath(SiteRoute.Kind.media.pattern)) { request, _ in try await serve(request) }
    }

    /// The upload form: the file and what the newsroom says about it, and optionally the story
    /// whose lead image it becomes.
    struct UploadForm: Decodable {
        var csrf: String?
        var file: Data?
        var alt: String?
        var caption: String?
        var credit: String?
        var article: String?
        var revision: String?
    }

    private func upload(_ request: Request, _ context: AppRequestContext, _ identity: RequestIdentity) async throws -> Response {
        guard NewsroomPolicy.mayCreate(identity.user) || identity.user.role == .copyEditor else { return await newsroom.forbidden(identity) }
        guard let storage = newsroom.configuration.mediaStorage else {
            return await newsroom.message(.serviceUnavailable, heading: "الرفع غير متاح", text: "لم يُحدَّد مجلد للوسائط في إعدادات الخادم.", identity: identity)
        }
        guard let boundary = Self.boundary(request.headers[.contentType]) else {
            throw HTTPError(.badRequest, message: "أرسل الصورة بنموذج multipart/form-data.")
        }
        let body: ByteBuffer
        do { body = try await request.body.collect(upTo: newsroom.configuration.maxBodyBytes) } catch {
            throw HTTPError(.contentTooLarge, message: "الملف أكبر من الحد المسموح.")
        }
        let form: UploadForm
        do { form = try FormDataDecoder().decode(UploadForm.self, from: body, boundary: boundary) } catch {
            throw HTTPError(.badRequest, message: "تعذّرت قراءة النموذج المرسل.")
        }
        guard NewsroomServices.csrfMatches(form.csrf, identity) else { return await newsroom.csrfRefused(identity) }
        let alt = ArticleForm.clean(form.alt)
        let back = form.article.flatMap(Int64.init).map { NewsroomRoute.article(ArticleID($0)).path } ?? NewsroomRoute.dashboard.path
        guard !alt.isEmpty else { return await refuse("اكتب نصًا بديلًا يصف الصورة لمن لا يراها؛ لا تُحفظ صورة بدونه.", identity, back) }
        guard let file = form.file, !file.isEmpty else { return await refuse("اختر ملف صورة.", identity, back) }
        let item: MediaItem
        switch try await Self.add(file, alt: alt, caption: form.caption, credit: form.credit, storage: storage, by: identity.user, newsroom: newsroom) {
        case .success(let added): item = added
        case .failure(let error): return await refuse(error.arabicMessage, identity, back)
        }
        if let id = form.article.flatMap(Int64.init), let article = try await newsroom.store.article(id: ArticleID(id)),
           NewsroomPolicy.mayEdit(identity.user, article) {
            var content = article.content
            content.leadImage = item.id
            do {
                _ = try await newsroom.store.update(
                    id: article.id, expectedRevision: form.revision.flatMap(Int.init) ?? article.revision, content: content,
                    by: identity.user.id, note: "صورة رئيسية جديدة")
            } catch StoreError.conflict {
                return await refuse("رُفعت الصورة، لكن زميلًا حفظ الخبر قبل ربطها به؛ اخترها من القائمة بعد تحديث الصفحة.", identity, back, status: .conflict)
            }
        }
        return NewsroomServices.redirect(back + "?image=\(item.id)")
    }

    /// Makes the renditions of an upload and records it: shared by the editor's form and the API.
    static func add(
        _ file: Data, alt: String, caption: String?, credit: String?, storage: any MediaStorage, by user: User, newsroom: NewsroomServices
    ) async throws -> Result<MediaItem, MediaError> {
        let bytes = [UInt8](file)
        // Decoding and encoding an image costs up to seconds: never on an event loop.
        let processed = await CPUWork.run { Self.process(bytes, storage: storage) }
        let stored: [StoredRendition], size: (width: Int, height: Int)
        switch processed {
        case .success(let made): (stored, size) = (made.files, (made.width, made.height))
        case .failure(let error): return .failure(error)
        }
        let renditions = stored.map {
            MediaRendition(path: $0.path, width: $0.width, height: $0.height, mediaType: $0.mediaType, role: $0.role == .social ? "social" : "responsive")
        }
        let caption = ArticleForm.clean(caption), credit = ArticleForm.clean(credit)
        return .success(try await newsroom.store.addMedia(
            width: size.width, height: size.height, alt: alt, caption: caption.isEmpty ? nil : caption, credit: credit.isEmpty ? nil : credit,
            renditions: renditions, by: user.id, at: newsroom.clock.now()))
    }

    /// The renditions of an upload, written to `storage` with a random name.
    static func process(_ bytes: [UInt8], storage: any MediaStorage) -> Result<(files: [StoredRendition], width: Int, height: Int), MediaError> {
        do throws(MediaError) {
            let set = try ImageRenditions.make(from: bytes)
            let name = SecretToken.generate().prefix(22).replacingOccurrences(of: "-", with: "x").replacingOccurrences(of: "_", with: "y")
            return .success((try storage.write(set, id: name, date: Date()), set.width, set.height))
        } catch {
            return .failure(error)
        }
    }

    private func refuse(_ text: String, _ identity: RequestIdentity, _ back: String, status: HTTPResponse.Status = .unprocessableContent) async -> Response {
        await newsroom.message(status, heading: "لم تُحفظ الصورة", text: text, identity: identity, link: back, linkText: "العودة")
    }

    /// Serves a rendition: its name carries a random id, so it never changes and may be kept a year.
    private func serve(_ request: Request) async throws -> Response {
        guard case .media(let path) = try request.route(), let data = newsroom.configuration.mediaStorage?.read(path: path),
              let kind = ImageKind.sniff(data)
        else { throw HTTPError(.notFound) }
        return Response(status: .ok, headers: [
            .contentType: kind.mediaType, .cacheControl: "public, max-age=31536000, immutable", .contentLength: String(data.count),
        ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func boundary(_ contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for part in contentType.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" { return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }
}
