import Foundation
import MarkdownPages
import PageViews
import ParallelWork

/// The Markdown of the pages that show every report but the first (the trends, the lists of
/// PDUs and regions: a rebuild's longest pages), made on a thread of its own as soon as
/// the site is made, while this one makes the plan and takes the unchanged files: in a
/// rebuild the other core would wait then, and these pages were the render's longest jobs.
/// The render takes each page's Markdown from here (``markdown(of:templates:)``), waiting
/// while it is being made; a page not begun yet is made by the render itself, and then
/// never ahead. The Markdown is what the page's template makes of its view either way
/// (both pure), so the output's bytes do not change.
final class PagesAhead: Sendable {
    private let slots: [String: Locked<Slot>]
    /// Left when the thread has gone through every page.
    private let done = DispatchGroup()

    /// Starts making the Markdown of `site`'s pages that show every report (``Site/Page/dependsOn``
    /// nil) on a thread of its own: the trends page first (the longest to make), then the
    /// others from the last, as the render asks for them from the first; but not the first
    /// (the index), which the render asks for as soon as it begins the pages: made here, it
    /// would keep the render waiting for it.
    init(_ site: Site, templates: TemplateSet) {
        let pages = site.pages.filter { $0.dependsOn == nil }.dropFirst()
        let slots = Dictionary(pages.map { ($0.path, Locked(Slot.notMade)) }, uniquingKeysWith: { first, _ in first })
        self.slots = slots
        let order =
            pages.filter { $0.path == SiteMap.trendsPath } + pages.filter { $0.path != SiteMap.trendsPath }.reversed()
        let done = done
        done.enter()
        Thread {
            for page in order {
                slots[page.path]?.withLock { slot in
                    if case .notMade = slot { slot = .made(Self.render(page, templates)) }
                }
            }
            done.leave()
        }.start()
    }

    /// The paths of the pages whose Markdown is kept (made ahead, not yet given), once the
    /// thread has gone through every page (for tests).
    var kept: Set<String> {
        done.wait()
        return Set(slots.filter { $0.value.value.isKept }.keys)
    }

    /// The Markdown of `page`, from its template: made ahead when it was, else now.
    func markdown(of page: Site.Page, templates: TemplateSet) throws -> [UInt8] {
        guard let slot = slots[page.path] else { return try Self.render(page, templates).get() }
        let kept: Result<[UInt8], any Error>? = slot.withLock { slot in
            defer { slot = .given }
            if case .made(let markdown) = slot { return markdown }
            return nil
        }
        return try (kept ?? Self.render(page, templates)).get()
    }

    private static func render(_ page: Site.Page, _ templates: TemplateSet) -> Result<[UInt8], any Error> {
        Result { try templates.renderBytes(page.view, template: page.template) }
    }

    /// One page's Markdown: not made yet, made and kept, or given to the render (and let go).
    /// Held in a ``Locked`` that is held while the page is made ahead, so that a render
    /// asking for it waits.
    private enum Slot: Sendable {
        case notMade
        case made(Result<[UInt8], any Error>)
        case given

        /// Whether the Markdown was made ahead and is kept (not yet given).
        var isKept: Bool {
            if case .made = self { return true }
            return false
        }
    }
}
