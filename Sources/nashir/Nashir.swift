import ArgumentParser

/// The `nashir` command: the newsroom's one binary for serving, importing and exporting.
@main
struct Nashir: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nashir",
        abstract: "Nashir (ناشر): an Arabic-first news publishing system.",
        subcommands: [ServeCommand.self, ImportCommand.self, ExportCommand.self, SettingsCommand.self])
}

/// `--db`, shared by every command that touches the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file (created if missing).")
    var db: String = "./nashir.sqlite"
}

/// EX_DATAERR from sysexits.h: the input was wrong, not the program.
extension ExitCode {
    static let dataError = ExitCode(65)
    static let cannotCreate = ExitCode(73)
}
