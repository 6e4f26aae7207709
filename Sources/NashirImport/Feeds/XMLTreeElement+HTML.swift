import NashirHTML
import NashirXML

extension XMLTreeElement {
    /// This element as HTML, for markup carried inside XML (Atom's xhtml content, NewsML-G2's
    /// inline XHTML or NITF): local names kept, NITF's own names read as their HTML kin.
    var html: HTMLNode {
        let renamed: [String: String] = ["hl1": "h1", "hl2": "h2", "block": "div", "body.content": "div", "media": "div", "media-caption": "figcaption"]
        var attributes: [String: String] = [:]
        for attribute in self.attributes where attribute.namespace == nil { attributes[attribute.name] = attribute.value }
        let children: [HTMLNode] = children.map { child in
            switch child {
            case .text(let text): .text(text)
            case .element(let element): element.html
            }
        }
        return .element(name: renamed[name] ?? name.lowercased(), attributes: attributes, children: children)
    }
}
