/// Why an image was refused or could not be stored: `description` in English for the log,
/// `arabicMessage` for the editor who uploaded it.
public enum MediaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The upload has no bytes.
    case empty
    /// The bytes are not a JPEG, PNG, WebP or GIF, whatever the file is called.
    case unsupportedType
    /// More bytes than `limit`.
    case tooManyBytes(count: Int, limit: Int)
    /// The header announces more pixels, or a longer side, than the limits allow.
    case tooManyPixels(width: Int, height: Int, limits: MediaLimits)
    /// The signature is right but libvips cannot decode the image: truncated or corrupt.
    case undecodable(kind: ImageKind, reason: String)
    /// libvips could not start, so no image can be processed.
    case processingUnavailable(reason: String)
    /// A rendition could not be written to disk.
    case cannotStore(path: String, reason: String)

    public var description: String {
        switch self {
        case .empty: "the upload is empty"
        case .unsupportedType: "not a JPEG, PNG, WebP or GIF image"
        case .tooManyBytes(let count, let limit): "the upload has \(count) bytes, over the limit of \(limit)"
        case .tooManyPixels(let width, let height, let limits):
            "the image is \(width)×\(height) pixels, over the limit of \(limits.maxPixels) pixels or \(limits.maxSide) a side"
        case .undecodable(let kind, let reason): "the \(kind.rawValue.uppercased()) image cannot be decoded: \(reason)"
        case .processingUnavailable(let reason): "image processing is unavailable: \(reason)"
        case .cannotStore(let path, let reason): "cannot write \(path): \(reason)"
        }
    }

    /// What an editor reads, in Arabic; limits are in the units an editor knows (MB, megapixels).
    public var arabicMessage: String {
        switch self {
        case .empty: "الملف فارغ"
        case .unsupportedType: "نوع الملف غير مدعوم: يُقبل JPEG وPNG وWebP وGIF"
        case .tooManyBytes(_, let limit): "الصورة أكبر من الحد المسموح (\(limit / (1024 * 1024)) ميغابايت)"
        case .tooManyPixels(_, _, let limits):
            "أبعاد الصورة كبيرة جدًا: الحد \(limits.maxPixels / 1_000_000) ميغابكسل و\(limits.maxSide) بكسل للضلع الأطول"
        case .undecodable: "تعذّرت قراءة الصورة: الملف تالف أو ناقص"
        case .processingUnavailable: "معالجة الصور غير متاحة حاليًا على الخادم"
        case .cannotStore: "تعذّر حفظ الصورة على الخادم"
        }
    }
}
