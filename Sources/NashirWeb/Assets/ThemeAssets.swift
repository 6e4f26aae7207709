import Foundation
import NashirDomain
import NashirRoutes
import NIOCore

/// The theme's `assets/` in memory, each also under a name carrying a hash of its bytes
/// (`site.3f2a9c1d0b12e4a7.css`): a page names exactly the bytes it was made with, every instance
/// of the site prints the same names, and browsers may keep them for a year.
struct ThemeAssets: Sendable {
    /// One file, ready to send.
    struct Asset: Sendable {
        /// The path under `assets/`, e.g. `site.css`.
        let name: String
        /// `name` with the content hash before its extension, e.g. `site.3f2a9c1d0b12e4a7.css`.
        let fingerprintedName: String
        let body: ByteBuffer
        let contentType: String
        let etag: String
        /// The body gzipped, for text formats gzip shrinks (stylesheets, scripts, SVG); nil for
        /// fonts and pictures, which are compressed already.
        let gzip: ByteBuffer?
        /// The gzip form's own strong validator.
        var gzipETag: String { GzipVariant.etag(forIdentity: etag) }
    }

    /// When the theme was read, in seconds since 1970: the assets' `Last-Modified`. Their
    /// fingerprinted names never change bytes, so no instance's time is wrong for them.
    let lastModified: Int

    private let byName: [String: Asset]
    private let byFingerprintedName: [String: Asset]
    /// Where a fingerprinted name is served: the site's `/assets/` or the admin's.
    private let route: @Sendable (String) -> String

    /// `files` are keyed by their path under `assets/`.
    init(files: [String: Data], route: @escaping @Sendable (String) -> String = { SiteRoute.asset($0).path }) {
        self.route = route
        lastModified = Int(Date().timeIntervalSince1970)
        func asset(_ name: String, _ data: Data) -> Asset {
            let hash = Self.hash(data)
            let (body, contentType) = (ByteBuffer(bytes: data), AssetMediaType.of(name))
            return Asset(
                name: name, fingerprintedName: Self.fingerprinted(name, hash: hash), body: body, contentType: contentType, etag: "\"\(hash)\"",
                gzip: AssetMediaType.isCompressible(contentType) ? GzipVariant.compressed(body, level: GzipVariant.assetLevel) : nil)
        }
        // Stylesheets name fonts and pictures: they get those files' fingerprinted names first,
        // so a font is cached for a year too and a new font makes a new stylesheet.
        let others = files.filter { !$0.key.hasSuffix(".css") }.map { asset($0.key, $0.value) }
        let renamed = Dictionary(uniqueKeysWithValues: others.map { ($0.name, $0.fingerprintedName) })
        let stylesheets = files.filter { $0.key.hasSuffix(".css") }.map { name, data in
            asset(name, Data(Self.referencing(renamed, in: String(decoding: data, as: UTF8.self)).utf8))
        }
        let assets = others + stylesheets
        byName = Dictionary(uniqueKeysWithValues: assets.map { ($0.name, $0) })
        byFingerprintedName = Dictionary(uniqueKeysWithValues: assets.map { ($0.fingerprintedName, $0) })
    }

    func contains(_ name: String) -> Bool { byName[name] != nil }

    /// The address pages print for an asset: its fingerprinted name under `/assets/`.
    func path(_ name: String) -> String {
        route(byName[name]?.fingerprintedName ?? name)
    }

    /// The asset a request names, and whether it was named by content (so it never changes).
    func find(_ requested: String) -> (asset: Asset, fingerprinted: Bool)? {
        if let asset = byFingerprintedName[requested] { return (asset, true) }
        if let asset = byName[requested] { return (asset, false) }
        return nil
    }

    /// The FNV-1a 64 of `data` in 16 hex digits: the same on every instance, and plenty to tell a
    /// theme's versions apart (a name for caches, not a security check, so no cryptographic hash
    /// and no crypto library to build for it).
    static func hash(_ data: Data) -> String {
        let hex = String(StableHash.fnv1a64(data), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// `css` with each `url("name")` of a file in `names` pointing at its new name instead.
    static func referencing(_ names: [String: String], in css: String) -> String {
        var css = css
        for (name, fingerprinted) in names {
            for quote in ["\"", "'", ""] {
                css = css.replacingOccurrences(of: "url(\(quote)\(name)\(quote))", with: "url(\(quote)\(fingerprinted)\(quote))")
            }
        }
        return css
    }

    /// `fonts/naskh.woff2` → `fonts/naskh.<hash>.woff2`; a name without an extension gets `.<hash>`.
    static func fingerprinted(_ name: String, hash: String) -> String {
        let slash = name.lastIndex(of: "/").map { name.index(after: $0) } ?? name.startIndex
        guard let dot = name[slash...].lastIndex(of: "."), dot > slash else { return name + "." + hash }
        return name[..<dot] + "." + hash + name[dot...]
    }
}
