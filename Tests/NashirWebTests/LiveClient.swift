import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Requests over one kept-alive socket to an application started with `.test(.live)`, waiting
/// as long as a loaded run needs: HummingbirdTesting's own live client gives up after 15 s
/// without a byte, and the whole suite on two cores can keep a request's task queued that long.
struct LiveClient: Sendable {
    /// A response read off the socket.
    struct Response: Sendable {
        let head: HTTPResponse
        let body: ByteBuffer
        var status: HTTPResponse.Status { head.status }
        var headers: HTTPFields { head.headerFields }
        var text: String { String(buffer: body) }
    }

    fileprivate let client: TestClient

    /// Sends one request, as a browser on the same connection would, and waits for its answer.
    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> Response {
        var headers = headers
        headers[.connection] = "keep-alive"
        let response = try await client.execute(TestClient.Request(uri, method: method, authority: "localhost", headers: headers, body: body))
        return Response(head: response.head, body: response.body ?? ByteBuffer())
    }

    /// Posts a form, percent-encoded as `TestClientProtocol.post(_:form:as:)` does.
    func post(_ uri: String, form: [(String, String)], as credentials: Credentials) async throws -> Response {
        let (headers, body) = credentials.formRequest(form)
        return try await execute(uri: uri, method: .post, headers: headers, body: body)
    }
}

extension ApplicationProtocol {
    /// Runs the application on a loopback port and `body` against it through a `LiveClient`.
    func testLive(_ body: @escaping @Sendable (LiveClient) async throws -> Void) async throws {
        try await test(.live) { framework in
            let port = try #require(framework.port)
            let client = TestClient(host: "localhost", port: port, configuration: .init(timeout: .seconds(300)))
            client.connect()
            do {
                try await body(LiveClient(client: client))
            } catch {
                try? await client.shutdown()
                throw error
            }
            try await client.shutdown()
        }
    }
}
