import HTTPTypes
import NIOCore
import Synchronization

/// A cached page's status line and headers, Date included, as the bytes that go on the wire:
/// made once a second for each form of the page (plain, gzip), so a cache hit writes two
/// finished buffers instead of building, converting and encoding headers per request.
final class WireHeads: Sendable {
    private struct Made {
        var second = -1
        var plain: ByteBuffer?
        var gzip: ByteBuffer?
    }

    private let made = Mutex(Made())

    /// The head of a 200 response with `headers`, dated `date` (the second it stands for),
    /// naming `server`; `gzip` picks which form's copy to keep.
    func head(gzip: Bool, headers: HTTPFields, second: Int, date: String, server: String) -> ByteBuffer {
        made.withLock { made in
            if made.second != second { made = Made(second: second) }
            if let ready = gzip ? made.gzip : made.plain { return ready }
            let head = Self.encode(headers, date: date, server: server)
            if gzip { made.gzip = head } else { made.plain = head }
            return head
        }
    }

    /// HTTP/1.1 framing of a 200 response's head (RFC 9112 §4, §5).
    static func encode(_ headers: HTTPFields, date: String, server: String) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(1024)
        buffer.writeString("HTTP/1.1 200 OK\r\n")
        for field in headers where field.name != .date && field.name != .server {
            buffer.writeString(field.name.rawName)
            buffer.writeString(": ")
            buffer.writeString(field.value)
            buffer.writeString("\r\n")
        }
        buffer.writeString("Date: \(date)\r\nServer: \(server)\r\n\r\n")
        return buffer
    }
}
