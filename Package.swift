// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Chefforum",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "chefforum", targets: ["chefforum"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "ForumCore"),
        .target(
            name: "ForumStore",
            dependencies: [
                "ForumCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Demo/Skovby/README.md"],
            // The demo municipality's files, compiled into the program so that a copied binary
            // builds the demo anywhere (read through DemoFiles).
            resources: [
                .embedInCode("Demo/Skovby/budgets.csv"),
                .embedInCode("Demo/Skovby/laws.csv"),
                .embedInCode("Demo/Skovby/offers.csv"),
                .embedInCode("Demo/Skovby/placements.csv"),
                .embedInCode("Demo/Skovby/requests.csv"),
                .embedInCode("Demo/Skovby/sectors.csv"),
                .embedInCode("Demo/Skovby/settings.csv"),
                .embedInCode("Demo/Skovby/subareas.csv"),
                .embedInCode("Demo/Skovby/users.csv"),
                .embedInCode("Demo/Skovby/waitinglist.csv"),
                .embedInCode("Demo/Skovby/youths.csv"),
            ]
        ),
        .target(
            name: "ForumSQLite",
            dependencies: [
                "ForumCore", "ForumStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // Raw sqlite3 binding for the hot loop of the postings import (Import/Database/RawStatement.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "ForumPostgres",
            dependencies: [
                "ForumCore", "ForumStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "ForumTUI", dependencies: ["ForumCore", "CNcurses"]),
        .executableTarget(
            name: "chefforum",
            dependencies: [
                "ForumCore", "ForumStore", "ForumSQLite", "ForumPostgres", "ForumTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "ForumCoreTests", dependencies: ["ForumCore"], exclude: ["Golden"]),
        .testTarget(
            name: "ForumStoreTests",
            dependencies: [
                "ForumStore", "ForumSQLite", "ForumPostgres", "ForumCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "ForumTUITests", dependencies: ["ForumTUI", "ForumCore", "CNcurses"], exclude: ["Golden"]),
        .testTarget(
            name: "chefforumTests",
            dependencies: ["ForumStore", "ForumSQLite", "ForumCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
