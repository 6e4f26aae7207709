import Foundation
import Mustache

/// A publisher's theme: Mustache templates, UI strings and static assets, read into memory at
/// start-up, so the look changes by editing files, not by recompiling.
public struct Theme: Sendable {
    /// Where the theme was read from: its folder, or the binary for the built-in default.
    public let origin: String
    let library: MustacheLibrary
    let strings: ThemeStrings
    let assets: ThemeAssets
    /// The names of the site's parts (`templates/site-parts/header.mustache` is `header`).
    let siteParts: [String]

    /// Where the site's parts live: the header, menus and footer every page shares, rendered
    /// once per change of the site (its settings, its sections) with `site` and `strings`, not
    /// on every page, and printed by the layout as `{{{site.parts.header}}}`. They were a
    /// quarter of an article page's render.
    static let sitePartsFolder = "site-parts/"

    /// The templates every theme must provide: one per page model.
    static var requiredTemplates: [String] { PageModels.all.map { $0.template } }

    /// Loads the theme at `directory`, failing with the name of whatever is missing or broken.
    public init(directory: URL) throws {
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("templates").path) else {
            throw ThemeError.missing(path: directory.appendingPathComponent("templates").path)
        }
        try self.init(files: ThemeFiles(directory: directory))
    }

    /// The default theme, built into the binary: what `nashir serve` wears without `--theme`,
    /// wherever the binary is copied.
    public init() throws {
        try self.init(files: ThemeFiles.embeddedDefault())
    }

    init(files: ThemeFiles) throws(ThemeError) {
        origin = files.origin
        var sources: [String: String] = [:]
        var library = MustacheLibrary()
        for (path, data) in files.files(under: "templates") where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            let source = String(decoding: data, as: UTF8.self)
            do {
                library.register(try MustacheTemplate(string: ByteEscapedHTML.pragma + source), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let at = error.context
                let line = at.lineNumber - 1 // the pragma's line is not the file's
                throw .invalidTemplate(file: files.describe("templates/" + path), reason: "line \(line), column \(at.columnNumber): \(error.error)")
            } catch {
                throw .invalidTemplate(file: files.describe("templates/" + path), reason: "\(error)")
            }
            sources[name] = source
        }
        for name in Self.requiredTemplates where sources[name] == nil {
            throw .missing(path: files.describe("templates/\(name).mustache"))
        }
        let stringsPath = files.describe("strings.json")
        guard let json = files.contents["strings.json"] else { throw .missing(path: stringsPath) }
        strings = try ThemeStrings(json: json, file: stringsPath)
        // A key a template prints but the file lacks would render as nothing, silently.
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for key in Self.stringKeys(in: source) where strings.table[key] == nil {
                throw .missingString(key: key, file: stringsPath, neededBy: "templates/\(name).mustache")
            }
        }
        assets = ThemeAssets(files: files.files(under: "assets"))
        for name in SiteChrome.assetNames where !assets.contains(name) {
            throw .missing(path: files.describe("assets/" + name))
        }
        siteParts = sources.keys.filter { $0.hasPrefix(Self.sitePartsFolder) }.map { String($0.dropFirst(Self.sitePartsFolder.count)) }.sorted()
        self.library = library
    }

    /// The site's parts rendered for `site`, by name, each without its file's last line break:
    /// the layout prints a part on a line of its own, as it would write the markup.
    func renderSiteParts(_ site: SiteChrome) -> [String: String] {
        let model = ReflectedFields(SitePartsModel(site: site, strings: strings))
        return Dictionary(uniqueKeysWithValues: siteParts.map { name in
            let rendered = library.render(model, withTemplate: Self.sitePartsFolder + name) ?? ""
            return (name, rendered.last?.isNewline == true ? String(rendered.dropLast()) : rendered)
        })
    }

    /// Renders a page with the template its model names.
    func render(_ model: some PageModel) -> String {
        render(ReadModel(model))
    }

    /// Renders a model read ahead of the render.
    func render(_ model: ReadModel) -> String {
        // Every page model's template exists: init refuses a theme without one.
        library.render(model.fields, withTemplate: model.template) ?? ""
    }

    /// The keys a template prints as `{{strings.key}}` (escaped or not).
    static func stringKeys(in source: String) -> [String] {
        source.matches(of: /\{\{[{&]?\s*strings\.([A-Za-z0-9_]+)/).map { String($0.output.1) }
    }
}
