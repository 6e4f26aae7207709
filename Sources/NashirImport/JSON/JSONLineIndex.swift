/// Lines of the records in a JSON document (the items of a feed), so a problem with one
/// record names the line where it starts.
struct JSONLineIndex {
    private var lineStarts: [Int] = [0]
    private var itemOffsets: [String: [Int]]

    init(bytes: [UInt8], itemOffsets: [String: [Int]]) {
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
        self.itemOffsets = itemOffsets
    }

    /// The 1-based line where item `index` of the array `member` of the root object starts
    /// (of the root array itself when `member` is nil); 1 when unknown.
    func line(ofItem index: Int, in member: String? = "items") -> Int {
        guard let offsets = itemOffsets[member ?? ""], offsets.indices.contains(index) else { return 1 }
        let offset = offsets[index]
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }
}
