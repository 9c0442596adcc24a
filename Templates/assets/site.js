/*
 * sitegen: click-to-sort tables, a filter box for lists, scroll cues and whole pages in
 * print; progressive enhancements.
 *
 * Every page is complete without this script. For each table in <main> worth sorting (a
 * <thead> of one row, at least three columns and a <tbody> of at least five rows; summary
 * rows in <tfoot> never move), the content of every header cell is
 * moved into a <button type="button">. Activating a button sorts the body rows by that
 * column, ascending first, then the other way on each further activation; the sorted
 * header cell gets aria-sort="ascending" or "descending" and the others lose it.
 *
 * A column is compared, in this order of preference, when every non-empty cell is:
 *   a rating     Inadequate < Requires improvement < Good < Outstanding;
 *   a date       "October 2024", "16 September 2024";
 *   a number     the first number in the cell, with only symbols before it: "35%",
 *                "11/27" (11), "1,234", "▼ −7.4 points since …" (−7.4; U+2212 is a minus);
 * otherwise as text (localeCompare, en-GB, numeric, case- and accent-insensitive).
 * Empty cells (and cells of only a dash, "—") go last in both directions; ties keep
 * the order the rows had when the page loaded (stable).
 *
 * A classic script (no modules, no network) so that it works from file:// too.
 */
(function () {
  "use strict";

  var RATINGS = {
    "inadequate": 0,
    "requires improvement": 1,
    "good": 2,
    "outstanding": 3
  };

  var MONTHS = {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7,
    august: 8, september: 9, october: 10, november: 11, december: 12
  };

  var DATE = /^(?:(\d{1,2})\s+)?([a-z]+)\s+(\d{4})$/i;
  // The first number: an optional sign, digits with optional thousands commas, decimals.
  var NUMBER = /([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/;
  var LETTER_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F]/;

  var HINT_ID = "table-sort-hint";

  /**
   * The cell's text, white space collapsed, U+2212 MINUS SIGN read as "-". A cell of
   * nothing but dashes ("—", meaning none) counts as empty.
   */
  function cellText(cell) {
    if (!cell) {
      return "";
    }
    var text = (cell.textContent || "").replace(/\u2212/g, "-").replace(/\s+/g, " ").trim();
    return /^[-\u2010-\u2015 ]*$/.test(text) ? "" : text;
  }

  function ratingValue(text) {
    var key = text.toLowerCase();
    return Object.prototype.hasOwnProperty.call(RATINGS, key) ? RATINGS[key] : null;
  }

  function dateValue(text) {
    var match = DATE.exec(text);
    if (!match) {
      return null;
    }
    var month = MONTHS[match[2].toLowerCase()];
    if (!month) {
      return null;
    }
    var day = match[1] ? parseInt(match[1], 10) : 0;
    return parseInt(match[3], 10) * 10000 + month * 100 + day;
  }

  function numberValue(text) {
    var match = NUMBER.exec(text);
    if (!match || LETTER_OR_DIGIT.test(text.slice(0, match.index))) {
      return null;
    }
    var value = parseFloat(match[2].replace(/,/g, "") + (match[3] || ""));
    return match[1] === "-" ? -value : value;
  }

  /** Sort keys for one column: {numeric, keys}; keys[i] is null for an empty cell. */
  function columnKeys(texts) {
    var parsers = [ratingValue, dateValue, numberValue];
    for (var p = 0; p < parsers.length; p++) {
      var keys = [];
      var ok = true;
      for (var i = 0; i < texts.length && ok; i++) {
        if (texts[i] === "") {
          keys.push(null);
        } else {
          var value = parsers[p](texts[i]);
          if (value === null || isNaN(value)) {
            ok = false;
          } else {
            keys.push(value);
          }
        }
      }
      if (ok) {
        return { numeric: true, keys: keys };
      }
    }
    return {
      numeric: false,
      keys: texts.map(function (text) { return text === "" ? null : text; })
    };
  }

  function compareKeys(a, b, numeric) {
    if (numeric) {
      return a < b ? -1 : a > b ? 1 : 0;
    }
    return a.localeCompare(b, "en-GB", { numeric: true, sensitivity: "base" });
  }

  /**
   * Sorts the body rows of `table` by `column`. `original` is the rows in page order:
   * ties keep that order in both directions.
   */
  function sortTable(table, original, headers, column, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var parsed = columnKeys(rows.map(function (row) { return cellText(row.cells[column]); }));
    var entries = rows.map(function (row, index) {
      var position = original.indexOf(row);
      return { row: row, key: parsed.keys[index], index: position < 0 ? original.length + index : position };
    });
    entries.sort(function (a, b) {
      var aEmpty = a.key === null;
      var bEmpty = b.key === null;
      if (aEmpty || bEmpty) {
        // Empty cells last, whatever the direction.
        return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
      }
      var order = compareKeys(a.key, b.key, parsed.numeric);
      if (descending) {
        order = -order;
      }
      return order !== 0 ? order : a.index - b.index;
    });
    // Moving the existing rows keeps their content, links and listeners as they are.
    var fragment = document.createDocumentFragment();
    entries.forEach(function (entry) { fragment.appendChild(entry.row); });
    body.appendChild(fragment);

    headers.forEach(function (th, index) {
      if (index === column) {
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      } else {
        th.removeAttribute("aria-sort");
      }
    });
  }

  /** One visually hidden note that sortable tables point to with aria-describedby. */
  function sortHint(main) {
    var hint = document.getElementById(HINT_ID);
    if (!hint) {
      hint = document.createElement("p");
      hint.id = HINT_ID;
      hint.className = "visually-hidden";
      hint.appendChild(document.createTextNode("Select a column heading to sort the table."));
      main.appendChild(hint);
    }
    return hint;
  }

  function isSortable(table) {
    return table.tHead && table.tHead.rows.length === 1 && table.tHead.rows[0].cells.length >= 3 &&
      table.tBodies.length === 1 && table.tBodies[0].rows.length >= 5;
  }

  /**
   * The filter box of a list page (<main data-filter="first-table">): the rows of its
   * first table whose text holds every word typed stay shown, the others are hidden, and
   * a live line says how many are shown.
   */
  function addFilter(main) {
    var table = main.querySelector("table");
    if (!table || !table.tBodies.length) {
      return;
    }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = rows.map(function (row) { return (row.textContent || "").toLowerCase(); });
    var box = document.createElement("div");
    var label = document.createElement("label");
    var input = document.createElement("input");
    var status = document.createElement("p");
    box.className = "table-filter";
    label.htmlFor = "table-filter-input";
    label.appendChild(document.createTextNode("Filter by name, region or rating"));
    input.id = "table-filter-input";
    input.type = "search";
    input.autocomplete = "off";
    status.id = "table-filter-status";
    status.setAttribute("aria-live", "polite");
    input.setAttribute("aria-describedby", status.id);
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(status);
    var anchor = table.parentNode.classList.contains("table-scroll") ? table.parentNode : table;
    anchor.parentNode.insertBefore(box, anchor);
    function update() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row, index) {
        var match = words.every(function (word) { return texts[index].indexOf(word) >= 0; });
        row.hidden = !match;
        shown += match ? 1 : 0;
      });
      status.textContent = shown + " of " + rows.length + " shown";
    }
    input.addEventListener("input", update);
    update();
  }

  /** Marks each scrolling table region that has more to show on the right (data-more). */
  function watchScrolling(main) {
    var regions = Array.prototype.slice.call(main.querySelectorAll(".table-scroll"));
    function update(region) {
      var more = region.scrollLeft + region.clientWidth < region.scrollWidth - 1;
      if (more) {
        region.setAttribute("data-more", "right");
      } else {
        region.removeAttribute("data-more");
      }
    }
    regions.forEach(function (region) {
      region.addEventListener("scroll", function () { update(region); });
      update(region);
    });
    window.addEventListener("resize", function () { regions.forEach(update); });
  }

  function enhance(table, main) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var original = Array.prototype.slice.call(table.tBodies[0].rows);
    var enhanced = false;
    headers.forEach(function (th, column) {
      // A header cell holding a control cannot go inside a button; leave it be.
      if (th.querySelector("a, button, input, select, textarea, [tabindex]")) {
        return;
      }
      // button > span > the cell's own nodes; the CSS arrow follows the span.
      var button = document.createElement("button");
      var label = document.createElement("span");
      button.type = "button";
      while (th.firstChild) {
        label.appendChild(th.firstChild);
      }
      button.appendChild(label);
      th.appendChild(button);
      button.addEventListener("click", function () {
        // First activation ascending; after that, the other way each time.
        var descending = th.getAttribute("aria-sort") === "ascending";
        sortTable(table, original, headers, column, descending);
      });
      enhanced = true;
    });
    if (enhanced) {
      var hint = sortHint(main);
      var described = table.getAttribute("aria-describedby");
      table.setAttribute("aria-describedby", described ? described + " " + hint.id : hint.id);
    }
  }

  function init() {
    var main = document.querySelector("main");
    if (!main || !document.createDocumentFragment || !Array.prototype.forEach) {
      return;
    }
    if (main.getAttribute("data-filter") === "first-table") {
      addFilter(main);
    }
    var tables = main.querySelectorAll("table");
    for (var i = 0; i < tables.length; i++) {
      if (isSortable(tables[i])) {
        enhance(tables[i], main);
      }
    }
    watchScrolling(main);
    // Folded findings print whole.
    window.addEventListener("beforeprint", function () {
      Array.prototype.forEach.call(document.querySelectorAll("details"), function (details) {
        details.open = true;
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}());
