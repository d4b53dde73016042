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

from .content import Marked
from .context import Context, unique
from .parse import Parsed
from .records import Condition, Proposal
from .registry import component

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_conditions"]


def _actors_of_clause(ctx: Context, p: Parsed, head: Token) -> tuple[str, ...]:
    """Who must act for a condition: a verb's agent, or whose a noun is by possession or name
    ("Egypt's recognition", "a Russian withdrawal" is not enough: "Palestinian prisoners"
    are not the Palestinians' to release)."""
    if head.pos_ in ("VERB", "AUX"):
        return ctx.agent(p, head)
    if head.pos_ in ("NOUN", "PROPN"):
        if head.dep_ in ("nsubj", "nsubjpass"):
            keys = ctx.actors(p, head)
            if keys:
                return keys
        for child in head.children:
            if child.dep_ == "poss" or (child.dep_ == "compound" and ctx.keys_at(p, child)):
                keys = ctx.actors(p, child)
                if keys:
                    return keys
    return ()


def _governs(p: Parsed, proposal: Proposal, tok: Token) -> bool:
    """Whether the condition hanging from ``tok`` belongs to ``proposal``."""
    offset = p.offset(tok)
    if proposal.span[0] <= offset < proposal.span[1]:
        return True
    if proposal.cue is None:
        return False
    if proposal.cue[0] <= offset < proposal.cue[1]:
        return True
    return any(p.span(c) == proposal.cue for c in tok.children)  # "is" of "is ready to ..."


def _attach(p: Parsed, proposals: list[Proposal], marked: Marked) -> list[Proposal]:
    """The proposals of the sentence a condition belongs to: those whose words or cue hold the
    nearest word above the condition."""
    node = marked.anchor
    for _ in range(6):
        hits = [x for x in proposals if _governs(p, x, node)]
        if hits:
            return hits
        if node.head == node:
            break
        node = node.head
    return []


def _condition(ctx: Context, p: Parsed, proposal: Proposal, marked: Marked, rule: str) -> Condition:
    tokens = [p.doc[i] for i in sorted(marked.clause)]
    sentence = ctx.sentences[p.index]
    return Condition(
        proposal=proposal.key,
        label=ctx.words(p, tokens),
        span=(p.offset(tokens[0]), p.span(tokens[-1])[1]),
        requires=_requires(ctx, p, marked.head, proposal),
        negated=marked.cue.negated,
        evidence=(sentence.start, sentence.end),
        rule=rule,
    )


def _requires(ctx: Context, p: Parsed, clause: Token, proposal: Proposal) -> tuple[str, ...]:
    """Who must act: the clause's own agent, or the owner or by-agent of its noun, searched
    from the top of the clause down; where it names none, the one the proposal is addressed to."""
    queue = [clause]
    while queue:
        node = queue.pop(0)
        keys = _actors_of_clause(ctx, p, node)
        if (
            not keys
            and node.dep_ in ("pobj", "nsubj", "nsubjpass")
            and node.head.lower_ in ("by", "from")
        ):
            keys = ctx.actors(p, node)
        if keys:
            return unique(keys)
        queue.extend(
            c
            for c in node.children
            if c.dep_ in ("prep", "pobj", "pcomp", "advcl", "ccomp", "acl", "agent", "conj")
        )
    return proposal.addressees


def _in_sentence(ctx: Context, p: Parsed, here: list[Proposal]) -> list[Condition]:
    out = []
    for marked in ctx.marked(p):
        for proposal in _attach(p, here, marked):
            if not (
                proposal.cue
                and p.offset(p.doc[min(marked.clause)])
                <= proposal.cue[0]
                <= p.span(p.doc[max(marked.clause)])[1]
            ):
                out.append(_condition(ctx, p, proposal, marked, marked.cue.rule))
    return out


def _governed(earlier: list[Proposal], owner: tuple[str, ...]) -> list[Proposal]:
    """The earlier proposals an owner put forward alone (joint ones are not the owner's to condition)."""
    owner = owner or (earlier[-1].proposers if earlier else ())
    return [x for x in earlier if x.proposers and set(x.proposers) <= set(owner)]


def _predicate(ctx: Context, p: Parsed, earlier: list[Proposal]) -> list[Condition]:
    """ "The offer depends on X": X conditions the earlier proposals of the subject's owner."""
    for tok in p.doc:
        entries = ctx.cues.entries("condition-predicate", tok.lower_)
        if not entries or tok.dep_ not in ("ROOT", "acomp", "ccomp", "amod"):
            continue
        prep = next(
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")), None
        )
        prep = prep or next(
            (c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")),
            None,
        )
        obj = (
            next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if prep is not None
            else None
        )
        if obj is None or prep is None:
            continue
        verb = tok.head if tok.dep_ in ("acomp", "amod") else tok
        subj = ctx.subject(verb)
        owner = ctx.actors(p, subj) if subj is not None else ()
        cue = entries[0]
        clause = frozenset({prep.i, *(t.i for t in obj.subtree)})
        marked = Marked(cue, (prep.i,), clause, obj, verb)
        return [_condition(ctx, p, x, marked, cue.rule) for x in _governed(earlier, owner)]
    return []


def _stands_for_proposals(ctx: Context, subj: Token) -> bool:
    words = ctx.cues.word_set("standing_for_proposals")
    return subj.lower_ in words or bool(ctx.cues.entries("plan-noun", subj.lower_))


def _marked_alone(ctx: Context, p: Parsed, earlier: list[Proposal]) -> list[Condition]:
    """ "All of this is possible only if X", "The reply stresses progress: 'provided that X'":
    a marked clause in a sentence with no proposal of its own conditions the earlier proposals
    of what the sentence's subject stands for."""
    for marked in ctx.marked(p):
        verb = marked.anchor
        while (
            verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass")
        ) and verb.head != verb:
            verb = verb.head
        fragment = verb.i in marked.clause
        subj = None if fragment else ctx.subject(verb)
        if not fragment and (subj is None or not _stands_for_proposals(ctx, subj)):
            return []
        owner = ctx.actors(p, subj) if subj is not None else ()
        return [
            _condition(ctx, p, x, marked, "conditions.own-sentence")
            for x in _governed(earlier, owner)
        ]
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
