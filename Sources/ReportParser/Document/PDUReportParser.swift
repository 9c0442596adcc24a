import InspectionModel
import SourceAndOutput

/// Builds an `Inspection` from a PDU report's normalised lines.
struct PDUReportParser {
    let file: String

    func parse(_ lines: [TextLine], log: inout DiagnosticLog) -> Inspection? {
        let outline = ReportOutline(lines)
        let title = TitlePage(outline.first(.front)?.lines ?? [])
        let lastLine = lines.last?.number ?? 1
        guard let ratingsSection = outline.first(.ratings) else {
            log.error(
                "no Ratings section found: the report looks truncated or is in an unknown layout (it ends at line \(lastLine))",
                line: lastLine)
            return nil
        }
        let table = RatingsTable(ratingsSection.lines)
        let at = { (line: Int) in SourceLocation(file: file, line: line) }

        guard let pduName = title.pdu ?? table.heading.map({ (Names.pdu($0.text), $0.line) }) else {
            log.error(
                "could not find the PDU's name (expected 'An inspection of probation services in:' and the name)",
                line: 1)
            return nil
        }
        let body = ReportBody(outline, file: file, log: &log)
        let framework = Self.framework(table: table, sections: body.standardNames)
        let missing = framework.standards.filter { definition in
            !body.standardNames.contains { StandardLookup.matches(definition, $0) }
        }
        if !missing.isEmpty {
            log.warning(
                "no section for \(missing.map { "\($0.id) \($0.name)" }.joined(separator: ", ")); the report ends at line \(lastLine): is it truncated?",
                line: lastLine)
        }
        let keyQuestions = body.keyQuestions(in: framework, file: file)
        let standards = StandardsReader(framework: framework, file: file)
            .read(table: table, sectionRatings: body.sectionRatings, keyQuestions: keyQuestions, log: &log)
        guard let overall = table.overall else {
            log.error("the ratings table gives no overall rating", line: ratingsSection.heading?.number ?? 1)
            return nil
        }

        let backgroundParagraphs =
            Self.paragraphs(outline.first(.background)?.lines ?? [], log: &log)
            + Self.paragraphs(outline.first(.foreword)?.lines ?? [], log: &log)
        let region = title.region ?? Self.regionFromBackground(backgroundParagraphs)
        let facts = BackgroundFacts(
            paragraphs: backgroundParagraphs, file: file, lines: SourceLines(lines, of: backgroundParagraphs),
            pdu: pduName.name, region: region?.name)
        if title.region == nil, region == nil {
            log.warning("could not find the PDU's region", line: title.titleLine ?? 1)
        }
        guard let published = title.published ?? facts.fieldworkStarted.map({ ($0.date.monthOnly, $0.line) }) else {
            log.error(
                "could not find the publication date (expected 'HM Inspectorate of Probation, <Month> <Year>')",
                line: title.titleLine ?? 1)
            return nil
        }
        if title.published == nil {
            log.warning(
                "the text gives no publication date (an empty 'Published:' line, or none); dated it by the month fieldwork started, \(published.date.spelledOut)",
                line: title.titleLine ?? published.line)
        }

        let recommendations = RecommendationList.items(
            outline.first(.recommendations)?.lines ?? [],
            defaultAddressee: "\(pduName.name) PDU", log: &log
        ).map {
            Recommendation(
                number: $0.number,
                addressee: RecommendationList.addressee($0.addressee, pdu: pduName.name, region: region?.name),
                text: $0.text, source: at($0.line), provenance: $0.numberProvenance(file: file))
        }
        if recommendations.isEmpty {
            log.warning(
                "no recommendations found",
                line: outline.first(.recommendations)?.heading?.number ?? ratingsSection.heading?.number ?? 1)
        }
        let fieldwork =
            facts.fieldworkStarted.map { Sourced($0.date, at: at($0.line)) }
            ?? table.fieldworkMonth.map { Sourced($0.date, at: at($0.line)) }
        if let started = facts.fieldworkStarted, let month = table.fieldworkMonth, started.date.monthOnly != month.date
        {
            log.warning(
                "the ratings table says fieldwork started in \(month.date.spelledOut) (line \(month.line)) but the background says \(started.date.spelledOut)",
                line: started.line)
        }
        let progressSection = outline.first(.progress)
        let progress = ProgressTable.rows(progressSection?.lines ?? [], file: file, log: &log)
        if let progressSection, progress.isEmpty {
            log.warning(
                "could not read the progress table (expected rows of recommendation, action taken, categorisation and whether improvement is still required, in tab- or pipe-separated cells)",
                line: progressSection.heading?.number ?? 1)
        }
        let inspection = Inspection(
            pdu: Sourced(pduName.name, at: at(pduName.line)),
            region: Sourced(region?.name ?? "Unknown region", at: at(region?.line ?? 1)),
            published: Sourced(published.date, at: at(published.line)),
            fieldworkStarted: fieldwork,
            framework: framework,
            score: StandardsReader.score(
                stated: table.score, standards: standards, framework: framework,
                at: at(overall.line), log: &log),
            overallRating: Sourced(overall.rating, at: at(overall.line)),
            standards: standards,
            keyQuestions: keyQuestions,
            recommendations: recommendations,
            casesInspected: facts.cases.map {
                CasesInspected(
                    communityOrders: $0.communityOrders, releasesOnLicence: $0.releasesOnLicence,
                    practitionerInterviews: $0.interviews, source: at($0.line))
            },
            leadInspector: Signatories.leadInspector(lines).map { Sourced($0.name, at: at($0.line)) },
            chiefInspector: Signatories.chiefInspector(outline.first(.foreword)?.lines ?? lines).map {
                Sourced($0.name, at: at($0.line))
            },
            background: facts.figures,
            previousInspection: facts.previous.map {
                PreviousInspection(date: $0.date, rating: $0.rating, source: at($0.line))
            },
            findings: body.findings(in: framework),
            diversityAndInclusion: body.diversityAndInclusion,
            quotes: body.quotes,
            progressOnPreviousRecommendations: progress,
            origin: .pduReport,
            source: at(title.titleLine ?? 1))
        InspectionChecks.run(inspection, log: &log)
        if let fieldwork, fieldwork.value.monthOnly > published.date {
            log.warning(
                "fieldwork starts (\(fieldwork.value.spelledOut)) after publication (\(published.date.spelledOut))",
                line: published.line)
        }
        return inspection
    }

    /// The 2021 framework has Court work and Information and facilities, and 27 points.
    static func framework(table: RatingsTable, sections: [String]) -> Framework {
        let names = Set((table.rows.map(\.name) + sections).map { $0.lowercasedText })
        if names.contains("court work") || names.contains("information and facilities") || table.score?.max == 27
            || table.rows.count == 9
        {
            return .y2021
        }
        return .y2023
    }

    /// The paragraphs of the background and the foreword, read for facts (their prose is
    /// not in the model).
    static func paragraphs(_ lines: [TextLine], log: inout DiagnosticLog) -> [Block] {
        let blocks = Paragraphs.blocks(lines, log: &log)
        for block in blocks { log.account.setAside(block, "read for the background facts") }
        return blocks.filter { $0.kind == .paragraph || $0.kind == .bullet }
    }

    /// "one of 11 PDUs in the Yorkshire and the Humber probation region".
    static func regionFromBackground(_ paragraphs: [Block]) -> (name: String, line: Int)? {
        for p in paragraphs {
            guard let r = p.text.firstRange(ofPhrase: " PDUs in ") else { continue }
            let rest = p.text[r.upperBound...]
            guard let end = rest.firstRange(ofPhrase: "region") else { continue }
            return (Names.region(rest[..<end.upperBound]), p.line)
        }
        return nil
    }
}
