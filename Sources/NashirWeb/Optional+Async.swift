extension Optional {
    /// `flatMap` for an asynchronous transform.
    func asyncFlatMap<Result>(_ transform: (Wrapped) async -> Result?) async -> Result? {
        guard let self else { return nil }
        return await transform(self)
    }
}
