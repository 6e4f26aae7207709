import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension CPUWork {
    /// Runs `work` on a thread of its own at a lower scheduling priority, where `concurrentMap`
    /// keeps to that thread: for work that should take only the CPU the busy threads leave,
    /// such as parsing an import's next file while its single writer saves this one. At the
    /// usual priority that parse took two thirds of the two cores from the writer for the
    /// first half-second of every file.
    public static func runBehind<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                #if os(Linux)
                // Linux's niceness belongs to the thread, not the process; relative to the
                // creator's, which the thread starts with (only root may lower it again).
                let who = __priority_which_t(PRIO_PROCESS.rawValue)
                _ = setpriority(who, 0, min(19, getpriority(who, 0) + BehindThread.niceness))
                #endif
                BehindThread.markCurrent()
                continuation.resume(returning: work())
            }
            thread.name = "nashir-behind"
            thread.start()
        }
    }
}

/// Which threads `CPUWork.runBehind` started: a thread-specific mark, cheap to read on every
/// `concurrentMap`.
enum BehindThread {
    /// How much nicer those threads are than the one that starts them: the scheduler then
    /// gives a thread of normal priority about ten times their share of a contended core.
    static let niceness: Int32 = 10

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    static var isCurrent: Bool { pthread_getspecific(key) != nil }

    static func markCurrent() { pthread_setspecific(key, UnsafeRawPointer(bitPattern: 1)) }
}
