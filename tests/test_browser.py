"""The page in headless Chromium, with every network request blocked and recorded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal, URIRef

from graph.cli import main
from graph.export.chromium import chromium_path, launch
from graph.export.html import to_html

pytestmark = pytest.mark.browser

CHROMIUM = chromium_path()

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
        b = launch(p)
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
            if self.page.evaluate(
                "() => Boolean(window.dgTimings && dgTimings.settled && dgTimings.ready)"
            ):
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
        tooltip = self.page.locator("#dg-tip")
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


ID_ = "https://w3id.org/diplograph/id/"


def _visible(opened: Opened, what: str) -> list[str]:
    return opened.page.evaluate(f"{what}.get({{filter: x => !x.hidden}}).map(x => x.id)")


def test_browser_opens_on_the_actor_network_offline(
    browser: Any, tmp_path: Path, scenario: Graph
) -> None:
    opened = _open(browser, tmp_path, to_html(scenario))
    try:
        assert opened.left_the_file() == []
        assert opened.errors == []
        assert opened.page.evaluate("dg.view()") == "actors"
        assert opened.page.evaluate("network.body.data.nodes.length") == 6  # every actor
        assert opened.page.evaluate("network.body.data.edges.length") == 9
        assert "6 actors" in opened.page.text_content("#dg-counts")
        assert "US response to Russia's security proposals" in opened.page.text_content("#dg-docs")
        assert opened.page.locator("#dg-classes li").count() == 3
    finally:
        opened.close()


def test_browser_isolated_nodes_hidden_until_asked(
    browser: Any, tmp_path: Path, scenario: Graph
) -> None:
    opened = _open(browser, tmp_path, to_html(scenario))
    try:
        ukraine = ID_ + "state-ukraine"  # an actor with no link in the actor network
        assert ukraine not in _visible(opened, "nodes")
        assert opened.page.text_content("#dg-isolated-count") == "1"
        opened.page.check("#dg-isolated")
        assert ukraine in _visible(opened, "nodes")
        opened.page.uncheck("#dg-isolated")
        assert ukraine not in _visible(opened, "nodes")
        assert opened.errors == []
    finally:
        opened.close()


def test_browser_central_labels_read_at_default_zoom(
    browser: Any, tmp_path: Path, fixtures_dir: Path
) -> None:
    """Measured on screen: a label's font size times the canvas scale."""
    from graph.export.pagedata import LARGE

    g = _many_actors(LARGE + 60)
    opened = _open(browser, tmp_path, to_html(g), name="many.html")
    try:
        page = opened.page
        sizes = page.evaluate(
            """() => {
                 const scale = network.getScale();
                 return nodes.get({filter: n => !n.hidden}).sort((a, b) => a.k - b.k)
                   .map(n => [n.id, network.body.nodes[n.id].labelModule.fontOptions.size * scale,
                              network.body.nodes[n.id].labelModule.visible()]);
               }"""
        )
        assert len(sizes) > LARGE
        # The most central actors: the five hubs, though they only propose (PageRank
        # alone would rank them last).
        top = sizes[:5]
        assert {i for i, _, _ in top} == {f"{ID_}state-s000{h}" for h in range(5)}
        assert all(px >= 12 and drawn for _, px, drawn in top), top
        # Every label drawn is at least 12 px, and none covers another.
        small = [px for _, px, drawn in sizes if drawn]
        assert min(small) >= 12
        boxes = page.evaluate(
            """() => nodes.get({filter: n => !n.hidden})
                 .map(n => network.body.nodes[n.id].labelModule).filter(m => m.visible())
                 .map(m => [m.size.left, m.size.top, m.size.width, m.size.height])"""
        )
        assert len(boxes) >= 5
        for i, (x, y, w, h) in enumerate(boxes):
            for x2, y2, w2, h2 in boxes[:i]:
                assert x + w <= x2 + 1 or x2 + w2 <= x + 1 or y + h <= y2 + 1 or y2 + h2 <= y + 1
        # The rest are not drawn this small: they appear on zoom.
        hidden_labels = [i for i, _px, drawn in sizes if not drawn]
        assert hidden_labels
        page.evaluate(
            "(id) => network.moveTo({scale: 1.4, position: network.getPositions([id])[id],"
            " animation: false})",
            hidden_labels[0],
        )
        assert page.evaluate(
            "(id) => network.body.nodes[id].labelModule.visible()", hidden_labels[0]
        )
        assert opened.errors == []
    finally:
        opened.close()


def test_browser_show_more_actors(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The actor network opens on the most central actors; the button adds the next ones."""
    from graph.export import pagedata

    monkeypatch.setattr(pagedata, "FIRST_ACTORS", 150)
    opened = _open(browser, tmp_path, to_html(_many_actors(360)), name="more.html")
    try:
        page = opened.page
        first = _visible(opened, "nodes")
        assert len(first) == 150
        assert ID_ + "state-s0000" in first  # a hub, among the most central
        assert page.text_content("#dg-more-text") == (
            "Showing the 150 most central of 360 linked actors; 210 hidden."
        )
        assert "(the 150 most central of 360 linked actors)" in page.text_content("#dg-counts")
        where = page.evaluate("(ids) => network.getPositions(ids)", first)
        page.click("#dg-more-go")
        assert len(_visible(opened, "nodes")) == 300
        assert page.evaluate("(ids) => network.getPositions(ids)", first) == where  # none moved
        assert page.text_content("#dg-more-go") == "Show 60 more actors"
        page.click("#dg-more-go")
        assert len(_visible(opened, "nodes")) == 360
        assert not page.locator("#dg-more").is_visible()
        assert opened.errors == []
    finally:
        opened.close()


def _many_actors(n_actors: int) -> Graph:
    """A star of stars: a few hubs proposing to many actors, dated over a year."""
    from rdflib import Literal

    from graph.build import new_graph
    from graph.namespace import DG, PROV, RDF, RDFS, SCHEMA, XSD

    g = new_graph()
    ns = g.namespace_manager.expand_curie
    docs = []
    for d in range(12):
        doc = ns(f"dgid:doc-{d}")
        docs.append(doc)
        g.add((doc, RDF.type, DG.Document))
        g.add((doc, RDFS.label, Literal(f"Report {d}")))
        g.add((doc, SCHEMA.datePublished, Literal(f"2024-{d + 1:02d}-01", datatype=XSD.date)))
    actors = [ns(f"dgid:state-s{i:04d}") for i in range(n_actors)]
    for i, a in enumerate(actors):
        g.add((a, RDF.type, DG.State))
        g.add((a, RDF.type, DG.Actor))
        g.add((a, RDFS.label, Literal(f"State {i}")))
    for i, a in enumerate(actors[5:], start=5):
        p = ns(f"dgid:proposal-p{i}")
        g.add((p, RDF.type, DG.Proposal))
        g.add((p, RDFS.label, Literal(f"talks number {i}")))
        g.add((p, DG.proposedBy, actors[i % 5]))
        g.add((p, DG.addressedTo, a))
        g.add((p, PROV.wasDerivedFrom, docs[i % 12]))
    return g


def test_browser_date_slider_changes_visible_edges(
    browser: Any, tmp_path: Path, scenario: Graph
) -> None:
    opened = _open(browser, tmp_path, to_html(scenario))
    try:
        page = opened.page
        before = _visible(opened, "edges")
        # Only 2021-12-17: Russia's demands (and the stances dated by them).
        page.evaluate("dg.setRange(0, 0)")
        during = _visible(opened, "edges")
        labels = page.evaluate("edges.get({filter: e => !e.hidden}).map(e => e.label)")
        assert during and len(during) < len(before)
        assert all(not label.startswith("proposes") for label in labels)
        assert "2021-12-17" in page.text_content("#dg-range-text")
        page.evaluate("dg.setRange(1, 1)")
        labels = page.evaluate("edges.get({filter: e => !e.hidden}).map(e => e.label)")
        assert "proposes ×3" in labels and not any(lab.startswith("demands") for lab in labels)
        page.evaluate("dg.setRange(0, 1)")
        assert _visible(opened, "edges") == before
        assert opened.errors == []
    finally:
        opened.close()


def test_browser_focus_draws_the_facts(browser: Any, tmp_path: Path, scenario: Graph) -> None:
    opened = _open(browser, tmp_path, to_html(scenario))
    try:
        page = opened.page
        opened.click_node(ID_ + "org-nato")
        page.locator("#dg-panel button", has_text="Draw its facts").click()
        assert page.evaluate("dg.view()") == "facts"
        ids = set(page.evaluate("nodes.getIds()"))
        assert {ID_ + "proposal-nato-1", ID_ + "demand-ru-1", ID_ + "demand-ru-2"} <= ids
        assert ID_ + "proposal-us-2" not in ids  # a US proposal NATO takes no part in
        assert "facts of NATO" in page.text_content("#dg-counts")
        # A document's facts.
        page.select_option("#dg-doc", label="NATO response to Russia (2022-02-02)")
        assert set(page.evaluate("nodes.getIds()")) >= {ID_ + "proposal-nato-1", ID_ + "org-nato"}
        assert ID_ + "demand-ru-1" not in page.evaluate("nodes.getIds()")
        # Back to the actor network.
        page.click("#dg-switch button[data-view='actors']")
        assert page.evaluate("dg.view()") == "actors"
        assert opened.errors == []
    finally:
        opened.close()


def test_browser_click_shows_evidence_and_dated_facts(
    browser: Any, tmp_path: Path, scenario: Graph
) -> None:
    opened = _open(browser, tmp_path, to_html(scenario, view="full"))
    try:
        opened.click_node(ID_ + "proposal-us-2")
        panel = opened.page.locator("#dg-panel")
        panel.get_by_text("Washington also offers transparency measures").wait_for(timeout=5_000)
        text = panel.text_content()
        assert "US response to Russia's security proposals" in text
        assert "characters 300–380" in text
        opened.page.evaluate("dg.showActors()")
        opened.page.evaluate(f"dg.showNode('{ID_}state-russia')")
        dated = opened.page.locator("#dg-panel .dg-facts li").all_text_contents()
        assert dated[0].startswith("2021-12-17") and dated[-1].startswith("2022-02-02")
        assert opened.errors == []
    finally:
        opened.close()


def test_browser_edge_evidence_capped_with_count_and_query(
    browser: Any, tmp_path: Path, scenario: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph.export import pagedata

    monkeypatch.setattr(pagedata, "EDGE_EVIDENCE", 2)
    opened = _open(browser, tmp_path, to_html(scenario))
    try:
        edge = opened.page.evaluate("edges.get({filter: e => e.label === 'proposes ×3'})[0].id")
        opened.page.evaluate(f"dg.showEdge('{edge}')")
        panel = opened.page.text_content("#dg-panel")
        assert "Evidence (showing 2 of 3)" in panel
        query = opened.page.text_content("#dg-panel .dg-query")
        assert query.startswith(
            "diplograph query --param u=dgid:state-united-states --param v=dgid:state-russia '"
        )
        # The query it shows lists all three sentences.
        from graph.query import parse_param, run_query

        sparql = query.split(" '", 1)[1].rstrip("'")
        params = dict(parse_param(p) for p in ("u=dgid:state-united-states", "v=dgid:state-russia"))
        result = run_query(scenario, sparql, bindings=params, timeout=None)
        assert len(result.rows) == 3
    finally:
        opened.close()


def test_browser_capped_facts_counted_with_a_query_for_all(
    browser: Any, tmp_path: Path, scenario: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beyond the cap the page holds the facts of the most central actors; an actor whose
    facts are left out says how many it has and gives the query that lists them all."""
    from graph.export import pagedata
    from graph.query import parse_param, run_query

    monkeypatch.setattr(pagedata, "FACT_CAP", 4)
    opened = _open(browser, tmp_path, to_html(scenario))
    try:
        counts = opened.page.text_content("#dg-counts")
        assert "11 facts (4 on this page, those of the most central actors)" in counts
        # The edge still counts its three proposals, though only one is on the page.
        assert opened.page.evaluate("edges.get({filter: e => e.label === 'proposes ×3'}).length")
        opened.page.evaluate(f"dg.showNode('{ID_}state-united-states')")
        panel = opened.page.text_content("#dg-panel")
        assert "This page holds 1 of the 5 facts it takes part in" in panel
        query = opened.page.text_content("#dg-panel .dg-query")
        head = "diplograph query --param u=dgid:state-united-states '"
        assert query.startswith(head)
        sparql = query[len(head) :].rstrip("'")
        bindings = dict([parse_param("u=dgid:state-united-states")])
        assert len(run_query(scenario, sparql, bindings=bindings, timeout=None).rows) == 5
        assert opened.errors == []
    finally:
        opened.close()


def test_browser_affiliation_edge_shows_its_evidence(
    browser: Any, tmp_path: Path, seed_graph_file: Path
) -> None:
    """An affiliation is not a fact, but its edge shows where it was read."""
    opened = _open(browser, tmp_path, to_html(Graph().parse(seed_graph_file)))
    try:
        page = opened.page
        edge = page.evaluate("edges.get({filter: e => e.relation === 'affiliated'})[0].id")
        page.evaluate(f"dg.showEdge('{edge}')")
        panel = page.text_content("#dg-panel")
        assert "Evidence (showing 1 of 1)" in panel
        assert "No evidence sentence" not in panel
        assert page.locator("#dg-panel .dg-ev q").count() == 1
        assert opened.errors == []
    finally:
        opened.close()


def test_browser_search_selects_actor(browser: Any, tmp_path: Path, scenario: Graph) -> None:
    opened = _open(browser, tmp_path, to_html(scenario))
    try:
        opened.page.fill("#dg-search", "the alliance")
        opened.page.press("#dg-search", "Enter")
        selected = opened.page.evaluate("network.getSelectedNodes()")
        assert selected == [ID_ + "org-nato"]
        assert "NATO" in opened.page.text_content("#dg-panel h2")
        opened.page.fill("#dg-search", "nowhere-land")
        opened.page.press("#dg-search", "Enter")
        assert "Nothing" in opened.page.text_content("#dg-search-msg")
    finally:
        opened.close()


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("Rusia", "Russia"),
        ("Untied States", "United States"),
        ("Jane Do", "Jane Doe"),
        ("NAOT", "NATO"),
    ],
)
def test_browser_typo_suggests_close_names(
    browser: Any, tmp_path: Path, scenario: Graph, typed: str, first: str
) -> None:
    opened = _open(browser, tmp_path, to_html(scenario))
    try:
        page = opened.page
        page.fill("#dg-search", typed)
        page.press("#dg-search", "Enter")
        suggestions = page.locator("#dg-suggest button").all_text_contents()
        if typed == "Jane Do":  # a prefix is a match: selected at once
            assert page.text_content("#dg-panel h2") == first
            return
        assert "Did you mean" in page.text_content("#dg-search-msg")
        assert suggestions[0] == first
        page.locator("#dg-suggest button").first.click()
        assert page.text_content("#dg-panel h2") == first
        assert opened.errors == []
    finally:
        opened.close()


def test_browser_hover_box_leaves_with_the_view(
    browser: Any, tmp_path: Path, scenario: Graph
) -> None:
    opened = _open(browser, tmp_path, to_html(scenario))
    try:
        opened.hover_node(ID_ + "state-russia", "Russia")
        assert opened.page.locator("#dg-tip").is_visible()
        opened.page.evaluate("dg.showFacts({kind: 'range'})")
        assert not opened.page.locator("#dg-tip").is_visible()
    finally:
        opened.close()


def test_browser_edge_labels_not_struck_through(
    browser: Any, tmp_path: Path, scenario: Graph
) -> None:
    """No pixel of an edge's own colour inside its label's box."""
    opened = _open(browser, tmp_path, to_html(scenario))
    try:
        found = opened.page.evaluate(
            """() => {
                 const e = edges.get({filter: x => x.label === 'proposes ×3'})[0];
                 const edge = network.body.edges[e.id], box = edge.labelModule.size;
                 const canvas = document.querySelector('#mynetwork canvas');
                 const ratio = canvas.width / canvas.clientWidth;
                 const tl = network.canvasToDOM({x: box.left, y: box.top});
                 const br = network.canvasToDOM({x: box.left + box.width, y: box.top + box.height});
                 const ctx = canvas.getContext('2d');
                 const img = ctx.getImageData(
                   Math.ceil(tl.x * ratio) + 2, Math.ceil(tl.y * ratio) + 2,
                   Math.floor((br.x - tl.x) * ratio) - 4,
                   Math.floor((br.y - tl.y) * ratio) - 4).data;
                 let orange = 0;
                 for (let i = 0; i < img.length; i += 4) {
                   const [r, g, b] = [img[i], img[i + 1], img[i + 2]];
                   if (Math.abs(r - 240) < 20 && Math.abs(g - 138) < 25 && b < 80) orange++;
                 }
                 return {orange, pixels: img.length / 4, visible: edge.labelModule.visible()};
               }"""
        )
        assert found["visible"] and found["pixels"] > 50
        assert found["orange"] == 0, found
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
        page.locator("#dg-tip").wait_for(state="visible", timeout=5_000)
        tooltip = page.text_content("#dg-tip")
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
        assert page.locator("#dg-panel img, #dg-panel script, #dg-tip img").count() == 0
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
    assert page.evaluate("document.scripts.length") == 4  # vis, the data in two parts, page.js
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
        assert opened.page.locator("#dg-tip *:is(a, img, script)").count() == 0
        _no_script_ran(opened)
    finally:
        opened.close()
