/// The rules of an account change, the same in every store.
extension UserChange {
    /// Whether this change takes an active administrator's rights away (a demotion or disabling),
    /// which the store allows only while another active administrator remains.
    public func removesAdministration(from user: User) -> Bool {
        user.role == .administrator && !user.isDisabled && ((role.map { $0 != .administrator } ?? false) || isDisabled == true)
    }

    /// `user` as this change leaves it; the password hash is the store's alone.
    public func applied(to user: User) -> User {
        var user = user
        if let displayName { user.displayName = displayName }
        if let role { user.role = role }
        if let isDisabled { user.isDisabled = isDisabled }
        if let hasPublicProfile { user.hasPublicProfile = hasPublicProfile }
        if let bio { user.bio = bio.isEmpty ? nil : bio }
        return user
    }

    /// Whether the account's sessions must end: a stolen session must not outlive a disabled
    /// account or a changed password.
    public var endsSessions: Bool {
        isDisabled == true || passwordHash != nil
    }
}

extension User {
    /// Whether readers see a difference between `before` and this: bylines start or stop linking
    /// to the author's page, or the page shows another name or bio.
    public func changesAuthorPage(from before: User) -> Bool {
        before.isPublicAuthor != isPublicAuthor || (isPublicAuthor && (before.displayName != displayName || before.bio != bio))
    }
}
