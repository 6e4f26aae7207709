import Foundation

/// A W3C WebDriver error reply (or a transport failure), with the driver's own message.
struct WebDriverError: Error, CustomStringConvertible {
    let error: String
    let message: String
    let command: String

    var description: String { "WebDriver \(command) failed: \(error): \(message)" }
}

/// JSON over HTTP to one chromedriver; every reply's `value` is returned, or its error thrown.
struct WebDriverClient: Sendable {
    /// chromedriver's port on 127.0.0.1.
    let port: Int

    func get(_ path: String) async throws -> JSON {
        try await send("GET", path, body: nil)
    }

    func post(_ path: String, _ body: JSON = [:]) async throws -> JSON {
        try await send("POST", path, body: body)
    }

    func delete(_ path: String) async throws -> JSON {
        try await send("DELETE", path, body: nil)
    }

    private func send(_ method: String, _ path: String, body: JSON?) async throws -> JSON {
        let command = "\(method) \(path)"
        let data: Data
        do {
            // Starting Chromium on a busy 2-core machine can take several seconds.
            let body = try body.map { try JSONEncoder().encode($0) }
            data = try await LoopbackHTTP.send(method, port: port, path: path, body: body, timeoutSeconds: 60).body
        } catch {
            throw WebDriverError(error: "transport", message: "\(error)", command: command)
        }
        let reply: JSON
        do {
            reply = try JSONDecoder().decode(JSON.self, from: data)
        } catch {
            let text = String(decoding: data.prefix(300), as: UTF8.self)
            throw WebDriverError(error: "bad reply", message: text, command: command)
        }
        let value = reply["value"] ?? .null
        if let error = value["error"]?.string {
            throw WebDriverError(error: error, message: value["message"]?.string ?? "", command: command)
        }
        return value
    }
}
