"""Documents in, graph out: the one function the CLI and the eval share."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rdflib import Graph

from .build import GraphBuilder
from .documents import Document
from .extract import extract_document
from .namespace import DGID_DEFAULT

__all__ = ["build_documents"]


def build_documents(
    documents: Sequence[Document],
    *,
    base: str = DGID_DEFAULT,
    progress: Callable[[Document], None] | None = None,
    ner_model: str | None = None,
) -> Graph:
    """Extract every document and build one graph from all of them.

    Args:
        documents: the documents, in the order to build them.
        base: the namespace new resource IRIs are minted under.
        progress: called after each document.
        ner_model: an optional spaCy model for names the rules cannot place.
    """
    builder = GraphBuilder(base=base)
    for doc in documents:
        builder.add(doc, extract_document(doc, ner_model=ner_model))
        if progress is not None:
            progress(doc)
    return builder.graph
