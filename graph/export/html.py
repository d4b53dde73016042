"""An interactive HTML page of the graph that works with no network at all.

One self-contained file: vis-network (vendored from its npm package, see
``vendor/README.md``), our ``page.js`` and ``page.css`` and the data
(:func:`graph.export.pagedata.page_data`) are all inline, and a
Content-Security-Policy forbids any remote load. The page opens on the actor
network; the facts themselves are drawn for a focus the reader picks (an actor,
a document, a community, a date range), never more than a few thousand at once.

The data travels in two ``<script type="application/json">`` elements: what the
actor network needs, read first, and the facts (:data:`DEFERRED`), read once it
is drawn, so that the first drawing of a large corpus waits for neither.

Safety: everything that comes from documents (labels, evidence sentences, titles)
travels as JSON with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped (or, for a
large page, gzip-compressed and base64-encoded), and the page shows it with
``textContent`` only: tooltips and the side panel are DOM elements built by
``page.js``; vis-network draws labels on a canvas.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import zlib
from collections.abc import Iterator, Sequence
from importlib import resources
from itertools import chain
from typing import Any

from rdflib import Graph

from ..documents import Document
from ..errors import DiplographError, UnknownComponentError
from ..views import RELATIONS, get_view, match_nodes
from .pagedata import LARGE, page_data

__all__ = [
    "CLASS_STYLES",
    "COMPRESS_ABOVE",
    "DEFERRED",
    "LARGE",
    "RELATION_STYLES",
    "VIS_SHA256",
    "VIS_VERSION",
    "to_html",
]

#: The vendored vis-network build and its SHA-256 (``vendor/README.md``).
VIS_VERSION = "9.1.13"
VIS_SHA256 = "beb41e4d2f0a4119fb3b96112c57fab570002a8cdb5c9eb5993202d28d4ae736"

#: Page data above this many bytes of JSON is gzip-compressed (the page inflates it).
COMPRESS_ABOVE = 1_500_000
#: The page data read only once the actor network is drawn: facts, their links, evidence.
DEFERRED = ("f", "L", "ev")

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


def _json_for_html(value: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, ``>``, ``&``, U+2028/2029 raw.

    >>> _json_for_html({"t": "</script>&\\u2028"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u0026\\\\u2028"}'
    """
    return _escaped(_json(value))


#: What :func:`_json_for_html` escapes, and how (each character as six).
_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _escaped(text: str) -> str:
    for raw, escaped in _ESCAPES:
        text = text.replace(raw, escaped)
    return text


def _pieces(value: Any, depth: int = 2) -> Iterator[str]:
    """:func:`_json` of ``value`` in pieces that join into it: the members of its objects
    one by one, ``depth`` levels down, and long arrays :data:`_RUN` items at a time (the
    page data of a large store is tens of megabytes of JSON: never all of it at once).

    >>> data = {"b": {"y": [1, [2]], "x": "é"}, "a": {}}
    >>> "".join(_pieces(data)) == _json(data)
    True
    """
    if isinstance(value, list) and len(value) > _RUN:
        for start in range(0, len(value), _RUN):
            items = _json(value[start : start + _RUN])[1:-1]
            yield ("[" if start == 0 else ",") + items
        yield "]"
        return
    if depth == 0 or not isinstance(value, dict) or not value or not all(map(_is_str, value)):
        yield _json(value)
        return
    for i, key in enumerate(sorted(value)):
        yield ("{" if i == 0 else ",") + _json(key) + ":"
        yield from _pieces(value[key], depth - 1)
    yield "}"


#: Items of a long JSON array made at a time (see :func:`_pieces`).
_RUN = 10_000


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _payload(value: Any) -> tuple[str, str]:
    """``value`` for a ``<script>`` element, and its encoding.

    ``json``, or ``gzip-base64`` above :data:`COMPRESS_ABOVE` characters (of escaped
    JSON: counted as it is made, and compressed piece by piece past it; the bytes of
    :func:`gzip.compress` with ``mtime=0``).
    """
    pieces = _pieces(value)
    head: list[str] = []
    size = 0
    for piece in pieces:
        head.append(piece)
        size += len(piece) + 5 * sum(piece.count(char) for char, _ in _ESCAPES)
        if size > COMPRESS_ABOVE:
            break
    else:
        return _escaped("".join(head)), "json"
    packer = zlib.compressobj(level=9, wbits=31)  # gzip, as gzip.compress(mtime=0) makes it
    packed = [packer.compress(piece.encode("utf-8")) for piece in chain(head, pieces)]
    packed.append(packer.flush())
    return base64.b64encode(b"".join(packed)).decode("ascii"), "gzip-base64"


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def vis_network_js() -> str:
    """The vendored vis-network, checked against :data:`VIS_SHA256`."""
    try:
        text = _asset("vendor/vis-network.min.js")
    except OSError as exc:
        raise DiplographError(
            f"vis-network {VIS_VERSION} is missing from the package ({exc}); "
            "reinstall diplograph (pip install -e .)"
        ) from None
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != VIS_SHA256:
        raise DiplographError(
            f"graph/export/vendor/vis-network.min.js is not vis-network {VIS_VERSION} "
            "(SHA-256 differs); restore it as vendor/README.md says"
        )
    return text


def _groups() -> dict[str, Any]:
    """vis groups: one per class, with its shape and colour."""
    return {
        cls: {
            "shape": shape,
            "color": {
                "background": colour,
                "border": "#333333",
                "highlight": {"background": colour, "border": "#000000"},
                "hover": {"background": colour, "border": "#000000"},
            },
        }
        for cls, (shape, colour) in CLASS_STYLES.items()
    }


#: Labels are drawn only where they are at least this big on screen (vis fades
#: them in between this size and one pixel more).
MIN_LABEL_PX = 12


def _options() -> dict[str, Any]:
    """vis options shared by both views (the page turns physics on for small ones)."""
    scaling = {"label": {"enabled": False, "drawThreshold": MIN_LABEL_PX + 1, "maxVisible": 32}}
    return {
        "autoResize": True,
        "layout": {"randomSeed": 42, "improvedLayout": False},
        "physics": {
            "enabled": False,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "springLength": 120,
                "springConstant": 0.06,
                "avoidOverlap": 0.4,
            },
            "stabilization": {"enabled": True, "iterations": 300, "fit": False},
        },
        "groups": _groups(),
        "nodes": {
            "borderWidth": 1,
            "scaling": scaling,
            "font": {
                "size": 14,
                "face": "system-ui, sans-serif",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "smooth": False,
            "scaling": scaling,
            "font": {
                "size": 13,
                "align": "horizontal",
                "color": "#444444",
                "background": "#ffffff",
                "strokeWidth": 0,
            },
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "color": {"inherit": False, "opacity": 0.85},
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 100,
            "hideEdgesOnDrag": False,
            "hideEdgesOnZoom": False,
            "navigationButtons": False,
            "keyboard": False,
        },
    }


def _legend() -> dict[str, Any]:
    return {
        "classes": [
            {"name": c, "shape": shape, "glyph": _GLYPHS[shape], "color": colour}
            for c, (shape, colour) in CLASS_STYLES.items()
        ],
        "relations": [
            {"name": r, "color": colour, "dashes": dashes, "about": RELATIONS.get(r, "")}
            for r, (colour, dashes) in RELATION_STYLES.items()
        ],
    }


def _initial(data: dict[str, Any], view: str, focus: str | None, depth: int) -> dict[str, Any]:
    """Where the page opens: the view, and the nodes ``focus`` names (by index)."""
    initial: dict[str, Any] = {"view": "facts" if view == "full" else "actors", "depth": depth}
    if focus is None:
        return initial
    if depth < 0:
        raise UnknownComponentError(f"depth must be 0 or more, not {depth}")
    n = data["n"]
    count = data["na"] if view == "actors" else len(n["i"])
    names = {}
    for i in range(count):
        iri = n["i"][i] if ":" in n["i"][i] else data["base"] + n["i"][i]
        label = n.get("full", {}).get(str(i)) or n["l"][i]
        names[iri] = {"label": label, "alt_labels": n.get("alt", {}).get(str(i), [])}
    found = match_nodes(names, focus, f"the {view} view")
    position = {iri: i for i, iri in enumerate(names)}
    initial.update(focus=[position[iri] for iri in found], text=focus)
    return initial


def to_html(
    g: Graph,
    *,
    sources: Sequence[Document] = (),
    view: str = "actors",
    focus: str | None = None,
    depth: int = 1,
    title: str = "diplograph",
) -> str:
    """The interactive page for ``g``, as one self-contained HTML string.

    Args:
        g: the graph.
        sources: the documents it was built from, listed on the page (documents
            already in ``g`` are listed anyway).
        view: where the page opens: ``"actors"`` (the actor network) or
            ``"full"`` (the facts; all of them when few enough, else a date range).
        focus: a node's IRI, label or alternative label: open on its
            neighbourhood (``depth`` links out in the actor network; its facts in
            the full view). Raises ``UnknownComponentError`` naming close names
            when none matches.
        depth: how many links out from ``focus`` to keep in the actor network.
        title: the page title.

    The same graph always gives the same bytes.
    """
    get_view(view)  # raises for an unknown name
    data = page_data(g, sources=sources, title=title)
    data["initial"] = _initial(data, view, focus, depth)
    data["options"] = _options()
    data["legend"] = _legend()
    later = {key: data.pop(key) for key in DEFERRED}
    payload, encoding = _payload(data)
    facts, facts_encoding = _payload(later)
    parts = {
        "csp": _CSP,
        "title": html.escape(title),
        "vis-js": vis_network_js(),
        "page-css": _asset("page.css"),
        "page-js": _asset("page.js"),
        "data": payload,
        "encoding": encoding,
        "facts": facts,
        "facts-encoding": facts_encoding,
    }
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _asset("page.html"))
