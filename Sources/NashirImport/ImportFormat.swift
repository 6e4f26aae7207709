/// The shape of an input file: `auto`, or the name of a registered importer.
///
/// A struct rather than an enum so that a new importer names its format in its own file.
public struct ImportFormat: RawRepresentable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    public let rawValue: String

    /// `auto` or the format of a registered importer; nil for any other name.
    public init?(rawValue: String) {
        guard Self.allCases.contains(where: { $0.rawValue == rawValue }) else { return nil }
        self.rawValue = rawValue
    }

    /// Names an importer's format; user input goes through `init?(rawValue:)` instead.
    public init(name: String) {
        rawValue = name
    }

    /// Decide per file: the first registered importer whose `sniff` accepts the content.
    public static let auto = ImportFormat(name: "auto")

    /// `auto`, then every registered importer's format in sniff order.
    public static var allCases: [ImportFormat] {
        [.auto] + ImporterRegistry.standard().importers.map(\.format)
    }

    public var description: String { rawValue }
}
