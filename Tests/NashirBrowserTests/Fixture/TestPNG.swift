import Foundation
import NashirTestSupport

extension TestPNG {
    /// A `width`×`height` gradient written to a file of its own in the temporary folder, for a
    /// file input to pick; the caller deletes it.
    static func gradientFile(width: Int, height: Int) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nashir-upload-\(UUID().uuidString).png")
        try Data(gradient(width: width, height: height)).write(to: file)
        return file
    }
}
