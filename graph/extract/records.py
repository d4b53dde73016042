"""Small immutable records the extractor returns. They know nothing of RDF.

Every record points into its document's text by character offsets
(``start``, ``end``); none copies text it can slice. ``span`` is what a fact says
(its label is read there); ``evidence`` is the sentence it was read in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "Affiliation",
    "Condition",
    "Entity",
    "Extraction",
    "Mention",
    "Proposal",
    "Span",
    "Stance",
    "Statement",
    "as_kind",
    "as_stance",
]

Span = tuple[int, int]

Kind = Literal["offer", "demand"]
StanceKind = Literal["rejects", "supports"]


def as_kind(kind: str) -> Kind:
    """A proposal kind from a rule's string: "demand" or else "offer"."""
    return "demand" if kind == "demand" else "offer"


def as_stance(stance: str) -> StanceKind:
    """A stance from a rule's string: "rejects" or else "supports"."""
    return "rejects" if stance == "rejects" else "supports"


#: Coarse classes of the contract, plus the non-actor kinds the graph records.
EntityClass = Literal["State", "Organisation", "Person", "Place", "Treaty", "WeaponSystem"]


@dataclass(frozen=True)
class Mention:
    """A stretch of text naming an entity: ``text[start:end]`` refers to ``key``."""

    start: int
    end: int
    key: str


@dataclass(frozen=True)
class Entity:
    """One real-world entity as found in one document.

    ``key`` is stable across documents and builds (``state-united-states``,
    ``person-andrey-baklitskiy``): the same actor gets the same key everywhere.
    """

    key: str
    label: str
    cls: EntityClass
    fine: str | None = None
    wikidata: str | None = None
    aliases: frozenset[str] = frozenset()
    mentions: tuple[Span, ...] = ()

    @property
    def is_actor(self) -> bool:
        return self.cls in ("State", "Organisation", "Person")


@dataclass(frozen=True)
class Proposal:
    """Something put forward (``kind='offer'``) or required (``kind='demand'``).

    ``key`` identifies it inside its extraction (conditions and stances refer to it
    by key); ``cue`` is the word that put it forward; ``rule`` names the rule that read it;
    ``reports`` are the other sentences of the document that state it, with their rules.
    """

    key: str
    label: str
    span: Span
    kind: Kind = "offer"
    proposers: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()
    concerns: tuple[str, ...] = ()
    reciprocal: bool = False
    evidence: Span | None = None
    rule: str = ""
    cue: Span | None = None
    reports: tuple[tuple[Span, str], ...] = ()


@dataclass(frozen=True)
class Condition:
    """What must hold for the proposal ``proposal`` (a key) to go ahead."""

    proposal: str
    label: str
    span: Span
    requires: tuple[str, ...] = ()
    negated: bool = False
    evidence: Span | None = None
    rule: str = ""


@dataclass(frozen=True)
class Stance:
    """``holder`` rejects or supports a target.

    The target is a proposal of this extraction (``proposal``: its key), an actor
    (``actor``: its key), or otherwise a position named by ``label``.
    """

    holder: str
    stance: StanceKind
    label: str
    span: Span
    proposal: str | None = None
    actor: str | None = None
    evidence: Span | None = None
    rule: str = ""


@dataclass(frozen=True)
class Statement:
    """An attributed claim or quotation."""

    label: str
    span: Span
    speakers: tuple[str, ...] = ()
    quote: bool = False
    evidence: Span | None = None
    rule: str = ""


@dataclass(frozen=True)
class Affiliation:
    """A person works for, speaks for or holds office in an organisation or state."""

    person: str
    org: str
    span: Span
    role: str | None = None
    evidence: Span | None = None
    rule: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything read from one document."""

    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    proposals: tuple[Proposal, ...] = ()
    conditions: tuple[Condition, ...] = ()
    stances: tuple[Stance, ...] = ()
    statements: tuple[Statement, ...] = ()
    affiliations: tuple[Affiliation, ...] = field(default_factory=tuple)
