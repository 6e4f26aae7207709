import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers GET and HEAD requests for cached pages straight from the connection's event loop,
/// before Hummingbird builds a request and starts a task for it. During breaking news nearly
/// every request is such a hit, so this is the path that decides how many readers one machine
/// serves. Anything it cannot answer (a miss, an expired page, a cache due to read the
/// change feed, another method) passes through
/// untouched to the application.
final class CachedPageChannelHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

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
                    write(reply, headOnly: request.method == .head, close: wantsClose(request), context: context)
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

    private func cachedEntry(for request: HTTPRequest) -> PageCache.Entry? {
        guard request.method == .get || request.method == .head, let target = request.path else { return nil }
        return cache.entry(forTarget: target)
    }

    /// The common case, answered with prepared bytes: a plain GET of a cached page without
    /// validators, on a connection that stays open. Everything else takes `reply(to:with:)`.
    private func sendPrepared(_ entry: PageCache.Entry, for request: HTTPRequest, context: ChannelHandlerContext) -> Bool {
        let fields = request.headerFields
        guard request.method == .get, fields[.ifNoneMatch] == nil, fields[.ifModifiedSince] == nil, !wantsClose(request),
              case .document(let plain, _, _, let plainHeaders, let gzip) = entry.page
        else { return false }
        let packed = gzip.flatMap { GzipVariant.isAccepted(by: fields[.acceptEncoding]) ? $0 : nil }
        let date = HTTPDate.current()
        let head = entry.wireHeads.head(
            gzip: packed != nil, headers: packed?.headers ?? plainHeaders, second: date.second, date: date.text, server: serverName)
        guard socket.send(head, packed?.body ?? plain) else { return false }
        // NIO's encoder pairs each response with the method of the request it answers, queued by
        // the decoder; a response it never saw would leave this GET in its queue and frame the
        // next response by it. An empty response through the encoder, discarded before the
        // socket, keeps the two in step.
        socket.discard {
            context.write(wrapOutboundOut(.head(HTTPResponse(status: .noContent))), promise: nil)
            context.write(wrapOutboundOut(.end(nil)), promise: nil)
        }
        count(request, context: context)
        return true
    }

    private func reply(to request: HTTPRequest, with page: PageCache.Page) -> PageReply? {
        PageReply(
            page, ifNoneMatch: request.headerFields[.ifNoneMatch], ifModifiedSince: request.headerFields[.ifModifiedSince],
            acceptEncoding: request.headerFields[.acceptEncoding])
    }

    /// A read of an article page, from the address the connection or a trusted proxy gives.
    private func count(_ request: HTTPRequest, context: ChannelHandlerContext) {
        guard request.method == .get, let path = request.path, path.hasPrefix("/news/") else { return }
        if peerAddress == nil { peerAddress = .some(context.channel.remoteAddress?.ipAddress) }
        var address = peerAddress ?? nil
        // One pass over the fields for the three a read needs, not a scan of all of them for each.
        var userAgent: String?, purpose: String?, forwarded: String?
        for field in request.headerFields {
            switch field.name {
            case .userAgent: userAgent = userAgent ?? field.value
            case .secPurpose: purpose = field.value
            case .purpose: purpose = purpose ?? field.value
            case .xForwardedFor: forwarded = forwarded.map { $0 + ", " + field.value } ?? field.value
            default: break
            }
        }
        if let peer = address, trustedProxies.contains(peer), let forwarded {
            address = forwarded.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .last { !trustedProxies.contains($0) && !$0.isEmpty } ?? peer
        }
        reads.view(path: path[...], userAgent: userAgent, address: address, purpose: purpose)
    }

    private func wantsClose(_ request: HTTPRequest) -> Bool {
        request.headerFields[.connection]?.lowercased().contains("close") == true
    }

    private func write(_ reply: PageReply, headOnly: Bool, close: Bool, context: ChannelHandlerContext) {
        var headers = reply.headers
        headers[.date] = HTTPDate.now()
        headers[.server] = serverName
        if close { headers[.connection] = "close" }
        context.write(wrapOutboundOut(.head(HTTPResponse(status: reply.status, headerFields: headers))), promise: nil)
        if let body = reply.body, !headOnly { context.write(wrapOutboundOut(.body(body)), promise: nil) }
        let done = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: done)
        if close {
            let channel = context.channel
            done.futureResult.whenComplete { _ in channel.close(promise: nil) }
        }
    }
}
