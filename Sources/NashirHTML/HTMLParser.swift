import CLibXML2

/// Parses HTML the way browsers forgive it, with libxml2's HTML parser.
public enum HTMLParser {
    /// The document's root element (`html`), or nil when libxml2 finds no document at all.
    public static func parse(_ html: String) -> HTMLNode? {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let bytes = Array(html.utf8)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options) }
        }) else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return convert(root)
    }

    private static func convert(_ node: xmlNodePtr) -> HTMLNode? {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let name = String(cString: node.pointee.name)
            var attributes: [String: String] = [:]
            var attribute = node.pointee.properties
            while let current = attribute {
                let key = String(cString: current.pointee.name)
                // An attribute's value is the text of its child nodes (one, usually); reading them
                // directly avoids libxml2's allocating getter.
                var value = ""
                var part = current.pointee.children
                while let text = part {
                    if let content = text.pointee.content { value += String(cString: content) }
                    part = text.pointee.next
                }
                attributes[key] = value
                attribute = current.pointee.next
            }
            var children: [HTMLNode] = []
            var child = node.pointee.children
            while let current = child {
                if let converted = convert(current) { children.append(converted) }
                child = current.pointee.next
            }
            return .element(name: name, attributes: attributes, children: children)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return nil }
            return .text(String(cString: content))
        default:
            return nil
        }
    }
}
