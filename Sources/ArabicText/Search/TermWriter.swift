/// `ArabicAnalyzer`'s chain run once over UTF-8: the tokens of `ArabicTokenizer`, normalised as
/// `ArabicNormalizer` does, minus `ArabicStopWords`, stemmed by `ArabicStemmer`, written into one
/// byte buffer, each term followed by a space. Indexing analyses the whole corpus, so no String
/// is built per token: Arabic letters are kept as the stemmer's letter codes, stop words are
/// looked up packed, and only the stem's bytes are written. A token holding a scalar the table
/// cannot normalise (presentation forms, scripts above U+0800) is handed to those functions.
struct TermWriter: ~Copyable {
    // Raw buffers, not arrays: appending a byte is then a store, not a uniqueness check and a
    // capacity check per byte, and the stemmer works on the letter codes where they lie.
    private var bytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written: the terms so far, each followed by one space.
    private(set) var count = 0
    /// Where each term ends in the bytes, when asked for at creation.
    private(set) var termEnds: [Int] = []
    private let recordsTermEnds: Bool

    // The open token. Nothing but its bytes is written while one is open, so it starts at the
    // end of the last term.
    /// `ArabicTokenizer.Kind` raw value; 0 between tokens.
    private var kind: UInt8 = 0
    private var start = 0
    /// Its letters as offsets from U+0600, meaningful while `allArabic`.
    private var codes: UnsafeMutablePointer<UInt8>
    private var codeCapacity = 64
    private var codeCount = 0
    private var allArabic = true
    /// Its last normalised scalar, which a combining hamza may rewrite.
    private var last: UInt32 = 0
    /// Its last letter as written, before normalising: ي or ى (علي is a name, على a stop word).
    private var lastWritten: UInt32 = 0
    /// The token as the normaliser's own output, once the table could not normalise a scalar.
    private var general: String.UnicodeScalarView?

    init(capacity: Int, recordsTermEnds: Bool) {
        self.capacity = max(capacity, 16)
        bytes = .allocate(capacity: self.capacity)
        codes = .allocate(capacity: codeCapacity)
        self.recordsTermEnds = recordsTermEnds
    }

    deinit {
        bytes.deallocate()
        codes.deallocate()
    }

    /// The bytes written so far, valid until the next write.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: bytes, count: count) }

    /// Analyses `text`, appending its terms.
    mutating func write(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ write(utf8: $0) }) == nil {
            // Bridged strings may not be contiguous UTF-8.
            Array(text.utf8).withUnsafeBufferPointer { write(utf8: $0) }
        }
    }

    /// Decodes valid UTF-8 (a String's storage) scalar by scalar.
    private mutating func write(utf8: UnsafeBufferPointer<UInt8>) {
        AnalysisScalarTable.shared.entries.withUnsafeBufferPointer { table in
            var i = 0
            while i < utf8.count {
                let lead = UInt32(utf8[i])
                if lead < 0x80 {
                    take(AnalysisScalarTable.Entry(raw: table[Int(lead)]), lead)
                    i += 1
                } else if lead < 0xE0 {
                    let value = (lead & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                    take(AnalysisScalarTable.Entry(raw: table[Int(value)]), value)
                    i += 2
                } else if lead < 0xF0 {
                    takeWide((lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F))
                    i += 3
                } else {
                    takeWide((lead & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12
                        | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F))
                    i += 4
                }
            }
        }
        endToken()
    }

    // MARK: - Tokens, as ArabicTokenizer.tokens(in:) cuts them

    private mutating func take(_ entry: AnalysisScalarTable.Entry, _ value: UInt32) {
        if entry.kind != 0 {
            if entry.kind != kind {
                endToken()
                kind = entry.kind
            }
            normalize(entry, value)
        } else if kind != 0 {
            if entry.isGlue { normalize(entry, value) } else { endToken() }
        }
    }

    /// Scalars from U+0800 up: rare in Arabic copy except invisibles and punctuation.
    private mutating func takeWide(_ value: UInt32) {
        let scalar = Unicode.Scalar(value)!
        // Bidi controls and zero-width characters are glue the normaliser drops: no effect.
        if ArabicScalars.isInvisible(scalar) { return }
        if let scalarKind = ArabicTokenizer.classify(scalar) {
            if scalarKind.rawValue != kind {
                endToken()
                kind = scalarKind.rawValue
            }
            lastWritten = value
            appendGeneral(scalar)
        } else if kind != 0 {
            if ArabicTokenizer.isGlue(scalar) { appendGeneral(scalar) } else { endToken() }
        }
    }

    // MARK: - Normalising, as ArabicNormalizer.append does

    private mutating func normalize(_ entry: AnalysisScalarTable.Entry, _ value: UInt32) {
        if entry.operation == .one || entry.operation == .general { lastWritten = value }
        if general != nil { return appendGeneral(Unicode.Scalar(value)!) }
        switch entry.operation {
        case .one:
            appendOne(entry.output)
        case .drop:
            break
        case .hamzaMark:
            if last == 0x0648 || last == 0x064A {
                // و and ي are two bytes, D9 88 and D9 8A; ء is D8 A1.
                bytes[count - 2] = 0xD8
                bytes[count - 1] = 0xA1
                codes[codeCount - 1] = 0x21
                last = 0x0621
            }
        case .general:
            appendGeneral(Unicode.Scalar(value)!)
        }
    }

    /// Appends one scalar below U+0800.
    private mutating func appendOne(_ value: UInt32) {
        reserve(2)
        if value < 0x80 {
            bytes[count] = UInt8(truncatingIfNeeded: value)
            count += 1
        } else {
            bytes[count] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            count += 2
        }
        // The stemmer takes only ء–ۿ; anything else leaves the token as it is.
        if (0x0621...0x06FF).contains(value) {
            if codeCount == codeCapacity { growCodes() }
            codes[codeCount] = UInt8(truncatingIfNeeded: value - 0x0600)
            codeCount += 1
        } else {
            allArabic = false
        }
        last = value
    }

    /// Hands the token to the normaliser for the rest of its scalars.
    private mutating func appendGeneral(_ scalar: Unicode.Scalar) {
        if general == nil {
            general = String(decoding: UnsafeBufferPointer(start: bytes + start, count: count - start), as: UTF8.self).unicodeScalars
            count = start
        }
        ArabicNormalizer.append(scalar, to: &general!)
    }

    // MARK: - Stop words and stems, as ArabicAnalyzer.terms(in:) filters them

    private mutating func endToken() {
        defer {
            kind = 0
            codeCount = 0
            allArabic = true
            last = 0
            lastWritten = 0
            general = nil
            start = count
        }
        if let general {
            let text = String(general)
            guard !text.isEmpty, !ArabicStopWords.contains(text, writtenWithYeh: lastWritten == 0x064A) else { return }
            let stem = ArabicStemmer.stem(text).utf8
            reserve(stem.count)
            count += UnsafeMutableBufferPointer(start: bytes + count, count: stem.count).initialize(from: stem).1
            return endTerm()
        }
        guard count > start else { return }
        if allArabic {
            let letters = UnsafeMutableBufferPointer(start: codes, count: codeCount)
            // Stop words are all short runs of ء–ي, so a token that cannot pack is not one.
            if ArabicStopWords.contains(letters, writtenWithYeh: lastWritten == 0x064A) {
                count = start
                return
            }
            if codeCount >= 3 {
                let stem = ArabicStemmer.stem(letters)
                if stem != 0..<codeCount {
                    // The stem is shorter than the token, so it fits where the token was.
                    count = start
                    for i in stem {
                        // U+0621–U+06FF in UTF-8: D8–DB, then 80–BF.
                        let value = 0x0600 + UInt32(letters[i])
                        bytes[count] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                        bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                        count += 2
                    }
                }
            }
        }
        endTerm()
    }

    private mutating func endTerm() {
        if recordsTermEnds { termEnds.append(count) }
        reserve(1)
        bytes[count] = 0x20
        count += 1
    }

    // MARK: - Buffers

    /// Makes room for `extra` more bytes.
    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        grow(to: count + extra)
    }

    private mutating func grow(to needed: Int) {
        capacity = max(needed, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.initialize(from: bytes, count: count)
        bytes.deallocate()
        bytes = larger
    }

    private mutating func growCodes() {
        codeCapacity *= 2
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: codeCapacity)
        larger.initialize(from: codes, count: codeCount)
        codes.deallocate()
        codes = larger
    }
}
