/// A page the theme renders: the name of its template and what every page's layout prints.
/// Templates see stored properties only (Mustache reads them by reflection).
protocol PageModel: Sendable {
    /// The template in the theme's `templates/` folder that renders this model.
    static var template: String { get }
    /// The header, menus and footer.
    var site: SiteChrome { get }
    /// The theme's UI text, printed as `{{strings.key}}`.
    var strings: ThemeStrings { get }
    /// The document's `<title>`.
    var title: String { get }
}

/// Every page model, so a theme must provide each one's template and tests can render them all.
enum PageModels {
    static let all: [any PageModel.Type] = [ArticlePage.self, FrontPage.self, ListPage.self, ArchiveIndexPage.self, SearchPage.self, NotFoundPage.self, ErrorPage.self]
}
