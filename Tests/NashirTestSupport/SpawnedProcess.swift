import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child started with `posix_spawn` and reaped with `waitpid`. Foundation's `Process` can miss
/// the exit of a quick child when many start at once from several threads, and its
/// `waitUntilExit` then never returns (a suite run hung on a zombie `nashir` for minutes). Its
/// `run` also lists `/proc/self/fd` to close every descriptor in the child, and copying each
/// entry's whole 256-byte name overreads the listing's buffer: two CI runs crashed there
/// (SIGSEGV) while the test process held some 1,600 descriptors. No test starts one.
public struct SpawnedProcess: Sendable {
    public struct Failed: Error, CustomStringConvertible {
        public let description: String
    }

    public let pid: pid_t

    /// Starts `executable arguments…` with stdin read from, and stdout and stderr written to,
    /// the given files (one file opened once when both are the same), in `directory` when given.
    /// The child inherits no other descriptor of the test process.
    public static func start(
        _ executable: String, _ arguments: [String], environment: [String: String], stdin: String, stdout: String, stderr: String,
        directory: String? = nil
    ) throws -> SpawnedProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if stderr == stdout {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        if let closeFrom = GlibcExtensions.closeFrom { _ = closeFrom(&actions, 3) }
        if let directory {
            // Foundation changes the whole test process's directory around the spawn instead.
            guard let changeDirectory = GlibcExtensions.changeDirectory else {
                throw Failed(description: "\(executable): this C library cannot start a child in another directory")
            }
            _ = changeDirectory(&actions, directory)
        }
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

/// glibc's spawn actions that Swift's Glibc module leaves out (they need `_GNU_SOURCE`), looked
/// up at run time.
private enum GlibcExtensions {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias ChangeDirectory = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    static let closeFrom = symbol("posix_spawn_file_actions_addclosefrom_np", as: CloseFrom.self)
    static let changeDirectory = symbol("posix_spawn_file_actions_addchdir_np", as: ChangeDirectory.self)

    private static func symbol<F>(_ name: String, as type: F.Type) -> F? {
        guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(address, to: type)
    }
}
