import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1

/// Answers GET and HEAD requests for cached pages straight from the connection's event loop,
/// before Hummingbird builds a request and starts a task for it. During breaking news nearly
/// every request is such a hit, so this is the path that decides how many readers one machine
/// serves. It reads NIO's own request heads, ahead of their conversion to HTTP Types, which
/// parsed every target as a URL and checked every header again: a twentieth of a hit.
/// Anything it cannot answer (a miss, an expired page, a cache due to read the change feed,
/// another method, a target not in origin form) passes through untouched to the application.
final class CachedPageChannelHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private let cache: PageCache
    private let serverName: String
    private let reads: ReadCounter
    private let trustedProxies: Set<String>
    /// Requests handed to the application whose responses have not finished; while any is
    /// pending, later (pipelined) requests must queue behind it to keep responses in order.
    private var pendingInApplication = 0
    /// The current request was answered here; its remaining parts are dropped.
    private var answeredHere = false
    /// Where finished responses go straight to the socket, past the HTTP encoder.
    private let socket = SocketWriter()
    /// The peer's address as text, formatted once per connection: every article hit counts a read.
    private var peerAddress: String??

    init(cache: PageCache, serverName: String, reads: ReadCounter, trustedProxies: Set<String>) {
        self.cache = cache
        self.serverName = serverName
        self.reads = reads
        self.trustedProxies = trustedProxies
    }

    /// Installs a handler in a pipeline Hummingbird builds: `additionalChannelHandlers` come
    /// after the conversion to HTTP Types, and this handler belongs before it.
    static func installer(cache: PageCache, serverName: String, reads: ReadCounter, trustedProxies: Set<String>) -> Installer {
        Installer(handler: CachedPageChannelHandler(cache: cache, serverName: serverName, reads: reads, trustedProxies: trustedProxies))
    }

    func handlerAdded(context: ChannelHandlerContext) {
        // Just before the encoder, so anything between it and the socket (TLS) still applies.
        let pipeline = context.pipeline.syncOperations
        if let encoder = try? pipeline.handler(type: HTTPResponseEncoder.self) {
            try? pipeline.addHandler(socket, position: .before(encoder))
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request):
            if pendingInApplication == 0, let entry = cachedEntry(for: request) {
                if sendPrepared(entry, for: request, context: context) {
                    answeredHere = true
                    return
                }
                if let reply = reply(to: request, with: entry.page) {
                    answeredHere = true
                    if reply.status == .ok || reply.status == .notModified { count(request, context: context) }
                    write(reply, headOnly: request.method == .HEAD, close: !request.isKeepAlive, context: context)
                    return
                }
            }
            pendingInApplication += 1
            context.fireChannelRead(data)
        case .body, .end:
            guard answeredHere else { return context.fireChannelRead(data) }
            if case .end = unwrapInboundIn(data) { answeredHere = false }
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { pendingInApplication = max(0, pendingInApplication - 1) }
        context.write(data, promise: promise)
    }

    /// The cached entry for a GET or HEAD in origin form (`/path?query`); the application
    /// answers the absolute form and anything else.
    private func cachedEntry(for request: HTTPRequestHead) -> PageCache.Entry? {
        guard request.method == .GET || request.method == .HEAD, request.uri.utf8.first == UInt8(ascii: "/") else { return nil }
        return cache.entry(forTarget: request.uri)
    }

    /// The common case, answered with prepared bytes: a plain GET of a cached page without
    /// validators, on a connection that stays open. Everything else takes `reply(to:with:)`.
    private func sendPrepared(_ entry: PageCache.Entry, for request: HTTPRequestHead, context: ChannelHandlerContext) -> Bool {
        let headers = request.headers
        guard request.method == .GET, !headers.contains(name: "if-none-match"), !headers.contains(name: "if-modified-since"), request.isKeepAlive,
              case .document(let plain, _, _, let plainHeaders, let gzip) = entry.page
        else { return false }
        let packed = gzip.flatMap { GzipVariant.isAccepted(by: headers.first(name: "accept-encoding")) ? $0 : nil }
        let date = HTTPDate.current()
        let head = entry.wireHeads.head(
            gzip: packed != nil, headers: packed?.headers ?? plainHeaders, second: date.second, date: date.text, server: serverName)
        guard socket.send(head, packed?.body ?? plain) else { return false }
        // NIO's encoder pairs each response with the method of the request it answers, queued by
        // the decoder; a response it never saw would leave this GET in its queue and frame the
        // next response by it. An empty response through the encoder, discarded before the
        // socket, keeps the two in step.
        socket.discard {
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .noContent))), promise: nil)
            context.write(wrapOutboundOut(.end(nil)), promise: nil)
        }
        count(request, context: context)
        return true
    }

    private func reply(to request: HTTPRequestHead, with page: PageCache.Page) -> PageReply? {
        let headers = request.headers
        return PageReply(
            page, ifNoneMatch: Self.combined(headers, "if-none-match"), ifModifiedSince: headers.first(name: "if-modified-since"),
            acceptEncoding: Self.combined(headers, "accept-encoding"))
    }

    /// A header's values as one, comma-separated, as HTTP Types joined them (RFC 9110 §5.3).
    private static func combined(_ headers: HTTPHeaders, _ name: String) -> String? {
        let values = headers[name]
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    /// A read of an article page, from the address the connection or a trusted proxy gives.
    private func count(_ request: HTTPRequestHead, context: ChannelHandlerContext) {
        guard request.method == .GET, request.uri.hasPrefix("/news/") else { return }
        if peerAddress == nil { peerAddress = .some(context.channel.remoteAddress?.ipAddress) }
        var address = peerAddress ?? nil
        // One pass over the fields for the three a read needs, not a scan of all of them for each.
        var userAgent: String?, secPurpose: String?, purpose: String?, forwarded: String?
        for (name, value) in request.headers {
            switch name.utf8.count {
            case 10 where name.caseInsensitiveEquals("user-agent"): userAgent = userAgent ?? value
            case 11 where name.caseInsensitiveEquals("sec-purpose"): secPurpose = value
            case 7 where name.caseInsensitiveEquals("purpose"): purpose = purpose ?? value
            case 15 where name.caseInsensitiveEquals("x-forwarded-for"): forwarded = forwarded.map { $0 + ", " + value } ?? value
            default: break
            }
        }
        if let peer = address, trustedProxies.contains(peer), let forwarded {
            address = forwarded.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .last { !trustedProxies.contains($0) && !$0.isEmpty } ?? peer
        }
        reads.view(path: request.uri[...], userAgent: userAgent, address: address, purpose: secPurpose ?? purpose)
    }

    private func write(_ reply: PageReply, headOnly: Bool, close: Bool, context: ChannelHandlerContext) {
        var fields = reply.headers
        fields[.date] = HTTPDate.now()
        fields[.server] = serverName
        if close { fields[.connection] = "close" }
        var headers = HTTPHeaders()
        headers.reserveCapacity(fields.count)
        for field in fields { headers.add(name: field.name.rawName, value: field.value) }
        let status = HTTPResponseStatus(statusCode: reply.status.code, reasonPhrase: reply.status.reasonPhrase)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        if let body = reply.body, !headOnly { context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil) }
        let done = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: done)
        if close {
            let channel = context.channel
            done.futureResult.whenComplete { _ in channel.close(promise: nil) }
        }
    }
}

extension CachedPageChannelHandler {
    /// Put where Hummingbird adds extra handlers, it moves the page handler to just before the
    /// conversion to HTTP Types and takes itself out.
    final class Installer: ChannelInboundHandler, RemovableChannelHandler {
        typealias InboundIn = HTTPRequestPart

        private let handler: CachedPageChannelHandler

        fileprivate init(handler: CachedPageChannelHandler) {
            self.handler = handler
        }

        func handlerAdded(context: ChannelHandlerContext) {
            let pipeline = context.pipeline.syncOperations
            if let codec = try? pipeline.handler(type: HTTP1ToHTTPServerCodec.self) {
                try? pipeline.addHandler(handler, position: .before(codec))
            }
            pipeline.removeHandler(context: context, promise: nil)
        }
    }
}

extension String {
    /// Equality ignoring ASCII case, for header names `other` gives in lower case.
    fileprivate func caseInsensitiveEquals(_ other: StaticString) -> Bool {
        let lower = UnsafeBufferPointer(start: other.utf8Start, count: other.utf8CodeUnitCount)
        return utf8.elementsEqual(lower) { ($0 >= 65 && $0 <= 90 ? $0 + 32 : $0) == $1 }
    }
}
