import Foundation

extension Array where Element: Sendable {
    /// Maps on every core in contiguous chunks, keeping the order; for pure per-element work
    /// such as parsing or analysing articles, which is most of an import. On a thread of
    /// `CPUWork.runBehind` it maps in order on that thread, at its lower priority.
    public func concurrentMap<T: Sendable>(minimumChunk: Int = 8, _ transform: @Sendable (Element) -> T) -> [T] {
        guard count > minimumChunk, !BehindThread.isCurrent else { return map(transform) }
        var results = [T?](repeating: nil, count: count)
        let chunks = Swift.max(1, Swift.min(count / minimumChunk, ProcessInfo.processInfo.activeProcessorCount * 4))
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                // Each chunk writes only its own slots, so no two threads touch the same element.
                for index in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                    output[index] = transform(self[index])
                }
            }
        }
        return results.map { $0! }
    }
}

/// Pure CPU-bound work (analysing copy for the index, highlighting, rendering) moved off the
/// caller's thread. In the server that thread is an event loop that also answers cached pages
/// for every reader on its connections; a long analysis there would stall them all.
public enum CPUWork {
    /// Runs `work` on Dispatch's global pool and waits for it without blocking the caller;
    /// what it throws is thrown here (non-throwing work needs no `try`).
    public static func run<T: Sendable, E: Error>(_ work: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        let result: Result<T, E> = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: Result { () throws(E) -> T in try work() }) }
        }
        return try result.get()
    }
}
