// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The typed model of inspections: plain values, no I/O.
        .target(name: "InspectionModel"),
        // Report text -> model, with diagnostics. Knows nothing of output formats.
        .target(name: "ReportParser", dependencies: ["InspectionModel"]),
        // Model -> the open-data export (JSON and CSV).
        .target(name: "OpenData", dependencies: ["InspectionModel"]),
        // Numbers -> deterministic, accessible SVG charts. Knows nothing of inspections.
        .target(name: "Charts"),
        // Model -> what each page shows (view models, trends, chart data, links). No templates.
        .target(name: "PageViews", dependencies: ["InspectionModel", "Charts", "OpenData"]),
        // View models + Mustache templates -> Markdown pages. Knows nothing of inspections.
        .target(name: "MarkdownPages", dependencies: [
            "InspectionModel",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // Converted pages + the layout template -> whole HTML documents, source-text pages, sitemap.
        .target(name: "HTMLPages", dependencies: [
            "PageViews", "MarkdownHTML", "MarkdownPages",
        ]),
        // Two builds' open data -> what changed, as facts, in Markdown (sitegen diff). Pure.
        .target(name: "BuildDiff"),
        // Linux's atomic exchange of two folders (renameat2), for OutputWriter.
        .target(name: "CRenameExchange"),
        // The commands: wires the stages together; all file I/O lives here.
        .target(name: "SitegenCLI", dependencies: [
            "InspectionModel", "ReportParser", "OpenData", "PageViews", "Charts", "MarkdownPages",
            "MarkdownHTML", "HTMLPages", "CRenameExchange", "BuiltInTheme", "BuildDiff",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "sitegen", dependencies: ["SitegenCLI"]),
        // The built-in theme: Templates/ compiled in (BuiltInThemeFiles.swift, written by
        // embed-theme.sh: `make theme`; a test fails when it differs from Templates/).
        .target(name: "BuiltInTheme", exclude: ["embed-theme.sh"]),
        // The benchmark (make bench): generates a corpus, drives the release sitegen binary as a subprocess.
        .executableTarget(name: "sitegen-bench", dependencies: []),
        // The fuzzer (make fuzz, built with -sanitize=fuzzer -DFUZZING): the parser, the Markdown
        // escaping and the template loader against their invariants. Built otherwise, it
        // replays files through the same checks.
        .executableTarget(name: "sitegen-fuzz", dependencies: ["ReportParser", "MarkdownPages", "MarkdownHTML"]),
        // The C library cmark-gfm (Debian packages), for MarkdownHTML only.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Markdown -> safe HTML fragments (cmark-gfm, GFM extensions).
        .target(name: "MarkdownHTML", dependencies: ["CCmarkGFM"]),
        .testTarget(name: "ReportParserTests", dependencies: ["ReportParser", "InspectionModel"],
                    exclude: ["Golden"]),
        .testTarget(name: "OpenDataTests", dependencies: ["OpenData", "ReportParser", "InspectionModel"]),
        .testTarget(name: "SitegenCLITests", dependencies: ["SitegenCLI", "InspectionModel", "MarkdownHTML"]),
        .testTarget(name: "MarkdownHTMLTests", dependencies: ["MarkdownHTML"]),
        .testTarget(name: "HTMLPagesTests", dependencies: ["HTMLPages", "PageViews", "MarkdownHTML", "MarkdownPages"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        .testTarget(name: "PageViewsTests", dependencies: ["PageViews", "ReportParser", "InspectionModel", "OpenData"]),
        .testTarget(name: "MarkdownPagesTests", dependencies: ["MarkdownPages", "InspectionModel", "MarkdownHTML", "sitegen-fuzz"]),
        .testTarget(name: "BuildDiffTests", dependencies: ["BuildDiff"]),
        .testTarget(name: "BuiltInThemeTests", dependencies: ["BuiltInTheme"]),
        .testTarget(name: "SitegenBenchTests", dependencies: ["sitegen-bench"]),
    ]
)
