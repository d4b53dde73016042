"""One record per proposal a document puts forward, however often it reports it.

A news story often states a proposal in its headline, its lead and again in a quote.
Reports by overlapping proposers whose contents share most of their words are one
proposal: the fullest wording is kept as its label, the other reports stay as evidence,
and conditions and stances that pointed at a repeat point at the proposal kept; a
stance on a position (no proposal) reported again by its holder is kept once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .records import Condition, Proposal, Span, Stance

__all__ = ["content_words", "merge_repeats", "same_content"]

_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")
_STOP = frozenset(
    "the a an and or of to in on for with at by from that this these those its their his her our"
    " would will could should can may might be is are was were been not no as into over under than"
    " also any all some such other both each which who whom whose it they them we he she".split()
)


@lru_cache(maxsize=4096)
def content_words(label: str) -> frozenset[str]:
    """The words of a label that carry its content (no function words, plural -s dropped);
    a number counts, however short ("paragraph 9" is not "paragraph 11")."""
    words = (w[:-1] if len(w) > 4 and w.endswith("s") else w for w in _WORD.findall(label.lower()))
    return frozenset(
        w for w in words if w not in _STOP and (len(w) > 2 or any(c.isdigit() for c in w))
    )


def same_content(a: str, b: str, *, threshold: float = 0.75) -> bool:
    """Whether two labels state the same content: most words of the shorter in the longer.

    >>> same_content("lift sanctions on Iranian oil", "lift the sanctions on Iranian oil exports")
    True
    >>> same_content("withdraw troops from Gaza", "reopen the Rafah crossing")
    False
    """
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return False
    shared = len(wa & wb)
    return shared >= min(2, len(wa), len(wb)) and shared / min(len(wa), len(wb)) >= threshold


def merge_repeats(
    proposals: Sequence[Proposal], conditions: Sequence[Condition], stances: Sequence[Stance]
) -> tuple[tuple[Proposal, ...], tuple[Condition, ...], tuple[Stance, ...]]:
    """Fold repeated reports of one proposal into one record (the first report's key)."""
    kept: list[Proposal] = []
    alias: dict[str, str] = {}
    # Kept reports by (a proposer, a content word): a repeat shares both with its first
    # report, so only those are compared (comparing each with all made a long document
    # quadratic).
    index: dict[tuple[str, str], set[int]] = {}

    def register(i: int, x: Proposal) -> None:
        for key in x.proposers:
            for word in content_words(x.label):
                index.setdefault((key, word), set()).add(i)

    for p in proposals:
        words = content_words(p.label)
        near = sorted({i for k in p.proposers for w in words for i in index.get((k, w), ())})
        at = next((i for i in near if _repeats(kept[i], p)), None)
        if at is None:
            kept.append(p)
            register(len(kept) - 1, p)
            continue
        twin = kept[at]
        alias[p.key] = twin.key
        fuller = p.label if len(p.label) > len(twin.label) else twin.label
        more = tuple(dict.fromkeys((*twin.reports, _evidence(p), *p.reports)))
        merged = replace(
            twin, label=fuller, reports=more, proposers=_union(twin.proposers, p.proposers)
        )
        kept[at] = merged
        register(at, merged)
    conds = tuple(replace(c, proposal=alias.get(c.proposal, c.proposal)) for c in conditions)
    stans = tuple(
        replace(s, proposal=alias.get(s.proposal, s.proposal)) if s.proposal else s for s in stances
    )
    return tuple(kept), _unique_conditions(conds), _unique_stances(stans)


def _evidence(p: Proposal) -> tuple[Span, str]:
    return (p.evidence or p.span, p.rule)


def _repeats(kept: Proposal, p: Proposal) -> bool:
    """A later report of ``kept``: another sentence, a shared proposer, the same content."""
    if kept.evidence == p.evidence or not set(kept.proposers) & set(p.proposers):
        return False
    return same_content(kept.label, p.label) or _restated(kept, p)


#: How many letters of a word its stem keeps ("guarantee", "guarantor": "guaran").
_STEM = 6


def _restated(kept: Proposal, p: Proposal) -> bool:
    """The same proposal in other words: the same kind put to the same addressees, with at
    least three stems and three fifths of the stems of the shorter label shared ("an agreement under
    which other states would guarantee Norland's security", "a mechanism of security
    guarantees by guarantor states")."""
    if kept.kind != p.kind or not kept.addressees or set(kept.addressees) != set(p.addressees):
        return False
    wa, wb = _stems(kept.label), _stems(p.label)
    shared = len(wa & wb)
    return shared >= 3 and shared * 5 >= 3 * min(len(wa), len(wb))


@lru_cache(maxsize=4096)
def _stems(label: str) -> frozenset[str]:
    """The stems of a label's content words, names left out (a place both labels name says
    nothing of whether they put forward the same thing)."""
    return frozenset(w[:_STEM] for w in content_words(_unnamed(label)))


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*a, *b)))


def _unique_conditions(conditions: tuple[Condition, ...]) -> tuple[Condition, ...]:
    """One condition per content on each proposal: a proposal reported again often restates
    its condition ("if the talks bring real progress" ... "if the junta makes real progress in
    the talks"), which the first report already holds."""
    by_proposal: dict[str, list[Condition]] = {}
    out = []
    for c in conditions:
        kept = by_proposal.setdefault(c.proposal, [])
        if not any(_same_condition(k, c) for k in kept):
            kept.append(c)
            out.append(c)
    return tuple(out)


def _same_condition(a: Condition, b: Condition) -> bool:
    """The same condition again: the same words, or, in another sentence, the same content
    once names are left out (the parts of one clause share its subject: "only after the
    Front puts down its weapons and ends its raids" sets two)."""
    if a.label == b.label:
        return True
    if a.evidence == b.evidence or a.negated != b.negated:
        return False
    return same_content(_unnamed(a.label), _unnamed(b.label))


def _unnamed(label: str) -> str:
    return " ".join(w for w in label.split() if not w[:1].isupper())


def _unique_stances(stances: tuple[Stance, ...]) -> tuple[Stance, ...]:
    """A stance on a position reported again (the headline, the lead, a quote) by the same
    holder, of the same kind, on the same content ("no talks on the canal's ownership" ...
    "no talks with Norland over ownership of the canal") is one stance, its first report;
    stances on a proposal or an actor are one by their key already."""
    kept: list[Stance] = []
    groups: dict[tuple[str, str], list[Stance]] = {}
    for s in stances:
        if s.proposal is None and s.actor is None:
            group = groups.setdefault((s.holder, s.stance), [])
            if any(_same_stance(k, s) or _restated_stance(k, s) for k in group):
                continue
            group.append(s)
        kept.append(s)
    return tuple(kept)


def _same_stance(kept: Stance, s: Stance) -> bool:
    """The same content, unless read from words of their own in one sentence ("condemned A and
    rejected the use of B against A": two stances)."""
    if kept.evidence is not None and kept.evidence == s.evidence:
        if kept.span[1] <= s.span[0] or s.span[1] <= kept.span[0]:
            return False
    return same_content(kept.label, s.label)


def _restated_stance(kept: Stance, s: Stance) -> bool:
    """The same position in other words, in another sentence (a headline and its lead): at
    least two stems, and half the stems of the shorter label, shared once names are left out
    ("Tessaly's terms for a peaceful settlement" ... "a declaration on the peaceful settlement
    of the dispute that Tessaly offered")."""
    if kept.evidence is None or kept.evidence == s.evidence:
        return False
    wa, wb = _stems(kept.label), _stems(s.label)
    shared = len(wa & wb)
    return shared >= 2 and shared * 2 >= min(len(wa), len(wb))
