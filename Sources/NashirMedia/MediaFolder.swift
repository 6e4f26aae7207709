import Foundation

/// A folder of renditions laid out by month, `YYYY/MM/<id>-<suffix>`, so no folder grows
/// without bound and a path says when an image came in.
public struct MediaFolder: Sendable {
    /// The folder paths are relative to.
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// Writes every rendition of `set` as `YYYY/MM/<id>-<suffix>` for the month of `date` in UTC,
    /// creating folders as needed, and returns them in the order of `set.all`.
    ///
    /// Each file is written under a temporary name and renamed into place, so a reader never
    /// sees half a file; an existing file of the same name is replaced. When one write fails, the
    /// files this call wrote are removed. `id` must be 1–128 ASCII letters, digits, `-` or `_`.
    public func write(_ set: RenditionSet, id: String, date: Date) throws(MediaError) -> [StoredRendition] {
        guard Self.isSafe(id) else { throw .cannotStore(path: id, reason: "the id is not a safe file name") }
        let month = Self.monthFolder(for: date)
        let folder = root.appending(path: month, directoryHint: .isDirectory)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotStore(path: month, reason: "\(error)")
        }
        var stored: [StoredRendition] = []
        for rendition in set.all {
            let name = "\(id)-\(rendition.suffix)"
            do {
                // .atomic writes a temporary file beside the target and renames it over the target.
                try Data(rendition.bytes).write(to: folder.appending(path: name), options: .atomic)
            } catch {
                for file in stored { try? FileManager.default.removeItem(at: root.appending(path: file.path)) }
                throw .cannotStore(path: "\(month)/\(name)", reason: "\(error)")
            }
            stored.append(StoredRendition(path: "\(month)/\(name)", rendition: rendition))
        }
        return stored
    }

    static func monthFolder(for date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        let year = parts.year ?? 1970, month = parts.month ?? 1
        return "\(year)/\(month < 10 ? "0" : "")\(month)"
    }

    static func isSafe(_ id: String) -> Bool {
        (1...128).contains(id.utf8.count)
            && id.utf8.allSatisfy { byte in
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D || byte == 0x5F
            }
    }
}

/// A rendition written to a `MediaFolder`: where it is and what it holds, without its bytes.
public struct StoredRendition: Sendable, Equatable {
    /// The path under the folder's root, with `/` separators: "2026/12/abc-480.webp".
    public let path: String
    /// What the rendition is for.
    public let role: Rendition.Role
    /// The width in pixels, for `srcset` and `og:image:width`.
    public let width: Int
    /// The height in pixels.
    public let height: Int
    /// The Content-Type to serve it with.
    public let mediaType: String

    init(path: String, rendition: Rendition) {
        self.path = path
        self.role = rendition.role
        self.width = rendition.width
        self.height = rendition.height
        self.mediaType = rendition.mediaType
    }
}
