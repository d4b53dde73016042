"""The extraction steps in order: sentences, mentions, facts, records."""

from __future__ import annotations

from ..documents import Document
from ..lexicon import load_lexicon
from .facts import FactFinder
from .mentions import resolve_mentions
from .ner import load_ner
from .records import Entity, Extraction, Mention
from .text import split_sentences

__all__ = ["run"]


def run(doc: Document, *, ner_model: str | None = None) -> Extraction:
    """Extract everything from one document.

    Args:
        ner_model: an optional spaCy model consulted for names the rules cannot place.
    """
    lex = load_lexicon()
    sentences = split_sentences(doc.text, doc.body_start)
    res = resolve_mentions(doc.text, sentences, lex, ner=load_ner(ner_model))
    found = FactFinder(doc.text, sentences, res, lex).run()
    referenced: set[str] = set()
    for p in found.proposals:
        referenced.update(p.proposers, p.addressees, p.concerns)
        for c in p.conditions:
            referenced.update(c.requires)
    for s in found.stances:
        referenced.add(s.holder)
    for st in found.statements:
        referenced.update(st.speakers)
    for a in found.affiliations:
        referenced.update((a.person, a.org))
    entities = []
    for key, info in sorted(res.entities.items()):
        spans = tuple((m.start, m.end) for m in res.mentions if m.key == key)
        strong = any(m.strong for m in res.mentions if m.key == key)
        if not strong and key not in referenced:
            continue
        aliases = frozenset(a for a in info.aliases if a != info.label)
        entities.append(Entity(key, info.label, info.cls, info.fine, info.wikidata, aliases, spans))  # type: ignore[arg-type]
    known = {e.key for e in entities}
    return Extraction(
        entities=tuple(entities),
        mentions=tuple(Mention(m.start, m.end, m.key) for m in res.mentions if m.key in known),
        proposals=tuple(p for p in found.proposals if set(p.proposers) <= known),
        stances=tuple(s for s in found.stances if s.holder in known),
        statements=tuple(found.statements),
        affiliations=tuple(found.affiliations),
    )
