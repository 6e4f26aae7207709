// swift-tools-version: 6.1
import PackageDescription

/// The root package's strict settings: Swift 6 mode plus explicit `any` and visible imports.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// Nashir's benchmarks, a package of their own so the root's `swift build` and `swift test`
/// never compile them; they use Nashir through its library products, as an outsider would.
let package = Package(
    name: "NashirBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Nashir", path: ".."),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "SearchEvaluation",
            dependencies: [
                .product(name: "ArabicText", package: "Nashir"),
                .product(name: "NashirDomain", package: "Nashir"),
                .product(name: "NashirSQLite", package: "Nashir"),
                .product(name: "NashirPostgres", package: "Nashir"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "SearchEvaluation/SearchEvaluation",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "search-evaluation",
            dependencies: ["SearchEvaluation", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "SearchEvaluation/search-evaluation",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "search-benchmark",
            dependencies: [
                "SearchEvaluation",
                .product(name: "ArabicText", package: "Nashir"),
                .product(name: "NashirDomain", package: "Nashir"),
                .product(name: "NashirSQLite", package: "Nashir"),
                .product(name: "NashirPostgres", package: "Nashir"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "SearchBenchmark",
            swiftSettings: strict
        ),
        .testTarget(
            name: "SearchEvaluationTests",
            dependencies: ["SearchEvaluation", .product(name: "ArabicText", package: "Nashir")],
            path: "Tests/SearchEvaluationTests",
            swiftSettings: strict
        ),
    ]
)
