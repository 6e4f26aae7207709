import Foundation
import NashirSQLite
import NashirDomain

/// A fresh folder per test, removed when the value is released.
public final class TemporaryDirectory: Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("nashir-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `contents` to a file in this folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ contents: Data) throws -> String {
        let path = path(name)
        try contents.write(to: URL(fileURLWithPath: path))
        return path
    }

    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    /// A real SQLite file in this folder, migrated and ready.
    public func store(_ name: String = "nashir.sqlite", clock: TimeSource = .system) throws -> SQLiteStore {
        try SQLiteStore(path: path(name), clock: clock)
    }
}
