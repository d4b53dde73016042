"""The extraction steps in order: sentences, mentions, facts, records."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from ..documents import Document
from ..lexicon import load_lexicon
from .facts import FactFinder
from .mentions import Mention as ResolvedMention
from .mentions import resolve_mentions
from .ner import load_ner
from .records import Entity, Extraction, Mention, Span
from .text import Sentence, split_sentences

__all__ = ["run"]


def _sentence_finder(sentences: list[Sentence]) -> Callable[[Span], Span]:
    """The sentences a span lies in, from the first one's start to the last one's end."""
    starts = [s.start for s in sentences]

    def find(span: Span) -> Span:
        if not sentences:
            return span
        first = sentences[max(0, bisect_right(starts, span[0]) - 1)]
        last = sentences[max(0, bisect_right(starts, max(span[0], span[1] - 1)) - 1)]
        return (min(first.start, span[0]), max(last.end, span[1]))

    return find


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
    by_key: dict[str, list[ResolvedMention]] = {}
    for m in res.mentions:
        by_key.setdefault(m.key, []).append(m)
    for key, info in sorted(res.entities.items()):
        spans = tuple((m.start, m.end) for m in by_key.get(key, ()))
        strong = any(m.strong for m in by_key.get(key, ()))
        if not strong and key not in referenced:
            continue
        aliases = frozenset(a for a in info.aliases if a != info.label)
        entities.append(Entity(key, info.label, info.cls, info.fine, info.wikidata, aliases, spans))  # type: ignore[arg-type]
    known = {e.key for e in entities}
    sentence_of = _sentence_finder(sentences)
    proposals = [
        replace(
            p,
            evidence=sentence_of(p.span),
            conditions=tuple(replace(c, evidence=sentence_of(c.span)) for c in p.conditions),
        )
        for p in found.proposals
    ]
    statements = [replace(st, evidence=sentence_of(st.span)) for st in found.statements]
    return Extraction(
        entities=tuple(entities),
        mentions=tuple(Mention(m.start, m.end, m.key) for m in res.mentions if m.key in known),
        proposals=tuple(p for p in proposals if set(p.proposers) <= known),
        stances=tuple(s for s in found.stances if s.holder in known),
        statements=tuple(statements),
        affiliations=tuple(found.affiliations),
    )
