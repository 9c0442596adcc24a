import InspectionModel
import SourceAndOutput

/// Makes the links of one page, relative to that page's path.
public struct Linker: Sendable {
    /// The page's path in the site, e.g. `pdus/leeds.md`.
    public let page: String
    public let map: SiteMap

    public init(page: String, map: SiteMap) {
        self.page = page
        self.map = map
    }

    /// The relative link to another file of the site.
    public func href(_ target: String) -> String { RelativePath.link(from: page, to: target) }

    /// `text`, linked to the line of the published source text it was read from; with a
    /// provenance, marked with the footnote that explains it (see ``MarkNote``).
    public func source(_ text: String, at location: SourceLocation, provenance: Provenance? = nil) -> SourcedValue {
        let document = document(location)
        let title = "\(document.text) line \(location.line)"
        return SourcedValue(
            text: text, href: document.href + "#L\(location.line)",
            title: provenance.map { "\(title); \($0.kind.rawValue): \($0.reason)" } ?? title,
            mark: mark(provenance, file: location.file))
    }

    /// The footnote reference that marks a fact with this provenance, else empty.
    public func mark(_ provenance: Provenance?, file: String) -> String {
        provenance.map { MarkNote.reference($0, file: file) } ?? ""
    }

    /// `value` linked to its line, marked when sitegen computed, corrected or inferred it.
    public func source<Value>(_ text: String, of value: Sourced<Value>) -> SourcedValue {
        source(text, at: value.source, provenance: value.provenance)
    }

    /// A link to a source text's page, named by its file name.
    public func document(_ location: SourceLocation) -> Link {
        guard let text = map.sources[location.file] else {
            return Link(
                text: location.file.split(separator: "/").last.map(String.init) ?? location.file,
                href: href(SiteMap.indexPath))
        }
        return Link(text: text.name, href: href(text.page))
    }

    public func pdu(_ pdu: SiteMap.PDU) -> Link { Link(text: pdu.name, href: href(pdu.path)) }

    /// The page of the PDU an inspection belongs to.
    public func pdu(of inspection: Inspection) -> Link {
        map.pdu(of: inspection).map(pdu) ?? Link(text: inspection.pdu.value, href: href(SiteMap.indexPath))
    }

    public func region(_ region: SiteMap.Region) -> Link { Link(text: region.name, href: href(region.path)) }

    /// The page of the region named `name`.
    public func region(named name: String) -> Link {
        map.region(named: name).map(region) ?? Link(text: name, href: href(SiteMap.indexPath))
    }

    public var index: Link { Link(text: "Home", href: href(SiteMap.indexPath)) }
    public var trends: Link { Link(text: "Trends", href: href(SiteMap.trendsPath)) }
    public var data: Link { Link(text: "Data", href: href(SiteMap.dataPath)) }
}
