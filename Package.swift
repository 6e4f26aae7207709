// swift-tools-version: 6.1
import PackageDescription

/// Strict settings every target shares: Swift 6 mode plus the upcoming checks that keep
/// dependencies honest (explicit `any`, imports visible where members are used).
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Nashir",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "nashir", targets: ["nashir"]),
        .library(name: "ArabicText", targets: ["ArabicText"]),
        // For the benchmarks package (Benchmarks/), which uses Nashir from outside.
        .library(name: "NashirDomain", targets: ["NashirDomain"]),
        .library(name: "NashirSQLite", targets: ["NashirSQLite"]),
        .library(name: "NashirPostgres", targets: ["NashirPostgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        .target(name: "ArabicText", swiftSettings: strict),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "NashirHTML", dependencies: ["CLibXML2"], swiftSettings: strict),
        // XML written through libxml2's text writer; without Foundation, whose ICU clashes with libxml2's.
        .target(name: "NashirXML", dependencies: ["CLibXML2"], swiftSettings: strict),
        // RSS, Atom, JSON Feed and sitemaps: the formats only, no HTTP.
        .target(name: "NashirFeeds", dependencies: ["NashirXML"], swiftSettings: strict),
        .systemLibrary(name: "CLibVips", pkgConfig: "vips", providers: [.apt(["libvips-dev"])]),
        // libvips's operations take C varargs, which Swift cannot call: fixed-argument wrappers.
        .target(name: "CVipsShim", dependencies: ["CLibVips"]),
        .target(name: "NashirMedia", dependencies: ["CLibVips", "CVipsShim"], swiftSettings: strict),
        .target(name: "NashirDomain", dependencies: ["ArabicText"], swiftSettings: strict),
        .target(name: "NashirRoutes", dependencies: ["NashirDomain"], swiftSettings: strict),
        // The copy desk's rules: Foundation and ArabicText only, so the CLI, the import and the
        // editor share them.
        .target(name: "NashirCopyDesk", dependencies: ["ArabicText"], swiftSettings: strict),
        .systemLibrary(name: "CHunspell", pkgConfig: "hunspell", providers: [.apt(["libhunspell-dev"])]),
        // The copy desk's spelling dictionary through Hunspell, apart so the copy desk itself links no C library.
        .target(name: "NashirSpelling", dependencies: ["CHunspell", "NashirCopyDesk"], swiftSettings: strict),
        // FTS5's bm25 told how common each query word is, where the built-in one walks every
        // word's whole posting list on every query to find out.
        .target(name: "CSQLiteRank", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(
            name: "NashirSQLite",
            dependencies: [
                "NashirDomain", "ArabicText", "CSQLiteRank", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: strict
        ),
        // The same store contracts on a PostgreSQL server, for several instances on one database.
        .target(
            name: "NashirPostgres",
            dependencies: [
                "NashirDomain", "ArabicText",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: strict
        ),
        // Passwords, secrets and sign-in rules of the newsroom, shared by the web admin and the CLI.
        .target(
            name: "NashirAuth",
            dependencies: [
                "NashirDomain",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(name: "NashirImport", dependencies: ["NashirDomain", "ArabicText", "NashirHTML", "NashirXML", "NashirCopyDesk"], swiftSettings: strict),
        // The default theme as Swift source (scripts/embed-default-theme.sh), so the binary carries it.
        .target(
            name: "NashirIngest",
            dependencies: [
                "NashirDomain", "NashirImport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: strict
        ),
        .target(name: "NashirDefaultTheme", swiftSettings: strict),
        .target(
            name: "NashirWeb",
            dependencies: [
                "NashirDomain", "ArabicText", "NashirRoutes", "NashirDefaultTheme", "NashirAuth", "NashirMedia", "NashirFeeds", "NashirCopyDesk",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "nashir",
            dependencies: [
                "NashirDomain", "ArabicText", "NashirSQLite", "NashirPostgres", "NashirImport", "NashirRoutes", "NashirWeb", "NashirAuth",
                "NashirIngest", "NashirCopyDesk", "NashirSpelling",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict
        ),
        .target(name: "NashirTestSupport", dependencies: ["NashirDomain", "NashirSQLite", "NashirHTML"], path: "Tests/NashirTestSupport", swiftSettings: strict),
        // Test pictures made with libvips at run time, so no binary fixtures are committed.
        .target(name: "CVipsTestImages", dependencies: ["CLibVips"], path: "Tests/CVipsTestImages"),
        .testTarget(
            name: "ArabicTextTests", dependencies: ["ArabicText", "NashirTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strict),
        .testTarget(name: "NashirDomainTests", dependencies: ["NashirDomain", .product(name: "PropertyBased", package: "swift-property-based")], swiftSettings: strict),
        .testTarget(name: "NashirCopyDeskTests", dependencies: ["NashirCopyDesk", "NashirTestSupport"], swiftSettings: strict),
        .testTarget(name: "NashirSpellingTests", dependencies: ["NashirSpelling", "NashirCopyDesk"], swiftSettings: strict),
        .testTarget(name: "NashirFeedsTests", dependencies: ["NashirFeeds", "NashirXML"], swiftSettings: strict),
        .testTarget(name: "NashirRoutesTests", dependencies: ["NashirRoutes", "NashirDomain", "NashirTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "NashirSQLiteTests",
            dependencies: ["NashirSQLite", "NashirDomain", "ArabicText", "NashirTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strict),
        .testTarget(
            name: "NashirPostgresTests", dependencies: ["NashirPostgres", "NashirSQLite", "NashirDomain", "NashirTestSupport"],
            swiftSettings: strict),
        .testTarget(name: "NashirMediaTests", dependencies: ["NashirMedia", "CVipsTestImages"], swiftSettings: strict),
        .testTarget(
            name: "NashirImportTests",
            dependencies: ["NashirImport", "NashirDomain", "NashirTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            // Feed fixtures (some in legacy encodings), read in place by path.
            exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "NashirIngestTests",
            dependencies: [
                "NashirIngest", "NashirSQLite", "NashirDomain", "NashirTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NashirCLITests", dependencies: ["nashir", "NashirTestSupport", "NashirSQLite", "NashirDomain", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .testTarget(
            name: "NashirWebTests",
            dependencies: [
                "NashirWeb", "NashirRoutes", "NashirSQLite", "NashirImport", "NashirDomain", "NashirTestSupport", "NashirHTML", "NashirAuth", "NashirCopyDesk",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // XML schemas the feed and sitemap tests validate against with xmllint, read in place.
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NashirBrowserTests",
            dependencies: [
                "NashirWeb", "NashirRoutes", "NashirSQLite", "NashirImport", "NashirDomain", "NashirTestSupport", "NashirAuth",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
    ]
)
