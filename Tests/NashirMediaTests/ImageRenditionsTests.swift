import Testing
@testable import NashirMedia

@Suite struct ImageRenditionsTests {
    @Test func aLargePhotoGetsEveryWidthAndTheSocialCrop() throws {
        let set = try ImageRenditions.make(from: TestImage.make(.jpeg, width: 2000, height: 1500))
        #expect((set.sourceKind, set.width, set.height) == (.jpeg, 2000, 1500))
        #expect(set.responsive.map { [$0.width, $0.height] } == [[480, 360], [800, 600], [1200, 900]])
        #expect(set.responsive.map(\.suffix) == ["480.webp", "800.webp", "1200.webp"])
        for rendition in set.responsive {
            #expect(ImageKind.sniff(rendition.bytes) == .webp)
            #expect(rendition.mediaType == "image/webp")
            let decoded = try #require(try TestImage.decode(rendition.bytes))
            #expect((decoded.width, decoded.height) == (rendition.width, rendition.height))
        }
        #expect((set.social.width, set.social.height, set.social.suffix) == (1200, 630, "social.jpg"))
        #expect(ImageKind.sniff(set.social.bytes) == .jpeg)
        let social = try #require(try TestImage.decode(set.social.bytes))
        #expect((social.width, social.height) == (1200, 630))
    }

    @Test func aSmallImageIsNeverEnlarged() throws {
        let set = try ImageRenditions.make(from: TestImage.make(.png, width: 300, height: 200))
        #expect(set.responsive.map { [$0.width, $0.height] } == [[300, 200]])
        #expect(set.responsive.map(\.suffix) == ["300.webp"])
        #expect((set.social.width, set.social.height) == (300, 158))
    }

    @Test(arguments: ImageKind.allCases)
    func everyKindBecomesWebPAndJPEG(_ kind: ImageKind) throws {
        let set = try ImageRenditions.make(from: TestImage.make(kind, width: 900, height: 700))
        #expect(set.sourceKind == kind)
        #expect(set.responsive.map(\.width) == [480, 800])
        #expect(set.all.map { ImageKind.sniff($0.bytes) } == [.webp, .webp, .jpeg])
        for rendition in set.all { #expect(try TestImage.decode(rendition.bytes) != nil) }
    }

    /// Phones write where a photo was taken into EXIF; a published picture must not carry it.
    @Test func orientationIsAppliedAndTheUploadsMetadataIsStripped() throws {
        let photo = try TestImage.make(.jpeg, width: 2000, height: 1500, orientation: 6, exif: TestImage.gpsExif)
        #expect(try TestImage.has(field: "exif-ifd3-GPSLatitude", in: photo))
        #expect(photo.contains(bytes: TestImage.cameraMarker))
        let set = try ImageRenditions.make(from: photo)
        #expect((set.width, set.height) == (1500, 2000))
        #expect(set.responsive.map { [$0.width, $0.height] } == [[480, 640], [800, 1067], [1200, 1600]])
        for rendition in set.all {
            #expect(!rendition.bytes.contains(bytes: TestImage.cameraMarker))
            #expect(try !TestImage.has(field: "exif-ifd3-GPSLatitude", in: rendition.bytes))
            #expect(try !TestImage.has(field: "xmp-data", in: rendition.bytes))
            #expect(try !TestImage.has(field: "icc-profile-data", in: rendition.bytes))
        }
        // libvips 8.14.0–8.14.1 still gives each WebP a small EXIF block of its own making
        // (resolution, pixel size); the JPEG has none at all.
        #expect(try !TestImage.has(field: "exif-data", in: set.social.bytes))
    }

    /// JPEG has no transparency: a logo's clear background turns white, not black.
    @Test func transparencyKeepsInWebPAndTurnsWhiteInTheSocialJPEG() throws {
        let set = try ImageRenditions.make(from: TestImage.make(.png, width: 1300, height: 700, transparent: true))
        let webp = try #require(try TestImage.decode(set.responsive[0].bytes))
        #expect(webp.bands == 4)
        let jpeg = try #require(try TestImage.decode(set.social.bytes))
        #expect(jpeg.bands == 3)
        #expect(jpeg.average > 250)
    }

    @Test func widthsStopAtTheUploadsOwn() {
        #expect(ImageRenditions.responsiveWidths(forWidth: 4000) == [480, 800, 1200])
        #expect(ImageRenditions.responsiveWidths(forWidth: 1199) == [480, 800])
        #expect(ImageRenditions.responsiveWidths(forWidth: 480) == [480])
        #expect(ImageRenditions.responsiveWidths(forWidth: 479) == [479])
    }

    @Test func theSocialBoxKeepsItsProportionsWithoutEnlarging() {
        func box(_ width: Int, _ height: Int) -> [Int] {
            let box = ImageRenditions.socialBox(width: width, height: height)
            return [box.width, box.height]
        }
        #expect(box(4000, 3000) == [1200, 630])
        #expect(box(1200, 630) == [1200, 630])
        #expect(box(1000, 2000) == [1000, 525])
        #expect(box(3000, 500) == [952, 500])
        #expect(box(300, 200) == [300, 158])
        #expect(box(1, 1) == [1, 1])
    }
}
