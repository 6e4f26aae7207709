extension PasswordHasher {
    /// A stored hash no password matches (bcrypt refuses to read it): an account made without a
    /// password, such as a writer brought over from WordPress, cannot sign in until an
    /// administrator sets one.
    public static let noPassword = "!"
}
