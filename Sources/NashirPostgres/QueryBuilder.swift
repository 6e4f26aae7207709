import PostgresNIO

/// SQL put together from parts chosen at run time (a list's filters), every value a bound parameter.
struct QueryBuilder {
    private var binds = PostgresBindings()

    /// The placeholder for `value`, bound in order.
    mutating func bind<T: PostgresThrowingDynamicTypeEncodable>(_ value: T) throws -> String {
        try binds.append(value)
        return "$\(binds.count)"
    }

    /// The query `sql` with the placeholders handed out so far.
    func query(_ sql: String) -> PostgresQuery {
        PostgresQuery(unsafeSQL: sql, binds: binds)
    }
}
