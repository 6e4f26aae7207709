import Testing

@testable import NashirCopyDesk

@Suite struct CopyDeskSmokeTests {
    @Test func checkerRuns() {
        #expect(CopyChecker.standard().check(CopyStory(paragraphs: ["قال إنهم لن يسعون للحرب."])).map(\.rule) == ["grammar.five-verbs"])
    }
}
