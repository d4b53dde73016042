"""Interactive HTML (placeholder until the offline pyvis page lands)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from rdflib import Graph

from ..documents import Document


def to_html(g: Graph, *, sources: Sequence[Document] = ()) -> str:
    return f"<!doctype html><title>diplograph</title><p>{html.escape(str(len(g)))} triples</p>"
