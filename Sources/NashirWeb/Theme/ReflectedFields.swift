import Mustache
import Synchronization

/// A page model as Mustache sees it, its stored properties read with one reflection per value.
///
/// Mustache looks a name up through every level of its context stack and reflects the value
/// at each level for each look-up: an article page made thousands of reflections, a third of
/// a cache miss. Reading each value's fields once, up front, gives the same answers (a nil
/// property is absent, so the look-up climbs the stack as before) for a fraction of the work.
struct ReflectedFields: MustacheParent, @unchecked Sendable {
    // Unchecked: the values are copies of a page model's fields, and page models are Sendable.
    private var fields: [String: Any]

    init(_ value: Any) {
        var fields: [String: Any] = [:]
        if case .reflected(let layout?) = Self.treatment(of: value) {
            layout.read(value) { label, field in
                if let present = Self.field(field) { fields[label] = present }
            }
        } else {
            for child in Mirror(reflecting: value).children {
                guard let label = child.label, let present = Self.field(child.value) else { continue }
                fields[label] = present
            }
        }
        self.fields = fields
    }

    func child(named name: String) -> Any? { fields[name] }

    /// The same fields with `changed` read in place of theirs (a nil value absent, as in `init`).
    func replacing(_ changed: KeyValuePairs<String, Any>) -> ReflectedFields {
        var copy = self
        for (label, value) in changed { copy.fields[label] = Self.field(value) }
        return copy
    }

    /// Values Mustache renders or reads in its own way stay as they are; arrays keep their
    /// elements' order; other structs and classes are read once.
    static func wrap(_ value: Any) -> Any {
        switch treatment(of: value) {
        case .kept, .optional: value
        case .array(let array): array.elements(of: value).map(wrap)
        case .reflected: ReflectedFields(value)
        }
    }

    /// A property's value as templates get it: what an optional holds, wrapped, or nil.
    private static func field(_ value: Any) -> Any? {
        guard case .optional(let optional) = treatment(of: value) else { return wrap(value) }
        return optional.wrapped(in: value).flatMap(field)
    }

    /// What `wrap` does with every value of one type, with what it needs to do it without a
    /// cast per value: casting to a protocol looked the conformance up each time. Unchecked:
    /// the metatypes it holds are immutable.
    private enum Treatment: @unchecked Sendable {
        case kept
        case optional(any OptionalValue.Type)
        case array(any ArrayValue.Type)
        /// A struct's fields; nil: read through `Mirror` (a class, a type with a custom mirror, or one
        /// `FieldLayout` leaves to it).
        case reflected(FieldLayout?)
    }

    /// Each type's treatment, decided once: deciding casts a value to six protocols and
    /// reflects it, and a page asks for every field of every value it shows.
    private static let treatments = Mutex<[ObjectIdentifier: Treatment]>([:])

    private static func treatment(of value: Any) -> Treatment {
        let type = ObjectIdentifier(Swift.type(of: value))
        if let known = treatments.withLock({ $0[type] }) { return known }
        let decided = decide(value)
        treatments.withLock { $0[type] = decided }
        return decided
    }

    /// Decided by the value's type alone: an optional before any cast, which would look inside it.
    private static func decide(_ value: Any) -> Treatment {
        let style = Mirror(reflecting: value).displayStyle
        if style == .optional, let optional = Swift.type(of: value) as? any OptionalValue.Type { return .optional(optional) }
        switch value {
        case is String, is Substring, is Bool, is Int, is Double:
            return .kept
        // Before the protocols: an array is MustacheTransformable, and kept as it was its
        // elements would be reflected again at every look-up inside a loop.
        case is [Any]:
            guard let array = Swift.type(of: value) as? any ArrayValue.Type else { return .kept }
            return .array(array)
        case is any MustacheParent, is any MustacheCustomRenderable, is any MustacheCustomRepresentation, is MustacheLambda,
             is any MustacheTransformable, is any CustomStringConvertible:
            return .kept
        default:
            switch style {
            case .struct: return .reflected(value is any CustomReflectable ? nil : FieldLayout(of: Swift.type(of: value)))
            case .class: return .reflected(nil)
            default: return .kept
            }
        }
    }
}

/// An optional of any type, opened without reflecting it.
private protocol OptionalValue {
    /// What `value`, an instance of this type, holds.
    static func wrapped(in value: Any) -> Any?
}

extension Optional: OptionalValue {
    fileprivate static func wrapped(in value: Any) -> Any? {
        // A cast to the exact type the value has, not to a protocol: no conformance to look up.
        (value as? Self)?.map { $0 }
    }
}

/// An array of any element type, its elements read without a cast per element.
private protocol ArrayValue {
    static func elements(of value: Any) -> [Any]
}

extension Array: ArrayValue {
    fileprivate static func elements(of value: Any) -> [Any] {
        (value as? Self)?.map { $0 } ?? []
    }
}
