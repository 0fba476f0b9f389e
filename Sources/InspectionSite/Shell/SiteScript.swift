import Foundation
import InspectionHistory
import Reproducible

/// The only script of the site, inline on every page: it makes tables marked `sortable`
/// sortable by any column (a button in each column heading, `aria-sort` kept up to date) and
/// tables marked `data-filter` filterable by a text box, saying in a live region how many rows
/// show. It is an enhancement: every page is complete without it, and a table reads the same.
///
/// The Content-Security-Policy allows this script by its SHA-256 and nothing else, so no other
/// script can run, even one a mistake elsewhere let into a page.
enum SiteScript {
    static let source = """
        (function () {
        "use strict";
        var each = function (list, f) { Array.prototype.forEach.call(list, f); };
        function key(cell) {
          var value = cell.getAttribute("data-sort");
          if (value === null) { value = cell.textContent.trim(); }
          return /^-?[0-9]+(\\.[0-9]+)?$/.test(value) ? { n: parseFloat(value) } : { t: value.toLowerCase() };
        }
        function compare(a, b) {
          if (a.n !== undefined && b.n !== undefined) { return a.n - b.n; }
          if (a.n !== undefined) { return -1; }
          if (b.n !== undefined) { return 1; }
          return a.t < b.t ? -1 : a.t > b.t ? 1 : 0;
        }
        function status(table) {
          var p = document.createElement("p");
          p.className = "table-status";
          p.setAttribute("role", "status");
          table.parentNode.parentNode.insertBefore(p, table.parentNode.nextSibling);
          return p;
        }
        function sortable(table, say) {
          var headers = table.tHead.rows[0].cells, body = table.tBodies[0];
          each(headers, function (th, column) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "sort";
            while (th.firstChild) { button.appendChild(th.firstChild); }
            th.appendChild(button);
            button.addEventListener("click", function () {
              var ascending = th.getAttribute("aria-sort") !== "ascending";
              each(headers, function (other) { other.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              var rows = Array.prototype.map.call(body.rows, function (row, index) {
                return { row: row, key: key(row.cells[column]), index: index };
              });
              rows.sort(function (a, b) { return (ascending ? 1 : -1) * compare(a.key, b.key) || a.index - b.index; });
              each(rows, function (item) { body.appendChild(item.row); });
              say.textContent = "Sorted by " + button.textContent.trim() + ", " + (ascending ? "ascending" : "descending") + ".";
            });
          });
        }
        function filterable(table, say) {
          var box = document.createElement("p"), label = document.createElement("label"), input = document.createElement("input");
          box.className = "table-filter";
          input.type = "search";
          input.id = table.id + "-filter";
          label.htmlFor = input.id;
          label.textContent = "Filter the rows of “" + (table.caption ? table.caption.textContent.trim() : "this table") + "” ";
          box.appendChild(label);
          box.appendChild(input);
          table.parentNode.parentNode.insertBefore(box, table.parentNode);
          input.addEventListener("input", function () {
            var words = input.value.toLowerCase().trim(), shown = 0, rows = table.tBodies[0].rows;
            each(rows, function (row) {
              row.hidden = words !== "" && row.textContent.toLowerCase().indexOf(words) < 0;
              if (!row.hidden) { shown += 1; }
            });
            say.textContent = shown + " of " + rows.length + " rows shown.";
          });
        }
        each(document.querySelectorAll("table.sortable"), function (table) {
          var say = status(table);
          if (table.tHead && table.tBodies.length === 1) { sortable(table, say); }
          if (table.hasAttribute("data-filter") && table.id) { filterable(table, say); }
        });
        }());
        """

    /// `'sha256-…'`: the script's digest as a Content-Security-Policy source.
    static let hashSource: String = {
        var digest = SHA256()
        digest.update(Array(source.utf8))
        let hex = Array(digest.finalize().utf8)
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: hex.count, by: 2) {
            bytes.append(UInt8(String(decoding: hex[index...index + 1], as: UTF8.self), radix: 16)!)
        }
        return "'sha256-\(Data(bytes).base64EncodedString())'"
    }()
}
