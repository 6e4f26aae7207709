import Dispatch

/// Runs async store calls from the evaluation's synchronous loop (its own thread, never one of
/// the pool's, so waiting here cannot starve the task).
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// Hands a result from a task to the thread waiting for it.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
