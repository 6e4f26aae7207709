/// The image formats Nashir accepts, as their bytes show them.
public enum ImageKind: String, Sendable, CaseIterable {
    case jpeg, png, webp, gif

    /// The IANA media type, for Content-Type.
    public var mediaType: String { "image/\(rawValue)" }

    /// The usual file extension, without the dot.
    public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }

    /// The libvips loader that must read this kind; any other loader means the bytes are not what
    /// their signature claims.
    var loader: String { "\(rawValue)load_buffer" }

    /// The kind the leading bytes announce, or nil. The filename and the declared Content-Type
    /// are never consulted: both come from the uploader and can say anything.
    public static func sniff(_ bytes: some Collection<UInt8>) -> ImageKind? {
        let head = Array(bytes.prefix(12))
        func starts(_ signature: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + signature.count && Array(head[offset..<offset + signature.count]) == signature
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
        return nil
    }
}
