import Foundation

/// A post from a social network embedded in the copy, as a copy of the page gives it: the post's
/// text, then its signature («— الجزيرة مباشر (@ajmubasher) June 22, 2018»). Neither is the story's.
extension PageTextBody {
    /// Drops each embedded post's signature and the post's text over it.
    static func dropEmbeddedPosts(_ lines: inout [String]) {
        var index = 0
        while index < lines.count {
            guard isPostSignature(lines[index]) else {
                index += 1
                continue
            }
            // The text over the signature is the post's when it is no longer than a post can be
            // (a tweet's 280 characters, with its links); the headline is never a post's text.
            // (The post's link to its picture may stand on a line of its own between them.)
            var start = index
            if start > 2, lines[start - 1].wholeMatch(of: /(https?:\/\/)?(pic\.twitter\.com|t\.co)\/\S+/) != nil { start -= 1 }
            if start > 1, isPostText(lines[start - 1]) { start -= 1 }
            lines.removeSubrange(start...index)
            index = start
        }
    }

    /// «— الجزيرة مباشر (@ajmubasher) June 22, 2018», «— Breaking News (@BreakingNews) مارس 9, 2018»:
    /// a dash, the account's name, its handle in brackets, the date with its year.
    static func isPostSignature(_ line: String) -> Bool {
        line.wholeMatch(of: /[—–-]\s*[^()]{1,80}\(@[A-Za-z0-9_]{1,30}\)\s*[^()]{0,40}\d{4}/) != nil
    }

    /// A post's text: short, or closing on the network's link to its picture («… pic.twitter.com/4B8PAEwfGx»).
    private static func isPostText(_ line: String) -> Bool {
        let linkless = line.replacing(/\s*(https?:\/\/\S+|pic\.twitter\.com\/\S+)/, with: "")
        return linkless.count <= 280 || line.contains("pic.twitter.com/")
    }
}
