/// Why stored fingerprint bytes could not be read back.
public enum StoryFingerprintError: Error, Equatable, Sendable {
    /// Written by a format this build does not know.
    case unknownVersion(UInt8)
    /// Shorter or longer than its counts say.
    case malformed
}

extension StoryFingerprint {
    /// The format written by `encoded`; a store holding another version recomputes from the text.
    public static let encodingVersion: UInt8 = 1

    /// The bytes to store (a BLOB): a version byte, three little-endian 16-bit counts, then the
    /// term, headline and figure hashes as little-endian 32-bit words.
    public var encoded: [UInt8] {
        var bytes: [UInt8] = [Self.encodingVersion]
        bytes.reserveCapacity(7 + 4 * (terms.count + headline.count + figures.count))
        for part in [terms, headline, figures] {
            bytes.append(UInt8(truncatingIfNeeded: part.count))
            bytes.append(UInt8(truncatingIfNeeded: part.count >> 8))
        }
        for part in [terms, headline, figures] {
            for word in part {
                for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
            }
        }
        return bytes
    }

    /// Reads bytes written by `encoded`.
    public init(encoded: some Collection<UInt8>) throws(StoryFingerprintError) {
        let bytes = Array(encoded)
        guard let version = bytes.first else { throw .malformed }
        guard version == Self.encodingVersion else { throw .unknownVersion(version) }
        guard bytes.count >= 7 else { throw .malformed }
        let counts: [Int] = (0..<3).map { (part: Int) -> Int in
            let low = Int(bytes[1 + 2 * part])
            let high = Int(bytes[2 + 2 * part])
            return low | high << 8
        }
        guard bytes.count == 7 + 4 * counts.reduce(0, +) else { throw .malformed }
        var offset = 7
        var parts: [[UInt32]] = []
        for count in counts {
            var part: [UInt32] = []
            part.reserveCapacity(count)
            for _ in 0..<count {
                var word: UInt32 = 0
                for byte in 0..<4 { word |= UInt32(bytes[offset + byte]) << UInt32(8 * byte) }
                part.append(word)
                offset += 4
            }
            // Sorted sets are what the matcher's merge relies on; anything else was not ours.
            guard zip(part, part.dropFirst()).allSatisfy({ $0 < $1 }) else { throw .malformed }
            parts.append(part)
        }
        self.init(terms: parts[0], headline: parts[1], figures: parts[2])
    }
}
