/// A parsed HTML node: an element with attributes and children, or a run of text.
public indirect enum HTMLNode: Sendable, Equatable {
    case element(name: String, attributes: [String: String], children: [HTMLNode])
    case text(String)

    public var name: String? {
        if case .element(let name, _, _) = self { name } else { nil }
    }

    public var attributes: [String: String] {
        if case .element(_, let attributes, _) = self { attributes } else { [:] }
    }

    public var children: [HTMLNode] {
        if case .element(_, _, let children) = self { children } else { [] }
    }

    public subscript(attribute: String) -> String? { attributes[attribute] }

    /// All text below this node, in document order.
    public var text: String {
        switch self {
        case .text(let text): text
        case .element(_, _, let children): children.map(\.text).joined()
        }
    }

    /// Every element below (and including) this node that satisfies `predicate`, in document order.
    public func elements(where predicate: (HTMLNode) -> Bool) -> [HTMLNode] {
        var found: [HTMLNode] = []
        visit { if $0.name != nil && predicate($0) { found.append($0) } }
        return found
    }

    /// Elements with the given tag name.
    public func elements(named name: String) -> [HTMLNode] {
        elements { $0.name == name }
    }

    /// The first element whose `id` is `id`.
    public func element(id: String) -> HTMLNode? {
        elements { $0["id"] == id }.first
    }

    /// Elements whose class list holds `className`.
    public func elements(withClass className: String) -> [HTMLNode] {
        elements { ($0["class"] ?? "").split(separator: " ").contains(Substring(className)) }
    }

    private func visit(_ body: (HTMLNode) -> Void) {
        body(self)
        for child in children { child.visit(body) }
    }
}
