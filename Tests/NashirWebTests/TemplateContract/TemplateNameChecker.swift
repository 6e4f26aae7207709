import Mustache

/// Finds the names a template prints that its model does not have. Mustache renders a missing
/// name as nothing, silently, so a renamed field empties part of a page without an error; this
/// walks the templates as swift-mustache renders them (its context stack, partials, inheritance)
/// against a fixture model whose optionals are all filled and whose arrays are all non-empty.
struct TemplateNameChecker {
    /// Parsed templates by name, as the theme's library holds them (`partials/article-list`).
    let templates: [String: [MustacheNode]]

    /// `sources` are template texts by name.
    init(sources: [String: String]) throws {
        var templates: [String: [MustacheNode]] = [:]
        for (name, source) in sources { templates[name] = try MustacheTagTree.parse(source, template: name) }
        self.templates = templates
    }

    /// Every problem met rendering `template` with `model`, one line each; empty when all names resolve.
    func problems(rendering template: String, with model: Any) -> [String] {
        var walk = Walk(templates: templates)
        guard let nodes = templates[template] else { return ["no template \(template)"] }
        walk.check(nodes, stack: [model], blocks: [:], depth: 0)
        return walk.problems
    }

    /// The templates a render of `template` reaches, through partials and parents.
    func reached(from template: String) -> Set<String> {
        var reached: Set<String> = []
        func visit(_ name: String) {
            guard reached.insert(name).inserted, let nodes = templates[name] else { return }
            func walk(_ nodes: [MustacheNode]) {
                for node in nodes {
                    switch node {
                    case .variable: break
                    case .section(_, _, let children, _), .block(_, let children, _): walk(children)
                    case .partial(let name, _): visit(name)
                    case .parent(let name, let blocks, _): visit(name); blocks.values.forEach(walk)
                    }
                }
            }
            walk(nodes)
        }
        visit(template)
        return reached
    }

    /// Every name any template uses, for checks on one namespace (`strings.`).
    var allNames: [(name: String, at: TagLocation)] {
        var names: [(String, TagLocation)] = []
        func walk(_ nodes: [MustacheNode]) {
            for node in nodes {
                switch node {
                case .variable(let name, let at): names.append((name, at))
                case .section(let name, _, let children, let at): names.append((name, at)); walk(children)
                case .block(_, let children, _): walk(children)
                case .partial: break
                case .parent(_, let blocks, _): blocks.values.forEach(walk)
                }
            }
        }
        templates.values.forEach(walk)
        return names
    }
}

/// One render's walk: the context stack, the blocks a parent fills, and what went wrong.
private struct Walk {
    let templates: [String: [MustacheNode]]
    var problems: [String] = []
    /// Blocks filled by some `{{<parent}}` that the parent expanded, by where they were filled.
    var expanded: Set<String> = []

    struct Filled {
        let nodes: [MustacheNode]
        let key: String
    }

    mutating func check(_ nodes: [MustacheNode], stack: [Any], blocks: [String: Filled], depth: Int) {
        guard depth < 32 else { return problems.append("templates include each other without end") }
        for node in nodes {
            switch node {
            case .variable(let name, let at):
                guard let value = resolve(name, stack: stack, at: at) else { continue }
                if Mirror(reflecting: value).displayStyle != nil {
                    problems.append("\(at): {{\(name)}} prints a \(type(of: value)), not text")
                }
            case .section(let name, let inverted, let children, let at):
                guard let value = resolve(name, stack: stack, at: at) else { continue }
                if inverted || value is Bool {
                    check(children, stack: stack, blocks: blocks, depth: depth)
                } else if let sequence = value as? any MustacheSequence {
                    // A list renders its section once per element: check against each. Elements
                    // may differ (an article's blocks are of several kinds), so a name counts as
                    // unfilled only when no element fills it.
                    let elements = Array(Self.elements(of: sequence))
                    guard !elements.isEmpty else {
                        problems.append("\(at): {{#\(name)}} is empty in the fixture; give it an element")
                        continue
                    }
                    var common: Set<String>?
                    for element in elements {
                        var walk = Walk(templates: templates, expanded: expanded)
                        walk.check(children, stack: stack + [element], blocks: blocks, depth: depth)
                        expanded.formUnion(walk.expanded)
                        common = common.map { $0.intersection(walk.problems) } ?? Set(walk.problems)
                    }
                    problems += (common ?? []).sorted()
                } else {
                    check(children, stack: stack + [value], blocks: blocks, depth: depth)
                }
            case .partial(let name, let at):
                guard let partial = templates[name] else {
                    problems.append("\(at): {{> \(name)}} names no template")
                    continue
                }
                check(partial, stack: stack, blocks: blocks, depth: depth + 1)
            case .parent(let name, let filled, let at):
                guard let parent = templates[name] else {
                    problems.append("\(at): {{<\(name)}} names no template")
                    continue
                }
                // As swift-mustache merges them: a block filled further out wins.
                var merged = blocks
                for (block, nodes) in filled where merged[block] == nil {
                    merged[block] = Filled(nodes: nodes, key: "\(at) \(block)")
                }
                check(parent, stack: stack, blocks: merged, depth: depth + 1)
                for block in filled.keys.sorted() where !expanded.contains("\(at) \(block)") && blocks[block] == nil {
                    problems.append("\(at): {{$\(block)}} fills no block of \(name)")
                }
            case .block(let name, let children, _):
                if let filled = blocks[name] {
                    expanded.insert(filled.key)
                    check(filled.nodes, stack: stack, blocks: blocks, depth: depth + 1)
                } else {
                    check(children, stack: stack, blocks: blocks, depth: depth)
                }
            }
        }
    }

    /// The value `name` stands for, as swift-mustache finds it: `.` is the top of the stack; a
    /// dotted name's first part is looked up from the top down, the rest inside what it found;
    /// a leading dot looks at the top only. Nil, with a problem noted, when it is not there.
    mutating func resolve(_ name: String, stack: [Any], at: TagLocation) -> Any? {
        guard let top = stack.last else { return nil }
        if name == "." { return top }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        var found: Any?
        var sawNil = false
        for object in (name.hasPrefix(".") ? [top] : stack.reversed()) {
            switch Self.child(first, of: object) {
            case .value(let value): found = value
            case .nilOptional: sawNil = true
            case .missing: break
            }
            if found != nil { break }
        }
        guard var value = found else {
            let scope = (name.hasPrefix(".") ? [top] : stack.reversed()).map { "\(type(of: $0))" }.joined(separator: " < ")
            problems.append(sawNil
                ? "\(at): {{\(name)}} is nil in the fixture; fill every optional"
                : "\(at): {{\(name)}}: no `\(first)` in \(scope)")
            return nil
        }
        for part in parts.dropFirst() {
            switch Self.child(part, of: value) {
            case .value(let child): value = child
            case .nilOptional:
                problems.append("\(at): {{\(name)}}: `\(part)` is nil in the fixture; fill every optional")
                return nil
            case .missing:
                problems.append("\(at): {{\(name)}}: no `\(part)` in \(type(of: value))")
                return nil
            }
        }
        return value
    }

    enum Lookup {
        case value(Any)
        case nilOptional
        case missing
    }

    /// A stored property by name (what Mirror sees, as swift-mustache reads it), or a key of a
    /// `MustacheParent` such as `ThemeStrings`; optionals unwrapped.
    static func child(_ name: String, of object: Any) -> Lookup {
        if let parent = object as? any MustacheParent {
            return parent.child(named: name).map(Lookup.value) ?? .missing
        }
        guard let value = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value else { return .missing }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return .value(value) }
        return mirror.children.first.map { .value($0.value) } ?? .nilOptional
    }

    static func elements(of sequence: some Sequence) -> [Any] {
        sequence.map { $0 as Any }
    }

    static func first(of sequence: some Sequence) -> Any? {
        for element in sequence { return element }
        return nil
    }
}
