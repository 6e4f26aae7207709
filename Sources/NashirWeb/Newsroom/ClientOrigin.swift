import Foundation
import HTTPTypes
import Hummingbird

/// The client's address and whether it used https, believing forwarding headers only from
/// configured proxies.
struct ClientOrigin: Sendable {
    let address: String
    let isSecure: Bool

    init(request: Request, context: AppRequestContext, configuration: NewsroomConfiguration) {
        let peer = context.peerAddress ?? "unknown"
        guard configuration.trustedProxies.contains(peer) else {
            address = peer
            isSecure = configuration.secureCookies
            return
        }
        // The last hop that is not itself a trusted proxy is the client.
        let forwarded = (request.headers[.xForwardedFor] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        address = forwarded.last(where: { !configuration.trustedProxies.contains($0) && !$0.isEmpty }) ?? peer
        let proto = request.headers[.xForwardedProto]?.split(separator: ",").first?.trimmingCharacters(in: .whitespaces).lowercased()
        isSecure = configuration.secureCookies || proto == "https"
    }
}

extension HTTPField.Name {
    static let xForwardedFor = Self("X-Forwarded-For")!
    static let xForwardedProto = Self("X-Forwarded-Proto")!
}
