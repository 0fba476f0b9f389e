#!/usr/bin/env python3
"""Opens every page of a site written by `inspector site` in headless Chromium and fails on
anything a person would trip over.

    site-check.py --chromium /usr/bin/chromium --screenshots DIR SITE [SITE ...]

For every page, at a desktop width (1280 px) and a phone width (390 px):
  - any console error, uncaught exception or failed load;
  - any request that leaves the site (anything but file:// inside the site's folder), which
    is refused, so nothing is fetched;
  - every axe-core violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules;
  - any text clipped by its box: an element whose own text overflows a box that hides
    overflow, text outside the page at its width (the page must not scroll sideways; a table
    may, inside its own scrolling region), and SVG text outside its chart's viewBox;
  - the page read without JavaScript must hold the same text as with it (the script only adds
    sorting and filtering), and sorting a table by its first column must work;
and across each site: every internal link and anchor must lead to a file and an element that
exist. Screenshots of every page at both widths go to DIR/<site>/ for review.

Exits 0 when every page passes, 1 when any fails (each failure printed), 2 on bad usage.
"""

import argparse
import os
import sys
import urllib.parse
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

# Runs in the page: every piece of text that a box cuts off, described in words.
CLIPPED_TEXT = r"""
() => {
  const problems = [];
  const describe = (el) => {
    const text = (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 60);
    const id = el.id ? "#" + el.id : "";
    return `<${el.tagName.toLowerCase()}${id}> "${text}"`;
  };
  const viewport = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > viewport + 1) {
    problems.push(`the page is ${document.documentElement.scrollWidth}px wide at a width of ${viewport}px, so text is off-screen`);
  }
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest("svg") || el.closest(".visually-hidden")) continue;
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden") continue;
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim() !== "");
    if (!ownText) continue;
    const hides = (v) => v === "hidden" || v === "clip";
    if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
        (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
        (style.textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth + 1)) {
      problems.push(`${describe(el)} is cut by its own box (${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight})`);
      continue;
    }
    // Text outside the box of an ancestor that hides what overflows it (a scrolling region
    // lets the reader scroll to it, so only hidden and clipped overflow counts).
    const range = document.createRange();
    range.selectNodeContents(el);
    const rect = range.getBoundingClientRect();
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const s = getComputedStyle(up);
      if (!(hides(s.overflowX) || hides(s.overflowY))) continue;
      if (up.classList.contains("visually-hidden")) break;
      const box = up.getBoundingClientRect();
      if (rect.width > 0 && (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1)) {
        problems.push(`${describe(el)} runs outside ${describe(up)}, which hides overflow`);
        break;
      }
    }
  }
  for (const svg of document.querySelectorAll("svg")) {
    const box = svg.viewBox && svg.viewBox.baseVal;
    if (!box || box.width === 0) continue;
    for (const text of svg.querySelectorAll("text")) {
      const b = text.getBBox();
      if (b.x < box.x - 1 || b.y < box.y - 1 || b.x + b.width > box.x + box.width + 1 || b.y + b.height > box.y + box.height + 1) {
        problems.push(`chart text "${text.textContent}" (${Math.round(b.x)}..${Math.round(b.x + b.width)}) is cut by its chart's ${box.width}px viewBox`);
      }
    }
  }
  return problems;
}
"""

# Runs in the page: the text a reader gets, less the controls the script adds.
READABLE_TEXT = r"""
() => {
  const main = document.querySelector("main").cloneNode(true);
  main.querySelectorAll(".table-filter, .table-status").forEach((el) => el.remove());
  return main.innerText.replace(/[▲▼]/g, "").replace(/\s+/g, " ").trim();
}
"""

# Runs in the page: ids and names that a link's fragment may point at.
ANCHORS = "() => Array.from(document.querySelectorAll('[id], a[name]')).map((el) => el.id || el.getAttribute('name'))"
LINKS = "() => Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href'))"

# Runs in the page: sorts the first sortable table by its first column and says whether
# the rows are still all there.
SORT = r"""
() => {
  const table = document.querySelector("table.sortable");
  if (!table) return null;
  const button = table.tHead.querySelector("button.sort");
  if (!button) return "the sortable table has no sort button";
  const before = table.tBodies[0].rows.length;
  button.click();
  button.click();
  const th = button.closest("th");
  if (th.getAttribute("aria-sort") !== "descending") return "sorting twice did not give aria-sort=descending";
  return table.tBodies[0].rows.length === before ? null : "sorting lost rows";
}
"""


def pages_of(site: Path):
    return sorted(p for p in site.rglob("*.html") if p.is_file())


def check_site(browser, site: Path, screenshots: Path, axe: Axe, only: str = ""):
    failures = []
    site = site.resolve()
    pages = pages_of(site)
    if not pages:
        return [f"{site}: no pages"]
    anchors = {}
    links = {}
    shots = screenshots / site.name
    shots.mkdir(parents=True, exist_ok=True)
    def router(outside):
        """Lets a request through only to a file inside the site; notes and refuses the rest."""

        def route(route_request):
            url = route_request.request.url
            if url.startswith("file://") and urllib.parse.unquote(urllib.parse.urlparse(url).path).startswith(str(site) + "/"):
                route_request.continue_()
            else:
                outside.append(url)
                route_request.abort()

        return route

    for width_name, (width, height) in WIDTHS.items():
        context = browser.new_context(viewport={"width": width, "height": height})
        outside = []
        context.route("**/*", router(outside))
        for path in [p for p in pages if only in p.relative_to(site).as_posix()]:
            relative = path.relative_to(site).as_posix()
            where = f"{site.name}/{relative} ({width_name})"
            page = context.new_page()
            errors = []
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
            page.on("requestfailed", lambda request: errors.append(f"failed to load {request.url}"))
            outside.clear()
            page.goto(path.as_uri(), wait_until="load")
            if width_name == "desktop":
                anchors[relative] = set(page.evaluate(ANCHORS))
                links[relative] = page.evaluate(LINKS)
            result = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
            for violation in result.response["violations"]:
                targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
                failures.append(f"{where}: axe {violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
            for problem in page.evaluate(CLIPPED_TEXT):
                failures.append(f"{where}: clipped text: {problem}")
            page.screenshot(path=str(shots / f"{relative.replace('/', '__')}-{width_name}.png"), full_page=True)
            with_script = page.evaluate(READABLE_TEXT)
            sorted_problem = page.evaluate(SORT)
            if sorted_problem:
                failures.append(f"{where}: sorting: {sorted_problem}")
            failures += [f"{where}: console: {error}" for error in errors]
            failures += [f"{where}: a request left the site: {url}" for url in outside]
            page.close()
            if width_name == "desktop":
                bare = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=False)
                bare_outside = []
                bare.route("**/*", router(bare_outside))
                plain = bare.new_page()
                plain.goto(path.as_uri(), wait_until="load")
                without_script = plain.evaluate(READABLE_TEXT)
                if without_script != with_script:
                    failures.append(f"{where}: the page without JavaScript does not read the same as with it")
                failures += [f"{where}: without JavaScript, a request left the site: {url}" for url in bare_outside]
                bare.close()
        context.close()
    if only:
        # Only some pages were opened: the others' anchors are unknown, so links are not checked.
        return failures
    for page, hrefs in links.items():
        for href in hrefs:
            failures += check_link(site, page, href, anchors)
    return failures


def check_link(site: Path, page: str, href: str, anchors):
    parsed = urllib.parse.urlparse(href)
    if parsed.scheme or parsed.netloc or href.startswith("//"):
        return [f"{site.name}/{page}: link to outside the site: {href}"]
    target = page if parsed.path == "" else os.path.normpath(os.path.join(os.path.dirname(page), urllib.parse.unquote(parsed.path)))
    if target.startswith("..") or target not in anchors:
        return [f"{site.name}/{page}: broken link: {href} (no page {target})"]
    fragment = urllib.parse.unquote(parsed.fragment)
    if fragment and fragment not in anchors[target]:
        return [f"{site.name}/{page}: broken anchor: {href} (no id '{fragment}' in {target})"]
    return []


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chromium", required=True, help="the Chromium executable")
    parser.add_argument("--screenshots", required=True, type=Path, help="where screenshots go")
    parser.add_argument("--only", default="", help="open only pages whose path contains this (links are then not checked)")
    parser.add_argument("sites", nargs="+", type=Path)
    arguments = parser.parse_args()
    axe = Axe()
    total_failures = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=arguments.chromium, args=["--no-sandbox", "--disable-dev-shm-usage"])
        for site in arguments.sites:
            count = len(pages_of(site))
            failures = check_site(browser, site, arguments.screenshots, axe, arguments.only)
            total_failures += failures
            print(f"{site}: {count} pages at {len(WIDTHS)} widths: {len(failures)} problems")
            for failure in failures:
                print(f"  {failure}")
        browser.close()
    print(f"screenshots in {arguments.screenshots}")
    if total_failures:
        print(f"site-check: {len(total_failures)} problems")
        return 1
    print("site-check: every page passed (console, links, anchors, requests, WCAG 2.2 A/AA, clipped text, without JavaScript)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
