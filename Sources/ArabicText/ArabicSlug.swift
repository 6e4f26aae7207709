import Foundation

/// URL slugs that keep Arabic words as written, so shared links still say what the story is about.
public enum ArabicSlug {
    /// A hyphen-joined slug cut at a word boundary; "" only when `text` has no letters.
    public static func make(from text: String, maxWords: Int = 10, maxLength: Int = 80) -> String {
        // Digits alone are no slug: a bare number would collide with numeric article ids.
        let words = words(in: text)
        guard words.contains(where: { $0.unicodeScalars.contains(where: ArabicScalars.isLetter) }) else {
            return ""
        }
        return truncate(words, maxWords: max(1, maxWords), maxLength: max(1, maxLength))
    }

    /// Splits normalised text into runs of letters and digits; everything else separates.
    static func words(in text: String) -> [String] {
        // Shaped presentation forms and lam-alef ligatures from legacy sources must unfold
        // into plain letters, or the same headline gets two different slugs.
        let kept = String(String.UnicodeScalarView(text.unicodeScalars.filter { !ArabicScalars.isSpacedMarkPresentationForm($0) }))
        let unfolded = kept.unicodeScalars.allSatisfy(NormalizationQuickCheck.isStableUnderNFKC) ? kept : kept.precomposedStringWithCompatibilityMapping
        let western = DigitStyle.western.apply(to: unfolded).lowercased()

        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in western.unicodeScalars {
            if ArabicScalars.isOptionalMark(scalar) || ArabicScalars.isInvisible(scalar) {
                continue
            }
            if ArabicScalars.isLetter(scalar) || scalar.properties.numericType == .decimal {
                current.append(scalar)
            } else if ArabicScalars.isCombiningMark(scalar), !current.isEmpty {
                // A mark left after normalisation belongs to the letter it follows.
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Keeps whole words while they fit; a single overlong first word is cut rather than
    /// dropped, so a slug is never empty when there was something to slug.
    private static func truncate(_ words: [String], maxWords: Int, maxLength: Int) -> String {
        var slug = ""
        for word in words.prefix(maxWords) {
            let candidateLength = slug.isEmpty ? word.count : slug.count + 1 + word.count
            if candidateLength > maxLength { break }
            slug += slug.isEmpty ? word : "-" + word
        }
        if slug.isEmpty, let first = words.first {
            slug = String(first.prefix(maxLength))
        }
        return slug
    }
}
