import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 client for a server on 127.0.0.1, over a plain socket.
///
/// Why not URLSession: on Linux, FoundationNetworking rejects header lines without a space after
/// the colon ("Failed writing header"), and chromedriver sends exactly those (`Content-Length:250`),
/// which RFC 9112 allows. One request per connection keeps it small.
enum LoopbackHTTP {
    struct Response: Sendable {
        let status: Int
        let body: Data
    }

    struct Failure: Error, CustomStringConvertible {
        let reason: String
        var description: String { "HTTP to 127.0.0.1: \(reason)" }
    }

    /// Blocking socket calls run here, never on Swift concurrency's few cooperative threads.
    private static let queue = DispatchQueue(label: "nashir.browser-tests.http", attributes: .concurrent)

    static func send(_ method: String, port: Int, path: String, body: Data?, timeoutSeconds: Int = 60) async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try exchange(method, port: port, path: path, body: body, timeoutSeconds: timeoutSeconds) })
            }
        }
    }

    private static func exchange(_ method: String, port: Int, path: String, body: Data?, timeoutSeconds: Int) throws -> Response {
        #if os(Linux)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw Failure(reason: "socket() failed, errno \(errno)") }
        defer { close(socket) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))

        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(reason: "connect to port \(port) failed, errno \(errno)") }

        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\nAccept: application/json\r\n"
        if body != nil { head += "Content-Type: application/json; charset=utf-8\r\n" }
        head += "Content-Length: \(body?.count ?? 0)\r\n\r\n"
        try write(Data(head.utf8) + (body ?? Data()), to: socket)
        return try readResponse(from: socket)
    }

    private static func write(_ data: Data, to socket: Int32) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                #if os(Linux)
                let sent = Glibc.send(socket, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                #else
                let sent = Darwin.send(socket, buffer.baseAddress! + offset, buffer.count - offset, 0)
                #endif
                if sent < 0 && errno == EINTR { continue }
                guard sent > 0 else { throw Failure(reason: "send failed, errno \(errno)") }
                offset += sent
            }
        }
    }

    /// Reads one response: the head, then Content-Length bytes of body (chromedriver keeps the
    /// connection open whatever `Connection: close` says, so end-of-stream cannot mark the end).
    private static func readResponse(from socket: Int32) throws -> Response {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let separator = Data("\r\n\r\n".utf8)
        var head: (status: Int, bodyStart: Int, length: Int?)?
        while true {
            if head == nil, let end = data.firstRange(of: separator) {
                head = try parseHead(String(decoding: data[..<end.lowerBound], as: UTF8.self), bodyStart: end.upperBound)
            }
            if let head, let length = head.length, data.count - head.bodyStart >= length {
                return Response(status: head.status, body: Data(data[head.bodyStart..<(head.bodyStart + length)]))
            }
            let count = recv(socket, &buffer, buffer.count, 0)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw Failure(reason: "recv failed (timeout?), errno \(errno)") }
            if count == 0 {
                // Closed: without a Content-Length the body is whatever came.
                guard let head else { throw Failure(reason: "connection closed before a response head") }
                return Response(status: head.status, body: Data(data[head.bodyStart...]))
            }
            data.append(contentsOf: buffer[..<count])
        }
    }

    private static func parseHead(_ head: String, bodyStart: Int) throws -> (status: Int, bodyStart: Int, length: Int?) {
        let lines = head.split(separator: "\r\n")
        let parts = (lines.first ?? "").split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw Failure(reason: "bad status line «\(lines.first ?? "")»") }
        // chromedriver writes `Content-Length:250`, no space; trimming copes with either.
        let length = lines.first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) }
        return (status, bodyStart, length)
    }
}
