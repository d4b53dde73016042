"""What the extraction tests of single sentences read back: one document extracted from a
text, and its facts as the labels of the entities they name; and a parse built by hand, as
the parser may give it, for the tests of a repair (imported by the test modules beside it;
pytest puts this folder on the path)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from graph.documents import document_from_text
from graph.extract import extract_document
from graph.extract.records import Extraction


def extract(text: str) -> Extraction:
    return extract_document(document_from_text(text, name="t.txt"))


def labels(ex: Extraction) -> dict[str, str]:
    return {e.key: e.label for e in ex.entities}


def affiliated(ex: Extraction) -> set[tuple[str, str]]:
    """Each affiliation as the person's and the body's labels."""
    names = labels(ex)
    return {(names[a.person], names[a.org]) for a in ex.affiliations}


def proposed(ex: Extraction) -> set[tuple[str, str]]:
    """Each proposal as a proposer's label and the proposal's label."""
    names = labels(ex)
    return {(names[k], p.label) for p in ex.proposals for k in p.proposers}


def typed(ex: Extraction) -> set[tuple[str, str]]:
    """Each entity as its class and its label."""
    return {(e.cls, e.label) for e in ex.entities}


def named(ex: Extraction) -> set[str]:
    """Every label and alias of the entities an extraction names."""
    return {n for e in ex.entities for n in (e.label, *e.aliases)}


def people(ex: Extraction) -> set[str]:
    """The labels of the persons an extraction names."""
    return {e.label for e in ex.entities if e.cls == "Person"}


def held(ex: Extraction) -> set[tuple[str, str]]:
    """Each stance as its holder's label and the stance."""
    names = labels(ex)
    return {(names[s.holder], s.stance) for s in ex.stances}


def held_on(ex: Extraction) -> set[tuple[str, str, str]]:
    """Each stance as its holder's label, the stance and the label of what it is on."""
    names = labels(ex)
    return {(names[s.holder], s.stance, s.label) for s in ex.stances}


def conditioned(ex: Extraction) -> set[tuple[str, str, str]]:
    """Each condition as a proposer's label, the proposal's label and the condition's."""
    names = labels(ex)
    return {
        (names[k], p.label, c.label)
        for p in ex.proposals
        for k in p.proposers
        for c in ex.conditions
        if c.proposal == p.key
    }


_ENGLISH = spacy.blank("en")


def built(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A parsed sentence as the parser may give it, for a repair to mend: one row per word,
    (word, head index, relation, tag, part of speech)."""
    words, heads, deps, tags, pos = zip(*rows, strict=True)
    return Doc(
        _ENGLISH.vocab,  # with English's word attributes ("lower_")
        words=list(words),
        heads=list(heads),
        deps=list(deps),
        tags=list(tags),
        pos=list(pos),
    )


def heads(doc: Doc) -> dict[str, tuple[str, str]]:
    """Each word's relation and head, after a repair."""
    return {t.text: (t.dep_, t.head.text) for t in doc}
