import CVipsTestImages
import CLibVips
@testable import NashirMedia

/// Test pictures made by libvips at run time, and what libvips reads back from encoded bytes.
enum TestImage {
    /// A gradient `width` × `height` encoded as `kind`.
    static func make(_ kind: ImageKind, width: Int, height: Int, transparent: Bool = false, orientation: Int = 1, exif: [UInt8]? = nil) throws -> [UInt8] {
        try Vips.start()
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        let failed = (exif ?? []).withUnsafeBytes { blob in
            nashir_test_encode(Int32(width), Int32(height), transparent ? 1 : 0, Int32(orientation),
                               exif == nil ? nil : blob.baseAddress, blob.count, ".\(kind.fileExtension)", &buffer, &length)
        }
        guard failed == 0 else { throw TestImageError(message: Vips.takeError()) }
        return Vips.take(buffer, length: length)
    }

    /// What every pixel of `bytes` decodes to, or nil when the decoder reports any problem.
    static func decode(_ bytes: [UInt8]) throws -> (width: Int, height: Int, bands: Int, average: Double)? {
        try Vips.start()
        var width: Int32 = 0, height: Int32 = 0, bands: Int32 = 0, average = 0.0
        let failed = bytes.withUnsafeBytes { nashir_test_decode($0.baseAddress, $0.count, &width, &height, &bands, &average) }
        if failed != 0 { _ = Vips.takeError(); return nil }
        return (Int(width), Int(height), Int(bands), average)
    }

    /// Whether libvips finds the metadata field `name` in `bytes`.
    static func has(field name: String, in bytes: [UInt8]) throws -> Bool {
        try Vips.start()
        return bytes.withUnsafeBytes { nashir_test_has_field($0.baseAddress, $0.count, name) } != 0
    }

    /// The camera an EXIF block from `gpsExif` names, to look for in outputs.
    static let cameraMarker = "NASHIR-TEST-CAMERA"

    /// An EXIF block as a phone writes one: the camera's make and a GPS position (32°53′N, Tripoli).
    static let gpsExif: [UInt8] = {
        let make = Array(cameraMarker.utf8) + [0]  // 19 bytes at offset 38, padded to 20
        var tiff: [UInt8] = Array("II".utf8) + le16(42) + le32(8)
        // IFD0 at 8: the make, and the pointer to the GPS IFD at 58.
        tiff += le16(2)
        tiff += le16(0x010F) + le16(2) + le32(UInt32(make.count)) + le32(38)
        tiff += le16(0x8825) + le16(4) + le32(1) + le32(58) + le32(0)
        tiff += make + [0]
        // GPS IFD at 58: latitude reference "N" inline, latitude as three rationals at 88.
        tiff += le16(2)
        tiff += le16(0x0001) + le16(2) + le32(2) + Array("N".utf8) + [0, 0, 0]
        tiff += le16(0x0002) + le16(5) + le32(3) + le32(88) + le32(0)
        tiff += le32(32) + le32(1) + le32(53) + le32(1) + le32(0) + le32(1)
        return Array("Exif".utf8) + [0, 0] + tiff
    }()

    /// A PNG made of a signature and chunks with their CRCs, for headers no encoder would write.
    static func png(chunks: [(type: String, data: [UInt8])]) -> [UInt8] {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        for (type, data) in chunks {
            let body = Array(type.utf8) + data
            bytes += be32(UInt32(data.count)) + body + be32(crc32(body))
        }
        return bytes
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func be32(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(truncatingIfNeeded: value), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: value >> $0) } }
}

struct TestImageError: Error {
    var message: String
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs anywhere in these bytes.
    func contains(bytes needle: some StringProtocol) -> Bool {
        let pattern = Array(needle.utf8)
        guard count >= pattern.count else { return false }
        return (0...(count - pattern.count)).contains { self[$0..<$0 + pattern.count].elementsEqual(pattern) }
    }
}
