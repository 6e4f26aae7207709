import CompressNIO
import NIOCore
import NashirTestSupport
import Testing

@testable import NashirWeb

/// Compressors kept between pages write what a fresh one writes, never leak one page's bytes
/// into the next, and hand the cache buffers sized for what they hold.
@Suite struct GzipCompressorsTests {
    static let pieces = ["<p>", "</p>", "أنقرة", "وطرابلس", " ", "، ", "حفتر", "«", "»", "\n", "a", "0", "&amp;", "%D8%A7"]

    static func body(_ random: inout SeededRandom) -> ByteBuffer {
        // From a kilobyte to beyond zlib's 32 kB window, where a reset must forget the last page.
        let count = 200 + random.below(16_000)
        return ByteBuffer(string: (0..<count).map { _ in pieces[random.below(pieces.count)] }.joined())
    }

    @Test func aKeptCompressorWritesWhatAFreshOneWrites() throws {
        let compressors = GzipCompressors(level: GzipVariant.pageLevel, keep: 1)
        var random = SeededRandom(seed: 0x677A_6970)
        for _ in 0..<150 {
            var body = Self.body(&random)
            let kept = try compressors.compress(body)
            let fresh = try body.compress(with: .gzip(configuration: .init(compressionLevel: GzipVariant.pageLevel)))
            #expect(kept == fresh)
            // Sized for what it holds (NIO rounds up to a power of two), not for zlib's worst case.
            #expect(kept.capacity <= 2 * kept.readableBytes)
        }
    }

    @Test func compressorsShareNothingAcrossConcurrentPages() async throws {
        let compressors = GzipCompressors(level: GzipVariant.pageLevel, keep: 2)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var random = SeededRandom(seed: UInt64(task))
                    for _ in 0..<40 {
                        let body = Self.body(&random)
                        var compressed = try compressors.compress(body)
                        #expect(try compressed.decompress(with: .gzip()) == body)
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    @Test func smallOrIncompressibleBodiesHaveNoGzipForm() {
        #expect(GzipVariant.compressed(ByteBuffer(string: "<p>قصير</p>"), level: GzipVariant.pageLevel) == nil)
        var random = SeededRandom(seed: 7)
        let noise = ByteBuffer(bytes: (0..<4_096).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        #expect(GzipVariant.compressed(noise, level: GzipVariant.pageLevel) == nil)
    }
}
