import NashirCopyDesk
import NashirDomain

extension CopyStory {
    /// What the copy desk reads of an article: headline, sub-headlines, then the body's blocks.
    public init(content: ArticleContent) {
        self.init(paragraphs: [content.headline] + content.highlights + content.body.map(\.text).filter { !$0.isEmpty })
    }
}
