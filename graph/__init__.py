"""diplograph: knowledge graphs of who offered what to whom, on what terms.

The data flows one way::

    documents -> extract -> build -> views / export / query

>>> from graph import build_documents, document_from_text, open_store, to_turtle, update_store
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

#: Where each public name is defined: imported when first used, so that a command
#: that needs little (``diplograph query``) does not load the extractor and the exports.
_WHERE = {
    "DiplographError": "errors",
    "Document": "documents",
    "build_documents": "pipeline",
    "document_from_text": "documents",
    "load_documents": "documents",
    "open_store": "store",
    "to_turtle": "export",
    "update_store": "pipeline",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'graph' has no attribute {name!r}")
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)


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
