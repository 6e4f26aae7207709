import CLibVips
import CVipsShim

/// An upload whose bytes passed every check that needs no decoding: not empty, small enough, a
/// supported kind by its signature, and a header within the pixel limits.
public struct ImageUpload: Sendable {
    /// The uploaded bytes, unchanged.
    public let bytes: [UInt8]
    /// The kind the bytes are, whatever the upload was called or declared as.
    public let kind: ImageKind
    /// The width as shown, after EXIF orientation (a portrait photo stored sideways is narrow).
    public let width: Int
    /// The height as shown, after EXIF orientation.
    public let height: Int

    /// Checks `bytes` against `limits` reading only the image header, so a file that would
    /// decode to gigapixels is refused before its pixels cost memory or time.
    ///
    /// The declared Content-Type and the filename are not taken: a PNG uploaded as photo.jpg is
    /// a PNG. Every rendition is re-encoded from the decoded pixels, so a wrong label cannot reach
    /// a reader, and refusing it would only stop editors whose tools misname files.
    public init(bytes: [UInt8], limits: MediaLimits = .standard) throws(MediaError) {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= limits.maxBytes else { throw .tooManyBytes(count: bytes.count, limit: limits.maxBytes) }
        guard let kind = ImageKind.sniff(bytes) else { throw .unsupportedType }
        try Vips.start()
        let size = bytes.withUnsafeBytes { raw in Self.readHeader(raw, kind: kind) }
        let (width, height) = try size.get()
        guard width <= limits.maxSide, height <= limits.maxSide, width * height <= limits.maxPixels else {
            throw .tooManyPixels(width: width, height: height, limits: limits)
        }
        self.bytes = bytes
        self.kind = kind
        self.width = width
        self.height = height
    }

    private static func readHeader(_ raw: UnsafeRawBufferPointer, kind: ImageKind) -> Result<(Int, Int), MediaError> {
        // libvips picks its loader by its own sniffing and knows formats Nashir does not accept
        // (SVG, TIFF, PDF …); the bytes must go to the loader their signature names.
        guard let loader = nashir_vips_loader(raw.baseAddress, raw.count) else {
            return .failure(.undecodable(kind: kind, reason: Vips.takeError()))
        }
        guard String(cString: loader) == kind.loader else { return .failure(.unsupportedType) }
        guard let image = nashir_vips_open_header(raw.baseAddress, raw.count) else {
            return .failure(.undecodable(kind: kind, reason: Vips.takeError()))
        }
        defer { g_object_unref(image) }
        let width = Int(vips_image_get_width(image)), height = Int(vips_image_get_height(image))
        return .success(vips_image_get_orientation_swap(image) != 0 ? (height, width) : (width, height))
    }
}
