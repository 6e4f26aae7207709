import NashirPostgres
import Testing

/// `--db` URLs: what each part becomes, and errors that name the wrong part without the password.
@Suite struct PostgresLocationTests {
    @Test func aFullURLGivesEveryPart() throws {
        let location = try PostgresLocation(url: "postgres://nashir:s%40cret@db.example.com:6543/news?sslmode=require")
        #expect(location.host == "db.example.com" && location.port == 6543)
        #expect(location.user == "nashir" && location.password == "s@cret" && location.database == "news")
        #expect(location.tls == .require && location.socketFolder == nil)
        #expect(location.description == "postgres://nashir@db.example.com:6543/news")
        #expect(location.pool == 20)
        #expect(try PostgresLocation(url: "postgres://u@h/n?pool=8").pool == 8)
    }

    @Test func loopbackAndSocketsGoWithoutTLSByDefault() throws {
        #expect(try PostgresLocation(url: "postgresql://u@127.0.0.1/n").tls == .disable)
        #expect(try PostgresLocation(url: "postgres://u@db.example.com/n").tls == .prefer)
        let socket = try PostgresLocation(url: "postgres://u@/n?host=/run/postgresql")
        #expect(socket.socketFolder == "/run/postgresql" && socket.port == 5432 && socket.tls == .disable)
    }

    @Test(arguments: [
        ("news.sqlite", "is not a postgres:// URL"),
        ("postgres://u:pw@/n", "names no host"),
        ("postgres://h/n", "names no user"),
        ("postgres://u:pw@h:5432", "names no database"),
        ("postgres://u:pw@h/a/b", "names no database"),
        ("postgres://u:pw@h/n?sslmode=verify", "sslmode \"verify\" is not one of disable, prefer, require"),
        ("postgres://u:pw@h/n?pool=1", "pool \"1\" is not a number of connections from 2 to 1000"),
        ("postgres://u:pw@h/n?pool=many", "pool \"many\" is not a number"),
    ])
    func aWrongURLNamesItsProblem(_ url: String, _ problem: String) {
        #expect(!PostgresLocation.isURL(url) || url.hasPrefix("postgres"))
        do {
            _ = try PostgresLocation(url: url)
            Issue.record("\(url) was accepted")
        } catch {
            #expect(error.problem.hasPrefix(problem))
            #expect(!error.description.contains("pw@"))
        }
    }
}
