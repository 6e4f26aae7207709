import Foundation

/// Where uploaded renditions are kept and read back: a folder every instance mounts today
/// (`MediaFolder`); an object store such as S3 is another implementation of these two calls.
public protocol MediaStorage: Sendable {
    /// Stores every rendition of `set` under a name made from `id` and the month of `date`;
    /// all of them, or none when one fails.
    func write(_ set: RenditionSet, id: String, date: Date) throws(MediaError) -> [StoredRendition]
    /// The bytes of a stored rendition by its path, or nil when there is none (or the path
    /// would leave the storage).
    func read(path: String) -> Data?
}

extension MediaFolder: MediaStorage {
    public func read(path: String) -> Data? {
        let url = root.appendingPathComponent(path).standardizedFileURL
        guard url.path.hasPrefix(root.standardizedFileURL.path + "/") else { return nil }
        return FileManager.default.contents(atPath: url.path)
    }
}
