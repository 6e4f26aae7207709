import Foundation
import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Fetches feeds with async-http-client: conditional GET, a deadline for the whole exchange and a
/// cap on the body, so a slow or endless source costs one task a bounded time and memory.
public struct HTTPFeedFetcher: FeedFetching {
    public var client: HTTPClient
    /// The whole request, connection to last byte.
    public var timeout: TimeAmount
    /// Bytes accepted from one response; larger feeds are refused, not truncated.
    public var maxBytes: Int
    public var userAgent: String

    public init(client: HTTPClient = .shared, timeout: TimeAmount = .seconds(20), maxBytes: Int = 10 << 20, userAgent: String = "Nashir/1 (feed reader)") {
        self.client = client
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.userAgent = userAgent
    }

    public func fetch(_ url: String, etag: String?, lastModified: String?) async throws(FetchError) -> FetchResult {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: userAgent)
        request.headers.add(name: "Accept", value: "application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
        if let etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
        do {
            let response = try await client.execute(request, timeout: timeout)
            if response.status == .notModified { return .notModified }
            guard response.status == .ok else { throw FetchError("the server answered \(response.status.code) \(response.status.reasonPhrase)") }
            if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > maxBytes {
                throw FetchError("the feed is \(length) bytes; the limit is \(maxBytes)")
            }
            let body: ByteBuffer
            do { body = try await response.body.collect(upTo: maxBytes) } catch is NIOTooManyBytesError {
                throw FetchError("the feed is larger than the limit of \(maxBytes) bytes")
            }
            return .document(
                bytes: Array(body.readableBytesView), etag: response.headers.first(name: "ETag"),
                lastModified: response.headers.first(name: "Last-Modified"),
                charset: Self.charset(of: response.headers.first(name: "Content-Type")))
        } catch let error as FetchError {
            throw error
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            throw FetchError("no answer within \(timeout.nanoseconds / 1_000_000_000) s")
        } catch {
            throw FetchError("cannot be fetched: \(error)")
        }
    }

    /// `charset` of a Content-Type value, lowercased and unquoted.
    static func charset(of contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).lowercased()
            }
        }
        return nil
    }
}
