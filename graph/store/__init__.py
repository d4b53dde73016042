"""Stores of per-document named graphs: on disk (Oxigraph) or on a SPARQL server.

>>> from graph.store import open_store
"""

from __future__ import annotations

from pathlib import Path

from .base import DocumentStore, StoredDocument, describe_union, read_documents, union_subjects
from .local import LocalStore, is_store
from .remote import RemoteStore, is_url
from .version import extractor_version

__all__ = [
    "DocumentStore",
    "LocalStore",
    "RemoteStore",
    "StoredDocument",
    "describe_union",
    "extractor_version",
    "is_store",
    "is_url",
    "open_store",
    "read_documents",
    "union_subjects",
]


def open_store(location: str | Path, *, writable: bool, check_format: bool = True) -> DocumentStore:
    """The store at ``location``: a folder (Oxigraph on disk) or an ``http(s)://`` URL.

    Args:
        writable: open a folder for a build (exclusive) rather than for reading (shared).
        check_format: refuse a folder of another store format.

    Raises:
        StoreError: see :class:`LocalStore` and :class:`RemoteStore`.
    """
    if is_url(str(location)):
        return RemoteStore(str(location))
    folder = Path(location)
    if writable:
        return LocalStore.for_writing(folder, check_format=check_format)
    return LocalStore.for_reading(folder)
