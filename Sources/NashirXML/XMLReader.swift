internal import CLibXML2

/// Why `XMLReader` refused a document: libxml2's message, or the guard that tripped, where it happened.
public struct XMLReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Broken XML, or XML that is well-formed but refused (entity declarations, size).
    public enum Kind: Sendable, Equatable { case malformed, refused }

    public var kind: Kind
    /// 1-based; 0 when the problem has no place (the document is too large).
    public var line: Int
    /// 1-based column; nil when libxml2 did not give one.
    public var column: Int?
    public var message: String

    public init(_ kind: Kind = .malformed, line: Int, column: Int?, message: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        if let column { "\(line):\(column): \(message)" } else { "\(line): \(message)" }
    }
}

/// Parses untrusted XML (agency wires, feeds fetched from anywhere) into an `XMLTreeElement`
/// tree, refusing what turns a parser into a weapon: nothing is fetched from the network or
/// the disk (no DTD loading, no external entities), and a document that declares any entity
/// is refused outright, which stops billion-laughs and quadratic blow-up before expansion;
/// no feed or news format needs entity declarations. Documents are limited in size, and
/// libxml2's own limits (depth 256, 10 MB per text node) stay on, since XML_PARSE_HUGE is never set.
public struct XMLReader: Sendable {
    /// Larger documents are refused before parsing.
    public var maxBytes: Int

    public static let defaultMaxBytes = 64 << 20

    public init(maxBytes: Int = Self.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    /// The root element of `text`, parsed as UTF-8 whatever its XML declaration says: the
    /// caller has decoded it already.
    public func parse(_ text: String) throws(XMLReadError) -> XMLTreeElement {
        try parse(bytes: Array(text.utf8), encoding: "UTF-8")
    }

    /// The root element of `bytes`, decoded as `encoding` when given, else as the document
    /// declares (libxml2's own detection).
    public func parse(bytes: [UInt8], encoding: String? = nil) throws(XMLReadError) -> XMLTreeElement {
        if bytes.count > maxBytes {
            throw XMLReadError(.refused, line: 0, column: nil, message: "the document is \(bytes.count) bytes; the limit is \(maxBytes) bytes")
        }
        guard let context = xmlNewParserCtxt() else { throw XMLReadError(line: 0, column: nil, message: "libxml2 could not start a parser") }
        defer { xmlFreeParserCtxt(context) }
        // Each parse owns its report, reached through the context: no global handler, so
        // parses on several threads never see each other's errors.
        let report = ParseReport()
        let unmanaged = Unmanaged.passRetained(report)
        defer { unmanaged.release() }
        context.pointee._private = unmanaged.toOpaque()
        context.pointee.sax.pointee.serror = recordError
        context.pointee.sax.pointee.entityDecl = refuseEntity

        var options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue
        if encoding != nil { options |= XML_PARSE_IGNORE_ENC.rawValue }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), nil, encoding, Int32(options)) }
        }
        defer { if let document { xmlFreeDoc(document) } }
        if let error = report.first { throw error }
        guard let document, context.pointee.wellFormed != 0 else {
            throw XMLReadError(line: Int(context.pointee.input?.pointee.line ?? 0), column: nil, message: "the document is not well-formed XML")
        }
        guard let root = xmlDocGetRootElement(document) else { throw XMLReadError(line: 1, column: 1, message: "the document has no root element") }
        return try Self.convert(root)
    }

    private static func convert(_ node: xmlNodePtr) throws(XMLReadError) -> XMLTreeElement {
        var element = XMLTreeElement(
            name: String(cString: node.pointee.name), namespace: node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
            line: Int(xmlGetLineNo(node)))
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var part = current.pointee.children
            while let text = part {
                if let content = text.pointee.content { value += String(cString: content) }
                part = text.pointee.next
            }
            element.attributes.append(XMLTreeAttribute(
                name: String(cString: current.pointee.name), namespace: current.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
                value: value))
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(.element(try convert(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { element.children.append(.text(String(cString: content))) }
            case XML_ENTITY_REF_NODE:
                // Only left unexpanded when a DOCTYPE names an external DTD (RSS 0.91's, with
                // HTML's entities), which is never loaded: HTML's names are read as HTML would.
                let name = String(cString: current.pointee.name)
                guard let entity = htmlEntityLookup(current.pointee.name), let scalar = Unicode.Scalar(entity.pointee.value) else {
                    throw XMLReadError(line: Int(xmlGetLineNo(current)), column: nil, message: "the entity &\(name); is not defined")
                }
                element.children.append(.text(String(Character(scalar))))
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }
}

/// The first error of one parse, kept by the callbacks below.
private final class ParseReport {
    var first: XMLReadError?

    func record(_ error: XMLReadError) {
        if first == nil { first = error }
    }

    /// The report of the parse `context` (a parser context, as libxml2 passes it) belongs to.
    static func of(_ context: UnsafeMutableRawPointer?) -> (ParseReport, xmlParserCtxtPtr)? {
        guard let context else { return nil }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let report = parser.pointee._private else { return nil }
        return (Unmanaged<ParseReport>.fromOpaque(report).takeUnretainedValue(), parser)
    }
}

/// libxml2's structured errors, for this parse only; warnings (an unused namespace) are not failures.
private let recordError: xmlStructuredErrorFunc = { context, error in
    guard let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue, let (report, _) = ParseReport.of(context) else { return }
    // An entity a never-loaded external DTD would define (RSS 0.91's HTML names): libxml2 leaves
    // a reference node, which `convert` reads as HTML or refuses.
    if error.pointee.code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue) { return }
    let message = error.pointee.message.map { String(cString: $0) } ?? "the document is not well-formed XML"
    report.record(XMLReadError(
        line: Int(error.pointee.line), column: error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil,
        message: message.trimmingTrailingNewlines()))
}

/// Any entity declaration stops the parse: the refusal comes before any expansion could.
private let refuseEntity: entityDeclSAXFunc = { context, name, _, _, _, _ in
    guard let (report, parser) = ParseReport.of(context) else { return }
    let entity = name.map { String(cString: $0) } ?? "?"
    let input = parser.pointee.input
    report.record(XMLReadError(
        .refused, line: Int(input?.pointee.line ?? 0), column: input.map { Int($0.pointee.col) },
        message: "the DOCTYPE declares the entity \"\(entity)\"; entity declarations are refused (they are how XXE and entity-expansion attacks work, and no feed needs them)"))
    xmlStopParser(parser)
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last == "\n" || text.last == " " { text.removeLast() }
        return text
    }
}
