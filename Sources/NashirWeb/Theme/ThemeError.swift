/// Why a theme could not be loaded.
public enum ThemeError: Error, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case invalidTemplate(file: String, reason: String)
    case missingString(key: String, file: String, neededBy: String)
    case invalidStrings(file: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path): "theme is incomplete: \(path) does not exist"
        case .unreadable(let path, let reason): "theme file \(path) cannot be read: \(reason)"
        case .invalidTemplate(let file, let reason): "theme template \(file) cannot be parsed: \(reason)"
        case .missingString(let key, let file, let neededBy): "theme is incomplete: \(file) has no \"\(key)\", which \(neededBy) needs"
        case .invalidStrings(let file, let reason): "theme strings \(file) are invalid: \(reason)"
        }
    }
}
