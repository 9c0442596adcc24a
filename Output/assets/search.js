// sitegen: the search box. A classic script, so it works from file://, under any
// sub-path and from any static server. On first use it loads the site's index:
// search-index.js (a classic script that lists the index's chunks in
// window.sitegenSearchChunks), then every chunk at once (search-index/*.js, classic
// scripts that each add one chunk, numbering its own sources and sections, to the object
// window.sitegenSearchIndex by its path; no fetch), then searches their passages, in the
// list's order, as the reader types.
//
// A passage matches when every word of the query starts a word of its text or of its
// section's title (letters and digits; case ignored: "engag" finds "engagement"; words
// of one or two letters match only themselves, and only when the query has no longer word).
// Each word is one pass of the browser's string search (indexOf) over all the passages'
// text, joined on loading.
// Names come first, then passages by how often the words occur, then in site order.
// Results are built as DOM nodes and text nodes: no report text is ever parsed as HTML.
// Without JavaScript the form goes to search.html, which lists every PDU and region.
(function () {
  "use strict";
  var form = document.querySelector("form.site-search");
  var results = document.getElementById("search-results");
  if (!form || !results || !("hidden" in results)) return;
  var input = form.querySelector("input[type=search]");
  var root = form.getAttribute("data-root") || "";
  var shown = 50;          // results listed at most
  var index = null;        // the index once loaded, with its folded texts (see prepare)
  var waiting = null;      // what to do when the index has loaded
  var loading = false;
  var timer = 0;

  var status = document.createElement("p");
  status.className = "search-status";
  status.setAttribute("role", "status");
  var list = document.createElement("ol");
  list.className = "search-list";
  results.appendChild(status);
  results.appendChild(list);

  // Adds the classic script at `src`; calls done(true) once it has run, done(false) when
  // it could not be loaded.
  function addScript(src, done) {
    var script = document.createElement("script");
    script.src = src;
    script.onload = function () { done(true); };
    script.onerror = function () { done(false); };
    document.head.appendChild(script);
  }

  // Loads the list of the index's chunks, then every chunk at once (in any order: each
  // adds itself by its path), and puts them together in the list's order.
  function load(then) {
    if (index) { then(); return; }
    waiting = then;
    if (loading) return;
    loading = true;
    var failed = false;
    function fail() {
      if (failed) return;
      failed = true;
      loading = false;
      show("The search index could not be loaded.");
    }
    function loaded(paths) {
      var all = window.sitegenSearchIndex || {};
      var chunks = paths.map(function (path) { return all[path]; });
      if (chunks.some(function (chunk) { return !chunk; })) { fail(); return; }
      prepare(merged(chunks));
      var next = waiting;
      waiting = null;
      if (next) next();
    }
    addScript(form.getAttribute("data-index"), function (ok) {
      var paths = ok && window.sitegenSearchChunks;
      if (!paths) { fail(); return; }
      var left = paths.length;
      if (!left) { loaded(paths); return; }
      paths.forEach(function (path) {
        addScript(root + path, function (ok) {
          if (!ok) { fail(); return; }
          if (--left === 0 && !failed) loaded(paths);
        });
      });
    });
  }

  // The chunks as one index: each chunk's sources and sections after those of the chunks
  // before it, its passages' and sections' numbers moved to match.
  function merged(chunks) {
    var data = { sources: [], sections: [], passages: [] };
    chunks.forEach(function (chunk) {
      var sources = data.sources.length, sections = data.sections.length;
      chunk.sources.forEach(function (s) { data.sources.push(s); });
      chunk.sections.forEach(function (s) { data.sections.push([s[0], s[1], s[2], s[3] + sources]); });
      chunk.passages.forEach(function (p) {
        var passage = p.slice();
        passage[0] += sections;
        data.passages.push(passage);
      });
    });
    return data;
  }

  // Lower-case every text once. Where lower-casing would change a text's length (a rare
  // letter such as "İ"), that letter is kept, so positions match the original text.
  function fold(text) {
    var lower = text.toLowerCase();
    if (lower.length === text.length) return lower;
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i).toLowerCase();
      out += c.length === 1 ? c : text.charAt(i);
    }
    return out;
  }

  // All passages' folded texts in one string, a "\n" after each, so that each word of a
  // query is looked for in one pass of the regular-expression engine; starts[i] is
  // where passage i begins in it.
  function prepare(data) {
    var texts = new Array(data.passages.length), starts = new Float64Array(texts.length + 1), at = 0;
    for (var i = 0; i < texts.length; i++) {
      texts[i] = fold(data.passages[i][2]);
      starts[i] = at;
      at += texts[i].length + 1;
    }
    starts[texts.length] = at;
    index = {
      sources: data.sources, sections: data.sections, passages: data.passages, all: texts.join("\n") + "\n", starts: starts,
      titles: data.sections.map(function (s) { return fold(s[2]); })
    };
  }

  // The text of passage i, folded.
  function folded(i) { return index.all.slice(index.starts[i], index.starts[i + 1] - 1); }

  var wordCharacter = /[\p{L}\p{N}]/u;
  function isWordCharacter(text, at) {
    if (at < 0 || at >= text.length) return false;
    var c = text.charCodeAt(at);
    if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    return wordCharacter.test(text.charAt(at));
  }

  // Where `word` next starts a word of `text` at or after `from`; -1 when nowhere.
  function find(text, word, from) {
    var at = text.indexOf(word, from);
    while (at > 0 && isWordCharacter(text, at - 1)) at = text.indexOf(word, at + 1);
    return at;
  }

  // The query's words, each once; words of one or two letters ("of", "a") only when the
  // query has no longer word.
  function wordsOf(query) {
    var seen = {}, words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (w) {
      if (!w || seen[w]) return false;
      seen[w] = true;
      return true;
    });
    var long = words.filter(function (w) { return w.length > 2; });
    return long.length ? long : words;
  }

  // The passages that hold every word, best first: [[score, passage index], ...].
  function search(words) {
    var passages = index.passages, titles = index.titles, starts = index.starts, n = passages.length;
    var scores = new Int32Array(n), found = new Uint8Array(n);
    for (var w = 0; w < words.length; w++) {
      var counts = new Uint8Array(n), inTitle = new Uint8Array(titles.length), word = words[w], p = 0;
      // Every place the word starts a word (a word shorter than three letters must end
      // one too: "of" does not find "offender"), counted for the passage it falls in.
      for (var at = find(index.all, word, 0); at >= 0; at = find(index.all, word, at + word.length)) {
        if (word.length < 3 && isWordCharacter(index.all, at + word.length)) continue;
        while (starts[p + 1] <= at) p++;
        if (counts[p] < 3) counts[p]++;
      }
      for (var s = 0; s < titles.length; s++) inTitle[s] = find(titles[s], words[w], 0) >= 0 ? 2 : 0;
      for (var i = 0; i < n; i++) {
        var score = counts[i] + inTitle[passages[i][0]];
        if (score > 0 && found[i] === w) { found[i]++; scores[i] += score; }
      }
    }
    var hits = [];
    for (var k = 0; k < n; k++) {
      if (found[k] === words.length) hits.push([scores[k] + (passages[k][3] ? 1000 : 0), k]);
    }
    hits.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
    return hits;
  }

  // About 200 characters of the passage around its first match, cut at spaces.
  function excerpt(text, folded, words) {
    var first = -1;
    words.forEach(function (w) {
      var at = find(folded, w, 0);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    });
    var start = Math.max(0, first - 60), end = Math.min(text.length, start + 200);
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
    return { start: start, end: end };
  }

  // The excerpt as text nodes, each whole word a query word starts in a <mark>.
  function excerptNode(text, folded, words) {
    var range = excerpt(text, folded, words), marks = [];
    words.forEach(function (w) {
      for (var at = find(folded, w, range.start); at >= 0 && at < range.end; at = find(folded, w, at + w.length)) {
        var to = at + w.length;
        while (to < range.end && isWordCharacter(folded, to)) to++;
        marks.push([at, to]);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var p = document.createElement("p"), at = range.start;
    if (range.start > 0) p.appendChild(document.createTextNode("…"));
    marks.forEach(function (m) {
      if (m[0] < at) return;
      p.appendChild(document.createTextNode(text.slice(at, m[0])));
      var mark = document.createElement("mark");
      mark.appendChild(document.createTextNode(text.slice(m[0], m[1])));
      p.appendChild(mark);
      at = m[1];
    });
    p.appendChild(document.createTextNode(text.slice(at, range.end)));
    if (range.end < text.length) p.appendChild(document.createTextNode("…"));
    return p;
  }

  // The section's anchor, and a text fragment that scrolls to the passage itself where
  // the browser supports one (others stop at the section).
  function target(section, passage) {
    var href = root + section[0];
    if (passage[3]) return href;
    var start = passage[2].split(/\s+/).slice(0, 6).join(" ");
    return href + "#" + section[1] + ":~:text=" + encodeURIComponent(start).replace(/-/g, "%2D");
  }

  function link(href, text, className) {
    var a = document.createElement("a");
    a.href = href;
    if (className) a.className = className;
    a.appendChild(document.createTextNode(text));
    return a;
  }

  function show(message) {
    results.hidden = false;
    status.textContent = message;
  }

  function run() {
    var query = input.value.trim();
    var words = wordsOf(query);
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!words.length) {
      results.hidden = true;
      status.textContent = "";
      return;
    }
    if (query.length < 2) {
      show("Type two letters or more.");
      return;
    }
    if (!index) show("Loading the search index…");
    load(function () {
      if (input.value.trim() !== query) return;
      var hits = search(words);
      var quoted = "“" + query + "”";
      show(hits.length === 0 ? "No results for " + quoted + "."
        : (hits.length === 1 ? "1 result" : hits.length + " results") + " for " + quoted
          + (hits.length > shown ? "; the first " + shown + " are listed." : "."));
      hits.slice(0, shown).forEach(function (hit) {
        var passage = index.passages[hit[1]], section = index.sections[passage[0]];
        var item = document.createElement("li");
        item.appendChild(link(target(section, passage), section[2], "search-title"));
        item.appendChild(excerptNode(passage[2], folded(hit[1]), words));
        var source = index.sources[section[3]];
        item.appendChild(link(root + source[0] + "#L" + passage[1], "Source: " + source[1] + " line " + passage[1], "search-source"));
        list.appendChild(item);
      });
    });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  input.addEventListener("focus", function () { load(function () {}); }, { once: true });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { input.value = ""; run(); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });

  var query = new URLSearchParams(location.search).get("q");
  if (query) {
    input.value = query;
    run();
  }
})();
