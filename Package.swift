// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // What a build reads and writes, and where: a content text, a place in one, a
        // diagnostic pointing at it, an output file. Plain values; knows nothing of inspections.
        .target(name: "SourceAndOutput"),
        // The typed model of inspections: plain values, no I/O.
        .target(name: "InspectionModel", dependencies: ["SourceAndOutput", "CompactCoding", "ParallelWork"]),
        // Report text -> model, with diagnostics. Knows nothing of output formats.
        .target(name: "ReportParser", dependencies: ["InspectionModel", "SourceAndOutput"]),
        // Model -> the open-data export (JSON and CSV).
        .target(name: "OpenData", dependencies: ["InspectionModel", "SourceAndOutput"]),
        // Numbers -> deterministic, accessible SVG charts. Knows nothing of inspections.
        .target(name: "Charts"),
        // Work on every core: `parallelMap` (results in order, `Parallelism` as a value) and
        // `Locked`, a value and its lock as one thing. Knows nothing of sitegen.
        .target(name: "ParallelWork"),
        // Model -> what each page shows (view models, trends, chart data, links). No templates.
        .target(
            name: "PageViews",
            dependencies: ["InspectionModel", "SourceAndOutput", "Charts", "OpenData", "MarkdownPages", "ParallelWork"]),
        // View models + Mustache templates -> Markdown pages. Knows nothing of inspections.
        .target(
            name: "MarkdownPages",
            dependencies: [
                "SourceAndOutput", "ParallelWork", "CompactCoding",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // Converted pages + the layout template -> whole HTML documents, source-text pages, sitemap.
        .target(
            name: "HTMLPages",
            dependencies: [
                "PageViews", "MarkdownHTML", "MarkdownPages",
            ]),
        // Two builds' open data -> what changed, as facts, in Markdown (sitegen diff). Pure.
        .target(name: "BuildDiff"),
        // Codable values as compact bytes, faster to read back than JSON (the build cache's
        // parsed models). Knows nothing of sitegen.
        .target(name: "CompactCoding"),
        // Linux's atomic exchange of two folders (renameat2), for OutputWriter.
        .target(name: "CRenameExchange"),
        // The commands: wires the stages together; all file I/O lives here.
        .target(
            name: "SitegenCLI",
            dependencies: [
                "SourceAndOutput", "InspectionModel", "ReportParser", "OpenData", "PageViews", "MarkdownPages",
                "MarkdownHTML", "HTMLPages", "CRenameExchange", "BuiltInTheme", "BuildDiff", "ParallelWork",
                "CompactCoding", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The release executable allocates with jemalloc (Debian's libjemalloc-dev; the shared
        // library, loaded before the C library, so that every allocation of the process goes
        // to it, the C library's own included): the build makes millions of small strings
        // and arrays on every core, where glibc's malloc cost a tenth of the CPU
        // (docs/PERFORMANCE.md).
        .executableTarget(
            name: "sitegen", dependencies: ["SitegenCLI"],
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux], configuration: .release))]),
        // The built-in theme: Templates/ compiled in (BuiltInThemeFiles.swift, written by
        // embed-theme.sh: `make theme`; a test fails when it differs from Templates/).
        .target(name: "BuiltInTheme", exclude: ["embed-theme.sh"]),
        // The benchmark (make bench): generates a corpus, drives the release sitegen binary as a subprocess.
        .executableTarget(name: "sitegen-bench", dependencies: []),
        // The fuzzer (make fuzz, built with -sanitize=fuzzer -DFUZZING): the parser, the Markdown
        // escaping and the template loader against their invariants. Built otherwise, it
        // replays files through the same checks.
        .executableTarget(
            name: "sitegen-fuzz", dependencies: ["SourceAndOutput", "ReportParser", "MarkdownPages", "MarkdownHTML"]),
        // The C library cmark-gfm (Debian packages), for MarkdownHTML only.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Markdown -> safe HTML fragments (cmark-gfm, GFM extensions).
        .target(name: "MarkdownHTML", dependencies: ["CCmarkGFM"]),
        .testTarget(
            name: "ReportParserTests",
            dependencies: ["ReportParser", "InspectionModel", "SourceAndOutput", "ParallelWork"],
            exclude: ["Golden"]),
        .testTarget(
            name: "OpenDataTests", dependencies: ["OpenData", "ReportParser", "InspectionModel", "SourceAndOutput"]),
        .testTarget(
            name: "SitegenCLITests",
            dependencies: [
                "SitegenCLI", "SourceAndOutput", "InspectionModel", "ReportParser", "OpenData", "PageViews",
                "MarkdownPages", "MarkdownHTML", "BuiltInTheme", "ParallelWork", "CompactCoding",
            ]),
        .testTarget(name: "MarkdownHTMLTests", dependencies: ["MarkdownHTML", "ParallelWork"]),
        .testTarget(name: "HTMLPagesTests", dependencies: ["HTMLPages", "PageViews", "MarkdownHTML", "MarkdownPages"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        .testTarget(
            name: "PageViewsTests",
            dependencies: [
                "PageViews", "ReportParser", "InspectionModel", "SourceAndOutput", "OpenData", "ParallelWork",
                "MarkdownPages",
            ]),
        .testTarget(
            name: "MarkdownPagesTests",
            dependencies: [
                "MarkdownPages", "SourceAndOutput", "MarkdownHTML", "sitegen-fuzz", "sitegen-bench", "PageViews",
                "HTMLPages", "ReportParser", "CompactCoding",
            ]),
        .testTarget(name: "BuildDiffTests", dependencies: ["BuildDiff"]),
        .testTarget(name: "BuiltInThemeTests", dependencies: ["BuiltInTheme"]),
        .testTarget(name: "SitegenBenchTests", dependencies: ["sitegen-bench"]),
    ]
)

// What every test target shares (Tests/TestSupport): one seeded random generator, temporary
// folders that are always removed, captured console output, the repository's seed texts.
package.targets.append(.target(name: "TestSupport", dependencies: ["ParallelWork"], path: "Tests/TestSupport"))
for target in package.targets where target.type == .test {
    target.dependencies.append("TestSupport")
}
