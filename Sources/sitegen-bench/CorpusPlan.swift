/// Which documents a synthetic corpus holds, decided from the seed alone: PDUs with
/// distinct names spread evenly over the 12 regions, each inspected 2 to 6 times at least
/// 9 months apart, and one regional letter in 20 documents, each naming two PDUs of its
/// region.
struct CorpusPlan {
    /// One document to write.
    struct Document {
        let kind: SeedKind
        let seed: Int
        /// The path inside the content folder (`reports/crawley-north-2024-03.txt`).
        let path: String
        let pdus: [DocumentVariant.PDU]
        let region: ProbationRegion
        let published: MonthDate
    }

    /// A PDU of the corpus.
    struct PDU {
        let name: DocumentVariant.PDU
        let region: ProbationRegion
    }

    /// PDU reports are published between these months (inclusive).
    static let firstMonth = MonthDate(year: 2020, month: 1)
    static let lastMonth = MonthDate(year: 2026, month: 10)
    /// The last month a regional letter is dated: a year earlier, because the letter seed
    /// reports events of seven months after its date, and sitegen then dates it a year later.
    static let lastLetterMonth = lastMonth.adding(months: -12)

    private(set) var documents: [Document] = []
    private(set) var pdus: [PDU] = []
    var reports: Int { documents.count - letters }
    private(set) var letters = 0

    /// - Parameters:
    ///   - reportSeeds, letterSeeds: indices of the seeds of each kind.
    init(documents count: Int, reportSeeds: [Int], letterSeeds: [Int], random: inout SplitMix64) {
        precondition(!reportSeeds.isEmpty, "no PDU report among the seeds")
        let letterCount = letterSeeds.isEmpty ? 0 : count / 20
        let reportCount = count - letterCount
        var namer = PDUNamer()
        var regionPDUs: [ProbationRegion: [Int]] = [:]

        while documents.count < reportCount {
            let region = ProbationRegion.all[pdus.count % ProbationRegion.all.count]
            let (name, place) = namer.next(in: region, using: &random)
            let pdu = PDU(name: DocumentVariant.PDU(name: name, place: place), region: region)
            regionPDUs[region, default: []].append(pdus.count)
            pdus.append(pdu)
            let inspections = min(random.int(in: 2...6), reportCount - documents.count)
            for month in Self.inspectionMonths(inspections, random: &random) {
                documents.append(
                    Document(
                        kind: .pduReport, seed: random.element(of: reportSeeds),
                        path: "reports/\(Slug.make(name))-\(month.iso).txt",
                        pdus: [pdu.name], region: region, published: month))
            }
        }

        var letterMonths: [ProbationRegion: Set<MonthDate>] = [:]
        for index in 0..<letterCount {
            let region = ProbationRegion.all[index % ProbationRegion.all.count]
            var candidates = regionPDUs[region, default: []]
            var named: [DocumentVariant.PDU] = []
            while named.count < 2 {
                if candidates.isEmpty {
                    let (name, place) = namer.next(in: region, using: &random)
                    named.append(DocumentVariant.PDU(name: name, place: place))
                } else {
                    named.append(pdus[candidates.remove(at: random.int(in: 0...(candidates.count - 1)))].name)
                }
            }
            var month: MonthDate
            var earliest = Self.firstMonth
            repeat {
                month = MonthDate(index: random.int(in: earliest.index...Self.lastLetterMonth.index))
                earliest = earliest.adding(months: -1)  // widens the range while months run out
            } while letterMonths[region, default: []].contains(month)
            letterMonths[region, default: []].insert(month)
            documents.append(
                Document(
                    kind: .regionalLetter, seed: random.element(of: letterSeeds),
                    path: "reports/\(region.slug)-regional-letter-\(month.iso).txt",
                    pdus: named, region: region, published: month))
            letters += 1
        }
    }

    /// `count` publication months in the window, 9 to 15 months apart, in order.
    private static func inspectionMonths(_ count: Int, random: inout SplitMix64) -> [MonthDate] {
        let gaps = (0..<max(0, count - 1)).map { _ in random.int(in: 9...15) }
        let latestStart = lastMonth.index - gaps.reduce(0, +)
        var month = MonthDate(index: random.int(in: firstMonth.index...max(firstMonth.index, latestStart)))
        var months = [month]
        for gap in gaps {
            month = month.adding(months: gap)
            months.append(month)
        }
        return months
    }
}
