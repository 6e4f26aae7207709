import Foundation
import NashirDomain
import NashirRoutes

extension SearchParameters {
    /// The domain's search for these parameters: days are read in the newsroom's time zone,
    /// `to` included whole.
    func searchRequest(timeZone: TimeZone, limit: Int, offset: Int) -> SearchRequest {
        let start = from.flatMap { SearchParameters.startOfDay($0, in: timeZone) }
        let end = to.flatMap { SearchParameters.startOfDay($0, in: timeZone) }
        return SearchRequest(
            text: text, sectionSlug: section, tagSlug: tag, publishedFrom: start,
            publishedBefore: end.map { $0.addingTimeInterval(86_400) }, limit: limit, offset: offset)
    }
}
