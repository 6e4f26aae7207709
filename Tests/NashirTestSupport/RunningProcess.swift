import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A long-running child of a test (a server, nginx, chromedriver) started with
/// `SpawnedProcess`: asked whether it still runs, stopped with SIGTERM and then SIGKILL, and its
/// status kept once reaped, since a child can be reaped only once.
public final class RunningProcess: Sendable {
    public let pid: pid_t
    private let child: SpawnedProcess
    private let ended = Mutex<Int32?>(nil)

    /// Starts `executable arguments…` with no input and everything it prints written to
    /// `output` (nothing kept when nil), in `directory` when given, with `environment` (this
    /// process's when nil).
    public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, output: String? = nil, directory: String? = nil) throws {
        let output = output ?? "/dev/null"
        child = try SpawnedProcess.start(
            executable, arguments, environment: environment ?? ProcessInfo.processInfo.environment,
            stdin: "/dev/null", stdout: output, stderr: output, directory: directory)
        pid = child.pid
    }

    /// The exit status (128 + signal when a signal ended it), nil while the child runs.
    public var terminationStatus: Int32? {
        ended.withLock { ended in
            if ended == nil { ended = child.status() }
            return ended
        }
    }

    public var isRunning: Bool { terminationStatus == nil }

    /// Sends SIGTERM and returns at once.
    public func terminate() {
        if isRunning { kill(pid, SIGTERM) }
    }

    /// SIGTERM, up to five seconds for the child to end, then SIGKILL; returns once it is reaped.
    public func stop() {
        guard isRunning else { return }
        kill(pid, SIGTERM)
        let deadline = ContinuousClock.now + .seconds(5)
        while isRunning, ContinuousClock.now < deadline { usleep(50_000) }
        forceStop()
    }

    /// SIGKILL, and returns once the child is reaped.
    public func forceStop() {
        guard isRunning else { return }
        kill(pid, SIGKILL)
        ended.withLock { ended in
            if ended == nil { ended = child.wait() }
        }
    }
}
