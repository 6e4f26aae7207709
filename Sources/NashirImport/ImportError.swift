/// Why a file could not be imported, naming the file, the line and column where known, and the problem.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// 1-based, counted in characters; only where the format has columns (XML, JSON).
    public var column: Int?
    public var problem: String

    public init(file: String, line: Int? = nil, column: Int? = nil, problem: String) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// Compiler-style «file:line:column: problem», which editors and terminals link to.
    public var description: String {
        switch (line, column) {
        case (let line?, let column?): "\(file):\(line):\(column): \(problem)"
        case (let line?, nil): "\(file):\(line): \(problem)"
        default: "\(file): \(problem)"
        }
    }
}
