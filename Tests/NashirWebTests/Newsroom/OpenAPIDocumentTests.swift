import Foundation
import HTTPTypes
import HummingbirdTesting
import NashirTestSupport
import NashirWeb
import Testing

/// The API document and the router are one thing: every `/api/v1/` route is described, and
/// nothing is described that the router does not answer.
@Suite struct OpenAPIDocumentTests {
    @Test func theDocumentDescribesExactlyTheRoutesTheRouterAnswers() async throws {
        let site = try await SiteFixture()
        let text = Recorder<String>()
        try await site.test { client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(response.status == .ok && response.headers[.contentType] == "application/json; charset=utf-8")
            text.record(response.text)
        }
        let served = try #require(try JSONSerialization.jsonObject(with: Data(text.take().joined().utf8)) as? [String: Any])
        #expect(served["openapi"] as? String == "3.1.0")
        let paths = try #require(served["paths"] as? [String: [String: Any]])
        let methods = Set(["get", "put", "post", "delete", "patch"])
        let described = Set(paths.flatMap { path, operations in
            operations.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" }
        })
        let routed = Set(registeredRoutes(store: site.store, configuration: WebConfiguration(theme: try Theme()))
            .filter { $0.contains(" /api/") })
        #expect(routed.subtracting(described).isEmpty, "routes the document lacks: \(routed.subtracting(described).sorted())")
        #expect(described.subtracting(routed).isEmpty, "documented routes nobody answers: \(described.subtracting(routed).sorted())")
    }
}
