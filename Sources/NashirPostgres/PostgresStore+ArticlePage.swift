import NashirDomain

/// The composed default: the page's parts from separate queries, `finish` run off the caller's
/// thread. Each query is a round trip to the server anyway, so one more hop saves nothing here.
extension PostgresStore: ArticlePageReading {}
