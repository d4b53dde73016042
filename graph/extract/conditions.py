"""Conditions: what must hold for a proposal to go ahead (the ``conditions`` component).

Two constructions (``data/constructions.json``):

- ``condition-marker``: an adverbial clause or phrase opened by a marker ("if",
  "unless", "as long as", "in exchange for", "subject to", ...) governs the
  proposal whose words hold the verb it hangs from;
- ``condition-predicate``: a sentence of its own ("The offer depends on ...",
  "Any deal hinges on ...") governs the earlier proposals its subject stands for.

Who must act is the clause's own subject, a passive's by-agent, or the owner of
the noun that states the condition ("Egypt's recognition").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .content import trimmed
from .context import Context, unique
from .cues import Cue
from .parse import Parsed
from .records import Condition, Proposal
from .registry import component

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_conditions"]

_CLAUSE_DEPS = ("advcl", "prep", "advmod", "npadvmod", "acomp", "amod", "pcomp", "conj")


def _marker(ctx: Context, tok: Token) -> Cue | None:
    """The condition marker opening the clause or phrase ``tok`` heads."""
    if tok.dep_ not in _CLAUSE_DEPS:
        return None
    words = " ".join(t.lower_ for t in list(tok.subtree)[:5])
    for cue in ctx.cues.markers:
        if words == cue.lemma or words.startswith(cue.lemma + " "):
            return cue
    return None


def _actors_of_clause(ctx: Context, p: Parsed, head: Token) -> tuple[str, ...]:
    """Who must act for a condition: its subject, by-agent, or the owner of its noun."""
    if head.pos_ in ("VERB", "AUX"):
        return ctx.agent(p, head)
    if head.pos_ in ("NOUN", "PROPN"):
        return ctx.keys_at(p, head) or ctx.owner(p, head)
    return ()


def _governs(p: Parsed, proposal: Proposal, tok: Token) -> bool:
    """Whether the condition hanging from ``tok`` belongs to ``proposal``."""
    offset = p.offset(tok)
    inside = proposal.span[0] <= offset < proposal.span[1]
    return inside or (proposal.cue is not None and proposal.cue[0] <= offset < proposal.cue[1])


def _attach(p: Parsed, proposals: list[Proposal], clause: Token) -> list[Proposal]:
    """The proposals of the sentence a condition clause hangs from: the nearest verb above it
    that is inside a proposal's words or is its cue."""
    node = clause.head
    for _ in range(6):
        hits = [x for x in proposals if _governs(p, x, node)]
        if hits:
            return hits
        if node.head == node:
            break
        node = node.head
    return proposals if len({x.cue for x in proposals}) == 1 else []


def _condition(ctx: Context, p: Parsed, proposal: Proposal, cue: Cue, clause: Token, rule: str) -> Condition:
    tokens = trimmed(ctx, set(clause.subtree) - {clause}) | {clause}
    sentence = ctx.sentences[p.index]
    ordered = sorted(tokens, key=lambda t: t.i)
    return Condition(
        proposal=proposal.key,
        label=ctx.words(p, tokens),
        span=(p.offset(ordered[0]), p.span(ordered[-1])[1]),
        requires=_requires(ctx, p, clause, proposal),
        negated=cue.negated,
        evidence=(sentence.start, sentence.end),
        rule=rule,
    )


def _requires(ctx: Context, p: Parsed, clause: Token, proposal: Proposal) -> tuple[str, ...]:
    """Who must act: the clause's own agent or the owner of its noun; where it names none,
    the one the proposal is addressed to."""
    heads = [clause, *(c for c in clause.children if c.dep_ in ("pobj", "pcomp", "advcl", "ccomp", "acl"))]
    for head in list(heads):
        heads.extend(c for c in head.children if c.dep_ in ("pobj", "pcomp", "acl", "ccomp"))
    for head in heads:
        keys = _actors_of_clause(ctx, p, head)
        if keys:
            return unique(keys)
    return proposal.addressees


def _in_sentence(ctx: Context, p: Parsed, here: list[Proposal]) -> list[Condition]:
    out = []
    seen: set[int] = set()
    for tok in p.doc:
        cue = _marker(ctx, tok)
        if cue is None or tok.i in seen:
            continue
        seen.update(t.i for t in tok.subtree)
        for proposal in _attach(p, here, tok):
            out.append(_condition(ctx, p, proposal, cue, tok, cue.rule))
    return out


def _governed(earlier: list[Proposal], owner: tuple[str, ...]) -> list[Proposal]:
    """The earlier proposals an owner put forward alone (joint ones are not the owner's to condition)."""
    owner = owner or (earlier[-1].proposers if earlier else ())
    return [x for x in earlier if x.proposers and set(x.proposers) <= set(owner)]


def _predicate(ctx: Context, p: Parsed, earlier: list[Proposal]) -> list[Condition]:
    """"The offer depends on X": X conditions the earlier proposals of the subject's owner."""
    for tok in p.doc:
        entries = ctx.cues.entries("condition-predicate", tok.lower_)
        if not entries or tok.dep_ not in ("ROOT", "acomp", "ccomp"):
            continue
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")), None)
        if prep is None:
            continue
        verb = tok.head if tok.dep_ == "acomp" else tok
        subj = ctx.subject(verb)
        owner = ctx.actors(p, subj) if subj is not None else ()
        cue = entries[0]
        return [_condition(ctx, p, x, cue, prep, cue.rule) for x in _governed(earlier, owner)]
    return []


def _stands_for_proposals(ctx: Context, subj: Token | None) -> bool:
    if subj is None:
        return True
    words = ctx.cues.word_set("standing_for_proposals")
    return subj.lower_ in words or bool(ctx.cues.entries("plan-noun", subj.lower_))


def _marked_alone(ctx: Context, p: Parsed, earlier: list[Proposal]) -> list[Condition]:
    """"All of this is possible only if X", "The reply stresses progress: 'provided that X'":
    a marked clause in a sentence with no proposal of its own conditions the earlier proposals
    of what the sentence's subject stands for."""
    for tok in p.doc:
        cue = _marker(ctx, tok)
        if cue is None:
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        subj = ctx.subject(verb) if verb != tok else None
        if not _stands_for_proposals(ctx, subj):
            return []
        owner = ctx.actors(p, subj) if subj is not None else ()
        return [_condition(ctx, p, x, cue, tok, "conditions.own-sentence") for x in _governed(earlier, owner)]
    return []


@component("conditions", needs=("proposals",))
def find_conditions(ctx: Context, results: Mapping[str, tuple[Any, ...]]) -> tuple[Condition, ...]:
    """Every condition attached to a proposal of the document."""
    proposals: tuple[Proposal, ...] = results["proposals"]
    by_sentence: dict[int, list[Proposal]] = {}
    for x in proposals:
        by_sentence.setdefault(ctx.sentence_at(x.cue[0] if x.cue else x.span[0]), []).append(x)
    found: list[Condition] = []
    earlier: list[Proposal] = []
    for p in ctx.parsed_in_order():
        here = by_sentence.get(p.index, [])
        if here:
            found.extend(_in_sentence(ctx, p, here))
        elif earlier:
            found.extend(_predicate(ctx, p, earlier) or _marked_alone(ctx, p, earlier))
        earlier.extend(here)
    return tuple(found)
