"""The extraction steps in order: sentences, entities, parse, fact components, records."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..documents import Document
from ..lexicon import load_lexicon
from .context import Context
from .cues import load_cues
from .mentions import STATE_ORGANS, resolve_mentions
from .ner import load_ner
from .parse import parse_sentences, transcript_turns
from .records import Condition, Entity, Extraction, Mention, Proposal
from .registry import run_components
from .repeats import merge_repeats
from .text import split_sentences

__all__ = ["run"]


def _referenced(results: dict[str, tuple[Any, ...]]) -> set[str]:
    """The entity keys the facts point at as a party: a proposal's proposers and
    addressees, not what it merely concerns ("the release of Ruritanian prisoners"
    makes Ruritania no actor of the document)."""
    keys: set[str] = set()
    for p in results["proposals"]:
        keys.update(p.proposers, p.addressees)
    for c in results["conditions"]:
        keys.update(c.requires)
    for s in results["stances"]:
        keys.add(s.holder)
        if s.actor:
            keys.add(s.actor)
    for st in results["statements"]:
        keys.update(st.speakers)
    for a in results["affiliations"]:
        keys.update((a.person, a.org))
    return keys


def _entities(ctx: Context, referenced: set[str]) -> tuple[Entity, ...]:
    """The entities the document names as such, or that a fact points at."""
    by_key: dict[str, list[Any]] = {}
    for m in ctx.res.mentions:
        by_key.setdefault(m.key, []).append(m)
    out = []
    for key, info in sorted(ctx.res.entities.items()):
        mentions = by_key.get(key, ())
        if not any(m.strong for m in mentions) and key not in referenced:
            continue
        aliases = frozenset(a for a in info.aliases if a != info.label)
        spans = tuple((m.start, m.end) for m in mentions)
        out.append(Entity(key, info.label, info.cls, info.fine, info.wikidata, aliases, spans))  # type: ignore[arg-type]
    for key in sorted(referenced - ctx.res.entities.keys()):
        e = ctx.lex.entries.get(key)  # a body a fact points at that the text names only by its
        if e is not None:  # office ("Secretary-General X" for the UN)
            out.append(Entity(key, e.label, e.cls, e.fine, e.wikidata))  # type: ignore[arg-type]
    return tuple(sorted(out, key=lambda e: e.key))


def _known_concerns(proposal: Proposal, known: set[str]) -> Proposal:
    """``proposal`` concerning only the entities the document keeps."""
    if set(proposal.concerns) <= known:
        return proposal
    return replace(proposal, concerns=tuple(k for k in proposal.concerns if k in known))


def _addressed_by_terms(
    ctx: Context, proposals: tuple[Proposal, ...], conditions: tuple[Condition, ...]
) -> list[Proposal]:
    """Proposals whose text names no addressee, addressed to the one actor their conditions
    require to act ("the EU would lift sanctions only if Russia withdraws": to Russia), not to
    the document's most named other actor."""
    required: dict[str, set[str]] = {}
    for c in conditions:
        if not c.negated:
            required.setdefault(c.proposal, set()).update(c.requires)
    out = []
    for p in proposals:
        need = required.get(p.key, set()) - {*p.proposers, *ctx.states_of(p.proposers)}
        if len(need) == 1 and need.isdisjoint(p.addressees):
            if p.addressees == ctx.counterpart(p.proposers):
                p = replace(p, addressees=_state_of_organ(ctx, need.pop()))
        out.append(p)
    return out


def _state_of_organ(ctx: Context, key: str) -> tuple[str, ...]:
    """``key``'s state where ``key`` is one of its organs (its acts are the state's: "once the
    Swedish parliament passes the law": Sweden's), else ``key``."""
    info = ctx.res.entities.get(key)
    if (
        info is not None
        and info.fine in STATE_ORGANS
        and info.state
        and ctx.cls(info.state) == "State"
    ):
        return (info.state,)
    return (key,)


def run(
    doc: Document, *, ner_model: str | None = None, parser_model: str | None = None
) -> Extraction:
    """Extract everything from one document.

    Args:
        ner_model: an optional spaCy model consulted for names the rules cannot place.
        parser_model: the spaCy model to parse with (default: see :mod:`.parse`).
    """
    lex = load_lexicon()
    cues = load_cues()
    sentences = split_sentences(doc.text, doc.body_start)
    res = resolve_mentions(doc.text, sentences, lex, ner=load_ner(ner_model))
    turns = transcript_turns(doc.text, res, cues)  # parsing and the statements both need them
    parsed = parse_sentences(doc.text, sentences, res, cues, model=parser_model, turns=turns)
    ctx = Context(doc.text, sentences, res, parsed, cues, lex, known_turns=turns)
    results = run_components(ctx)
    entities = _entities(ctx, _referenced(results))
    known = {e.key for e in entities}
    offered = _addressed_by_terms(ctx, results["proposals"], results["conditions"])
    proposals, conditions, stances = merge_repeats(
        [_known_concerns(p, known) for p in offered if set(p.proposers) <= known],
        results["conditions"],
        results["stances"],
    )
    kept = {p.key for p in proposals}
    return Extraction(
        entities=entities,
        mentions=tuple(Mention(m.start, m.end, m.key) for m in res.mentions if m.key in known),
        proposals=proposals,
        conditions=tuple(c for c in conditions if c.proposal in kept),
        stances=tuple(
            s for s in stances if s.holder in known and (s.proposal is None or s.proposal in kept)
        ),
        statements=tuple(results["statements"]),
        affiliations=tuple(results["affiliations"]),
    )
