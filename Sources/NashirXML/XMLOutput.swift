internal import CLibXML2

/// An XML document written through libxml2's text writer, which escapes text and attribute
/// values; characters XML 1.0 forbids (control characters pasted from word processors) are
/// dropped first, since no escape makes them legal.
///
/// A module of its own, without Foundation: libxml2's headers bring the system's ICU, whose
/// declarations clash with Foundation's own ICU in any module that imports both.
public final class XMLOutput {
    // Stored untyped, so no libxml2 type reaches this module's interface: a client that also
    // imports Foundation would otherwise load both ICUs.
    private let buffer: UnsafeMutableRawPointer
    private let writer: OpaquePointer
    private var finished: String?

    public init() {
        let created = xmlBufferCreate()!
        buffer = UnsafeMutableRawPointer(created)
        writer = xmlNewTextWriterMemory(created, 0)
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        if finished == nil { xmlFreeTextWriter(writer) }
        xmlBufferFree(typedBuffer)
    }

    /// Opens an element with its attributes; close it with `end()`.
    public func start(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        _ = Self.with(name) { xmlTextWriterStartElement(writer, $0) }
        for case let (attribute, value?) in attributes {
            _ = Self.with(attribute) { key in Self.with(Self.legal(value)) { xmlTextWriterWriteAttribute(writer, key, $0) } }
        }
    }

    public func end() {
        xmlTextWriterEndElement(writer)
    }

    /// An element holding only text; nothing is written for nil.
    public func element(_ name: String, _ text: String?, _ attributes: KeyValuePairs<String, String?> = [:]) {
        guard let text else { return }
        start(name, attributes)
        _ = Self.with(Self.legal(text)) { xmlTextWriterWriteString(writer, $0) }
        end()
    }

    /// An element without content, e.g. `<link href="…"/>`.
    public func empty(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        start(name, attributes)
        end()
    }

    /// The document, every open element closed.
    public func finish() -> String {
        if let finished { return finished }
        xmlTextWriterEndDocument(writer)
        // Freeing the writer flushes it into the buffer.
        xmlFreeTextWriter(writer)
        let text = String(cString: xmlBufferContent(typedBuffer))
        finished = text
        return text
    }

    private var typedBuffer: xmlBufferPtr { buffer.assumingMemoryBound(to: xmlBuffer.self) }

    /// `text` without the characters XML 1.0 does not allow.
    public static func legal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isLegal($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter(isLegal))
        return String(scalars)
    }

    private static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func with<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        text.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body) }
    }
}
