import Foundation
import CLibXML2

/// Reads a WordPress export's XML with libxml2, safely: no network, no external DTD or
/// entities, and a document declaring entities of its own is refused outright, since
/// WordPress never writes one and entity expansion is how an XML bomb works.
enum WXRReader {
    static func read(_ text: String, file: String) throws(ImportError) -> WXRDocument {
        if let offset = text.utf8.firstRange(of: "<!ENTITY".utf8)?.lowerBound {
            let (line, column) = position(of: offset, in: text)
            throw ImportError(file: file, line: line, column: column, problem: "the document declares an entity; WordPress exports never do, and Nashir refuses them")
        }
        guard let context = xmlNewParserCtxt() else { throw ImportError(file: file, problem: "cannot start the XML parser") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_HUGE.rawValue)
        let document = text.utf8CString.withUnsafeBufferPointer { buffer in
            xmlCtxtReadMemory(context, buffer.baseAddress, Int32(buffer.count - 1), nil, "UTF-8", options)
        }
        guard let document else {
            if let error = xmlCtxtGetLastError(context) {
                let message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "malformed XML"
                throw ImportError(file: file, line: Int(error.pointee.line), column: error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil, problem: message)
            }
            throw ImportError(file: file, problem: "is not well-formed XML")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), name(of: root) == "rss",
              let channel = children(of: root).first(where: { name(of: $0) == "channel" })
        else { throw ImportError(file: file, line: 1, problem: "is XML but not a WordPress export (no <rss><channel>)") }
        return readChannel(channel)
    }

    private static func readChannel(_ channel: xmlNodePtr) -> WXRDocument {
        var document = WXRDocument(siteURL: "", title: "")
        var baseBlogURL = ""
        for node in children(of: channel) {
            switch name(of: node) {
            case "title": document.title = text(of: node)
            case "link": document.siteURL = text(of: node)
            case "wp:base_blog_url": baseBlogURL = text(of: node)
            case "wp:author":
                let fields = fieldMap(node)
                let author = WXRAuthor(
                    login: fields["wp:author_login"] ?? "", displayName: fields["wp:author_display_name"] ?? "",
                    email: fields["wp:author_email"], firstName: fields["wp:author_first_name"], lastName: fields["wp:author_last_name"])
                if !author.login.isEmpty { document.authors[author.login] = author }
            case "wp:category":
                let fields = fieldMap(node)
                guard let slug = fields["wp:category_nicename"], !slug.isEmpty else { continue }
                let parent = fields["wp:category_parent"].flatMap { $0.isEmpty ? nil : $0 }
                document.categories[slug] = WXRTerm(slug: slug, name: fields["wp:cat_name"] ?? slug, parent: parent)
                if let id = fields["wp:term_id"], !id.isEmpty { document.categorySlugsByID[id] = slug }
            case "item": document.items.append(readItem(node))
            default: break
            }
        }
        if document.siteURL.isEmpty { document.siteURL = baseBlogURL }
        return document
    }

    private static func readItem(_ node: xmlNodePtr) -> WXRItem {
        var item = WXRItem(line: Int(xmlGetLineNo(node)))
        for field in children(of: node) {
            switch name(of: field) {
            case "title": item.title = text(of: field)
            case "link": item.link = text(of: field)
            case "pubDate": item.pubDate = text(of: field)
            case "dc:creator": item.creator = text(of: field)
            case "content:encoded": item.content = text(of: field)
            case "excerpt:encoded": item.excerpt = text(of: field)
            case "wp:post_id": item.postID = text(of: field)
            case "wp:post_date": item.postDate = text(of: field)
            case "wp:post_date_gmt": item.postDateGMT = text(of: field)
            case "wp:post_modified": item.postModified = text(of: field)
            case "wp:post_modified_gmt": item.postModifiedGMT = text(of: field)
            case "wp:post_name": item.postName = text(of: field)
            case "wp:status": item.status = text(of: field)
            case "wp:post_type": item.postType = text(of: field)
            case "wp:post_parent": item.postParent = text(of: field)
            case "wp:attachment_url": item.attachmentURL = text(of: field)
            case "wp:is_sticky": item.isSticky = text(of: field) == "1"
            case "category":
                let term = WXRTerm(slug: attribute("nicename", of: field) ?? "", name: text(of: field))
                item.terms.append((attribute("domain", of: field) ?? "category", term))
            case "wp:postmeta":
                let fields = fieldMap(field)
                if let key = fields["wp:meta_key"] { item.meta[key] = fields["wp:meta_value"] ?? "" }
            default: break
            }
        }
        return item
    }

    // MARK: - libxml2

    private static func children(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// The element's name with a prefix for the namespaces WXR uses, whatever prefix the file
    /// chose: `wp:` for any WXR version's namespace, `excerpt:`, `content:`, `dc:`.
    private static func name(of node: xmlNodePtr) -> String {
        let local = String(cString: node.pointee.name)
        guard let namespace = node.pointee.ns, let href = namespace.pointee.href else { return local }
        let uri = String(cString: href)
        if uri.hasPrefix("http://wordpress.org/export/") { return (uri.hasSuffix("/excerpt/") ? "excerpt:" : "wp:") + local }
        if uri == "http://purl.org/rss/1.0/modules/content/" { return "content:" + local }
        if uri == "http://purl.org/dc/elements/1.1/" { return "dc:" + local }
        return local
    }

    /// All text below the element (CDATA included), read from the nodes themselves so nothing
    /// libxml2 allocates needs freeing.
    private static func text(of node: xmlNodePtr) -> String {
        var result = ""
        func collect(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let current = child {
                switch current.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { result += String(cString: content) }
                case XML_ELEMENT_NODE:
                    collect(current)
                default:
                    break
                }
                child = current.pointee.next
            }
        }
        collect(node)
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if String(cString: current.pointee.name) == name {
                var value = ""
                var part = current.pointee.children
                while let text = part {
                    if let content = text.pointee.content { value += String(cString: content) }
                    part = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The text of each child element by name, for records such as `<wp:author>`.
    private static func fieldMap(_ node: xmlNodePtr) -> [String: String] {
        Dictionary(children(of: node).map { (name(of: $0), text(of: $0)) }, uniquingKeysWith: { first, _ in first })
    }

    private static func position(of offset: String.UTF8View.Index, in text: String) -> (line: Int, column: Int) {
        let before = text.utf8[..<offset]
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { text.utf8.index(after: $0) } ?? text.utf8.startIndex
        return (line, text[lineStart..<offset].count + 1)
    }
}
