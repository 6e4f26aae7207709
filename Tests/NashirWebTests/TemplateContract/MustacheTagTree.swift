import Foundation

/// A Mustache template reduced to the tags that name things, nested as sections nest, so the
/// names can be checked against a model. Text is dropped; every tag keeps where it was.
indirect enum MustacheNode {
    /// `{{name}}`, `{{{name}}}` or `{{&name}}`.
    case variable(String, at: TagLocation)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(String, inverted: Bool, children: [MustacheNode], at: TagLocation)
    /// `{{> name}}`.
    case partial(String, at: TagLocation)
    /// `{{<name}}…{{/name}}`: the template `name` with these blocks filled.
    case parent(String, blocks: [String: [MustacheNode]], at: TagLocation)
    /// `{{$name}}…{{/name}}` outside a parent: a block, with its default content.
    case block(String, children: [MustacheNode], at: TagLocation)
}

/// A tag's template and line, for messages.
struct TagLocation: CustomStringConvertible {
    let template: String
    let line: Int
    var description: String { "\(template).mustache:\(line)" }
}

/// Parses templates into `MustacheNode`s: the tag syntax swift-mustache reads, with the default
/// delimiters (a `{{=…=}}` change is refused rather than misread).
enum MustacheTagTree {
    struct SyntaxError: Error, CustomStringConvertible {
        let location: TagLocation
        let message: String
        var description: String { "\(location): \(message)" }
    }

    private struct Frame {
        let sigil: Character
        let name: String
        let location: TagLocation
        var children: [MustacheNode] = []
    }

    static func parse(_ source: String, template: String) throws(SyntaxError) -> [MustacheNode] {
        var stack = [Frame(sigil: " ", name: "", location: TagLocation(template: template, line: 1))]
        var rest = source[...]
        var line = 1
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].count { $0 == "\n" }
            let location = TagLocation(template: template, line: line)
            let triple = rest[open.upperBound...].hasPrefix("{")
            let closer = triple ? "}}}" : "}}"
            guard let close = rest[open.upperBound...].range(of: closer) else {
                throw SyntaxError(location: location, message: "a tag is not closed")
            }
            let inside = rest[open.upperBound..<close.lowerBound]
            line += inside.count { $0 == "\n" }
            rest = rest[close.upperBound...]
            var tag = inside.trimmingCharacters(in: .whitespacesAndNewlines)[...]
            if triple { tag = tag.dropFirst() }
            let sigil = triple ? "&" : tag.first ?? " "
            let name = String(("!#^/><$&=%".contains(sigil) && !triple ? tag.dropFirst() : tag)).trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "!", "%":
                continue
            case "=":
                throw SyntaxError(location: location, message: "delimiter changes are not checked")
            case "#", "^", "<", "$":
                stack.append(Frame(sigil: sigil, name: name, location: location))
            case "/":
                guard stack.count > 1, let frame = stack.popLast(), frame.name == name else {
                    throw SyntaxError(location: location, message: "{{/\(name)}} closes nothing open")
                }
                let node: MustacheNode
                switch frame.sigil {
                case "<":
                    var blocks: [String: [MustacheNode]] = [:]
                    for child in frame.children {
                        guard case .block(let name, let children, _) = child else {
                            throw SyntaxError(location: frame.location, message: "only {{$block}}s may stand inside {{<\(frame.name)}}")
                        }
                        blocks[name] = children
                    }
                    node = .parent(frame.name, blocks: blocks, at: frame.location)
                case "$":
                    node = .block(frame.name, children: frame.children, at: frame.location)
                default:
                    node = .section(frame.name, inverted: frame.sigil == "^", children: frame.children, at: frame.location)
                }
                stack[stack.count - 1].children.append(node)
            case ">":
                guard !name.hasPrefix("*") else { throw SyntaxError(location: location, message: "dynamic partials are not checked") }
                stack[stack.count - 1].children.append(.partial(name, at: location))
            default:
                guard !name.contains("(") else { throw SyntaxError(location: location, message: "transforms are not checked") }
                stack[stack.count - 1].children.append(.variable(name, at: location))
            }
        }
        guard stack.count == 1, let root = stack.first else {
            throw SyntaxError(location: stack[stack.count - 1].location, message: "{{\(stack[stack.count - 1].sigil)\(stack[stack.count - 1].name)}} is never closed")
        }
        return root.children
    }
}
