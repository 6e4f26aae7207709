/// Why a Hunspell dictionary could not be opened, naming the file at fault.
public enum HunspellError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The affix (.aff) or word list (.dic) is not at `path`.
    case missingFile(path: String)
    /// The affix file's `SET` line names an encoding other than UTF-8, the only one words are passed in.
    case unsupportedEncoding(String, affixPath: String)

    public var description: String {
        switch self {
        case .missingFile(let path):
            "\(path): no such dictionary file (Debian's hunspell-ar installs the Arabic one)"
        case .unsupportedEncoding(let encoding, let affixPath):
            "\(affixPath): the dictionary is in \(encoding); only UTF-8 dictionaries are supported"
        }
    }
}
