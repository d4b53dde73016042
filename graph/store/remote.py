"""A store on a SPARQL 1.1 server: documents written with the Graph Store Protocol.

Each document's graph is sent with one HTTP ``PUT ...?graph=IRI``, which
replaces that graph as a whole on the server (Oxigraph server, Apache Jena
Fuseki, GraphDB, RDF4J ...); a document whose text changed gets a new IRI, so
its old graph is then deleted with ``DELETE ...?graph=OLD``. What is in the
store is read with SPARQL 1.1 Protocol queries that name their graphs
(``GRAPH ?g``), so the build needs no particular server setting; queries
without ``GRAPH``, as the presets and the page's views are, need the server's
default graph to be the union of the named graphs (``oxigraph serve
--union-default-graph``, Fuseki's ``tdb2:unionDefaultGraph true``).

The URL given is the Graph Store endpoint; the query endpoint is found from it:

======================================  ======================  =====================
``--store``                             graph store             queries
======================================  ======================  =====================
``http://host:7878`` (Oxigraph)         ``/store``              ``/query``
``http://host:7878/store`` (Oxigraph)   ``/store``              ``/query``
``.../repositories/R/rdf-graphs/service``  as given             ``.../repositories/R``
anything else (Fuseki ``/ds``)          as given                as given
======================================  ======================  =====================
"""

from __future__ import annotations

import io
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result
from rdflib.term import Node

from ..build import DocumentGraph
from ..errors import StoreError
from ..namespace import PREFIXES
from .base import (
    Triple,
    describe_union,
    read_documents,
    select_union_holds,
    select_union_triples,
    union_subjects,
)
from .local import LocalCopy
from .oxigraph import LightTriple

__all__ = ["RemoteStore", "endpoints", "is_url"]

_TIMEOUT = 60.0


def is_url(location: str) -> bool:
    """Whether a ``--store`` value names a server rather than a folder."""
    return location.startswith(("http://", "https://"))


def endpoints(url: str) -> tuple[str, str]:
    """``(graph store endpoint, query endpoint)`` for a ``--store`` URL (see the module's table).

    >>> endpoints("http://127.0.0.1:7878")
    ('http://127.0.0.1:7878/store', 'http://127.0.0.1:7878/query')
    >>> endpoints("http://localhost:3030/ds")
    ('http://localhost:3030/ds', 'http://localhost:3030/ds')
    """
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/")

    def at(p: str) -> str:
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, p, "", ""))

    if not path:
        return at("/store"), at("/query")
    if path.endswith("/store"):
        return at(path), at(path[: -len("/store")] + "/query")
    if path.endswith("/rdf-graphs/service"):
        return at(path), at(path[: -len("/rdf-graphs/service")])
    return at(path), at(path)


def _pieces(
    described: Iterable[tuple[Node, list[Triple]]], size: int = 2000
) -> Iterator[list[Triple]]:
    piece: list[Triple] = []
    for _, triples in described:
        piece.extend(triples)
        if len(piece) >= size:
            yield piece
            piece = []
    if piece:
        yield piece


class _CountingSPARQLStore(SPARQLStore):
    """rdflib's SPARQL store, with ``len()`` answered by a COUNT query."""

    def __len__(self, context: Any = None) -> int:
        result = self.query(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
            {},
            {},
            DATASET_DEFAULT_GRAPH_ID,
        )
        for row in result:
            return int(row[0].toPython())  # type: ignore[index, union-attr]
        return 0


class RemoteStore:
    """The dataset behind a Graph Store Protocol endpoint.

    Raises:
        StoreError: the server does not answer, or refuses a request.
    """

    def __init__(self, url: str, *, timeout: float = _TIMEOUT) -> None:
        self.location = url
        self.union_is_default = False
        self.graph_store, self.query_url = endpoints(url)
        self.timeout = timeout
        self._copy: LocalCopy | None = None
        # One round trip now: a server that does not answer fails before any work is done.
        self._request("POST", self.query_url, b"ASK {}", self._QUERY_HEADERS)

    # -- HTTP -------------------------------------------------------------------------

    _QUERY_HEADERS = {
        "Content-Type": "application/sparql-query; charset=utf-8",
        "Accept": "application/sparql-results+json",
    }

    def _request(
        self,
        method: str,
        url: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> bytes:
        request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data: bytes = response.read()
                return data
        except urllib.error.HTTPError as exc:
            if method == "DELETE" and exc.code == 404:
                return b""
            detail = " ".join(exc.read().decode("utf-8", "replace").split())[:200]
            raise StoreError(
                f"the SPARQL store at {self.location} refused {method} {url}"
                f" ({exc.code} {exc.reason}{': ' + detail if detail else ''})"
            ) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(
                f"the SPARQL store at {self.location} does not answer ({reason});"
                " start it, or check the URL given to --store"
            ) from None

    def _graph_url(self, name: str) -> str:
        return self.graph_store + "?" + urllib.parse.urlencode({"graph": name})

    # -- the DocumentStore protocol --------------------------------------------------

    def select(self, sparql: str) -> Iterator[tuple[Node | None, ...]]:
        data = self._request("POST", self.query_url, sparql.encode("utf-8"), self._QUERY_HEADERS)
        result = Result.parse(io.BytesIO(data), format="json")
        for row in result:
            yield tuple(row)  # type: ignore[arg-type]

    def union_triples(
        self, subjects: Sequence[str], predicates: Collection[str] | None = None
    ) -> Iterator[tuple[str, list[LightTriple]]]:
        return select_union_triples(self, subjects, predicates)

    def union_holds(self, triples: Collection[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        return select_union_holds(self, triples)

    def write(self, graph: DocumentGraph, *, replaces: Sequence[str] = ()) -> None:
        self._request(
            "PUT",
            self._graph_url(graph.name),
            graph.ntriples.encode("utf-8"),
            {"Content-Type": "application/n-triples; charset=utf-8"},
        )
        self.remove([name for name in dict.fromkeys(replaces) if name != graph.name])

    def remove(self, names: Sequence[str]) -> None:
        for name in names:
            self._request("DELETE", self._graph_url(name))

    def documents(self) -> None:
        """None: the documents are read by SPARQL."""
        return None

    def counts(self) -> None:
        """None: the union is counted by SPARQL."""
        return None

    def store_index(self, names: Collection[str]) -> None:
        """None: a server's graphs are written by one request each, with no transaction
        an index beside them could share."""
        return None

    def clear(self) -> None:
        self.remove(sorted(read_documents(self)))

    def union(self) -> Graph:
        """A local copy of the union, for the many small reads of the views and the page.

        Asking a server for each node's triples would take one request each, so
        the union is read once, a few hundred subjects a request, into a
        temporary Oxigraph store on disk (removed by :meth:`close`): bounded
        memory, and exactly the set union whatever the server's own default graph.
        """
        if self._copy is None:
            folder = Path(tempfile.mkdtemp(prefix="diplograph-union-"))
            self._copy = LocalCopy(folder)
            for piece in _pieces(describe_union(self, union_subjects(self))):
                self._copy.add(piece)
        return self._copy.graph

    def endpoint(self) -> Graph:
        """An rdflib graph whose SPARQL queries the server answers (its default graph)."""
        # Not context-aware: queries go to the server's default graph, with no FROM added.
        store = _CountingSPARQLStore(
            query_endpoint=self.query_url, returnFormat="json", context_aware=False
        )
        graph = Graph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID)
        for prefix, iri in PREFIXES.items():
            graph.bind(prefix, iri, override=True, replace=True)
        return graph

    def close(self) -> None:
        if self._copy is not None:
            self._copy.close()
            self._copy = None
