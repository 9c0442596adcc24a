#!/usr/bin/python3
"""The site read in a real browser: Debian's headless chromium, driven through
python3-selenium and chromium-driver, over built sites opened from file://.

    /usr/bin/python3 Tests/Browser/browser_test.py --site example=Output --site generated=/tmp/g/site

Every page is read at 390 px (a phone) and 1280 px (a desktop). A site with more than
`--sample` pages is sampled (the home, trends, data and search pages, and PDU, region and
source pages spread over the site). The checks, each reported per page and width:

  no-sideways-scroll    the page is no wider than the window
  headline-first-screen PDU pages, 390 px: the latest rating and score (`3/21`) are on the
                        first screen
  key-columns-on-screen 390 px: no cell of a Score, Overall rating, Rating or Change column
                        lies outside the window
  chart-text            390 px: chart text renders at 10 px or more
  tables-fit            1280 px: no table is wider than the page's content column
  axe                   axe-core: no violation of WCAG 2.0, 2.1 and 2.2, levels A and AA
  search                per site and width: queries give results whose links (the page
                        section, and the source line) resolve to an element of the site,
                        whose excerpts are read from the source lines they link to (so the
                        index's chunks are put together right); the form's action (used
                        without JavaScript) is a page that exists
  search-axe            axe-core over a page showing search results
  search-failure        per site: when a chunk of the index cannot be loaded, the search says
                        so; the next search loads the index again and gives results
  source-lines          source pages: line n is `<a id="Ln" href="#Ln">n</a>` and its text, for
                        every line of the plain text; selecting the whole text copies the
                        plain text without the numbers; the longest line, linked (#Ln), is
                        in view, focused, banded from its number to the next line's (so all
                        of its wrapped rows), and wraps under its text, clear of the number

It prints a line per check and page (`PASS`/`FAIL`, with what failed), the search timings,
a count per check, and a closing line `N passed, N failed`; the exit status is 1 when a
check failed.
"""

import argparse
import html.parser
import json
import os
import re
import sys
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

HERE = os.path.dirname(os.path.abspath(__file__))
AXE = os.path.join(HERE, "vendor", "axe.min.js")
WIDTHS = (390, 1280)
HEIGHT = {390: 844, 1280: 900}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
KEY_COLUMN = re.compile(r"^\s*(score|overall rating|rating|change)\b", re.I)


class Results:
    """Every check's outcome, printed as it comes."""

    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.by_check = {}

    def record(self, check, where, problems):
        ok = not problems
        self.passed += ok
        self.failed += not ok
        counts = self.by_check.setdefault(check, [0, 0])
        counts[0 if ok else 1] += 1
        line = f"{'PASS' if ok else 'FAIL'}  {check:<22} {where}"
        if problems:
            line += ": " + "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        print(line, flush=True)

    def summary(self):
        print()
        for check, (passed, failed) in sorted(self.by_check.items()):
            print(f"{check:<22} {passed} passed, {failed} failed")
        print(f"{self.passed} passed, {self.failed} failed")


class IDs(html.parser.HTMLParser):
    """The id attributes of an HTML file."""

    def __init__(self):
        super().__init__()
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)


class Site:
    """A built site on disk: its pages, and what its data says each PDU's latest result is."""

    def __init__(self, label, folder):
        self.label = label
        self.folder = os.path.abspath(folder)
        self.pages = sorted(
            os.path.relpath(os.path.join(d, f), self.folder)
            for d, _, files in os.walk(self.folder) for f in files if f.endswith(".html"))
        self._ids = {}
        self.latest = {}
        data = os.path.join(self.folder, "data", "inspections.json")
        if os.path.exists(data):
            with open(data, encoding="utf-8") as f:
                for inspection in json.load(f)["inspections"]:
                    known = self.latest.get(inspection["pdu"])
                    if known is None or inspection["published"] >= known["published"]:
                        self.latest[inspection["pdu"]] = inspection

    def url(self, page):
        return "file://" + urllib.parse.quote(os.path.join(self.folder, page))

    def ids(self, page):
        if page not in self._ids:
            parser = IDs()
            path = os.path.join(self.folder, page)
            if os.path.exists(path):
                with open(path, encoding="utf-8") as f:
                    parser.feed(f.read())
                self._ids[page] = parser.ids
            else:
                self._ids[page] = None
        return self._ids[page]

    def source_words(self, page, line, lines=40):
        """The words of four letters or more, lower-cased, of `lines` lines of the plain
        text of the source page `page` from line `line` on; None when there is no such text."""
        path = os.path.join(self.folder, page[:-len(".html")] + ".txt")
        if not page.endswith(".html") or not os.path.exists(path):
            return None
        with open(path, encoding="utf-8") as f:
            text = f.read().split("\n")[line - 1:line - 1 + lines]
        return set(w for w in re.findall(r"\w+", " ".join(text).lower()) if len(w) >= 4)

    def sample(self, size):
        """Every page, or a spread of `size`: the top pages, then each kind evenly."""
        if len(self.pages) <= size:
            return [p for p in self.pages if not p.startswith("source/")] + [p for p in self.pages if p.startswith("source/")][:1]
        top = [p for p in self.pages if "/" not in p]
        rest = size - len(top)
        chosen = list(top)
        for kind, share in (("pdus/", 0.5), ("regions/", 0.3), ("source/", 0.2)):
            pages = [p for p in self.pages if p.startswith(kind)]
            count = max(1, round(rest * share))
            step = max(1, len(pages) // count)
            chosen += pages[::step][:count]
        return chosen

    def resolve(self, href_url):
        """A file:// URL of this site → (page path, fragment id or None); None when outside it."""
        parsed = urllib.parse.urlparse(href_url)
        path = urllib.parse.unquote(parsed.path)
        if not path.startswith(self.folder + "/"):
            return None
        fragment = parsed.fragment.split(":~:")[0]
        return os.path.relpath(path, self.folder), urllib.parse.unquote(fragment) or None


def browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(120)
    driver.set_page_load_timeout(120)
    return driver


def set_width(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": HEIGHT[width], "deviceScaleFactor": 1, "mobile": width < 600})


# --- the checks on one page ------------------------------------------------------

def sideways(driver):
    wide = driver.execute_script(
        "var d = document.documentElement; return [d.scrollWidth, d.clientWidth];")
    return [f"the page is {wide[0]} px wide in a {wide[1]} px window"] if wide[0] > wide[1] + 1 else []


def headline(driver, site, page):
    name = driver.execute_script("var h = document.querySelector('main h1'); return h ? h.textContent.trim() : '';")
    latest = site.latest.get(name)
    if latest is None:
        return [f"no inspection of '{name}' in data/inspections.json"]
    first_screen = driver.execute_script("""
        var out = [], walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
        var range = document.createRange();
        while (walker.nextNode()) {
          range.selectNodeContents(walker.currentNode);
          var r = range.getBoundingClientRect();
          if (r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.left < innerWidth && r.right > 0) out.push(walker.currentNode.data);
        }
        return out.join(' ').replace(/\\s+/g, ' ');""")
    score = f"{latest['score']['value']}/{latest['score']['max']}"
    problems = []
    if not re.search(r"(?<!\d)" + re.escape(score) + r"(?!\d)", first_screen):
        problems.append(f"the latest score {score} is not on the first screen")
    if latest["overallRating"] and latest["overallRating"].lower() not in first_screen.lower():
        problems.append(f"the latest rating '{latest['overallRating']}' is not on the first screen")
    return problems


def key_columns(driver):
    cells = driver.execute_script("""
        var re = new RegExp(arguments[0], 'i'), out = [];
        document.querySelectorAll('main table').forEach(function (table, t) {
          var head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
          if (!head) return;
          var caption = table.caption ? table.caption.textContent.trim() : 'table ' + (t + 1);
          Array.prototype.forEach.call(head.cells, function (th) {
            if (!re.test(th.textContent)) return;
            Array.prototype.forEach.call(table.tBodies, function (body) {
              Array.prototype.forEach.call(body.rows, function (row) {
                var cell = row.cells[th.cellIndex];
                if (!cell) return;
                var r = cell.getBoundingClientRect();
                if (r.width > 0 && (r.right > innerWidth + 1 || r.left < -1))
                  out.push(caption + ': ' + th.textContent.trim() + ' cell of row "' + row.cells[0].textContent.trim().slice(0, 40) + '" at ' + Math.round(r.left) + '-' + Math.round(r.right) + ' px');
              });
            });
          });
        });
        return out;""", KEY_COLUMN.pattern)
    return cells


def svg_min_font(path):
    try:
        with open(path, encoding="utf-8") as f:
            svg = f.read()
    except OSError:
        return None, None
    box = re.search(r'viewBox="[-\d.]+ [-\d.]+ ([\d.]+) [\d.]+"', svg)
    sizes = [float(s) for s in re.findall(r'font-size="([\d.]+)"', svg)]
    sizes += [float(s) for s in re.findall(r"font-size:\s*([\d.]+)px", svg)]
    return (float(box.group(1)) if box else None), (min(sizes) if sizes else 16.0)


def chart_text(driver, site):
    problems = []
    images = driver.execute_script("""
        return Array.prototype.map.call(document.querySelectorAll('main img'), function (img) {
          return [img.currentSrc || img.src, img.getBoundingClientRect().width];
        }).filter(function (i) { return /\\.svg$/i.test(i[0]); });""")
    for src, width in images:
        resolved = site.resolve(src)
        if not resolved or width == 0:
            continue
        view_width, smallest = svg_min_font(os.path.join(site.folder, resolved[0]))
        if view_width:
            shown = smallest * width / view_width
            if shown < 10 - 1e-6:
                problems.append(f"{resolved[0]}: {smallest:g} px text at {width:.0f}/{view_width:g} = {shown:.1f} px")
    inline = driver.execute_script("""
        var out = [];
        document.querySelectorAll('main svg text').forEach(function (t) {
          var m = t.getScreenCTM(), size = parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
          if (t.getBoundingClientRect().width > 0 && size < 10) out.push('inline chart text "' + t.textContent.slice(0, 30) + '" at ' + size.toFixed(1) + ' px');
        });
        return out;""")
    return problems + inline


def tables_fit(driver):
    return driver.execute_script("""
        var main = document.querySelector('main'), out = [];
        var style = getComputedStyle(main);
        var column = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        document.querySelectorAll('main table').forEach(function (table, t) {
          var width = table.getBoundingClientRect().width;
          if (width > column + 1) out.push((table.caption ? table.caption.textContent.trim() : 'table ' + (t + 1)) + ' is ' + Math.round(width) + ' px wide in a ' + Math.round(column) + ' px column');
        });
        return out;""")


def axe(driver, source):
    if not driver.execute_script("return !!window.axe;"):
        driver.execute_script(source)
    outcome = driver.execute_async_script("""
        var done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
          .then(function (r) { done(r.violations.map(function (v) {
            return v.id + ' (' + v.impact + ') x' + v.nodes.length + ': ' + v.nodes.slice(0, 2).map(function (n) { return n.target.join(' '); }).join(', ');
          })); })
          .catch(function (e) { done(['axe failed: ' + e]); });""", AXE_TAGS)
    return outcome


def source_lines(driver, site, page):
    with open(os.path.join(site.folder, page[:-len(".html")] + ".txt"), encoding="utf-8", newline="") as f:
        text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "\ufffd", f.read())
    lines = (text[:-1] if text.endswith("\n") else text).split("\n")  # a last newline ends the last line
    text = text.rstrip("\n")
    problems = []
    numbers = driver.execute_script("""
        return Array.prototype.map.call(document.querySelectorAll('pre.source-text a'), function (a) {
          return [a.id, a.getAttribute('href'), a.textContent];
        });""")
    wrong = [n for i, n in enumerate(numbers) if n != [f"L{i + 1}", f"#L{i + 1}", str(i + 1)]]
    if len(numbers) != len(lines) or wrong:
        problems.append(f"{len(numbers)} numbered lines for {len(lines)} lines of text; first wrong: {wrong[:1]}")
    copied = driver.execute_script("""
        var range = document.createRange(), selection = getSelection();
        range.selectNodeContents(document.querySelector('pre.source-text'));
        selection.removeAllRanges(); selection.addRange(range);
        var copied = selection.toString(); selection.removeAllRanges(); return copied;""")
    if copied.rstrip("\n") != text:
        at = next((i for i, (a, b) in enumerate(zip(copied, text)) if a != b), min(len(copied), len(text)))
        problems.append(f"the selected text differs from the plain text at character {at}: {copied[at:at + 30]!r}")
    longest = max(range(len(lines)), key=lambda i: len(lines[i])) + 1
    driver.get(site.url(page) + f"#L{longest}")
    band = driver.execute_script("""
        var a = document.getElementById(arguments[0]), next = a.nextElementSibling;
        var text = document.createRange(); text.setStartAfter(a);
        if (next) text.setEndBefore(next); else text.setEndAfter(a.parentNode.lastChild);
        var rows = Array.prototype.filter.call(text.getClientRects(), function (r) { return r.width > 0; });
        var box = a.getBoundingClientRect(), mark = getComputedStyle(a, '::before');
        return {
          targeted: a.matches(':target'), focused: document.activeElement === a,
          inView: box.top >= 0 && box.bottom <= innerHeight,
          band: mark.content !== 'none' && mark.backgroundColor !== getComputedStyle(a.parentNode.parentNode).backgroundColor,
          mask: !next || getComputedStyle(next, '::before').content !== 'none',
          rows: rows.length,
          clear: rows.every(function (r) { return r.left >= box.right; }),
          covered: !next || rows.every(function (r) { return r.bottom <= next.getBoundingClientRect().top + 1; })
        };""", f"L{longest}")
    for check, message in (("targeted", "is not :target"), ("focused", "is not focused"), ("inView", "is not in view"),
                           ("band", "has no band"), ("mask", "has no end to its band"),
                           ("clear", "has text left of its number's right edge"),
                           ("covered", "has text below the start of the next line")):
        if not band[check]:
            problems.append(f"line {longest} ({band['rows']} rows) {message}")
    return problems


# --- search -------------------------------------------------------------------------

def search(driver, site, query):
    """Types `query` into the search box of the page loaded and submits it; returns
    (milliseconds the search took once the index was loaded, results, problems)."""
    driver.execute_script("""
        var input = document.querySelector('form[role=search] input[type=search]');
        input.focus(); input.value = arguments[0];
        input.form.requestSubmit();""", query)
    deadline = time.time() + 120
    status = ""
    while time.time() < deadline:
        status = driver.execute_script(
            "var s = document.querySelector('#search-results .search-status'); return s ? s.textContent : '';")
        if re.match(r"(\d+ results?|No results)", status):
            break
        time.sleep(0.05)
    else:
        return None, [], [f"'{query}': no results shown after 120 s (status '{status}')"]
    # The index is loaded now: time the search itself, as the form runs it.
    elapsed = driver.execute_script("""
        var input = document.querySelector('form[role=search] input[type=search]');
        input.value = arguments[0];
        var start = performance.now();
        input.form.requestSubmit();
        return performance.now() - start;""", query)
    results = driver.execute_script("""
        return Array.prototype.map.call(document.querySelectorAll('#search-results li'), function (li) {
          var links = li.querySelectorAll('a');
          var excerpt = li.querySelector('p');
          return [links[0].href, links[links.length - 1].href, li.querySelectorAll('mark').length, links[0].textContent,
                  excerpt ? excerpt.textContent : ''];
        });""")
    problems = []
    if not results:
        problems.append(f"'{query}': no results")
    for section, source, marks, title, excerpt in results:
        problems += excerpt_problems(site, query, source, title, excerpt)
        for href in (section, source):
            resolved = site.resolve(href)
            if resolved is None:
                problems.append(f"'{query}': {href} is outside the site")
                continue
            page, fragment = resolved
            ids = site.ids(page)
            if ids is None:
                problems.append(f"'{query}': {page} does not exist")
            elif fragment and fragment not in ids:
                problems.append(f"'{query}': {page} has no #{fragment} ('{title}')")
    if results and not any(r[2] for r in results):
        problems.append(f"'{query}': no result shows the matching words")
    return elapsed, results, problems


def excerpt_problems(site, query, source, title, excerpt):
    """A result's excerpt must be read from the lines its source link leads to (names and
    background figures, which sitegen words itself, are not): at least half of its first
    six words of four letters or more are there."""
    resolved = site.resolve(source)
    if " · " not in title or title.endswith("· Background") or not resolved or not resolved[1]:
        return []
    page, fragment = resolved
    words = [w for w in re.findall(r"\w+", excerpt.lower()) if len(w) >= 4][:6]
    found = site.source_words(page, int(fragment.lstrip("L"))) if fragment.startswith("L") else None
    if found is None:
        return [f"'{query}': '{title}': {source} is not a line of a source text"]
    if sum(w in found for w in words) * 2 < len(words):
        return [f"'{query}': '{title}': the excerpt '{excerpt[:60]}' is not at {page}#{fragment}"]
    return []


def search_checks(driver, site, width, results, axe_source):
    queries = [name for name in sorted(site.latest)[:1]] + ["staffing", "risk of harm", "engag"]
    driver.get(site.url("index.html"))
    action = driver.execute_script("return document.querySelector('form[role=search]').action;")
    resolved = site.resolve(action)
    problems = [] if resolved and site.ids(resolved[0]) is not None else [f"the form's action {action} is not a page of the site"]
    start = time.time()
    timings = []
    first = None
    for query in queries:
        elapsed, _, failed = search(driver, site, query)
        problems += failed
        if first is None:
            first = (time.time() - start) * 1000
        if elapsed is not None:
            status = driver.execute_script("return document.querySelector('#search-results .search-status').textContent;")
            timings.append((query, elapsed, status))
    where = f"{site.label} {width}px index.html"
    results.record("search", where, problems)
    print(f"      first search, loading the index included: {first:.0f} ms")
    for query, elapsed, status in timings:
        print(f"      search '{query}': {elapsed:.1f} ms ({status})")
    results.record("search-axe", where, axe(driver, axe_source))


def search_failure_checks(driver, site, results):
    """The first chunk of the index loaded from a path that does not exist: the search says
    the index could not be loaded; then, with the chunks' paths left alone, the next search
    gives results."""
    driver.get(site.url("index.html"))
    driver.execute_script("""
        var head = document.head, append = head.appendChild;
        window.searchTestBreaks = true;
        head.appendChild = function (node) {
          if (window.searchTestBreaks && node.src && node.src.indexOf('/search-index/') >= 0) {
            window.searchTestBreaks = false;
            node.src = node.src + '.missing';
          }
          return append.call(head, node);
        };""")
    query = "staffing"
    driver.execute_script("""
        var input = document.querySelector('form[role=search] input[type=search]');
        input.value = arguments[0];
        input.form.requestSubmit();""", query)
    problems = []
    deadline = time.time() + 120
    status = ""
    while time.time() < deadline:
        status = driver.execute_script("return document.querySelector('#search-results .search-status').textContent;")
        if status == "The search index could not be loaded.":
            break
        time.sleep(0.05)
    else:
        problems.append(f"a chunk missing: the status is '{status}', not that the index could not be loaded")
    if driver.execute_script("return window.searchTestBreaks;"):
        problems.append("no chunk of the index was loaded from search-index/")
    _, found, failed = search(driver, site, query)
    problems += failed
    if not found:
        problems.append("the search after the failure gives no results")
    results.record("search-failure", f"{site.label} index.html", problems)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", action="append", required=True, metavar="LABEL=DIR",
                        help="a built site to read (repeatable)")
    parser.add_argument("--sample", type=int, default=16, help="pages read per site at most (default 16)")
    parser.add_argument("--only", default="", help="run only these checks (comma-separated)")
    arguments = parser.parse_args()
    only = set(filter(None, arguments.only.split(",")))
    with open(AXE, encoding="utf-8") as f:
        axe_source = f.read()
    results = Results()
    driver = browser()
    try:
        for given in arguments.site:
            label, _, folder = given.partition("=")
            site = Site(label, folder)
            if not site.pages:
                results.record("site", label, [f"no HTML pages in {folder}"])
                continue
            pages = site.sample(arguments.sample)
            print(f"# {label}: {folder}, {len(site.pages)} pages, reading {len(pages)}", flush=True)
            for width in WIDTHS:
                set_width(driver, width)
                for page in pages:
                    driver.get(site.url(page))
                    where = f"{label} {width}px {page}"

                    def run(check, function):
                        if not only or check in only:
                            results.record(check, where, function())
                    run("no-sideways-scroll", lambda: sideways(driver))
                    if width == 390:
                        if page.startswith("pdus/"):
                            run("headline-first-screen", lambda: headline(driver, site, page))
                        run("key-columns-on-screen", lambda: key_columns(driver))
                        run("chart-text", lambda: chart_text(driver, site))
                    else:
                        run("tables-fit", lambda: tables_fit(driver))
                    run("axe", lambda: axe(driver, axe_source))
                    if page.startswith("source/"):
                        run("source-lines", lambda: source_lines(driver, site, page))
                if not only or "search" in only:
                    search_checks(driver, site, width, results, axe_source)
            if not only or "search-failure" in only:
                search_failure_checks(driver, site, results)
    finally:
        driver.quit()
    results.summary()
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
