import Foundation
@testable import NashirWeb
import Testing

/// Page models reach the templates through `FieldLayout`, which must read what `Mirror` reads.
@Suite struct FieldLayoutTests {
    final class Box { let name = "صندوق" }
    enum Kind { case news, opinion }
    struct Inner: Equatable { var title: String; var count: Int }
    struct Generic<Value> { var value: Value; var values: [Value] }
    struct Model {
        var headline = "عنوان"
        var count: Int? = 3
        var missing: Int? = nil
        var inner = Inner(title: "داخل", count: 2)
        var inners = [Inner(title: "أ", count: 1), Inner(title: "ب", count: 2)]
        var maybeInner: Inner? = Inner(title: "ج", count: 0)
        var ratio = 0.5
        var flag = true
        var kind = Kind.opinion
        var box = Box()
        var date = Date(timeIntervalSince1970: 1_500_000_000)
        var generic = Generic(value: "س", values: ["ص", "ع"])
        var nested: [[String]] = [["x"], []]
        var doubleOptional: String?? = .some(nil)
    }

    @Test func readsTheFieldsMirrorReads() throws {
        let model = Model()
        let layout = try #require(FieldLayout(of: Model.self))
        var read: [(String, String)] = []
        layout.read(model) { name, value in read.append((name, String(describing: value))) }
        let mirrored = Mirror(reflecting: model).children.map { ($0.label ?? "", String(describing: $0.value)) }
        #expect(read.map(\.0) == mirrored.map(\.0))
        #expect(read.map(\.1) == mirrored.map(\.1))
        // The class instance read is the instance itself, not a copy.
        var box: AnyObject?
        layout.read(model) { name, value in if name == "box" { box = value as AnyObject } }
        #expect(box === model.box)
    }

    struct Holder { var title = "حامل"; weak var box: Box?; var count: () -> Int = { 1 } }

    @Test func leavesWeakReferencesAndFunctionsToMirror() throws {
        #expect(FieldLayout(of: Holder.self) == nil)
        let box = Box()
        var holder = Holder()
        holder.box = box
        let fields = ReflectedFields(holder)
        #expect(fields.child(named: "title") as? String == "حامل")
        #expect((fields.child(named: "box") as? ReflectedFields)?.child(named: "name") as? String == "صندوق")
        withExtendedLifetime(box) {}
    }

    @Test func readsGenericStructs() throws {
        let value = Generic(value: 7, values: [1, 2, 3])
        let layout = try #require(FieldLayout(of: Generic<Int>.self))
        var read: [String: Any] = [:]
        layout.read(value) { read[$0] = $1 }
        #expect(read["value"] as? Int == 7)
        #expect(read["values"] as? [Int] == [1, 2, 3])
    }

    @Test func templatesSeeTheSameModelAsThroughMirror() throws {
        let fields = ReflectedFields(Model())
        #expect(fields.child(named: "headline") as? String == "عنوان")
        #expect(fields.child(named: "count") as? Int == 3)
        // A nil property is absent, so a look-up climbs the context stack.
        #expect(fields.child(named: "missing") == nil)
        #expect(fields.child(named: "doubleOptional") == nil)
        let inner = try #require(fields.child(named: "inner") as? ReflectedFields)
        #expect(inner.child(named: "title") as? String == "داخل")
        let inners = try #require(fields.child(named: "inners") as? [Any])
        #expect(inners.compactMap { ($0 as? ReflectedFields)?.child(named: "title") as? String } == ["أ", "ب"])
        #expect((fields.child(named: "maybeInner") as? ReflectedFields)?.child(named: "title") as? String == "ج")
        #expect((fields.child(named: "generic") as? ReflectedFields)?.child(named: "values") as? [Any] != nil)
        // A class is read through Mirror.
        #expect((fields.child(named: "box") as? ReflectedFields)?.child(named: "name") as? String == "صندوق")
    }
}
