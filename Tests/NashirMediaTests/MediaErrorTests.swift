import Testing
import NashirMedia

@Suite struct MediaErrorTests {
    @Test func editorsReadTheLimitsInTheirUnits() {
        #expect(MediaError.tooManyBytes(count: 30_000_000, limit: 20 * 1024 * 1024).arabicMessage == "الصورة أكبر من الحد المسموح (20 ميغابايت)")
        #expect(MediaError.unsupportedType.arabicMessage == "نوع الملف غير مدعوم: يُقبل JPEG وPNG وWebP وGIF")
        #expect(MediaError.tooManyPixels(width: 100_000, height: 100_000, limits: .standard).arabicMessage.hasPrefix("أبعاد الصورة كبيرة جدًا"))
    }

    @Test func theLogReadsWhatWasRefused() {
        #expect(MediaError.tooManyPixels(width: 100_000, height: 100_000, limits: .standard).description
            == "the image is 100000×100000 pixels, over the limit of 40000000 pixels or 12000 a side")
        #expect(MediaError.undecodable(kind: .jpeg, reason: "Premature end of input file").description
            == "the JPEG image cannot be decoded: Premature end of input file")
    }
}
