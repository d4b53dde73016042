"""The extraction steps in order (placeholder until the rules land)."""

from __future__ import annotations

from ..documents import Document
from .records import Extraction


def run(doc: Document) -> Extraction:
    return Extraction()
