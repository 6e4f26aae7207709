/// Where a record starts in its input file, so a problem found later (by the store) still
/// names the line an editor has to open.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based.
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// Compiler-style «file:line».
    public var description: String { "\(file):\(line)" }
}

extension ImportError {
    /// A problem with the record at `position`, reported as «file:line: problem».
    public init(at position: SourcePosition, problem: String) {
        self.init(file: position.file, line: position.line, problem: problem)
    }
}
