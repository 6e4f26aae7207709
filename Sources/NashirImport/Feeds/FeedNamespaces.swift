/// Namespace URIs of the feed vocabularies the readers understand.
enum FeedNamespace {
    static let atom = "http://www.w3.org/2005/Atom"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let media = "http://search.yahoo.com/mrss/"
    static let rss1 = "http://purl.org/rss/1.0/"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let newsMLG2 = "http://iptc.org/std/nar/2006-10-01/"
    static let xhtml = "http://www.w3.org/1999/xhtml"
}
