import Foundation
import NashirDefaultTheme

/// A theme's files in memory, keyed by their path inside the theme (`templates/article.mustache`),
/// from a folder or from the copy of `Themes/default` built into the binary.
struct ThemeFiles: Sendable {
    /// Where the files came from, as errors and logs name it.
    let origin: String
    let contents: [String: Data]

    /// Every file under `directory`, hidden ones (`.DS_Store`, editors' swap files) left out.
    init(directory: URL) throws(ThemeError) {
        origin = directory.path
        let files = FileManager.default
        guard let walker = files.enumerator(atPath: directory.path) else { throw .missing(path: directory.path) }
        var contents: [String: Data] = [:]
        for case let path as String in walker where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let url = directory.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            do {
                contents[path] = try Data(contentsOf: url)
            } catch {
                throw .unreadable(path: url.path, reason: error.localizedDescription)
            }
        }
        self.contents = contents
    }

    /// The default theme carried by the binary (see `scripts/embed-default-theme.sh`).
    static func embeddedDefault() throws(ThemeError) -> ThemeFiles {
        var contents: [String: Data] = [:]
        for (path, base64) in DefaultThemeFiles.base64 {
            guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
                throw .unreadable(path: path, reason: "the built-in copy is not valid base64; run scripts/embed-default-theme.sh")
            }
            contents[path] = data
        }
        return ThemeFiles(origin: "built-in default theme", contents: contents)
    }

    private init(origin: String, contents: [String: Data]) {
        self.origin = origin
        self.contents = contents
    }

    /// A file's path as messages show it.
    func describe(_ path: String) -> String { origin + "/" + path }

    /// The files under `folder`, keyed by their path inside it.
    func files(under folder: String) -> [String: Data] {
        let prefix = folder + "/"
        return Dictionary(uniqueKeysWithValues: contents.compactMap { path, data in
            path.hasPrefix(prefix) ? (String(path.dropFirst(prefix.count)), data) : nil
        })
    }
}
