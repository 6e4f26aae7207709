import Foundation
import NashirHTML

/// The section a page files its article under: the metadata's, else the breadcrumb trail's
/// last step before the article, else the category label themes print by the headline.
enum PageSection {
    /// Steps of a trail that name the site, not a section.
    static let homeWords: Set<String> = ["الرئيسية", "الصفحة الرئيسية", "الرئيسيه", "Home", "home", "Accueil", "أخبار"]
    /// Path segments of category pages across common CMSs.
    static let categoryPaths = ["/category/", "/categories/", "/section/", "/sections/", "/theme/", "/rubrique/", "/cat/", "/topics/", "/qism/"]

    static func find(page root: HTMLNode, metadata: PageMetadata, headline: String) -> String? {
        if let section = metadata.section.map(TextCleaning.line), !section.isEmpty { return section }
        let trail = LinkedData(page: root).breadcrumb + domBreadcrumb(root)
        if let step = trail.map(TextCleaning.line).last(where: { isSection($0, headline: headline) }) { return step }
        return labelBeforeHeadline(root, headline: headline)
    }

    private static func isSection(_ step: String, headline: String) -> Bool {
        !step.isEmpty && !homeWords.contains(step) && step != headline && PageHeadline.words(step) <= 4
    }

    /// The link texts of an element the theme calls a breadcrumb.
    private static func domBreadcrumb(_ root: HTMLNode) -> [String] {
        let trails = root.elements { (($0["class"] ?? "") + " " + ($0["id"] ?? "")).lowercased().contains("breadcrumb") }
        guard let trail = trails.first else { return [] }
        return trail.elements(named: "a").map { TextCleaning.line($0.text) }
    }

    /// The nearest category link before the page's h1, outside menus: the label many themes put
    /// over the headline.
    private static func labelBeforeHeadline(_ root: HTMLNode, headline: String) -> String? {
        var label: String?
        var found = false
        func walk(_ node: HTMLNode, inMenu: Bool) {
            guard !found, case .element(let name, _, let children) = node else { return }
            if name == "h1", TextCleaning.line(node.text) == headline { found = true; return }
            let menu = inMenu || ["nav", "li", "ul", "menu", "header"].contains(name)
            if name == "a", !menu, let href = node["href"]?.lowercased(), categoryPaths.contains(where: { href.contains($0) }) {
                let text = TextCleaning.line(node.text)
                if isSection(text, headline: headline) { label = text }
            }
            for child in children { walk(child, inMenu: menu) }
        }
        walk(root, inMenu: false)
        return found ? label : nil
    }
}
