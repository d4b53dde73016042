"""The corpus-level step between extraction and the store: one place, in the main process.

Documents are extracted one by one, perhaps in worker processes or on other
machines, each knowing nothing of the others. Before a document's graph is
written, the build calls :func:`assign` in the main process, in document order,
with the store as it stands (every earlier document already in it). This is
where decisions that need the whole corpus belong: say, giving the same
proposal reported by several documents one IRI, found by looking it up in the
store, and rewriting this document's facts to it (:meth:`DocumentGraph.renamed`).

Today it is the identity: every fact keeps the IRI minted from its own document.
"""

from __future__ import annotations

from .build import DocumentGraph
from .documents import Document
from .store.base import DocumentStore

__all__ = ["assign"]


def assign(doc: Document, graph: DocumentGraph, store: DocumentStore) -> DocumentGraph:
    """The graph to write for ``doc``, given what ``store`` already holds.

    Args:
        doc: the document, as read.
        graph: its graph as extracted (name, N-Triples, and the extraction records).
        store: the store, holding every document written before this one.

    Returns:
        The graph to write (today: ``graph`` itself).
    """
    return graph
