import Foundation
import HTTPTypes
import NIOCore
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

    init(cache: PageCache, serverName: String, reads: ReadCounter, trustedProxies: Set<String>) {
        self.cache = cache
        self.serverName = serverName
        self.reads = reads
        self.trustedProxies = trustedProxies
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request):
            if pendingInApplication == 0, let reply = reply(to: request) {
                answeredHere = true
                if reply.status == .ok || reply.status == .notModified { count(request, context: context) }
                write(reply, headOnly: request.method == .head, close: wantsClose(request), context: context)
                return
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

    private func reply(to request: HTTPRequest) -> PageReply? {
        guard request.method == .get || request.method == .head, let target = request.path,
              let page = cache.page(forTarget: target)
        else { return nil }
        return PageReply(
            page, ifNoneMatch: request.headerFields[.ifNoneMatch], ifModifiedSince: request.headerFields[.ifModifiedSince],
            acceptEncoding: request.headerFields[.acceptEncoding])
    }

    /// A read of an article page, from the address the connection or a trusted proxy gives.
    private func count(_ request: HTTPRequest, context: ChannelHandlerContext) {
        guard request.method == .get, let path = request.path, path.hasPrefix("/news/") else { return }
        var address = context.channel.remoteAddress?.ipAddress
        if let peer = address, trustedProxies.contains(peer), let forwarded = request.headerFields[.xForwardedFor] {
            address = forwarded.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .last { !trustedProxies.contains($0) && !$0.isEmpty } ?? peer
        }
        reads.view(
            path: path[...], userAgent: request.headerFields[.userAgent], address: address,
            purpose: request.headerFields[.secPurpose] ?? request.headerFields[.purpose])
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
