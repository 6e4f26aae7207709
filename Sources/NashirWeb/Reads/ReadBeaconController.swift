import HTTPTypes
import Hummingbird
import NashirRoutes

/// `POST /read/{id}`: the beacon article pages send, so a view still counts when a CDN served
/// the page and the origin never saw it. It answers 204 and nothing else; a view the page
/// request already counted is a repeat and counts nothing.
struct ReadBeaconController: Sendable {
    let counter: ReadCounter
    let configuration: NewsroomConfiguration

    func register(on router: Router<AppRequestContext>) {
        router.post(RouterPath(SiteRoute.Kind.readBeacon.pattern)) { request, context in
            let origin = ClientOrigin(request: request, context: context, configuration: configuration)
            counter.view(
                path: Substring(request.uri.path), userAgent: request.headers[.userAgent], address: origin.address,
                purpose: request.headers[.secPurpose] ?? request.headers[.purpose])
            return Response(status: .noContent)
        }
    }
}

extension HTTPField.Name {
    static let secPurpose = Self("Sec-Purpose")!
    static let purpose = Self("Purpose")!
}
