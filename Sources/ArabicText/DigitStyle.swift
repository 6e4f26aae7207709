/// The digit shapes a site prints numbers in, since Mashriq readers expect Arabic-Indic and the Maghreb Western.
public enum DigitStyle: String, Sendable, Codable, CaseIterable {
    /// ASCII 0-9, as used in the Maghreb and by most wire services.
    case western
    /// U+0660…U+0669, as used in the Mashriq and the Gulf.
    case arabicIndic = "arabic-indic"

    /// Rewrites every decimal digit in `text` (Western, Arabic-Indic or Persian) into this style.
    public func apply(to text: String) -> String {
        var result = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            if let value = Self.decimalValue(of: scalar) {
                let mapped = digit(value)
                changed = changed || mapped != scalar
                result.append(mapped)
            } else {
                result.append(scalar)
            }
        }
        // Most strings are already in the right style; returning the original avoids a copy.
        return changed ? String(result) : text
    }

    /// Formats a non-negative integer straight into this style, skipping a second pass.
    func format(_ number: Int, minimumDigits: Int = 1) -> String {
        var digits = String(number)
        if digits.count < minimumDigits {
            digits = String(repeating: "0", count: minimumDigits - digits.count) + digits
        }
        return self == .western ? digits : apply(to: digits)
    }

    /// The scalar for `value` (0…9) in this style.
    func digit(_ value: UInt32) -> Unicode.Scalar {
        let base: UInt32 = self == .western ? 0x30 : 0x660
        // Force-unwrap is safe: base + 0…9 is always a valid scalar.
        return Unicode.Scalar(base + value)!
    }

    /// The 0…9 value of a Western, Arabic-Indic or Persian digit; nil for anything else,
    /// including other scripts' digits that Arabic newsrooms never receive.
    public static func decimalValue(of scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30
        case 0x660...0x669: scalar.value - 0x660
        case 0x6F0...0x6F9: scalar.value - 0x6F0
        default: nil
        }
    }
}
