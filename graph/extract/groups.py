"""Plural group phrases that stand for actors named together before them.

"France, Germany and Britain wrote to the council. The three European powers offered
..." : "the three European powers" are France, Germany and Britain. A group phrase is a
definite plural noun phrase whose head is in ``group_phrase_nouns`` (powers, allies,
nations, ...), with an optional number and one modifier ("the Western powers", "the
three nations", "both governments"); it stands for the actors of the latest list of two
or more names before it ("A and B", "A, B and C"), within a few sentences, with as many
members as its number says (a phrase with a number reaches further back). Pure: finds
the references, the caller records them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Named", "PairTally", "group_references"]

#: Number words a group phrase may carry ("the three nations").
_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
#: How far before a group phrase its list may end (characters: a few sentences).
_REACH = 600
#: What may stand between two names of one list ("A, B and the C").
_JOINER = re.compile(r"(?:,|,? and| &) (?:the )?")


@dataclass(frozen=True)
class Named:
    """A name of an actor in the text: ``text[start:end]`` names ``key``."""

    start: int
    end: int
    key: str


def _pattern(nouns: Sequence[str], modifiers: Sequence[str]) -> re.Pattern[str]:
    number = "|".join(_NUMBERS)
    modifier = "|".join(map(re.escape, modifiers))
    return re.compile(
        rf"\b(?:[Tt]he|[Bb]oth|[Aa]ll)\s+(?:(?P<n>{number})\s+)?"
        rf"(?:(?:[A-Z][a-z]+|{modifier})\s+)?(?P<noun>{'|'.join(map(re.escape, nouns))})\b"
        r"(?!\s+(?:of|in|that|which|who)\b)"
    )


def _lists(text: str, named: Sequence[Named]) -> list[list[Named]]:
    """Runs of two or more names joined by commas and "and" only, in text order; a name's
    short form in brackets right after it ("the Gulf of Guinea Commission (GGC), ...") is
    part of that name."""
    out: list[list[Named]] = []
    run: list[Named] = []
    for m in sorted(named, key=lambda m: m.start):
        if run and m.start < run[-1].end:
            continue  # a name within the last one (its short form, read twice)
        if run and m.key == run[-1].key and text[run[-1].end : m.start] == " (":
            if text[m.end : m.end + 1] == ")":
                run[-1] = Named(run[-1].start, m.end + 1, m.key)
                continue
        if (
            run
            and _JOINER.fullmatch(text, run[-1].end, m.start)
            and m.key not in {x.key for x in run}
        ):
            run.append(m)
            continue
        if len(run) >= 2:
            out.append(run)
        run = [m]
    if len(run) >= 2:
        out.append(run)
    return out


def group_references(
    text: str,
    named: Sequence[Named],
    nouns: Sequence[str],
    modifiers: Sequence[str],
) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, keys) for each group phrase of ``text`` that stands for a list of
    ``named`` actors before it."""
    if not nouns:
        return []
    lists = sorted(_lists(text, named), key=lambda run: run[-1].end)
    ends = [run[-1].end for run in lists]
    out = []
    for mt in _pattern(nouns, modifiers).finditer(text):
        size = _NUMBERS.get((mt.group("n") or "").lower())
        if mt.group(0).lower().startswith("both"):
            size = 2
        reach = _REACH if size is None else 3 * _REACH  # a count says which list it means
        near = lists[bisect_left(ends, mt.start() - reach) : bisect_right(ends, mt.start())]
        fitting = [run for run in near if size is None or len(run) == size]
        if fitting:
            out.append((mt.start(), mt.end(), tuple(m.key for m in fitting[-1])))
    return out


class PairTally:
    """The two actors named together as a pair ("Thailand and Cambodia", "Thailand,
    Cambodia") most often before an offset, if at least ``least`` times (ties to the pair named
    together last): the two sides a story is about, whoever else it names often (a mediator).
    One tally of the whole text answers every offset by a binary search (a long document asks
    at every "both sides").

    >>> text = "Chile and Peru met. Chile and Peru agreed. Chile, Peru and Bolivia."
    >>> named = [Named(m.start(), m.end(), m.group()) for m in re.finditer(r"[A-Z]\\w+", text)]
    >>> tally = PairTally(text, named)
    >>> tally.at(len(text)), tally.at(20), tally.at(len(text), least=3)
    (('Chile', 'Peru'), None, None)
    """

    def __init__(self, text: str, named: Sequence[Named]) -> None:
        self._runs = _lists(text, named)
        self._ends = [run[-1].end for run in self._runs]
        self._seen: dict[tuple[str, ...], list[int]] = {}  # the runs naming each pair
        self._best: list[tuple[tuple[str, ...] | None, int]] = []  # after each run
        best: tuple[str, ...] | None = None
        for i, run in enumerate(self._runs):
            if len(run) == 2:
                pair = tuple(sorted(m.key for m in run))
                self._seen.setdefault(pair, []).append(i)
                if best is None or len(self._seen[pair]) >= len(self._seen[best]):
                    best = pair  # named last, so it wins a tie
            self._best.append((best, len(self._seen[best]) if best else 0))

    def paired(self, keys: Sequence[str]) -> bool:
        """Whether the first two of ``keys`` are ever named together as a pair."""
        return len(keys) >= 2 and tuple(sorted(keys[:2])) in self._seen

    def at(self, before: int, *, least: int = 2) -> tuple[str, str] | None:
        """The pair named together most often by the names ending by ``before``."""
        whole = bisect_right(self._ends, before)
        best, count = self._best[whole - 1] if whole else (None, 0)
        if whole < len(self._runs):  # the run ``before`` cuts: what of it comes before
            head = [m for m in self._runs[whole] if m.end <= before]
            if len(head) == 2:
                pair = tuple(sorted(m.key for m in head))
                times = bisect_left(self._seen.get(pair, []), whole) + 1
                if times >= count:
                    best, count = pair, times
        return (best[0], best[1]) if best is not None and count >= least else None
