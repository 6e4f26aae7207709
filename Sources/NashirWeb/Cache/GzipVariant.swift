import Foundation
import HTTPTypes
import NIOCore

/// A page's body gzipped once, when it is cached, with its own strong ETag and headers: readers
/// whose browsers accept gzip get it from memory, no compression per request.
struct GzipVariant: Sendable {
    let body: ByteBuffer
    let etag: String
    let headers: HTTPFields

    /// Bodies smaller than this gain too little to be worth a second copy.
    static let minimumBytes = 1024

    /// zlib's level for pages, compressed as they are rendered, on a cache miss's path: level 6
    /// (zlib's default) made an article page's gzip a seventh of the miss, and level 3 takes
    /// two fifths of its time for 9 % more bytes (4.4 kB against 4.0 kB). nginx uses 1.
    static let pageLevel: Int32 = 3
    /// zlib's level for theme assets, compressed once at start-up.
    static let assetLevel: Int32 = 9

    /// The gzip form of a document with `headers`; nil for a small body or one gzip does not shrink.
    init?(_ body: ByteBuffer, etag: String, headers: HTTPFields) {
        guard let compressed = Self.compressed(body, level: Self.pageLevel) else { return nil }
        self.init(compressed, etag: Self.etag(forIdentity: etag), identity: headers)
    }

    /// Another representation, another strong validator: the identity ETag with a suffix.
    static func etag(forIdentity etag: String) -> String {
        etag.hasSuffix("\"") ? String(etag.dropLast()) + "-gz\"" : etag + "-gz"
    }

    private init(_ compressed: ByteBuffer, etag: String, identity headers: HTTPFields) {
        body = compressed
        self.etag = etag
        var headers = headers
        headers[.eTag] = etag
        headers[.contentEncoding] = "gzip"
        headers[.contentLength] = String(compressed.readableBytes)
        self.headers = headers
    }

    /// The compressors pages are gzipped with, kept between pages.
    static let pageCompressors = GzipCompressors(level: pageLevel)

    /// `body` gzipped at zlib's `level`; nil for a small body or one gzip does not shrink.
    static func compressed(_ body: ByteBuffer, level: Int32) -> ByteBuffer? {
        guard body.readableBytes >= minimumBytes else { return nil }
        // Theme assets, at their own level, are compressed once each at start-up.
        let compressors = level == pageLevel ? pageCompressors : GzipCompressors(level: level, keep: 0)
        guard let compressed = try? compressors.compress(body), compressed.readableBytes < body.readableBytes else { return nil }
        return compressed
    }

    /// The same compressed body under the document's headers as they are now.
    func with(identity headers: HTTPFields) -> GzipVariant {
        GzipVariant(body, etag: etag, identity: headers)
    }

    /// Whether an Accept-Encoding header allows gzip: named (or `*`) without `q=0`.
    static func isAccepted(by acceptEncoding: String?) -> Bool {
        guard let acceptEncoding else { return false }
        var star: Bool?
        for item in acceptEncoding.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = parts.first else { continue }
            let refused = parts.dropFirst().contains { parameter in
                let compact = parameter.replacingOccurrences(of: " ", with: "")
                return compact.hasPrefix("q=") && Double(compact.dropFirst(2)) == 0
            }
            if coding == "gzip" || coding == "x-gzip" { return !refused }
            if coding == "*" { star = !refused }
        }
        return star ?? false
    }
}
