import Mustache

/// A page model as Mustache sees it, its stored properties read with one reflection per value.
///
/// Mustache looks a name up through every level of its context stack and reflects the value
/// at each level for each look-up: an article page made thousands of reflections, a third of
/// a cache miss. Reading each value's fields once, up front, gives the same answers (a nil
/// property is absent, so the look-up climbs the stack as before) for a fraction of the work.
struct ReflectedFields: MustacheParent {
    private let fields: [String: Any]

    init(_ value: Any) {
        var fields: [String: Any] = [:]
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, let present = Self.unwrapped(child.value) else { continue }
            fields[label] = Self.wrap(present)
        }
        self.fields = fields
    }

    func child(named name: String) -> Any? { fields[name] }

    /// Values Mustache renders or reads in its own way stay as they are; arrays keep their
    /// elements' order; other structs and classes are read once.
    static func wrap(_ value: Any) -> Any {
        switch value {
        case is String, is Substring, is Bool, is Int, is Double:
            return value
        // Before the protocols: an array is MustacheTransformable, and kept as it was its
        // elements would be reflected again at every look-up inside a loop.
        case let array as [Any]:
            return array.map(wrap)
        case is any MustacheParent, is any MustacheCustomRenderable, is any MustacheCustomRepresentation, is MustacheLambda,
             is any MustacheTransformable, is any CustomStringConvertible:
            return value
        default:
            switch Mirror(reflecting: value).displayStyle {
            case .struct, .class: return ReflectedFields(value)
            default: return value
            }
        }
    }

    /// The value an optional holds, or nil; anything else as it is.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.flatMap { unwrapped($0.value) }
    }
}
