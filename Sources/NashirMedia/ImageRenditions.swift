import CLibVips
import CVipsShim

/// Makes the renditions of an upload with libvips: decoded with EXIF orientation applied, in
/// sRGB, metadata (EXIF with its GPS position, XMP, ICC) stripped from every output. An animated
/// GIF or WebP gives its first frame.
public enum ImageRenditions {
    /// The widths of the WebP renditions a page offers in `srcset`.
    public static let widths = [480, 800, 1200]
    /// The Open Graph size (1.91:1) that Facebook, X and messaging apps show best.
    public static let socialSize = (width: 1200, height: 630)
    static let webpQuality: Int32 = 80
    static let jpegQuality: Int32 = 85

    /// Checks `bytes` (see `ImageUpload`) and makes their renditions.
    public static func make(from bytes: [UInt8], limits: MediaLimits = .standard) throws(MediaError) -> RenditionSet {
        try make(from: ImageUpload(bytes: bytes, limits: limits))
    }

    /// Makes the renditions of a checked upload. It decodes the image once per rendition: that lets
    /// libvips shrink while decoding (JPEG at 1/2 to 1/8, WebP at any scale), which costs less
    /// than holding the full-size pixels in memory to resize from.
    public static func make(from upload: ImageUpload) throws(MediaError) -> RenditionSet {
        try Vips.start()
        var responsive: [Rendition] = []
        for width in responsiveWidths(forWidth: upload.width) {
            responsive.append(try render(upload, role: .responsive, width: width, height: Int(VIPS_MAX_COORD), crop: VIPS_INTERESTING_NONE))
        }
        let box = socialBox(width: upload.width, height: upload.height)
        // Attention finds the busy, saturated, skin-toned part of the picture: faces stay in the card.
        let social = try render(upload, role: .social, width: box.width, height: box.height, crop: VIPS_INTERESTING_ATTENTION)
        return RenditionSet(sourceKind: upload.kind, width: upload.width, height: upload.height, responsive: responsive, social: social)
    }

    /// The responsive widths for an upload `width` pixels wide: the standard ones it can fill,
    /// or its own width when it is narrower than all of them, since enlarging only blurs.
    static func responsiveWidths(forWidth width: Int) -> [Int] {
        let fitting = widths.filter { $0 <= width }
        return fitting.isEmpty ? [width] : fitting
    }

    /// The social crop for an upload: 1200×630, or the largest box of those proportions the
    /// upload holds without enlarging.
    static func socialBox(width: Int, height: Int) -> (width: Int, height: Int) {
        let (targetWidth, targetHeight) = socialSize
        if width >= targetWidth && height >= targetHeight { return socialSize }
        if width * targetHeight >= height * targetWidth {
            return (min(width, max(1, (height * targetWidth + targetHeight / 2) / targetHeight)), height)
        }
        return (width, min(height, max(1, (width * targetHeight + targetWidth / 2) / targetWidth)))
    }

    private static func render(_ upload: ImageUpload, role: Rendition.Role, width: Int, height: Int, crop: VipsInteresting) throws(MediaError) -> Rendition {
        let kind: ImageKind = role == .social ? .jpeg : .webp
        let result: Result<Rendition, MediaError> = upload.bytes.withUnsafeBytes { raw in
            guard let image = nashir_vips_thumbnail(raw.baseAddress, raw.count, Int32(width), Int32(height), crop) else {
                return .failure(.undecodable(kind: upload.kind, reason: Vips.takeError()))
            }
            defer { g_object_unref(image) }
            var buffer: UnsafeMutableRawPointer?
            var length = 0
            // Pixels are decoded while saving, so a truncated file usually fails here.
            let failed = kind == .jpeg
                ? nashir_vips_save_jpeg(image, jpegQuality, &buffer, &length)
                : nashir_vips_save_webp(image, webpQuality, &buffer, &length)
            guard failed == 0 else {
                g_free(buffer)
                return .failure(.undecodable(kind: upload.kind, reason: Vips.takeError()))
            }
            return .success(Rendition(
                role: role, bytes: Vips.take(buffer, length: length),
                width: Int(vips_image_get_width(image)), height: Int(vips_image_get_height(image)), kind: kind))
        }
        return try result.get()
    }
}
