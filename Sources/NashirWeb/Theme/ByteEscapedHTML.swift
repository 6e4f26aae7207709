import Mustache

/// Mustache's HTML escaping, done over bytes: the same five replacements as its own, which
/// walks Characters and looks each up in a dictionary, a tenth of an article page's render.
struct ByteEscapedHTML: MustacheContentType {
    /// Put before every template: Mustache starts each template, partials included, with its own
    /// escaping, and the pragma alone on its line prints nothing.
    static let pragma: String = {
        MustacheContentTypes.register(ByteEscapedHTML(), named: "NASHIR_HTML")
        return "{{%CONTENT_TYPE:NASHIR_HTML}}\n"
    }()

    func escapeText(_ text: String) -> String { HTMLText.escape(text) }
}
