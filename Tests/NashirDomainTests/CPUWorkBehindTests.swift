import Foundation
import NashirDomain
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct CPUWorkBehindTests {
    /// The work's thread and every thread its `concurrentMap` ran a transform on.
    private final class Threads: Sendable {
        let seen = Mutex<Set<UInt>>([])
        func note() { seen.withLock { _ = $0.insert(UInt(pthread_self())) } }
    }

    @Test func workBehindMapsInOrderOnItsOwnThreadAtALowerPriority() async {
        let threads = Threads()
        let numbers = Array(0..<20_000)
        let creator = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        let (mapped, own, niceness) = await CPUWork.runBehind { () -> ([Int], UInt, Int32) in
            let own = UInt(pthread_self())
            let mapped = numbers.concurrentMap(minimumChunk: 16) { number -> Int in
                threads.note()
                // Enough work per element that a pool would take chunks on other threads.
                return (0..<50).reduce(number) { ($0 &* 31 &+ $1) % 1_000_003 }
            }
            return (mapped, own, getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0))
        }
        #expect(mapped == numbers.map { number in (0..<50).reduce(number) { ($0 &* 31 &+ $1) % 1_000_003 } })
        #expect(threads.seen.withLock { $0 } == [own])
        #if os(Linux)
        // The pool's threads run at the process's niceness, so whichever started the thread.
        #expect(niceness == min(19, creator + 10))
        #endif
    }
}
