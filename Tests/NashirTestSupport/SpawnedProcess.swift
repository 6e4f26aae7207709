import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child started with `posix_spawn` and reaped with `waitpid`. Foundation's `Process` can miss
/// the exit of a quick child when many start at once from several threads, and its
/// `waitUntilExit` then never returns (a suite run hung on a zombie `nashir` for minutes), and its
/// `run` crashed once reading the descriptor list of a test process holding hundreds of files.
public struct SpawnedProcess: Sendable {
    public struct Failed: Error, CustomStringConvertible {
        public let description: String
    }

    public let pid: pid_t

    /// Starts `executable arguments…` with stdin read from, and stdout and stderr written to,
    /// the given files.
    public static func start(_ executable: String, _ arguments: [String], environment: [String: String], stdin: String, stdout: String, stderr: String) throws -> SpawnedProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let failed = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard failed == 0 else { throw Failed(description: "\(executable): \(String(cString: strerror(failed)))") }
        return SpawnedProcess(pid: pid)
    }

    /// Waits for the child and returns its exit status, or 128 and the signal that ended it.
    public func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return Self.decode(status)
    }

    /// The exit status once the child has ended (reaping it), nil while it runs.
    public func status() -> Int32? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        return result == pid ? Self.decode(status) : nil
    }

    private static func decode(_ status: Int32) -> Int32 {
        status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
