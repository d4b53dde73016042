"""The page in headless Chromium, with every network request blocked and recorded."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

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
