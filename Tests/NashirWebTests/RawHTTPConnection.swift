import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One TCP connection speaking HTTP/1.1 by hand: for what a client library smooths over, such as
/// several requests written at once (pipelining) and the exact responses that come back.
struct RawHTTPConnection {
    /// One response as it came off the wire.
    struct Response {
        let status: Int
        /// Header names in lower case.
        let headers: [String: String]
        let body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    enum Failure: Error { case connect, write, read, malformed(String) }

    /// Writes `requests` to a fresh connection to `port` in one write, then reads one response for
    /// each; `methods` says which had no body coming back (HEAD).
    static func exchange(port: Int, requests: [(method: String, target: String)], timeout: Int = 60) throws -> [Response] {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure.connect }
        defer { close(fd) }
        var wait = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure.connect }
        let text = requests.map { "\($0.method) \($0.target) HTTP/1.1\r\nHost: localhost\r\nUser-Agent: Mozilla/5.0 (tests)\r\n\r\n" }.joined()
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == bytes.count else { throw Failure.write }
        var received: [UInt8] = []
        var responses: [Response] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while responses.count < requests.count {
            if let (response, used) = try parse(received, headOnly: requests[responses.count].method == "HEAD") {
                responses.append(response)
                received.removeFirst(used)
                continue
            }
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure.read }
            received += chunk[0..<count]
        }
        return responses
    }

    /// The first response in `bytes` and how many bytes it took; nil while it is incomplete.
    private static func parse(_ bytes: [UInt8], headOnly: Bool) throws -> (Response, Int)? {
        let end: [UInt8] = Array("\r\n\r\n".utf8)
        guard let split = (0..<max(0, bytes.count - 3)).first(where: { bytes[$0..<$0 + 4].elementsEqual(end) }) else { return nil }
        let lines = String(decoding: bytes[0..<split], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure.malformed(lines[0]) }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { throw Failure.malformed(line) }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = headOnly || status == 304 || status == 204 ? 0 : Int(headers["content-length"] ?? "0") ?? 0
        let start = split + 4
        guard bytes.count >= start + length else { return nil }
        return (Response(status: status, headers: headers, body: Array(bytes[start..<start + length])), start + length)
    }
}
