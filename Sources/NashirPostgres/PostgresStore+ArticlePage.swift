import NashirDomain

/// The composed default: the page's parts from separate queries, `prepare` and `finish` run in
/// turn off the caller's thread. Each query is a round trip to the server anyway, so one more
/// hop saves nothing here.
extension PostgresStore: ArticlePageReading {}
