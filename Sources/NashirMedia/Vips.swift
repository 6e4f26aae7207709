import CLibVips

/// libvips, started once per process.
enum Vips {
    /// Nil once libvips runs, else why it could not start. A `static let` is initialised exactly
    /// once even when several threads ask at the same time, which `vips_init` alone does not promise.
    private static let startFailure: String? = {
        guard vips_init("nashir") == 0 else { return takeError() }
        // The operation cache keeps recent results for reuse; a stream of different uploads never
        // hits it, so it would only hold memory.
        vips_cache_set_max(0)
        return nil
    }()

    /// Starts libvips on first use.
    static func start() throws(MediaError) {
        if let startFailure { throw .processingUnavailable(reason: startFailure) }
    }

    /// libvips's error text, emptied for the next failure. The buffer is shared by all threads in
    /// libvips 8.14, so under concurrent failures a message may belong to a neighbour: it is for
    /// the log only, and the error's case never depends on it.
    static func takeError() -> String {
        guard let copy = vips_error_buffer_copy() else { return "unknown libvips error" }
        defer { g_free(copy) }
        let lines = String(cString: copy).split(whereSeparator: \.isNewline)
        return lines.isEmpty ? "unknown libvips error" : lines.joined(separator: "; ")
    }

    /// The bytes of a buffer libvips allocated, which is freed.
    static func take(_ buffer: UnsafeMutableRawPointer?, length: Int) -> [UInt8] {
        defer { g_free(buffer) }
        guard let buffer else { return [] }
        return Array(UnsafeRawBufferPointer(start: buffer, count: length))
    }
}
