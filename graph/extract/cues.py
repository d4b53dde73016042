"""The English constructions the fact rules read, loaded once from ``data/constructions.json``.

The data file groups cue words by construction ("offer-verb", "urging-verb",
"condition-marker", ...); every entry carries an example sentence of our own that
``tests/test_constructions.py`` runs through the extractor. Code never names a cue
word: it asks :class:`Cues` whether a token's word belongs to a construction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..lexicon import DATA_DIR

__all__ = ["Cue", "Cues", "inflections", "load_cues"]

_VOWELS = frozenset("aeiou")
#: Constructions that only ever fire inside reported speech: a speech verb opens the gate.
_UNGATED = frozenset({"necessity-modal", "reported-commitment", "none-will-be"})


def inflections(lemma: str, irregular: Iterable[str] = ()) -> set[str]:
    """Every regular inflection of an English verb or noun lemma, plus the irregular ones.

    Over-generation is harmless: the forms only map surface words back to lemmas.

    >>> sorted(inflections("commit"))[:4]
    ['commit', 'commited', 'commiting', 'commits']
    >>> "committed" in inflections("commit"), "applied" in inflections("apply")
    (True, True)
    """
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if (
        len(lemma) >= 3
        and lemma[-1] not in _VOWELS | set("wxy")
        and lemma[-2] in _VOWELS
        and lemma[-3] not in _VOWELS
    ):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms.update(irregular)
    return forms


@dataclass(frozen=True)
class Cue:
    """One entry of a construction: a word, and what goes with it."""

    construction: str
    lemma: str
    rule: str
    particle: str | None = None
    kind: str | None = None
    stance: str | None = None
    needs_modal: bool = False
    needs_draft: bool = False
    inverted: bool = False
    modifier: bool = False
    #: What the verb governs when it is not its object: "verb" (only an infinitive), "invitee"
    #: (the infinitive after the invited: "invited Y to resume talks", else the invited), "that"
    #: (only a that-clause: "agreed that A should B"), "tied", "conditional" ...
    complement: str | None = None
    negated: bool = False
    #: A marker that sets a condition only on a negated verb ("will not withdraw until ...").
    needs_negation: bool = False
    #: A word that offers only with a condition on it ("would not be able to sign A unless B").
    needs_condition: bool = False
    #: A marker that sets a condition only on a verb "only" restricts ("will only sign after").
    needs_only: bool = False
    #: A marker that sets a condition only opening its sentence, before the subject ("Without
    #: A, X will not sign"; "a pledge that no dams will be built without talks" tells how).
    needs_front: bool = False
    #: A condition whose words are demanded in their own right too ("A is a prerequisite for
    #: B"): they stay in the labels of the proposals they are.
    also_demanded: bool = False
    #: Not as a participle adjunct: "..., aiming to ease tensions" states a purpose.
    finite: bool = False
    #: A verb that also names a physical act ("blocked the road", "shot down a drone"): a
    #: stance only on something put forward, a position or an actor.
    needs_proposal: bool = False


@dataclass
class Cues:
    """Constructions by name, each a map from lemma (or marker) to its entries."""

    constructions: dict[str, dict[str, list[Cue]]] = field(default_factory=dict)
    words: dict[str, Any] = field(default_factory=dict)
    lemmas_of: dict[str, frozenset[str]] = field(default_factory=dict)
    gate: frozenset[str] = frozenset()
    markers: tuple[Cue, ...] = ()
    #: The word classes :meth:`word_set` made, each once (rules ask for them per token).
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    #: What :meth:`entries` found for each construction and word, found once.
    _entries: dict[tuple[str, str], tuple[Cue, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    #: The markers by their first word, each with its words, longest first (:meth:`marker_at`).
    _markers_by_word: dict[str, tuple[tuple[Cue, tuple[str, ...]], ...]] | None = field(
        default=None, repr=False, compare=False
    )

    def lemmas(self, word: str) -> frozenset[str]:
        """The lemmas a lower-case surface word may be a form of (itself included)."""
        return self.lemmas_of.get(word, frozenset((word,)))

    def entries(self, construction: str, word: str) -> tuple[Cue, ...]:
        """The entries of ``construction`` whose lemma ``word`` may be a form of."""
        found = self._entries.get((construction, word))
        if found is None:
            table = self.constructions.get(construction, {})
            found = tuple(cue for lemma in self.lemmas(word) for cue in table.get(lemma, ()))
            self._entries[construction, word] = found
        return found

    def marker_at(self, words: Sequence[str], i: int) -> Cue | None:
        """The longest condition marker whose words start at ``words[i]`` (lower case)."""
        if self._markers_by_word is None:
            index: dict[str, list[tuple[Cue, tuple[str, ...]]]] = {}
            for m in self.markers:
                parts = tuple(m.lemma.split())
                index.setdefault(parts[0], []).append((m, parts))
            self._markers_by_word = {w: tuple(found) for w, found in index.items()}
        for cue, parts in self._markers_by_word.get(words[i], ()):
            if tuple(words[i : i + len(parts)]) == parts:
                return cue
        return None

    def entries_of(self, construction: str) -> list[Cue]:
        """Every entry of ``construction`` (for openers matched as phrases, not words)."""
        return [cue for cues in self.constructions.get(construction, {}).values() for cue in cues]

    def word_set(self, name: str) -> frozenset[str]:
        """A closed class of words from the data file (``time_words``, ``owner_nouns``, ...)."""
        found = self._word_sets.get(name)
        if found is None:
            found = self._word_sets[name] = frozenset(self.words.get(name, ()))
        return found

    def forms(self, *constructions: str) -> frozenset[str]:
        """The words that are forms of the constructions' lemmas (the lemmas included), made
        once ("said", "says", "saying", "say" for ``speech-verb``)."""
        key = f"forms of {' '.join(constructions)}"
        found = self._word_sets.get(key)
        if found is None:
            lemmas = {w for c in constructions for w in self.constructions.get(c, {})}
            forms = {w for w, of in self.lemmas_of.items() if not of.isdisjoint(lemmas)}
            found = self._word_sets[key] = frozenset(forms | set(lemmas))
        return found

    def is_form(self, word: str, lemmas: Iterable[str]) -> bool:
        """Whether ``word`` is a form of one of ``lemmas``."""
        return not self.lemmas(word).isdisjoint(lemmas)


def _cue(name: str, spec: dict[str, Any], entry: dict[str, Any]) -> Cue:
    return Cue(
        construction=name,
        lemma=entry.get("lemma") or entry["marker"],
        rule=spec["rule"],
        particle=entry.get("particle"),
        kind=entry.get("kind") or spec.get("kind"),
        stance=entry.get("stance") or spec.get("stance"),
        needs_modal=bool(entry.get("needs_modal")),
        needs_draft=bool(entry.get("needs_draft")),
        inverted=bool(entry.get("inverted")),
        modifier=bool(entry.get("modifier")),
        complement=entry.get("complement"),
        negated=bool(entry.get("negated")),
        needs_negation=bool(entry.get("needs_negation")),
        needs_condition=bool(entry.get("needs_condition")),
        needs_only=bool(entry.get("needs_only")),
        needs_front=bool(entry.get("needs_front")),
        also_demanded=bool(entry.get("also_demanded") or spec.get("also_demanded")),
        finite=bool(entry.get("finite")),
        needs_proposal=bool(entry.get("needs_proposal")),
    )


@cache
def load_cues() -> Cues:
    """Read ``data/constructions.json`` once (cached)."""
    data = json.loads((DATA_DIR / "constructions.json").read_text(encoding="utf-8"))
    cues = Cues(words=data["words"])
    irregular: dict[str, list[str]] = data["words"]["irregular"]
    lemmas_of: dict[str, set[str]] = {}
    markers: list[Cue] = []

    gate: set[str] = set()

    def learn(lemma: str, gated: bool) -> None:
        forms = inflections(lemma, irregular.get(lemma, ()))
        for form in forms:
            lemmas_of.setdefault(form, set()).add(lemma)
        if gated:
            gate.update(forms)

    for name, spec in data["constructions"].items():
        table: dict[str, list[Cue]] = {}
        for entry in spec["entries"]:
            cue = _cue(name, spec, entry)
            if "marker" in entry:
                markers.append(cue)
                continue
            table.setdefault(cue.lemma, []).append(cue)
            learn(cue.lemma, name not in _UNGATED and spec.get("gated", True))
        cues.constructions[name] = table
    for lemma in irregular:
        learn(lemma, False)
    cues.lemmas_of = {form: frozenset(ls) for form, ls in lemmas_of.items()}
    # (a marker read only opening its sentence, "Without A, X will not B", is too common a
    # word to have every sentence holding it parsed: the refused verb's own cue does that)
    marker_words = {
        w for m in markers if not m.inverted and not m.needs_front for w in m.lemma.split()
    }
    cues.gate = frozenset(gate) | marker_words | cues.word_set("according")
    cues.markers = tuple(sorted(markers, key=lambda m: -len(m.lemma)))
    return cues
