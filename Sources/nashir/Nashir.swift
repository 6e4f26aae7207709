import ArgumentParser
import Dispatch
import Foundation
import NIOCore
import NIOPosix

/// Starts the process: hands Swift concurrency to NIO's event loops before any task runs, so a
/// request's async work continues on the thread that read it instead of hopping between pools.
@main
enum Main {
    static func main() {
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        Task {
            await Nashir.main()
            exit(0)
        }
        dispatchMain()
    }
}

/// The `nashir` command: the newsroom's one binary for serving, importing and exporting.
struct Nashir: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nashir",
        abstract: "Nashir (ناشر): an Arabic-first news publishing system.",
        subcommands: [ServeCommand.self, ImportCommand.self, ExportCommand.self, ReindexCommand.self, SearchCommand.self, SettingsCommand.self,
                      UserCommand.self, TokenCommand.self, SourcesCommand.self, IngestCommand.self, CheckCommand.self, BackupCommand.self,
                      RestoreCommand.self, CopyCommand.self])
}

/// `--db`, shared by every command that touches the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file (created if missing), or a postgres://user:password@host:port/database URL.")
    var db: String = "./nashir.sqlite"
}

/// EX_DATAERR from sysexits.h: the input was wrong, not the program.
extension ExitCode {
    static let dataError = ExitCode(65)
    static let cannotCreate = ExitCode(73)
}
