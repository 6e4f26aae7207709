/// Why a file could not be imported, naming the file, the line where known, and the problem.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var problem: String

    public init(file: String, line: Int? = nil, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// Compiler-style «file:line: problem», which editors and terminals link to.
    public var description: String {
        if let line { "\(file):\(line): \(problem)" } else { "\(file): \(problem)" }
    }
}
