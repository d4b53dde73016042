"""The offline HTML page: no remote loads, a CSP, deterministic, escaped text."""

from __future__ import annotations

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


def _payload(page: str) -> dict:
    m = re.search(r'<script id="dg-data" type="application/json">(.*?)</script>', page, re.S)
    assert m is not None
    return json.loads(m.group(1))


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
    assert data["views"]["full"]["nodes"] == 16
    assert data["views"]["actors"] == {**data["views"]["actors"], "nodes": 6, "edges": 9}
    titles = [d["title"] for d in data["docs"]]
    assert "US response to Russia's security proposals" in titles
    assert "Unrelated" in titles
    assert set(data["other"]) == {"actors"}


def test_html_focus_keeps_only_the_neighbourhood(scenario: Graph) -> None:
    data = _payload(to_html(scenario, view="actors", focus="nato", depth=1))
    assert data["views"] == {"actors": data["views"]["actors"]}
    assert data["views"]["actors"]["nodes"] == 2
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
    # vis-network, pyvis's drawGraph, the data, page.js: nothing else ends a script.
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
    assert _payload(out.read_text(encoding="utf-8"))["views"]["actors"]["nodes"] == 2


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
