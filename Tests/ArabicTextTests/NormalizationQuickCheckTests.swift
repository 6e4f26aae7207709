import ArabicText
import Foundation
import Testing

/// Every scalar the quick checks call stable, after each kind of neighbour it could combine
/// with, is left alone by Foundation's NFC and NFKC.
@Suite struct NormalizationQuickCheckTests {
    static let neighbours = ["", "ا", "و", "ي", "ە", "ۓ", "a", "\u{0654}", "\u{0651}", " "]
    static let candidates = Array(UInt32(0x00)...0x7F) + Array(UInt32(0x0600)...0x06FF) + [0xAB, 0xBB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D]

    /// A normal form, its quick check and Foundation's normaliser for it.
    struct Form: Sendable, CustomTestStringConvertible {
        var name: String
        var isStable: @Sendable (Unicode.Scalar) -> Bool
        var normalize: @Sendable (String) -> String
        var testDescription: String { name }
    }

    static let forms = [
        Form(name: "NFC", isStable: NormalizationQuickCheck.isStableUnderNFC, normalize: { $0.precomposedStringWithCanonicalMapping }),
        Form(name: "NFKC", isStable: NormalizationQuickCheck.isStableUnderNFKC, normalize: { $0.precomposedStringWithCompatibilityMapping }),
    ]

    @Test(arguments: forms)
    func theNormalFormLeavesTheStableScalarsAlone(_ form: Form) {
        for value in Self.candidates {
            guard let scalar = Unicode.Scalar(value), form.isStable(scalar) else { continue }
            for before in Self.neighbours where before.unicodeScalars.allSatisfy(form.isStable) {
                let text = before + String(Character(scalar)) + before
                #expect(form.normalize(text).unicodeScalars.elementsEqual(text.unicodeScalars), "U+\(String(value, radix: 16))")
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
