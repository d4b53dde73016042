"""GraphML written element by element from streams of nodes and edges.

The same bytes as networkx's lxml writer (:func:`networkx.write_graphml_lxml`) gives for
a graph holding those nodes and edges, but in one pass over them: nothing is held but
the keys, and the body is spooled to a temporary file while they are found (GraphML
declares every key before the graph). Values are ``str``, ``int``, ``float`` or
``bool``, as :func:`graph.views.graphml_attrs` makes them.

>>> import io
>>> out = io.BytesIO()
>>> write_graphml(out, {"name": "v"}, [("a", {"label": "A"})], [("a", "a", "k", {})])
>>> out.getvalue().count(b"<key ")
2
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Mapping
from typing import Any, BinaryIO

from lxml import etree

__all__ = ["write_graphml"]

_HEAD = (
    b"<?xml version='1.0' encoding='utf-8'?>\n"
    b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
    b' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    b' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
    b' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)
#: GraphML's name of each Python type (networkx's, where several are possible).
_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}


class _Keys:
    """The ``<key>`` declarations, numbered ``d0``, ``d1``, ... as first met."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str, str], str] = {}

    def data(self, scope: str, attrs: Mapping[str, Any]) -> list[etree._Element]:
        """A ``<data>`` element per attribute (keys declared as they are met)."""
        elements = []
        for name, value in attrs.items():
            key = (name, _TYPES[type(value)], scope)
            if key not in self.ids:
                self.ids[key] = f"d{len(self.ids)}"
            element = etree.Element("data", key=self.ids[key])
            element.text = str(value)
            elements.append(element)
        return elements

    def declarations(self) -> bytes:
        """Every key, the last met first (as networkx writes them)."""
        lines = []
        for (name, kind, scope), key in reversed(self.ids.items()):
            element = etree.Element("key", {"id": key, "for": scope})
            element.set("attr.name", name)
            element.set("attr.type", kind)
            lines.append(_bytes(element))
        return b"".join(lines)


def _bytes(element: etree._Element) -> bytes:
    return etree.tostring(element, encoding="utf-8", pretty_print=True)


def write_graphml(
    handle: BinaryIO,
    graph: Mapping[str, Any],
    nodes: Iterable[tuple[str, Mapping[str, Any]]],
    edges: Iterable[tuple[str, str, str | None, Mapping[str, Any]]],
) -> None:
    """Write a directed graph as GraphML to a binary ``handle``.

    ``graph``: its attributes; ``nodes``: ``(id, attributes)``; ``edges``: ``(source,
    target, key, attributes)``, the key written as the edge's ``id`` (``None``: none,
    as for a graph that is not a multigraph).
    """
    keys = _Keys()
    with tempfile.TemporaryFile() as body:
        head = b"".join(_bytes(e) for e in keys.data("graph", graph))
        for node, attrs in nodes:
            element = etree.Element("node", id=node)
            element.extend(keys.data("node", attrs))
            body.write(_bytes(element))
        for source, target, key, attrs in edges:
            element = etree.Element("edge", source=source, target=target)
            if key is not None:
                element.set("id", key)
            element.extend(keys.data("edge", attrs))
            body.write(_bytes(element))
        handle.write(_HEAD + keys.declarations() + b'<graph edgedefault="directed">' + head)
        body.seek(0)
        shutil.copyfileobj(body, handle)
    handle.write(b"</graph></graphml>")
