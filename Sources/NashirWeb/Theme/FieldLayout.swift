@_spi(Reflection) import Swift

/// A struct type's stored properties, found once: each one's name, its offset in the struct
/// and a reader that copies it out. Reading a value through them gives what `Mirror` gives
/// (the same labels, in declaration order) without `Mirror`'s work per value: resolving each
/// field's type from its mangled name, which was most of a page's reflection.
struct FieldLayout: Sendable {
    private struct Field: Sendable {
        let name: String
        let offset: Int
        let read: @Sendable (UnsafeRawPointer) -> Any
    }

    private let fields: [Field]

    /// The layout of `type`; nil when the runtime cannot describe it, or when a field is not a
    /// plain stored value (a weak or unowned reference, a function): then `Mirror` reads it.
    init?(of type: Any.Type) {
        func plain<Value>(_ type: Value.Type) -> Bool { _forEachFieldWithKeyPath(of: type, options: []) { _, _ in true } }
        guard _openExistential(type, do: plain) else { return nil }
        var fields: [Field] = []
        let described = _forEachField(of: type, options: []) { name, offset, fieldType, _ in
            fields.append(Field(name: String(cString: name), offset: offset, read: Self.reader(for: fieldType)))
            return true
        }
        guard described else { return nil }
        self.fields = fields
    }

    /// Calls `body` with each field's name and value, in declaration order; `value` must be of
    /// the type the layout was made for.
    func read(_ value: Any, _ body: (String, Any) -> Void) {
        func open<Value>(_ value: Value) {
            withUnsafePointer(to: value) { pointer in
                let base = UnsafeRawPointer(pointer)
                for field in fields { body(field.name, field.read(base + field.offset)) }
            }
        }
        _openExistential(value, do: open)
    }

    private static func reader(for type: Any.Type) -> @Sendable (UnsafeRawPointer) -> Any {
        func typed<Field>(_: Field.Type) -> @Sendable (UnsafeRawPointer) -> Any {
            { $0.assumingMemoryBound(to: Field.self).pointee }
        }
        return _openExistential(type, do: typed)
    }
}
