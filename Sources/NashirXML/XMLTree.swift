/// An XML element as `XMLReader` gives it: local name, namespace, attributes, children, and
/// the line it starts on, so importers can point at the record they could not use.
public struct XMLTreeElement: Sendable, Equatable {
    /// The local name, without a prefix: `encoded` for `<content:encoded>`.
    public var name: String
    /// The namespace URI, or nil outside any namespace.
    public var namespace: String?
    public var attributes: [XMLTreeAttribute]
    public var children: [XMLTreeNode]
    /// 1-based line of the start tag.
    public var line: Int

    public init(name: String, namespace: String? = nil, attributes: [XMLTreeAttribute] = [], children: [XMLTreeNode] = [], line: Int = 0) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The child elements, in document order.
    public var elements: [XMLTreeElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// Child elements named `name`, in `namespace` when one is given (any namespace otherwise).
    public func elements(_ name: String, namespace: String? = nil) -> [XMLTreeElement] {
        elements.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// The first child element named `name`.
    public func element(_ name: String, namespace: String? = nil) -> XMLTreeElement? {
        elements.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// The text of the first child named `name`, or nil when there is none.
    public func text(of name: String, namespace: String? = nil) -> String? {
        element(name, namespace: namespace)?.text
    }

    /// An attribute's value by local name (and namespace, when given).
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }?.value
    }

    /// All text below this element (CDATA included), in document order.
    public var text: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            }
        }
    }
}

/// An element's attribute, with its namespace when it has a prefix (`xml:lang`, `rdf:about`).
public struct XMLTreeAttribute: Sendable, Equatable {
    public var name: String
    public var namespace: String?
    public var value: String

    public init(name: String, namespace: String? = nil, value: String) {
        self.name = name
        self.namespace = namespace
        self.value = value
    }
}

/// A child of an element: another element, or text (CDATA sections and entity references read as text).
public indirect enum XMLTreeNode: Sendable, Equatable {
    case element(XMLTreeElement)
    case text(String)
}
