import Foundation
import Testing
@testable import NashirMedia

@Suite struct MediaFolderTests {
    static let endOfNovember = Date(timeIntervalSince1970: 1_796_000_000)  // 2026-11-30 in UTC

    @Test func aSetIsWrittenByMonthUnderItsId() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "nashir-media-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let set = try ImageRenditions.make(from: TestImage.make(.jpeg, width: 1000, height: 800))
        let stored = try MediaFolder(root: root).write(set, id: "a1b2c3", date: Self.endOfNovember)
        #expect(stored.map(\.path) == ["2026/11/a1b2c3-480.webp", "2026/11/a1b2c3-800.webp", "2026/11/a1b2c3-social.jpg"])
        #expect(stored.map(\.mediaType) == ["image/webp", "image/webp", "image/jpeg"])
        #expect(stored.map(\.role) == [.responsive, .responsive, .social])
        for (file, rendition) in zip(stored, set.all) {
            #expect(try Data(contentsOf: root.appending(path: file.path)) == Data(rendition.bytes))
        }
        // Nothing but the renditions: no temporary file is left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "2026/11").path)
        #expect(names.sorted() == ["a1b2c3-480.webp", "a1b2c3-800.webp", "a1b2c3-social.jpg"])
        // Writing again replaces the files in place.
        #expect(try MediaFolder(root: root).write(set, id: "a1b2c3", date: Self.endOfNovember) == stored)
    }

    @Test(arguments: ["", "../etc", "a/b", "صورة", String(repeating: "a", count: 129)])
    func anIdThatIsNoSafeFileNameIsRefused(_ id: String) throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "nashir-media-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let set = try ImageRenditions.make(from: TestImage.make(.png, width: 100, height: 100))
        #expect(throws: MediaError.self) { try MediaFolder(root: root).write(set, id: id, date: Self.endOfNovember) }
        #expect(!FileManager.default.fileExists(atPath: root.path))
    }

    @Test func anUnwritableRootIsReportedWithItsPath() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "nashir-media-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        // A file where the year folder should be.
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data().write(to: root.appending(path: "2026"))
        let set = try ImageRenditions.make(from: TestImage.make(.png, width: 100, height: 100))
        let error = #expect(throws: MediaError.self) { try MediaFolder(root: root).write(set, id: "x", date: Self.endOfNovember) }
        guard case .cannotStore(let path, _) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(path == "2026/11")
    }

    @Test func aSetThatFailsHalfwayLeavesNoneOfItsFiles() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "nashir-media-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        // A folder where the second rendition should go: the first is written, the second fails.
        try FileManager.default.createDirectory(at: root.appending(path: "2026/11/x-800.webp"), withIntermediateDirectories: true)
        let set = try ImageRenditions.make(from: TestImage.make(.jpeg, width: 1000, height: 800))
        let error = #expect(throws: MediaError.self) { try MediaFolder(root: root).write(set, id: "x", date: Self.endOfNovember) }
        guard case .cannotStore(let path, _) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(path == "2026/11/x-800.webp")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "2026/11").path) == ["x-800.webp"])
    }
}
