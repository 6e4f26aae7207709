import Testing
@testable import NashirMedia

@Suite struct ImageKindTests {
    @Test(arguments: ImageKind.allCases)
    func eachKindIsKnownByItsBytes(_ kind: ImageKind) throws {
        #expect(ImageKind.sniff(try TestImage.make(kind, width: 64, height: 48)) == kind)
    }

    @Test func textIsNoImageWhateverItIsCalled() {
        let text = Array("<html><body>photo.jpg</body></html>".utf8)
        #expect(ImageKind.sniff(text) == nil)
        #expect(throws: MediaError.unsupportedType) { try ImageUpload(bytes: text) }
    }

    @Test func aSignatureCutShortIsNoImage() {
        #expect(ImageKind.sniff([0xFF, 0xD8]) == nil)
        #expect(ImageKind.sniff(Array("RIFF\u{0}\u{0}\u{0}\u{0}WAVE".utf8)) == nil)
        #expect(ImageKind.sniff([]) == nil)
    }

    @Test func mediaTypesAndExtensions() {
        #expect(ImageKind.allCases.map(\.mediaType) == ["image/jpeg", "image/png", "image/webp", "image/gif"])
        #expect(ImageKind.allCases.map(\.fileExtension) == ["jpg", "png", "webp", "gif"])
    }
}
