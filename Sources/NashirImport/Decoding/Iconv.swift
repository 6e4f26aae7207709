import Foundation

/// glibc's iconv, for the legacy encodings Foundation on Linux does not convert.
enum Iconv {
    /// Where conversion stopped: the offset of the first byte the encoding does not hold.
    struct Failure: Error { var offset: Int }

    /// Whether iconv can read `encoding`.
    static func knows(_ encoding: String) -> Bool {
        let descriptor = iconv_open("UTF-8", encoding)
        guard !isFailure(descriptor) else { return false }
        iconv_close(descriptor)
        return true
    }

    /// `bytes` in `encoding`, as text; an invalid or cut-off sequence fails at its offset.
    static func convert(_ bytes: ArraySlice<UInt8>, from encoding: String) throws(Failure) -> String {
        String(decoding: try recode(bytes, from: encoding, to: "UTF-8"), as: UTF8.self)
    }

    /// `bytes` in `source` re-encoded as `target`.
    static func recode(_ bytes: ArraySlice<UInt8>, from source: String, to target: String) throws(Failure) -> [UInt8] {
        let descriptor = iconv_open(target, source)
        guard !isFailure(descriptor) else { throw Failure(offset: 0) }
        defer { iconv_close(descriptor) }
        var input = Array(bytes)
        // Arabic single-byte letters take two bytes in UTF-8; four per byte covers any pair of encodings.
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let result: (status: Int, consumed: Int, produced: Int) = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPointer = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outPointer = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outRaw.count
                let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                return (status, inRaw.count - inLeft, outRaw.count - outLeft)
            }
        }
        if result.status == -1 || result.consumed < input.count { throw Failure(offset: result.consumed) }
        return Array(output[..<result.produced])
    }

    private static func isFailure(_ descriptor: iconv_t?) -> Bool {
        descriptor == nil || Int(bitPattern: descriptor) == -1
    }
}
