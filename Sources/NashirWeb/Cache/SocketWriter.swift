import NIOCore

/// Sits next to the socket, before the HTTP encoder, so the page cache's fast path can write a
/// finished response's bytes without having them converted and encoded once more; every other
/// write passes through untouched, except while told to discard.
final class SocketWriter: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private var context: ChannelHandlerContext?
    private var discarding = false

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if discarding {
            promise?.succeed(())
        } else {
            context.write(data, promise: promise)
        }
    }

    /// Writes `buffers` to the socket in order and flushes; false when the handler is not in a
    /// pipeline (then nothing was written).
    func send(_ buffers: ByteBuffer...) -> Bool {
        guard let context else { return false }
        for buffer in buffers { context.write(wrapOutboundOut(buffer), promise: nil) }
        context.flush()
        return true
    }

    /// Runs `body`, dropping whatever it writes through this handler (it must write synchronously).
    func discard(_ body: () -> Void) {
        discarding = true
        body()
        discarding = false
    }
}
