import Testing
@testable import NashirDomain

struct StoryFingerprintStorageTests {
    let story = StoryFingerprint(headline: StoryFixtures.agencyA.headline, body: StoryFixtures.agencyA.body)

    @Test func encodedBytesReadBackToTheSameFingerprint() throws {
        let bytes = story.encoded
        #expect(bytes.first == StoryFingerprint.encodingVersion)
        #expect(bytes.count < 512, "a fingerprint stays a few hundred bytes")
        #expect(try StoryFingerprint(encoded: bytes) == story)
        let empty = StoryFingerprint(headline: "", body: "")
        #expect(try StoryFingerprint(encoded: empty.encoded) == empty)
    }

    @Test(arguments: [
        ([] as [UInt8], StoryFingerprintError.malformed),
        ([9, 0, 0, 0, 0, 0, 0], .unknownVersion(9)),
        ([1, 1, 0, 0, 0, 0, 0], .malformed),
        ([1, 2, 0, 0, 0, 0, 0, 5, 0, 0, 0, 1, 0, 0, 0], .malformed),
    ])
    func badBytesAreRefused(bytes: [UInt8], error: StoryFingerprintError) {
        #expect(throws: error) { try StoryFingerprint(encoded: bytes) }
    }

    @Test func bandKeysAreStableAcrossProcessesAndDistinctPerBand() {
        let keys = story.bandKeys
        #expect(keys.count == StoryFingerprint.slotCount / StoryFingerprint.rowsPerBand)
        #expect(Set(keys).count == keys.count)
        #expect(keys == StoryFingerprint(headline: StoryFixtures.agencyA.headline, body: StoryFixtures.agencyA.body).bandKeys)
        // Pinned: a store keeps these keys across upgrades, so any change of the hashing must be
        // a new encoding version, not a silent one.
        #expect(Array(keys.prefix(2)) == Self.pinnedKeys)
    }

    static let pinnedKeys: [Int64] = [-4_675_445_443_287_103_896, 6_325_996_838_831_553_420]

    @Test func articleContentFingerprintsItsHeadlineAndTextBlocks() {
        let content = ArticleContent(
            origin: ArticleOrigin(source: "test", key: "1"), slug: "s", section: Section(slug: "world", name: "دولية"),
            headline: StoryFixtures.agencyA.headline,
            body: StoryFixtures.agencyA.body.split(separator: "\n\n").map { Block.plainParagraph(String($0)) } + [.embed(url: "https://example.com/v")])
        #expect(StoryFingerprint(content: content) == story)
    }
}
