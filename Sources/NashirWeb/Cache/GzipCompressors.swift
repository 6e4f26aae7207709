import CompressNIO
import Foundation
import NIOCore
import Synchronization

/// zlib compressors kept from one page to the next. Making one allocates and clears a quarter of
/// a megabyte of state, which was more than half the time of gzipping an article page on a cache
/// miss (131 µs fresh, 62 µs reset); a reset compressor writes the same bytes.
final class GzipCompressors: Sendable {
    /// A compressor and the buffer it writes into, used by one thread at a time: taken from the
    /// idle list and put back after use. Unchecked for that reason.
    private final class Slot: @unchecked Sendable {
        let compressor: ZlibCompressor
        var scratch = ByteBuffer()

        init(level: Int32) throws {
            compressor = try ZlibCompressor(algorithm: .gzip, configuration: .init(compressionLevel: level))
        }
    }

    private let level: Int32
    private let idle = Mutex<[Slot]>([])
    /// Idle compressors kept; more run at once only while more pages render at once.
    private let keep: Int

    init(level: Int32, keep: Int = max(2, 2 * ProcessInfo.processInfo.activeProcessorCount)) {
        self.level = level
        self.keep = keep
    }

    /// `body` gzipped at this pool's level, in a buffer sized for the compressed bytes: one sized
    /// for zlib's worst case (the page's own length) kept several times those bytes in the cache.
    func compress(_ body: ByteBuffer) throws -> ByteBuffer {
        let slot = try idle.withLock { $0.popLast() } ?? Slot(level: level)
        try slot.compressor.reset()
        var input = body
        slot.scratch.clear(minimumCapacity: slot.compressor.maxSize(from: body))
        try slot.compressor.deflate(from: &input, to: &slot.scratch, flush: .finish)
        let compressed = ByteBuffer(bytes: slot.scratch.readableBytesView)
        // Only after a run that succeeded: a compressor that threw is dropped, not reset for another.
        idle.withLock { if $0.count < keep { $0.append(slot) } }
        return compressed
    }
}
