import Foundation
import NashirDomain

extension PageRenderer {
    /// Stories shown under an article.
    static let relatedCount = 4
}
