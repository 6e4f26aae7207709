import NashirDomain

/// Everything the web layer reads: articles, settings and the search index.
public typealias SiteStore = ArticleStore & SettingsStore & ArticleSearch
