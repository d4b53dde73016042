"""The page in headless Chromium, with every network request blocked and recorded."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal, URIRef

from graph.cli import main
from graph.export.html import to_html
from graph.views import actor_network, full_view

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None  # type: ignore[assignment]

if CHROMIUM is None:
    pytest.skip("chromium is not on PATH (apt-get install chromium)", allow_module_level=True)
if sync_playwright is None:
    pytest.skip("playwright (python) is not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Opened:
    """A page opened from a file, with what it asked for and what it complained about."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1300, "height": 800})
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("console", self._console)
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(self.url)
        # Poll from Python: wait_for_function evaluates strings, which the page's CSP forbids.
        for _ in range(300):
            if self.page.evaluate("() => Boolean(window.dgTimings && window.dgTimings.firstDraw)"):
                break
            self.page.wait_for_timeout(100)
        else:
            raise AssertionError(f"{self.url} never drew: {self.errors}")

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"console {message.type}: {message.text}")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route: Any) -> None:
        self.requests.append(route.request.url)
        if route.request.url == self.url:
            route.continue_()
        else:
            route.abort()

    def left_the_file(self) -> list[str]:
        return [url for url in self.requests if url != self.url]

    def click_node(self, node_id: str) -> None:
        point = self.page.evaluate(
            "(id) => { const p = network.getPositions([id])[id];"
            " const d = network.canvasToDOM(p);"
            " const r = document.getElementById('mynetwork').getBoundingClientRect();"
            " return {x: d.x + r.left, y: d.y + r.top}; }",
            node_id,
        )
        self.page.mouse.click(point["x"], point["y"])

    def hover_node(self, node_id: str, expect: str) -> str:
        """Hover a node until its tooltip shows ``expect``; the tooltip's text."""
        point = self.page.evaluate(
            "(id) => { const d = network.canvasToDOM(network.getPositions([id])[id]);"
            " const r = document.getElementById('mynetwork').getBoundingClientRect();"
            " return {x: d.x + r.left, y: d.y + r.top}; }",
            node_id,
        )
        tooltip = self.page.locator("div.vis-tooltip")
        self.page.mouse.move(5, 5)
        for step in range(12):
            # vis shows a tooltip once the pointer rests (tooltipDelay): move, then wait.
            self.page.mouse.move(point["x"] - 1 + step % 3, point["y"] + 1)
            for _ in range(6):
                self.page.wait_for_timeout(100)
                if tooltip.is_visible() and expect in (tooltip.text_content() or ""):
                    return tooltip.text_content() or ""
        raise AssertionError(f"no tooltip showing {expect!r} over {node_id}")

    def close(self) -> None:
        self.page.close()


@pytest.fixture(scope="module")
def scenario(fixtures_dir: Path) -> Graph:
    return Graph().parse(fixtures_dir / "views" / "scenario.ttl", format="turtle")


def _open(browser: Any, tmp_path: Path, html: str, name: str = "graph.html") -> Opened:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return Opened(browser, path)


@pytest.mark.parametrize("view", ["full", "actors"])
def test_browser_page_draws_offline(
    browser: Any, tmp_path: Path, scenario: Graph, view: str
) -> None:
    expected = (full_view if view == "full" else actor_network)(scenario)
    opened = _open(browser, tmp_path, to_html(scenario, view=view))
    try:
        assert opened.left_the_file() == []
        assert opened.errors == []
        assert opened.page.evaluate("network.body.data.nodes.length") == len(expected)
        assert opened.page.evaluate("network.body.data.edges.length") == expected.number_of_edges()
        counts = opened.page.text_content("#dg-counts")
        assert f"{len(expected)} nodes" in counts
        assert "US response to Russia's security proposals" in opened.page.text_content("#dg-docs")
        assert opened.page.locator("#dg-classes li").count() >= 3
    finally:
        opened.close()


def test_browser_click_shows_evidence(browser: Any, tmp_path: Path, scenario: Graph) -> None:
    opened = _open(browser, tmp_path, to_html(scenario, view="full"))
    try:
        opened.page.wait_for_timeout(300)
        opened.click_node("https://w3id.org/diplograph/id/proposal-us-2")
        panel = opened.page.locator("#dg-panel")
        panel.get_by_text("Washington also offers transparency measures").wait_for(timeout=5_000)
        text = panel.text_content()
        assert "transparency measures for military exercises" in text
        assert "US response to Russia's security proposals" in text
        assert "characters 300–380" in text
        assert opened.errors == []
    finally:
        opened.close()


def test_browser_search_selects_actor(browser: Any, tmp_path: Path, scenario: Graph) -> None:
    opened = _open(browser, tmp_path, to_html(scenario, view="actors"))
    try:
        opened.page.fill("#dg-search", "the alliance")
        opened.page.press("#dg-search", "Enter")
        selected = opened.page.evaluate("network.getSelectedNodes()")
        assert selected == ["https://w3id.org/diplograph/id/org-nato"]
        assert "NATO" in opened.page.text_content("#dg-panel h2")
        opened.page.fill("#dg-search", "nowhere-land")
        opened.page.press("#dg-search", "Enter")
        assert "Nothing" in opened.page.text_content("#dg-search-msg")
    finally:
        opened.close()


def test_browser_view_switch_and_filters(browser: Any, tmp_path: Path, scenario: Graph) -> None:
    opened = _open(browser, tmp_path, to_html(scenario, view="full"))
    try:
        opened.page.click("#dg-switch button[data-view='actors']")
        assert opened.page.evaluate("network.body.data.nodes.length") == 6
        opened.page.uncheck("#dg-classes-State")
        hidden = opened.page.evaluate("nodes.get({filter: n => n.hidden}).length")
        assert hidden == 3
        opened.page.select_option("#dg-doc", label="NATO response to Russia (2022-02-02)")
        shown = opened.page.evaluate(
            "nodes.get({filter: n => !n.hidden}).map(n => n.full || n.label)"
        )
        assert shown == ["NATO"]
        assert opened.errors == []
    finally:
        opened.close()


def test_browser_hostile_text_runs_nothing(
    browser: Any, tmp_path: Path, fixtures_dir: Path
) -> None:
    hostile = Graph().parse(fixtures_dir / "views" / "hostile.ttl", format="turtle")
    opened = _open(browser, tmp_path, to_html(hostile, view="full"), name="evil.html")
    try:
        page = opened.page
        opened.click_node("https://w3id.org/diplograph/id/proposal-evil")
        panel = page.locator("#dg-panel")
        panel.get_by_text("window.__pwned='script'", exact=False).first.wait_for(timeout=5_000)
        text = panel.text_content()
        assert "They said <script>window.__pwned='script'</script> and <img src=x" in text
        assert "Report <script>window.__pwned='title'</script> with href" in text
        # Hover to build the tooltip, then search by the hostile label.
        point = page.evaluate(
            "(() => { const id = 'https://w3id.org/diplograph/id/state-evil';"
            " const d = network.canvasToDOM(network.getPositions([id])[id]);"
            " const r = document.getElementById('mynetwork')"
            ".getBoundingClientRect(); return {x: d.x + r.left, y: d.y + r.top};"
            " })()"
        )
        page.mouse.move(point["x"] - 3, point["y"])
        page.mouse.move(point["x"], point["y"] + 1)
        page.locator("div.vis-tooltip").wait_for(state="visible", timeout=5_000)
        tooltip = page.text_content("div.vis-tooltip")
        assert "</script><script>alert(1)</script>" in tooltip
        assert "window.__pwned='script'" in tooltip
        page.fill("#dg-search", "</script><script>alert(1)</script>")
        page.press("#dg-search", "Enter")
        assert page.text_content("#dg-panel h2") == "</script><script>alert(1)</script>"
        page.fill("#dg-search", "Imageorg")
        page.press("#dg-search", "Enter")
        assert page.text_content("#dg-panel h2") == "<img src=x onerror=alert(1)>"
        page.wait_for_timeout(300)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert opened.dialogs == []
        assert page.locator("#dg-panel img, #dg-panel script, .vis-tooltip img").count() == 0
        assert opened.left_the_file() == []
        assert opened.errors == []
    finally:
        opened.close()


# -- the script-injection paths pyvis leaves open, each with hostile text -------------------

ID = "https://w3id.org/diplograph/id/"
EVIL_DOC_TITLE = "Report <script>window.__pwned='title'</script> with href"
EVIL_HEADING = (
    "Heading <script>window.__pwned='heading'</script>"
    '<img src=x onerror="window.__pwned=\'heading-img\'"> <a href="javascript:alert(1)">href</a>'
)
EVIL_IDS = {
    "script": ID + "state-\"><script>window.__pwned='id'</script>",
    "href": ID + "org-<a href=\"javascript:window.__pwned='id-href'\">x</a>",
}


def _no_script_ran(opened: Opened) -> None:
    page = opened.page
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert opened.dialogs == []
    assert page.evaluate("document.querySelectorAll('img, a[href^=\"javascript\"]').length") == 0
    assert page.evaluate("document.scripts.length") == 4  # vis, drawGraph, data, page.js
    assert opened.left_the_file() == []
    assert opened.errors == []


@pytest.fixture()
def hostile(fixtures_dir: Path) -> Graph:
    g = Graph().parse(fixtures_dir / "views" / "hostile.ttl", format="turtle")
    dg = "https://w3id.org/diplograph/ns#"
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    state, org = URIRef(EVIL_IDS["script"]), URIRef(EVIL_IDS["href"])
    talks = URIRef(ID + "proposal-ids")
    for node, cls, name in ((state, "State", "Idland"), (org, "Organisation", "Hrefland")):
        g.add((node, URIRef(rdf + "type"), URIRef(dg + cls)))
        g.add((node, URIRef(rdf + "type"), URIRef(dg + "Actor")))
        g.add((node, label, Literal(name)))
    g.add((talks, URIRef(rdf + "type"), URIRef(dg + "Proposal")))
    g.add((talks, label, Literal("talks between Idland and Hrefland")))
    g.add((talks, URIRef(dg + "proposedBy"), state))
    g.add((talks, URIRef(dg + "addressedTo"), org))
    return g


@pytest.mark.parametrize("view", ["full", "actors"])
def test_browser_hostile_heading_and_document_title(
    browser: Any, tmp_path: Path, hostile: Graph, view: str
) -> None:
    """pyvis's ``heading`` path: the page title and document titles stay text."""
    opened = _open(browser, tmp_path, to_html(hostile, view=view, title=EVIL_HEADING))
    try:
        page = opened.page
        assert page.title() == EVIL_HEADING
        assert page.text_content("#dg-title") == EVIL_HEADING
        assert page.evaluate("document.getElementById('dg-title').childElementCount") == 0
        assert page.text_content("#dg-docs .dg-doc-title") == EVIL_DOC_TITLE
        options = page.locator("#dg-doc option").all_text_contents()
        assert EVIL_DOC_TITLE in options
        page.select_option("#dg-doc", label=EVIL_DOC_TITLE)
        assert "showing" in page.text_content("#dg-counts")
        _no_script_ran(opened)
    finally:
        opened.close()


def test_browser_hostile_focus_in_cli_title(
    browser: Any, tmp_path: Path, fixtures_dir: Path
) -> None:
    """``diplograph view --focus`` puts the focus into the heading: it stays text."""
    focus = "</script><script>alert(1)</script>"
    out = tmp_path / "focus.html"
    graph = fixtures_dir / "views" / "hostile.ttl"
    args = ["view", "--graph", str(graph), "--focus", focus, "--depth", "1"]
    assert main([*args, "--out", str(out), "--no-open"]) == 0
    opened = Opened(browser, out)
    try:
        heading = f"diplograph: hostile.ttl around {focus}"
        assert opened.page.title() == heading
        assert opened.page.text_content("#dg-title") == heading
        assert f"around “{focus}”, depth 1" in opened.page.text_content("#dg-counts")
        _no_script_ran(opened)
    finally:
        opened.close()


@pytest.mark.parametrize("view", ["full", "actors"])
def test_browser_hostile_node_ids(browser: Any, tmp_path: Path, hostile: Graph, view: str) -> None:
    """pyvis's ``select_menu`` path: node ids holding markup are data, never HTML."""
    opened = _open(browser, tmp_path, to_html(hostile, view=view), name="ids.html")
    try:
        page = opened.page
        ids = page.evaluate("network.body.data.nodes.getIds()")
        assert set(EVIL_IDS.values()) <= set(ids)
        for kind, name in (("script", "Idland"), ("href", "Hrefland")):
            node_id = EVIL_IDS[kind]
            page.mouse.move(5, 5)
            page.evaluate("network.fit()")  # undo the last search's zoom
            opened.click_node(node_id)
            page.locator("#dg-panel h2").get_by_text(name, exact=True).wait_for(timeout=5_000)
            assert page.text_content("#dg-panel .dg-iri") == node_id
            assert name in opened.hover_node(node_id, name)
            page.fill("#dg-search", node_id)
            page.press("#dg-search", "Enter")
            assert page.evaluate("network.getSelectedNodes()") == [node_id]
            assert page.text_content("#dg-panel h2") == name
        _no_script_ran(opened)
    finally:
        opened.close()


def test_browser_hostile_href_in_titles(browser: Any, tmp_path: Path, hostile: Graph) -> None:
    """pyvis's "href" path: once a tooltip holds "href", every tooltip is still text."""
    opened = _open(browser, tmp_path, to_html(hostile, view="full"), name="href.html")
    try:
        link = "talks <a href=\"javascript:window.__pwned='link'\">here</a>"
        tip = opened.hover_node(ID + "proposal-evil", "window.__pwned='link'")
        assert link in tip
        assert "<img src=x onerror=\"window.__pwned='img'\">" in tip
        assert EVIL_DOC_TITLE in tip
        # The next tooltips, after one holding "href", are text too.
        evil = "</script><script>alert(1)</script>"
        assert evil in opened.hover_node(ID + "state-evil", evil)
        assert "Hrefland" in opened.hover_node(EVIL_IDS["href"], "Hrefland")
        assert opened.page.locator("div.vis-tooltip *:is(a, img, script)").count() == 0
        _no_script_ran(opened)
    finally:
        opened.close()
