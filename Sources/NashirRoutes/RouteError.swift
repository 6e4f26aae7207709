/// A request whose address is known but whose parameters are not usable: a 400 naming them.
public struct RouteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The query parameter at fault, as the reader sent it (e.g. "page").
    public var parameter: String
    /// What is wrong, in Arabic, for the reader who typed the address.
    public var message: String

    public init(parameter: String, message: String) {
        self.parameter = parameter
        self.message = message
    }

    public var description: String { message }
}
