import ArabicText
import Foundation
import Testing

/// Every scalar the quick checks call stable, after each kind of neighbour it could combine
/// with, is left alone by Foundation's NFC and NFKC.
@Suite struct NormalizationQuickCheckTests {
    static let neighbours = ["", "ا", "و", "ي", "ە", "ۓ", "a", "\u{0654}", "\u{0651}", " "]
    static let candidates = Array(UInt32(0x00)...0x7F) + Array(UInt32(0x0600)...0x06FF) + [0xAB, 0xBB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D]

    @Test func nfcLeavesTheStableScalarsAlone() {
        for value in Self.candidates {
            guard let scalar = Unicode.Scalar(value), NormalizationQuickCheck.isStableUnderNFC(scalar) else { continue }
            for before in Self.neighbours where before.unicodeScalars.allSatisfy(NormalizationQuickCheck.isStableUnderNFC) {
                let text = before + String(Character(scalar)) + before
                #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func nfkcLeavesTheStableScalarsAlone() {
        for value in Self.candidates {
            guard let scalar = Unicode.Scalar(value), NormalizationQuickCheck.isStableUnderNFKC(scalar) else { continue }
            for before in Self.neighbours where before.unicodeScalars.allSatisfy(NormalizationQuickCheck.isStableUnderNFKC) {
                let text = before + String(Character(scalar)) + before
                #expect(text.precomposedStringWithCompatibilityMapping.unicodeScalars.elementsEqual(text.unicodeScalars), "U+\(String(value, radix: 16))")
            }
        }
    }

    /// What the checks must not call stable: marks NFC composes or reorders, letters NFKC unfolds.
    @Test func composingMarksAndFoldedLettersAreNotStable() {
        for value: UInt32 in [0x0653, 0x0654, 0x0655, 0x064E, 0x0651, 0x0670] {
            #expect(!NormalizationQuickCheck.isStableUnderNFC(Unicode.Scalar(value)!))
        }
        for value: UInt32 in [0x0675, 0x0678, 0xFEFB, 0x00A0, 0x2026] {
            #expect(!NormalizationQuickCheck.isStableUnderNFKC(Unicode.Scalar(value)!))
        }
    }
}
