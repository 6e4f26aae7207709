import Foundation
import NashirDomain

/// The lines a theme prints inside the story's container that are not copy: the headline
/// again, a date or byline line at either end, share and print labels. A short name alone
/// after the copy, or a byline line at either end («كتبت أسماء نصار»), is the byline; it is kept
/// as such when the metadata named none.
struct PageCopyCleanup {
    let headline: String
    let authors: [String]
    let section: String?
    /// The name found alone after the copy or in a byline line, if any.
    private(set) var byline: String?

    init(headline: String, authors: [String], section: String?) {
        self.headline = headline
        self.authors = authors
        self.section = section
    }

    mutating func clean(_ blocks: [Block]) -> [Block] {
        var blocks = blocks.filter { !PageChrome.isChrome($0.text) }
        while let first = blocks.first, isEdgeChrome(first) || isHeadline(first) || isLabelLink(first) {
            takeByline(from: first)
            blocks.removeFirst()
        }
        while let last = blocks.last, blocks.count > 1 {
            if isEdgeChrome(last) {
                takeByline(from: last)
                blocks.removeLast()
            } else if byline == nil, authors.isEmpty, isName(last) {
                byline = last.text
                blocks.removeLast()
            } else {
                break
            }
        }
        return blocks
    }

    /// «كتبت أسماء نصار» at either end names the writer, when the page's metadata did not.
    private mutating func takeByline(from block: Block) {
        guard byline == nil, authors.isEmpty, case .paragraph = block, let name = BylineLine.name(in: block.text) else { return }
        byline = name
    }

    private func isHeadline(_ block: Block) -> Bool {
        block.text == headline || (PageHeadline.words(block.text) <= 40 && PageHeadline.similarity(block.text, headline) >= 0.9)
    }

    /// The section's name, or a few words that are all one link: the label over a headline.
    private func isLabelLink(_ block: Block) -> Bool {
        guard case .paragraph(let text) = block, PageHeadline.words(text.plain) <= 4 else { return false }
        return text.plain == section || text.runs.allSatisfy { $0.link != nil || $0.text.allSatisfy(\.isWhitespace) }
    }

    /// A short line that is only a date, a time, an author's name or a label.
    private func isEdgeChrome(_ block: Block) -> Bool {
        guard case .paragraph = block else { return false }
        let text = block.text
        guard PageHeadline.words(text) <= 8, !MainTextExtractor.endsSentence(text) || text.hasSuffix(":") else { return false }
        if authors.contains(where: { text.contains($0) }) { return true }
        if PageDates.parse(text) != nil { return true }
        let bylinePrefixes = ["بقلم", "كتب ", "كتبت ", "تحرير:", "إعداد:", "By ", "Par "]
        return bylinePrefixes.contains { text.hasPrefix($0) } || BylineLine.name(in: text) != nil
    }

    /// One to three words with no digit or punctuation: a person's name signing the copy.
    private func isName(_ block: Block) -> Bool {
        guard case .paragraph(let text) = block, text.isPlain else { return false }
        let words = PageHeadline.words(text.plain)
        return (2...3).contains(words) && text.plain.allSatisfy { $0.isLetter || $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark } }
    }
}
