import Hummingbird
import NashirRoutes

extension Request {
    /// The typed route this request asks for; a 404 when nothing lives at its path, a 400
    /// naming the parameter when the route's parameters are unusable.
    func route() throws -> SiteRoute {
        do {
            guard let route = try SiteRoute(path: Substring(uri.path), query: Substring(uri.query ?? "")) else { throw HTTPError(.notFound) }
            return route
        } catch let error as RouteError {
            throw HTTPError(.badRequest, message: error.message)
        }
    }
}
