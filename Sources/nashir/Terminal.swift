import NashirDomain
import Foundation

/// Writing to the terminal: messages to stderr, data to stdout, progress only where a person looks.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("nashir: error: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// True when stderr is a terminal, so progress lines can redraw in place.
    static var isInteractive: Bool { isatty(STDERR_FILENO) != 0 }

    /// Redraws one progress line on a terminal; silent when piped, so logs stay clean.
    static func progress(_ message: String) {
        guard isInteractive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(message)".utf8))
    }

    static func endProgress() {
        guard isInteractive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// 12345 → "12,345", for counts people read.
    static func count(_ value: Int) -> String {
        value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
    }
}

extension Terminal {
    /// «N articles, M accounts, K records in all», for copies, backups and restores.
    static func describe(_ summary: CopySummary) -> String {
        "\(count(summary.articles)) articles, \(count(summary.accounts)) accounts, \(count(summary.records)) records in all"
    }
}
