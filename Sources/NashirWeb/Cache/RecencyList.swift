/// Values by key in order of last use, for least-recently-used eviction: every operation is
/// O(1), nodes sit in one array linked by index, and freed slots are reused.
struct RecencyList<Value> {
    private struct Node {
        var key: String
        var value: Value
        var newer: Int?
        var older: Int?
    }

    private var nodes: [Node?] = []
    private var free: [Int] = []
    private var slots: [String: Int] = [:]
    private var newest: Int?
    private var oldest: Int?

    var count: Int { slots.count }

    /// The value for `key`, marking it as just used.
    mutating func use(_ key: String) -> Value? {
        guard let slot = slots[key] else { return nil }
        moveToFront(slot)
        return nodes[slot]?.value
    }

    /// The value for `key` without changing the order.
    func peek(_ key: String) -> Value? {
        slots[key].flatMap { nodes[$0]?.value }
    }

    /// Inserts or replaces, as the most recently used; returns the replaced value.
    @discardableResult
    mutating func set(_ key: String, _ value: Value) -> Value? {
        let replaced = remove(key)
        let node = Node(key: key, value: value, newer: nil, older: newest)
        let slot: Int
        if let reused = free.popLast() {
            slot = reused
            nodes[slot] = node
        } else {
            slot = nodes.count
            nodes.append(node)
        }
        if let newest { nodes[newest]?.newer = slot }
        newest = slot
        if oldest == nil { oldest = slot }
        slots[key] = slot
        return replaced
    }

    @discardableResult
    mutating func remove(_ key: String) -> Value? {
        guard let slot = slots.removeValue(forKey: key), let node = nodes[slot] else { return nil }
        unlink(slot)
        nodes[slot] = nil
        free.append(slot)
        return node.value
    }

    /// The least recently used key, the next to evict.
    var oldestKey: String? {
        oldest.flatMap { nodes[$0]?.key }
    }

    mutating func removeAll() {
        self = RecencyList()
    }

    private mutating func moveToFront(_ slot: Int) {
        guard newest != slot else { return }
        unlink(slot)
        nodes[slot]?.older = newest
        nodes[slot]?.newer = nil
        if let newest { nodes[newest]?.newer = slot }
        newest = slot
        if oldest == nil { oldest = slot }
    }

    private mutating func unlink(_ slot: Int) {
        guard nodes[slot] != nil else { return }
        // Fields read one by one: binding the whole node would copy (and retain) its key and value.
        let newer = nodes[slot]!.newer
        let older = nodes[slot]!.older
        if let newer { nodes[newer]?.older = older } else { newest = older }
        if let older { nodes[older]?.newer = newer } else { oldest = newer }
        nodes[slot]?.newer = nil
        nodes[slot]?.older = nil
    }
}
