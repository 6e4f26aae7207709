import Testing
@testable import NashirMedia

@Suite struct ImageUploadTests {
    @Test func anUploadIsCheckedFromItsHeader() throws {
        let upload = try ImageUpload(bytes: TestImage.make(.jpeg, width: 2000, height: 1500))
        #expect((upload.kind, upload.width, upload.height) == (.jpeg, 2000, 1500))
    }

    /// Policy: the bytes decide the kind; a PNG that came as photo.jpg with image/jpeg is a PNG.
    @Test func aPNGUploadedAsJPEGIsTakenAsThePNGItIs() throws {
        let png = try TestImage.make(.png, width: 900, height: 700)
        let set = try ImageRenditions.make(from: png)
        #expect(set.sourceKind == .png)
        #expect(set.responsive.map(\.kind) == [.webp, .webp])
    }

    @Test func anEmptyUploadIsRefused() {
        #expect(throws: MediaError.empty) { try ImageUpload(bytes: []) }
    }

    @Test func tooManyBytesAreRefusedBeforeAnythingElse() throws {
        let jpeg = try TestImage.make(.jpeg, width: 400, height: 300)
        let limits = MediaLimits(maxBytes: 1000)
        #expect(throws: MediaError.tooManyBytes(count: jpeg.count, limit: 1000)) { try ImageUpload(bytes: jpeg, limits: limits) }
    }

    @Test func aSideLongerThanTheLimitIsRefused() throws {
        let jpeg = try TestImage.make(.jpeg, width: 2000, height: 100)
        let limits = MediaLimits(maxSide: 1999)
        #expect(throws: MediaError.tooManyPixels(width: 2000, height: 100, limits: limits)) { try ImageUpload(bytes: jpeg, limits: limits) }
    }

    /// 100,000 × 100,000 would be 30 GB of pixels; only the header is read, so this is instant.
    @Test func aPNGHeaderClaimingTenGigapixelsIsRefusedWithoutDecoding() throws {
        let ihdr = TestImage.be32(100_000) + TestImage.be32(100_000) + [8, 2, 0, 0, 0]
        let bomb = TestImage.png(chunks: [("IHDR", ihdr), ("IDAT", [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]), ("IEND", [])])
        #expect(throws: MediaError.tooManyPixels(width: 100_000, height: 100_000, limits: .standard)) { try ImageUpload(bytes: bomb) }
    }

    @Test func aGIFFrameClaimingFourGigapixelsIsRefusedWithoutDecoding() {
        let size = TestImage.le16(65535) + TestImage.le16(65535)
        let bomb = Array("GIF89a".utf8) + size + [0, 0, 0]
            + [0x2C] + TestImage.le16(0) + TestImage.le16(0) + size + [0]
            + [0x02, 0x02, 0x44, 0x01, 0x00, 0x3B]
        #expect(throws: MediaError.tooManyPixels(width: 65535, height: 65535, limits: .standard)) { try ImageUpload(bytes: bomb) }
    }

    @Test func aTruncatedJPEGIsRefusedAsUndecodable() throws {
        let jpeg = try TestImage.make(.jpeg, width: 2000, height: 1500)
        let truncated = Array(jpeg.prefix(jpeg.count / 2))
        let error = #expect(throws: MediaError.self) { try ImageRenditions.make(from: truncated) }
        guard case .undecodable(let kind, let reason) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(kind == .jpeg)
        #expect(!reason.isEmpty)
        #expect(error?.arabicMessage == "تعذّرت قراءة الصورة: الملف تالف أو ناقص")
    }

    @Test func aSignatureFollowedByGarbageIsUndecodable() {
        let garbage = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0x41, count: 200)
        let error = #expect(throws: MediaError.self) { try ImageUpload(bytes: garbage) }
        guard case .undecodable(.png, _) = error else { Issue.record("\(String(describing: error))"); return }
    }

    @Test func aPhotoStoredSidewaysIsMeasuredAsShown() throws {
        let jpeg = try TestImage.make(.jpeg, width: 2000, height: 1500, orientation: 6)
        let upload = try ImageUpload(bytes: jpeg)
        #expect((upload.width, upload.height) == (1500, 2000))
    }
}
