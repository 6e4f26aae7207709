/// Reads one source format (page text, JSON Lines, …) into drafts; `ImporterRegistry` lists them.
public protocol ArticleImporter: Sendable {
    /// The name `--format` selects this importer by.
    var format: ImportFormat { get }
    /// Whether the content of `path` looks like this format; `--format auto` takes the first that says yes.
    func sniff(path: String, text: String) -> Bool
    /// Reads a whole file's text into drafts, all or nothing; `file` is the name problems report.
    func read(_ text: String, file: String) throws(ImportError) -> ImportBatch
}
