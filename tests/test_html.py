"""The offline HTML page: no remote loads, a CSP, deterministic, escaped text."""

from __future__ import annotations

import base64
import gzip
import json
import re
from pathlib import Path

import pytest
from rdflib import Graph

from graph.documents import document_from_text
from graph.errors import UnknownComponentError
from graph.export.html import to_html

REMOTE = re.compile(
    r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:url\(\s*["']?\s*(?:https?:)?//)|(?:@import)""",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def scenario(fixtures_dir: Path) -> Graph:
    return Graph().parse(fixtures_dir / "views" / "scenario.ttl", format="turtle")


@pytest.fixture(scope="module")
def hostile(fixtures_dir: Path) -> Graph:
    return Graph().parse(fixtures_dir / "views" / "hostile.ttl", format="turtle")


def _part(page: str, part: str) -> dict:
    m = re.search(
        rf'<script id="{part}" type="application/json" data-encoding="([a-z0-9-]+)">(.*?)</script>',
        page,
        re.S,
    )
    assert m is not None
    if m.group(1) == "gzip-base64":
        return json.loads(gzip.decompress(base64.b64decode(m.group(2))))
    return json.loads(m.group(2))


def _payload(page: str) -> dict:
    """The page data: what the actor network needs, and the facts read after it is drawn."""
    return {**_part(page, "dg-data"), **_part(page, "dg-facts")}


@pytest.mark.parametrize("view", ["full", "actors"])
def test_html_loads_nothing_remote(scenario: Graph, view: str) -> None:
    page = to_html(scenario, view=view)
    assert REMOTE.search(page) is None
    assert "<link" not in page
    assert not re.search(r"<script[^>]+src", page)
    for cdn in ("jsdelivr", "cdnjs", "cloudflare", "bootstrap", "unpkg"):
        assert cdn not in page.lower()
    assert "vis.Network" in page  # vis-network is inlined


def test_html_has_csp_forbidding_remote_loads(scenario: Graph) -> None:
    page = to_html(scenario)
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert m is not None
    policy = m.group(1)
    for directive in (
        "default-src 'none'",
        "script-src 'unsafe-inline'",
        "style-src 'unsafe-inline'",
        "img-src data:",
    ):
        assert directive in policy
    assert page.index("Content-Security-Policy") < page.index("<script")


def test_html_deterministic(scenario: Graph, fixtures_dir: Path) -> None:
    again = Graph().parse(fixtures_dir / "views" / "scenario.ttl", format="turtle")
    assert to_html(scenario) == to_html(again)
    assert to_html(scenario, view="actors", focus="NATO", depth=1) == to_html(
        again, view="actors", focus="NATO", depth=1
    )


def test_html_counts_documents_and_views(scenario: Graph) -> None:
    source = document_from_text("Unrelated\n\nNo facts here.", name="empty.txt")
    data = _payload(to_html(scenario, sources=[source]))
    assert data["initial"]["view"] == "actors"
    assert data["na"] == 6 and len(data["E"]["u"]) == 9
    assert len(data["n"]["i"]) == 8  # six actors, then the place and the treaty
    assert len(data["f"]["i"]) == 11  # eight fact nodes and three stances
    titles = data["docs"]["t"]
    assert "US response to Russia's security proposals" in titles
    assert "Unrelated" in titles
    assert data["dates"] == ["2021-12-17", "2022-02-02"]


def test_html_page_data_is_columnar_and_ranked(scenario: Graph) -> None:
    data = _payload(to_html(scenario))
    n, f, e = data["n"], data["f"], data["E"]
    assert n["i"][0] == "state-russia"  # the most central actor first
    assert n["cs"][n["c"][0]] == "State"
    assert all(len(col) == len(n["i"]) for col in (n["l"], n["c"]))
    assert all(len(col) == len(e["u"]) for col in (e["v"], e["r"], e["f"], e["n"]))
    # Facts are sorted by date; each edge lists its facts, with the true evidence count.
    dates = [t for t in f["t"] if t >= 0]
    assert dates == sorted(dates)
    us, ru = n["i"].index("state-united-states"), n["i"].index("state-russia")
    (k,) = [
        k
        for k in range(len(e["u"]))
        if (e["u"][k], e["v"][k], e["rs"][e["r"][k]]) == (us, ru, "proposes")
    ]
    assert len(e["f"][k]) == 3 and e["n"][k] == 3
    assert "dg:proposedBy ?u ; dg:addressedTo ?v" in data["q"]["proposes"]


def test_html_page_data_trims_labels_and_caps_evidence(
    scenario: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph.export import pagedata

    monkeypatch.setattr(pagedata, "EVIDENCE_BUDGET", 0)
    monkeypatch.setattr(pagedata, "EDGE_EVIDENCE", 1)
    data = _payload(to_html(scenario))
    f, e = data["f"], data["E"]
    kept = [j for j, ev in enumerate(f["e"]) if ev >= 0]
    heads = {facts[0] for facts in e["f"] if facts and f["n"][facts[0]]}
    assert heads and set(kept) == heads  # only the first fact of each edge keeps its sentence
    assert all(n >= 1 for j, n in enumerate(f["n"]) if j in heads)  # true counts stay


def test_html_page_keeps_what_a_kept_stance_is_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from graph import tables
    from graph.export import pagedata

    monkeypatch.setattr(pagedata, "FACT_CAP", 1)
    facts = {
        "plan": tables.Fact(key="plan", cls="Proposal", iri="plan", n_evidence=3),
        "no": tables.Fact(key="no", cls="rejects", iri="no", holder="a", target="plan"),
        "other": tables.Fact(key="other", cls="Statement", iri="other", n_evidence=9),
    }
    links = [tables.Link("plan", "b", "proposedBy"), tables.Link("other", "c", "speaker")]
    rank = {"a": 0, "b": 1, "c": 2}
    taking_part = pagedata._taking_part(facts, links, set(rank))
    assert pagedata._kept_facts(facts, taking_part, rank) == ["plan", "no"]


def _facts_of(data: dict, node: int) -> set[int]:
    """The facts (by index) linked to node ``node`` of page data, or holding a stance on it."""
    size, links, f = len(data["n"]["i"]), data["L"], data["f"]
    ends = list(zip(links["a"], links["b"], strict=True))
    out = {b - size for a, b in ends if a == node and b >= size}
    out |= {a - size for a, b in ends if b == node and a >= size}
    holders, targets = f.get("h", {}), f.get("g", {})
    stance = {j for j in range(data["nf"]) if node in (holders.get(str(j)), targets.get(str(j)))}
    return out | stance


def test_html_page_holds_at_most_fact_cap_facts_of_the_most_central_actors(
    scenario: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph.export import pagedata

    whole = _payload(to_html(scenario))
    total = whole["nf"]
    monkeypatch.setattr(pagedata, "FACT_CAP", 4)
    data = _payload(to_html(scenario))
    n, e, links = data["n"], data["E"], data["L"]
    assert whole["omitted"] == 0 and data["omitted"] == total - data["nf"] > 0
    assert data["nf"] == 4
    size = len(n["i"]) + data["nf"]
    assert all(0 <= k < size for k in links["a"] + links["b"])
    # The most central actor (Russia) takes part in 8 facts: the 4 kept are among them.
    assert n["i"][0] == "state-russia"
    assert len(_facts_of(whole, 0)) == 8 and _facts_of(data, 0) == set(range(4))
    # Edges keep their true number of facts and evidence sentences where facts are left out.
    assert e["n"] == whole["E"]["n"]
    full = [len(fs) for fs in whole["E"]["f"]]
    assert [e.get("m", {}).get(str(k), len(fs)) for k, fs in enumerate(e["f"])] == full
    assert any(len(fs) < full[k] for k, fs in enumerate(e["f"]))


@pytest.mark.parametrize("corpus", ["seed", "devdocs"])
def test_html_edge_query_lists_as_many_sentences_as_the_edge_counts(
    corpus: str, request: pytest.FixtureRequest
) -> None:
    """Every actor-network edge, affiliations included: the query its panel gives answers
    one row per evidence sentence it counts (facts sharing a sentence, conditions shared
    by two proposals)."""
    from graph.query import parse_param, run_query

    where = request.getfixturevalue("seed_graph_file" if corpus == "seed" else "built")
    g = Graph().parse(where if corpus == "seed" else where / "graph.ttl", format="turtle")
    data = _payload(to_html(g))
    n, e = data["n"], data["E"]
    relations = set()
    for k in range(len(e["u"])):
        relation = e["rs"][e["r"][k]]
        ends = (f"u=dgid:{n['i'][e['u'][k]]}", f"v=dgid:{n['i'][e['v'][k]]}")
        bindings = dict(parse_param(p) for p in ends)
        rows = run_query(g, data["q"][relation], bindings=bindings, timeout=None).rows
        assert len(rows) == e["n"][k], (relation, ends)
        relations.add(relation)
        if relation == "affiliated":  # not a fact: the edge keeps a sentence of its own
            assert e["x"][str(k)] >= 0 and not e["f"][k]
    assert {"proposes", "affiliated"} <= relations


def test_html_facts_travel_apart_from_the_actor_network(scenario: Graph) -> None:
    from graph.export.html import DEFERRED

    page = to_html(scenario)
    first, later = _part(page, "dg-data"), _part(page, "dg-facts")
    assert set(later) == set(DEFERRED) and not set(first) & set(DEFERRED)
    assert first["nf"] == len(later["f"]["i"]) > 0
    assert page.index('id="dg-data"') < page.index('id="dg-facts"')


def test_html_large_page_is_compressed(scenario: Graph, monkeypatch: pytest.MonkeyPatch) -> None:
    from graph.export import html

    plain = _payload(to_html(scenario))
    monkeypatch.setattr(html, "COMPRESS_ABOVE", 100)
    page = to_html(scenario)
    assert 'data-encoding="gzip-base64"' in page
    assert _payload(page) == plain
    assert "United States" not in page.split('id="dg-data"')[1]


def test_html_vendored_vis_network_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    from graph.errors import DiplographError
    from graph.export import html

    assert f"@version {html.VIS_VERSION}" in html.vis_network_js()
    monkeypatch.setattr(html, "VIS_SHA256", "0" * 64)
    with pytest.raises(DiplographError, match="SHA-256 differs"):
        html.vis_network_js()


def test_html_focus_keeps_only_the_neighbourhood(scenario: Graph) -> None:
    data = _payload(to_html(scenario, view="actors", focus="nato", depth=1))
    assert data["initial"] == {
        "view": "actors",
        "depth": 1,
        "focus": [data["n"]["i"].index("org-nato")],
        "text": "nato",
    }
    with pytest.raises(UnknownComponentError, match="close names: NATO"):
        to_html(scenario, view="actors", focus="NAT0")


@pytest.mark.parametrize("view", ["full", "actors"])
def test_html_escapes_document_text(hostile: Graph, view: str) -> None:
    page = to_html(hostile, view=view, title="<b>t</b>")
    for raw in (
        "</script><script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<script>window.__pwned",
        '<img src=x onerror="window',
        "<a href=",
        "\u2028",
        "<b>t</b>",
    ):
        assert raw not in page
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in page
    # vis-network, the data in two parts, page.js: nothing else ends a script.
    assert page.count("</script>") == 4
    assert "innerHTML" not in page.split('<script id="dg-data"')[1]


def test_html_unknown_view(scenario: Graph) -> None:
    with pytest.raises(UnknownComponentError, match="unknown view 'graph'"):
        to_html(scenario, view="graph")


def test_html_cli_view_writes_page(tmp_path: Path, fixtures_dir: Path) -> None:
    from graph.cli import main

    out = tmp_path / "nato.html"
    code = main(
        [
            "view",
            "--graph",
            str(fixtures_dir / "views" / "scenario.ttl"),
            "--view",
            "actors",
            "--focus",
            "NATO",
            "--depth",
            "1",
            "--out",
            str(out),
            "--no-open",
        ]
    )
    assert code == 0
    data = _payload(out.read_text(encoding="utf-8"))
    assert data["initial"]["focus"] == [data["n"]["i"].index("org-nato")]


def test_html_cli_view_unknown_focus(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from graph.cli import main

    code = main(
        [
            "view",
            "--graph",
            str(fixtures_dir / "views" / "scenario.ttl"),
            "--view",
            "actors",
            "--focus",
            "Rusia",
            "--out",
            str(tmp_path / "x.html"),
            "--no-open",
        ]
    )
    assert code == 1
    assert capsys.readouterr().err == (
        "Error: no node of the actors view is named 'Rusia'; close names: Russia\n"
    )
    assert not (tmp_path / "x.html").exists()
