import Foundation
import Mustache

/// A publisher's theme: Mustache templates and static assets in one folder, read at start-up,
/// so the look changes by editing files, not by recompiling.
public struct Theme: Sendable {
    /// The folder holding `templates/` and `assets/`.
    public let directory: URL
    let library: MustacheLibrary

    /// The templates every theme must provide: one per page model.
    static var requiredTemplates: [String] { PageModels.all.map { $0.template } }

    /// Loads the theme at `directory`, failing with the name of whatever is missing or broken.
    public init(directory: URL) async throws {
        self.directory = directory
        let templates = directory.appendingPathComponent("templates").path
        guard FileManager.default.fileExists(atPath: templates) else {
            throw ThemeError.missing(path: templates)
        }
        do {
            library = try await MustacheLibrary(directory: templates)
        } catch let error as MustacheLibrary.ParserError {
            throw ThemeError.invalidTemplate(file: error.filename, reason: "\(error.error)")
        }
        for name in Self.requiredTemplates where library.getTemplate(named: name) == nil {
            throw ThemeError.missing(path: "\(templates)/\(name).mustache")
        }
    }

    /// The folder served under `/assets/`.
    public var assetsDirectory: URL { directory.appendingPathComponent("assets") }

    /// Renders a page with the template its model names.
    func render(_ model: some PageModel) -> String {
        // Every page model's template exists: init refuses a theme without one.
        library.render(model, withTemplate: type(of: model).template) ?? ""
    }

    /// The theme shipped with Nashir, found next to the working directory or the executable.
    public static func locateDefault(executablePath: String = CommandLine.arguments.first ?? "") -> URL? {
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        var candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Themes/default")]
        // From .build/<triple>/<config>/nashir back up to the package root.
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("Themes/default"))
            folder = folder.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("templates").path) }
    }
}

/// Why a theme could not be loaded.
public enum ThemeError: Error, CustomStringConvertible {
    case missing(path: String)
    case invalidTemplate(file: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path): "theme is incomplete: \(path) does not exist"
        case .invalidTemplate(let file, let reason): "theme template \(file) cannot be parsed: \(reason)"
        }
    }
}
