"""diplograph: knowledge graphs of who offered what to whom, on what terms.

The data flows one way::

    documents -> extract -> build -> views / export / query

>>> from graph import build_documents, document_from_text, open_store, to_turtle, update_store
"""

from __future__ import annotations

from .documents import Document, document_from_text, load_documents
from .errors import DiplographError
from .export import to_turtle
from .pipeline import build_documents, update_store
from .store import open_store

__all__ = [
    "DiplographError",
    "Document",
    "build_documents",
    "document_from_text",
    "load_documents",
    "open_store",
    "to_turtle",
    "update_store",
]
__version__ = "0.1.0"
