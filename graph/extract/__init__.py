"""Read entities, proposals, conditions, stances, statements and affiliations from text.

The extractor knows nothing of RDF: :func:`extract_document` returns an
:class:`~graph.extract.records.Extraction` of small records pointing into the text.
"""

from __future__ import annotations

from ..documents import Document
from .records import (
    Affiliation,
    Condition,
    Entity,
    Extraction,
    Mention,
    Proposal,
    Stance,
    Statement,
)

__all__ = [
    "Affiliation",
    "Condition",
    "Entity",
    "Extraction",
    "Mention",
    "Proposal",
    "Stance",
    "Statement",
    "extract_document",
]


def extract_document(doc: Document, *, ner_model: str | None = None) -> Extraction:
    """Everything the rules find in one document.

    Args:
        ner_model: name of a spaCy model to consult for names no rule can place
            (default: none; the rules and lexicons decide alone).
    """
    from .pipeline import run

    return run(doc, ner_model=ner_model)
