import Foundation
import NashirDomain
import NashirHTML

extension ImportFormat {
    /// A saved web page: one article, its copy found by boilerplate removal.
    public static let html = ImportFormat(name: "html")
}

/// Reads a saved article page (`PageReader`) as one article on the incoming list, keyed by its
/// address when the page states one, else by the file's name and headline like a page dump.
public struct HTMLPageImporter: ArticleImporter {
    public var reader: PageReader

    public init(reader: PageReader = PageReader()) {
        self.reader = reader
    }

    public var format: ImportFormat { .html }

    /// An HTML document by its name or by how it opens; a fragment of tags is not a page.
    public func sniff(path: String, text: String) -> Bool {
        let opening = text.prefix(2048).lowercased()
        if opening.contains("<!doctype html") || opening.contains("<html") { return true }
        let name = path.lowercased()
        return (name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml")) && opening.contains("<body")
    }

    public func read(_ text: String, file: String) throws(ImportError) -> ImportBatch {
        var draft = try reader.read(text, file: file)
        if draft.content.origin.key.isEmpty {
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            draft.content.origin = ArticleOrigin(source: "html", key: PageTextImporter.key(name: name, headline: draft.content.headline))
        }
        return ImportBatch(drafts: [ImportedDraft(draft: draft, position: SourcePosition(file: file, line: 1))])
    }
}
