/// How big an upload may be, checked on the bytes and the header before any pixel is decoded.
public struct MediaLimits: Sendable, Equatable {
    /// The largest upload in bytes.
    public var maxBytes: Int
    /// The most pixels (width × height) an image may decode to.
    public var maxPixels: Int
    /// The longest side in pixels, so a 40-megapixel strip 100,000 pixels long is refused too.
    public var maxSide: Int

    public init(maxBytes: Int = 20 * 1024 * 1024, maxPixels: Int = 40_000_000, maxSide: Int = 12_000) {
        self.maxBytes = maxBytes
        self.maxPixels = maxPixels
        self.maxSide = maxSide
    }

    /// 20 MiB, 40 megapixels, 12,000 pixels a side.
    public static let standard = MediaLimits()
}
