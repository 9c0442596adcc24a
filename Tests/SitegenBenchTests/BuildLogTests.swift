import Testing

@testable import sitegen_bench

/// Reading sitegen's phase lines and summary, whatever the phases are called.
@Suite struct BuildLogTests {
    @Test func readsPhasesAndSummary() {
        let log = BuildLog(
            """
            parse    1000 documents, 48.8 MB in 1.23 s
            checks   3 cross-document checks in 0.05 s
            write    2620 files, 156.2 MB to Output in 1.34 s
            Built Output in 11.23 s: 1000 documents, 1050 inspections, 12 regions, 0 errors, 3 warnings, 16 notes
            """)
        #expect(log.phases.map(\.name) == ["parse", "checks", "write"])
        #expect(log.phases.map(\.seconds) == [1.23, 0.05, 1.34])
        #expect(log.phases[0].detail == "1000 documents, 48.8 MB")
        #expect(log.totalSeconds == 11.23)
        #expect(log.count(of: "errors") == 0)
        #expect(log.count(of: "warnings") == 3)
    }
}
