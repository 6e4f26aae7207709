/// WebDriver's codes for keys that are not characters, to send with `WebElement.sendKeys`
/// (W3C WebDriver, "Keyboard actions": each key is one private-use code point).
enum Key {
    static let tab = "\u{E004}"
    static let shift = "\u{E008}"
    static let enter = "\u{E007}"
    static let escape = "\u{E00C}"
    static let arrowUp = "\u{E013}"
    static let arrowDown = "\u{E015}"
}
