"""An interactive HTML page of the graph that works with no network at all.

The page is drawn by pyvis (its bundled vis-network, inlined) through our own
template, ``page.html``, beside this module. Nothing is loaded from anywhere:
vis-network's JS and CSS, our ``page.js`` and ``page.css`` and the data are all
inline, and a Content-Security-Policy forbids any remote load.

Safety: everything that comes from documents (labels, evidence sentences, titles)
travels as JSON with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, and the page
shows it with ``textContent`` only: tooltips and the side panel are DOM elements
built by ``page.js``. pyvis's ``heading``, ``select_menu`` and ``filter_menu`` are
never used, and no node gets a pyvis ``title`` (pyvis turns on an ``innerHTML``
popup once a title holds "href").

Large views (over :data:`LARGE` nodes) get positions computed here and physics
off; smaller ones settle with vis physics from a fixed seed, then freeze.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from pyvis.network import Network
from rdflib import Graph

from ..documents import Document
from ..views import (
    RELATIONS,
    documents,
    ego_view,
    get_view,
    louvain,
    view_pagerank,
)

__all__ = ["CLASS_STYLES", "LARGE", "RELATION_STYLES", "to_html"]

#: Above this many nodes, positions are computed in Python and physics is off.
LARGE = 300

#: Shape and colour of each node class (vis-network shapes that scale by size).
CLASS_STYLES: dict[str, tuple[str, str]] = {
    "State": ("dot", "#2f6fb3"),
    "Organisation": ("square", "#2e9b4f"),
    "Person": ("triangle", "#8a5cc2"),
    "Actor": ("dot", "#5f7f9f"),
    "Place": ("triangleDown", "#9b6b43"),
    "Treaty": ("hexagon", "#6f7680"),
    "WeaponSystem": ("star", "#d0569d"),
    "MilitaryActivity": ("star", "#a8a21e"),
    "Proposal": ("diamond", "#f08a1c"),
    "Demand": ("diamond", "#d43d3d"),
    "Condition": ("hexagon", "#1aa7b8"),
    "Statement": ("square", "#b8a55a"),
    "Position": ("triangleDown", "#e07b7b"),
    "Entity": ("dot", "#9aa3ad"),
}

#: Colour and dashes of each edge relation.
RELATION_STYLES: dict[str, tuple[str, bool]] = {
    "proposes": ("#f08a1c", False),
    "demands": ("#d43d3d", False),
    "addressed to": ("#c9a06a", False),
    "concerns": ("#a9b1ba", True),
    "conditional on": ("#1aa7b8", False),
    "requires action by": ("#1aa7b8", True),
    "conditions": ("#1aa7b8", True),
    "rejects": ("#8b1a1a", True),
    "supports": ("#2e9b4f", False),
    "says": ("#b8a55a", False),
    "mentions": ("#b8a55a", True),
    "affiliated": ("#8a5cc2", True),
}

_GLYPHS = {
    "dot": "●",
    "square": "■",
    "triangle": "▲",
    "triangleDown": "▼",
    "hexagon": "⬢",
    "star": "★",
    "diamond": "◆",
}

_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)

_FACT_CLASSES = ("Proposal", "Demand", "Condition", "Statement", "Position")
_PLACEHOLDER = re.compile(r"<!--dg:([a-z-]+)-->")
_LABEL_MAX = 48


def _json_for_html(value: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, ``>``, ``&``, U+2028/2029 raw.

    >>> _json_for_html({"t": "</script>&\\u2028"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _vis_asset(name: str) -> str:
    """A file of the vis-network build that pyvis ships (``templates/lib/vis-9.1.2``)."""
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / name).read_text(encoding="utf-8")


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= _LABEL_MAX else label[: _LABEL_MAX - 1].rstrip() + "…"


# -- documents and evidence tables ----------------------------------------------------


class _Tables:
    """Documents and evidence sentences, stored once and referred to by index."""

    def __init__(self, g: Graph, sources: Sequence[Document]) -> None:
        docs = documents(g)
        by_sha = {d["sha256"]: iri for iri, d in docs.items() if d["sha256"]}
        self.docs: list[dict[str, str]] = []
        self.doc_index: dict[str, int] = {}
        extra = []
        for source in sources:
            iri = by_sha.get(source.sha256)
            if iri is not None:
                docs[iri].setdefault("name", source.name)
            else:
                extra.append(
                    {
                        "title": source.title or source.name,
                        "date": source.date or "",
                        "path": (source.paths or (source.name,))[0],
                        "sha256": source.sha256,
                        "name": source.name,
                    }
                )
        ordered = sorted(docs.items(), key=lambda kv: (kv[1]["date"], kv[1]["title"], kv[0]))
        for iri, d in ordered:
            self.doc_index[iri] = len(self.docs)
            self.docs.append(
                {"iri": iri, "title": d["title"], "date": d["date"], "path": d["path"]}
            )
        for d in sorted(extra, key=lambda d: (d["date"], d["title"], d["path"])):
            self.docs.append({"iri": "", "title": d["title"], "date": d["date"], "path": d["path"]})
        self.evidence: list[list[Any]] = []
        self._ev_index: dict[tuple[Any, ...], int] = {}

    def doc(self, iri: str) -> int:
        if iri not in self.doc_index:
            self.doc_index[iri] = len(self.docs)
            self.docs.append({"iri": iri, "title": iri, "date": "", "path": ""})
        return self.doc_index[iri]

    def ev(self, items: Sequence[Mapping[str, Any]]) -> list[int]:
        out = []
        for e in items:
            key = (e["doc"], e["start"], e["end"], e["text"])
            if key not in self._ev_index:
                self._ev_index[key] = len(self.evidence)
                self.evidence.append(
                    [self.doc(e["doc"]) if e["doc"] else -1, e["start"], e["end"], e["text"]]
                )
            out.append(self._ev_index[key])
        return out


# -- layout for large views ---------------------------------------------------------------


def _layout(view: nx.MultiDiGraph, spacing: float = 70.0) -> dict[str, tuple[float, float]]:
    """Positions for a large view: communities as discs spiralling out by size.

    Louvain communities (``seed=42``) are placed on a sunflower spiral, biggest in
    the middle; inside each, nodes sit on a sunflower ordered by degree, hubs at
    the centre, or, when numpy is there and the community is small, where
    :func:`networkx.spring_layout` (``seed=42``) puts them. Linear in the size of
    the view apart from those small spring layouts, and deterministic.
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(view.nodes))
    simple.add_edges_from(sorted((u, v) for u, v in view.edges() if u != v))
    communities = louvain(simple)
    golden = math.pi * (3 - math.sqrt(5))
    pos: dict[str, tuple[float, float]] = {}
    placed_area = 0.0
    for index, members in enumerate(communities):
        radius = spacing * math.sqrt(len(members)) * 0.62
        if index == 0:
            cx = cy = 0.0
        else:
            distance = math.sqrt(placed_area / math.pi) + radius + spacing
            cx, cy = distance * math.cos(index * golden), distance * math.sin(index * golden)
        placed_area += math.pi * (radius + spacing / 2) ** 2 * 1.6
        # A subgraph view iterates a set (hash-seed order): build the community in sorted order.
        inside = set(members)
        community = nx.Graph()
        community.add_nodes_from(members)
        community.add_edges_from(
            sorted((u, v) for u, v in simple.edges(members) if u in inside and v in inside)
        )
        local = _community_layout(community, radius)
        for node in members:
            x, y = local[node]
            pos[node] = (round(cx + x, 1), round(cy + y, 1))
    return pos


def _community_layout(sub: nx.Graph, radius: float) -> dict[str, tuple[float, float]]:
    n = len(sub)
    if 3 <= n <= 150:
        try:
            spring = nx.spring_layout(sub, seed=42, iterations=40)
        except ImportError:  # numpy is optional
            pass
        else:
            return {k: (float(x) * radius, float(y) * radius) for k, (x, y) in spring.items()}
    order = sorted(sub, key=lambda node: (-sub.degree(node), node))
    golden = math.pi * (3 - math.sqrt(5))
    return {
        node: (
            radius * math.sqrt((i + 0.5) / n) * math.cos(i * golden),
            radius * math.sqrt((i + 0.5) / n) * math.sin(i * golden),
        )
        for i, node in enumerate(order)
    }


# -- vis data --------------------------------------------------------------------------------


def _vis_data(
    view: nx.MultiDiGraph, tables: _Tables
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """vis-network node and edge dicts for ``view``, in a fixed order.

    Nodes are keyed by IRI and styled by their class's vis group; sizes follow
    weighted PageRank; text stays plain (the page renders it with
    ``textContent``). ``tables`` collects the documents and evidence sentences the
    dicts refer to by index.
    """
    ranks = view_pagerank(view)
    top = max(ranks.values(), default=1.0) or 1.0
    positions = _layout(view) if len(view) > LARGE else {}
    node_docs: dict[str, set[int]] = {n: set() for n in view}
    parallel: dict[tuple[str, str], int] = {}
    edges: list[dict[str, Any]] = []
    ordered = sorted(view.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    pair_size: dict[tuple[str, str], int] = {}
    for u, v, _key, _d in ordered:
        pair_size[min(u, v), max(u, v)] = pair_size.get((min(u, v), max(u, v)), 0) + 1
    for index, (u, v, key, d) in enumerate(ordered):
        relation = d.get("relation", str(key))
        colour, dashes = RELATION_STYLES.get(relation, ("#888888", False))
        weight = int(d.get("weight", 1))
        ev = tables.ev(d.get("evidence", ()))
        docs = sorted({tables.evidence[i][0] for i in ev} - {-1})
        node_docs[u].update(docs)
        node_docs[v].update(docs)
        edge: dict[str, Any] = {
            "id": f"e{index}",
            "from": u,
            "to": v,
            "label": relation if weight == 1 else f"{relation} ×{weight}",
            "color": colour,
            "relation": relation,
            "weight": weight,
            "ev": ev,
            "docs": docs,
        }
        if dashes:
            edge["dashes"] = True
        if weight > 1:
            edge["width"] = round(1 + 1.5 * math.log2(weight), 2)
        pair = (min(u, v), max(u, v))
        parallel[pair] = parallel.get(pair, -1) + 1
        if not positions and pair_size[pair] > 1:
            edge["length"] = 160 + 60 * pair_size[pair]
            edge["smooth"] = _fan_out(parallel[pair], reverse=u != pair[0])
        edges.append(edge)
    nodes: list[dict[str, Any]] = []
    for node in sorted(view.nodes):
        d = view.nodes[node]
        cls = d.get("cls", "Entity")
        ev = tables.ev(d.get("evidence", ()))
        in_docs = node_docs[node] | ({tables.evidence[i][0] for i in ev} - {-1})
        in_docs |= {tables.doc(s) for s in d.get("sources", ())}
        label = str(d.get("label", node))
        item: dict[str, Any] = {
            "id": node,
            "label": _short(label),
            "group": cls if cls in CLASS_STYLES else "Entity",
            "size": round(10 + 30 * math.sqrt(ranks.get(node, 0.0) / top), 1),
            "cls": cls,
            "ev": ev,
            "docs": sorted(in_docs),
        }
        if item["label"] != label:
            item["full"] = label
        for attr, name in (
            ("fine", "fine"),
            ("wikidata", "wd"),
            ("role", "role"),
            ("alt_labels", "alt"),
        ):
            if d.get(attr):
                item[name] = d[attr]
        metrics = {
            k: d[k]
            for k in ("degree", "strength", "pagerank", "betweenness", "community")
            if k in d
        }
        if metrics:
            item["m"] = {k: round(v, 6) if isinstance(v, float) else v for k, v in metrics.items()}
        if node in positions:
            item["x"], item["y"] = positions[node]
        elif item["size"] > 20:
            # Big nodes push harder, so small ones settle around them, not on their links.
            item["mass"] = round(item["size"] / 10, 1)
        nodes.append(item)
    return nodes, edges


def _fan_out(index: int, *, reverse: bool) -> dict[str, Any]:
    """vis ``smooth`` for the ``index``-th of several edges between the same two nodes.

    The first is straight; the others bow out on alternate sides, further each
    pair, so neither lines nor labels sit on each other. Sides are taken for the
    pair's canonical direction: vis bends ``curvedCW`` to one side of an edge's own
    direction, so an edge drawn the other way gets the opposite type.

    >>> _fan_out(0, reverse=False)
    {'enabled': False}
    >>> _fan_out(1, reverse=False)["type"], _fan_out(2, reverse=False)["type"]
    ('curvedCW', 'curvedCCW')
    >>> _fan_out(2, reverse=True)
    {'enabled': True, 'type': 'curvedCW', 'roundness': 0.4}
    """
    if index == 0:
        return {"enabled": False}
    clockwise = (index % 2 == 1) != reverse
    return {
        "enabled": True,
        "type": "curvedCW" if clockwise else "curvedCCW",
        "roundness": round(0.4 * ((index + 1) // 2), 2),
    }


def _groups() -> dict[str, Any]:
    """vis groups: one per class, with its shape and colour."""
    fact = {"size": 11, "color": "#444444"}
    return {
        cls: {
            "shape": shape,
            "color": {
                "background": colour,
                "border": "#333333",
                "highlight": {"background": colour, "border": "#000000"},
                "hover": {"background": colour, "border": "#000000"},
            },
            **({"font": fact} if cls in _FACT_CLASSES else {}),
        }
        for cls, (shape, colour) in CLASS_STYLES.items()
    }


def _options(n_nodes: int) -> dict[str, Any]:
    large = n_nodes > LARGE
    return {
        "autoResize": True,
        "layout": {"randomSeed": 42, "improvedLayout": not large},
        "physics": {
            "enabled": not large,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "springLength": 120,
                "springConstant": 0.06,
                "avoidOverlap": 0.4,
            },
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        },
        "groups": _groups(),
        "nodes": {
            "borderWidth": 1,
            "font": {
                "size": 14,
                "face": "system-ui, sans-serif",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "smooth": False if large else {"enabled": True, "type": "dynamic"},
            "font": {
                "size": 11,
                "align": "horizontal",
                "color": "#555555",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "color": {"inherit": False, "opacity": 0.85},
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 200,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "navigationButtons": False,
            "keyboard": False,
        },
    }


def _legend(views: Mapping[str, nx.MultiDiGraph]) -> dict[str, Any]:
    classes = sorted(
        {d.get("cls", "Entity") for v in views.values() for _, d in v.nodes(data=True)},
        key=lambda c: list(CLASS_STYLES).index(c) if c in CLASS_STYLES else 99,
    )
    relations = sorted(
        {d.get("relation", "") for v in views.values() for _, _, d in v.edges(data=True)},
        key=lambda r: list(RELATION_STYLES).index(r) if r in RELATION_STYLES else 99,
    )
    return {
        "classes": [
            {
                "name": c,
                "shape": CLASS_STYLES.get(c, CLASS_STYLES["Entity"])[0],
                "glyph": _GLYPHS[CLASS_STYLES.get(c, CLASS_STYLES["Entity"])[0]],
                "color": CLASS_STYLES.get(c, CLASS_STYLES["Entity"])[1],
            }
            for c in classes
        ],
        "relations": [
            {
                "name": r,
                "color": RELATION_STYLES.get(r, ("#888888", False))[0],
                "dashes": RELATION_STYLES.get(r, ("#888888", False))[1],
                "about": RELATIONS.get(r, ""),
            }
            for r in relations
        ],
    }


def to_html(
    g: Graph,
    *,
    sources: Sequence[Document] = (),
    view: str = "full",
    focus: str | None = None,
    depth: int = 2,
    title: str = "diplograph",
) -> str:
    """The interactive page for ``g``, as one self-contained HTML string.

    Args:
        g: the graph.
        sources: the documents it was built from, listed on the page (documents
            already in ``g`` are listed anyway).
        view: the view shown first, ``"full"`` or ``"actors"``; the page switches
            between both unless ``focus`` is given.
        focus: a node's IRI, label or alternative label: show only its
            neighbourhood in ``view`` (raises ``UnknownComponentError`` when none
            matches).
        depth: how many links out from ``focus`` to keep.
        title: the page title.

    The same graph always gives the same bytes.
    """
    first = get_view(view)
    if focus is not None:
        views = {view: ego_view(first(g), focus, depth)}
    else:
        views = {view: first(g)}
        for name in ("full", "actors"):
            if name not in views:
                views[name] = get_view(name)(g)
    tables = _Tables(g, sources)
    data = {name: _vis_data(v, tables) for name, v in views.items()}
    nodes, edges = data[view]
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.nodes = nodes
    net.edges = edges
    net.options = _options(len(nodes))
    net.set_template_dir(str(resources.files(__package__)), "page.html")
    page = net.generate_html()
    payload = {
        "title": title,
        "initial": view,
        "focus": focus or "",
        "depth": depth,
        "large": LARGE,
        "views": {
            name: {"nodes": len(v), "edges": v.number_of_edges(), "options": _options(len(v))}
            for name, v in views.items()
        },
        "other": {name: {"nodes": n, "edges": e} for name, (n, e) in data.items() if name != view},
        "docs": tables.docs,
        "evidence": tables.evidence,
        "legend": _legend(views),
    }
    parts = {
        "csp": _CSP,
        "title": html.escape(title),
        "vis-css": _vis_asset("vis-network.css"),
        "vis-js": _vis_asset("vis-network.min.js"),
        "page-css": _asset("page.css"),
        "page-js": _asset("page.js"),
        "data": _json_for_html(payload),
    }
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], page)
