"""The page's and views' SELECT rows: the same Python values from rdflib's memory store and
from Oxigraph (which :func:`graph.tables.select` queries directly)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from graph.namespace import DG, RDFS
from graph.tables import _oxigraph, select

E = "http://example.org/"

QUERY = "SELECT ?s ?o WHERE { ?s ?p ?o . OPTIONAL { ?s rdfs:comment ?none } } ORDER BY ?s ?o"


def _triples() -> list[tuple[URIRef, URIRef, Literal | URIRef]]:
    s = [URIRef(f"{E}s{i}") for i in range(9)]
    return [
        (s[0], RDFS.label, Literal("Andrey Baklitskiy")),
        (s[1], RDFS.label, Literal("Россия", lang="ru")),
        (s[2], DG.start, Literal(42)),
        (s[3], DG.start, Literal("7", datatype=XSD.nonNegativeInteger)),
        (s[4], DG.start, Literal(0.5)),
        (s[5], DG.quote, Literal(True)),
        (s[6], DG.start, Literal("2022-01-26", datatype=XSD.date)),
        (s[7], DG.start, Literal("2022-01-26T10:00:00", datatype=XSD.dateTime)),
        (s[8], DG.proposedBy, URIRef(f"{E}russia")),
    ]


def test_tables_select_gives_the_same_values_on_oxigraph_and_in_memory(tmp_path: Path) -> None:
    memory = Graph()
    oxigraph = Graph(store="Oxigraph")
    oxigraph.open(str(tmp_path / "store"), create=True)
    for triple in _triples():
        memory.add(triple)
        oxigraph.add(triple)
    assert _oxigraph(oxigraph) is not None and _oxigraph(memory) is None  # the direct path
    rows = list(select(memory, QUERY))
    assert rows == list(select(oxigraph, QUERY))
    values = [o for _s, o in rows]
    assert values[:6] == ["Andrey Baklitskiy", "Россия", 42, 7, 0.5, True]
    assert values[6:] == ["2022-01-26", "2022-01-26", f"{E}russia"]
    oxigraph.close()
