import Crypto
import Foundation

/// Random secrets for session cookies, CSRF tokens, API tokens and the first-run token, and
/// the hashes they are stored under: a stolen database holds nothing that signs anyone in.
public enum SecretToken {
    /// 32 random bytes from the system's secure generator, as URL-safe base64 without padding,
    /// after an optional readable prefix (API tokens start "nsr_" so leaked ones are recognisable).
    public static func generate(prefix: String = "") -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let base64 = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return prefix + base64
    }

    /// SHA-256 of the secret, hex: what the database keeps. A fast hash is right here because
    /// the secrets are random and long; passwords use bcrypt instead.
    public static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Compares two secrets in time independent of where they differ.
    public static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
