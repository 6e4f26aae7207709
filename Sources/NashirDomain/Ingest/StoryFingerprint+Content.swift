extension StoryFingerprint {
    /// The fingerprint of an article: its headline and the text of its body's blocks (images
    /// embeds and dividers carry no words of the story and are left out).
    public init(content: ArticleContent) {
        let body = content.body.compactMap { block -> String? in
            switch block {
            case .paragraph, .subheading, .quote, .list: block.text
            case .image, .embed, .divider: nil
            }
        }
        self.init(headline: content.headline, body: body.joined(separator: "\n\n"))
    }
}
