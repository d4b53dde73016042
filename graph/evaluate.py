"""Score built graphs against hand-made gold files (``docs/evaluation.md``).

Each document is built on its own, written as Turtle, parsed back and read only
through the vocabulary (``dg:``, ``rdfs:``, ``skos:``, ``owl:`` terms), so the
figures measure what a user querying the Turtle would see.

Every category is scored as a one-to-one matching between predicted items and
gold items. Optional gold items are handled inside that one matching:

1. a maximum matching (Hopcroft–Karp) between predicted items and the
   *required* gold items fixes how many required items are found;
2. that matching is then grown by augmenting paths over *all* edges, optional
   gold items included. An augmenting path never unmatches a vertex, so every
   required match survives, and the result is a maximum matching of the whole
   graph: as many predicted items as possible are excused by an optional item,
   each optional item excusing at most one.

Doing it in two separate matchings would be wrong: with a predicted item ``a``
that matches a required item ``R`` and an optional item ``O``, and ``b`` that
matches only ``R``, pairing ``a-R`` first leaves ``b`` spurious, whereas
``b-R, a-O`` finds ``R`` and excuses ``a``.

Then, per category: matched = predicted items paired with a required gold item;
predicted = predicted items less those paired with an optional gold item;
gold = required gold items. Precision = matched / predicted, recall = matched /
gold, and F1 = 2 * matched / (predicted + gold), which equals the harmonic mean
of precision and recall whenever both are defined. A figure whose denominator is
zero is ``None``.

Choices the gold README leaves open:

- A predicted entity is one node typed ``dg:State``, ``dg:Organisation`` or
  ``dg:Person``; it may match a gold entity of any of the coarse types it carries.
- An actor reference (``dg:proposedBy``, ``dg:speaker``, ``dg:requiresActionBy``,
  stance subjects, affiliation ends) matches a gold label ``L`` when its node
  matches ``L``'s entity under the entity rule, independently of the one-to-one
  entity matching.
- Proposal nodes are those typed ``dg:Proposal`` or ``dg:Demand``; a proposal
  node without ``dg:proposedBy`` makes no pair and is not scored; likewise a
  statement without ``dg:speaker``.
- Conditions are (proposal pair, condition node) items: a node with two
  proposers and one condition gives two items. The conditions of a predicted
  pair that matched no gold proposal count as spurious; the conditions of a
  pair excused by an optional gold proposal are not scored at all, and the
  conditions of an optional gold proposal are optional. The proposal matching is
  chosen first; among matchings of the same size, a predicted pair whose
  conditions match the gold proposal's is preferred to one whose do not.
- Keyword matching is a case-insensitive (``str.casefold``) substring test.
"""

from __future__ import annotations

import itertools
import json
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from networkx.algorithms import bipartite
from rdflib import Graph, URIRef
from rdflib.term import Node

from .documents import Document, find_document_paths, read_document
from .errors import DiplographError, DocumentError, InputPathError
from .export import to_turtle
from .merge import ProposalIndex
from .merge import Report as Report_
from .namespace import DG, OWL, RDF, RDFS, SKOS, WD
from .pipeline import build_documents

__all__ = [
    "CATEGORIES",
    "CategoryScore",
    "DocumentScores",
    "Gold",
    "GoldAffiliation",
    "GoldCondition",
    "GoldEntity",
    "GoldProposal",
    "GoldStance",
    "GoldStatement",
    "Report",
    "evaluate",
    "format_report",
    "keywords_match",
    "load_gold",
    "match_items",
    "normalise_name",
    "parse_gold",
    "report_to_json",
    "score_graph",
]

#: The scored categories, in the order they are reported.
CATEGORIES = ("entities", "proposals", "conditions", "stances", "statements", "affiliations")

Keywords = tuple[tuple[str, ...], ...]

_ENTITY_TYPES: dict[str, URIRef] = {
    "State": DG.State,
    "Organisation": DG.Organisation,
    "Person": DG.Person,
}
_ACTOR_TYPES = (DG.Actor, DG.State, DG.Organisation, DG.Person)
_STANCES = {"rejects": DG.rejects, "supports": DG.supports}
_APOSTROPHES_AND_STOPS = str.maketrans("", "", ".'\u2019\u2018\u02bc")


# --------------------------------------------------------------------------- text


def normalise_name(name: str) -> str:
    """Normalise a name for comparison: the README's rule, step by step.

    NFKC, casefold, drop full stops and apostrophes (' ’ ‘ ʼ), collapse white
    space, drop a leading "the ".

    >>> normalise_name("the U.S.")
    'us'
    >>> normalise_name("  The  Kremlin’s ")
    'kremlins'
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    text = " ".join(text.translate(_APOSTROPHES_AND_STOPS).split())
    if text.startswith("the "):
        text = text[4:]
    return text


def keywords_match(text: str, keywords: Keywords) -> bool:
    """Whether every keyword group has at least one string occurring in ``text``.

    The test is a case-insensitive substring test.

    >>> keywords_match("Deploy no missiles in Ukraine", (("missile", "forces"), ("ukraine",)))
    True
    """
    folded = text.casefold()
    return all(any(k.casefold() in folded for k in group) for group in keywords)


def _describe_keywords(keywords: Keywords) -> str:
    return " ".join("[" + " | ".join(group) + "]" for group in keywords)


def _shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldEntity:
    """A gold entity: ``label`` is how the other gold items name it."""

    label: str
    type: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class GoldCondition:
    """A condition of a gold proposal; ``requires`` names a gold entity."""

    keywords: Keywords
    requires: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldProposal:
    """A gold proposal or demand; ``kind`` and ``to`` are informative only.

    ``cluster`` is reserved: a label shared by the gold proposals of different
    documents that report the same proposal, for scoring cross-document merges
    later. It is read and checked, and not scored yet.
    """

    by: str
    keywords: Keywords
    to: str | None = None
    kind: str | None = None
    conditions: tuple[GoldCondition, ...] = ()
    optional: bool = False
    cluster: str | None = None


@dataclass(frozen=True)
class GoldStance:
    """``by`` rejects or supports something whose label matches ``keywords``."""

    by: str
    stance: str
    keywords: Keywords
    optional: bool = False


@dataclass(frozen=True)
class GoldStatement:
    """A statement by ``speaker`` whose text matches ``keywords``."""

    speaker: str
    keywords: Keywords
    optional: bool = False


@dataclass(frozen=True)
class GoldAffiliation:
    """``person`` is affiliated with ``org``; both name gold entities."""

    person: str
    org: str
    optional: bool = False


@dataclass(frozen=True)
class Gold:
    """One document's gold file."""

    document: str | None = None
    entities: tuple[GoldEntity, ...] = ()
    proposals: tuple[GoldProposal, ...] = ()
    stances: tuple[GoldStance, ...] = ()
    statements: tuple[GoldStatement, ...] = ()
    affiliations: tuple[GoldAffiliation, ...] = ()


class _GoldReader:
    """Validates one gold file's JSON, naming the file and the field at fault."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> DocumentError:
        return DocumentError(f"{self.source}: {where} {problem}; fix the gold file")

    def obj(self, value: object, where: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be a JSON object")
        return value

    def items(self, data: Mapping[str, Any], key: str) -> list[tuple[str, Mapping[str, Any]]]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "must be a list")
        return [(f"{key}[{i}]", self.obj(item, f"{key}[{i}]")) for i, item in enumerate(value)]

    def text(self, data: Mapping[str, Any], key: str, where: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where}.{key}", "must be a non-empty string")
        return value

    def maybe_text(self, data: Mapping[str, Any], key: str, where: str) -> str | None:
        return None if data.get(key) is None else self.text(data, key, where)

    def flag(self, data: Mapping[str, Any], where: str) -> bool:
        value = data.get("optional", False)
        if not isinstance(value, bool):
            raise self.fail(f"{where}.optional", "must be true or false")
        return value

    def keywords(self, data: Mapping[str, Any], where: str) -> Keywords:
        value = data.get("keywords")
        ok = (
            isinstance(value, list)
            and value
            and all(
                isinstance(group, list) and group and all(isinstance(k, str) and k for k in group)
                for group in value
            )
        )
        if not ok:
            raise self.fail(
                f"{where}.keywords",
                "must be a non-empty list of non-empty lists of strings, "
                'e.g. [["missile"], ["Ukraine"]]',
            )
        return tuple(tuple(group) for group in value)  # type: ignore[union-attr]

    def entity(
        self, data: Mapping[str, Any], key: str, where: str, labels: set[str], required: bool = True
    ) -> str | None:
        label = self.text(data, key, where) if required else self.maybe_text(data, key, where)
        if label is not None and label not in labels:
            raise self.fail(f"{where}.{key}", f"names {label!r}, which is not a gold entity label")
        return label


def parse_gold(data: object, source: str = "gold") -> Gold:
    """Validate a gold file's parsed JSON and turn it into a :class:`Gold`.

    Args:
        data: the parsed JSON.
        source: how error messages name the file.

    Raises:
        DocumentError: a field is missing or malformed, or a reference names no
            gold entity.
    """
    r = _GoldReader(source)
    top = r.obj(data, "the top level")
    document = r.maybe_text(top, "document", "gold")
    entities = _gold_entities(r, top)
    labels = {e.label for e in entities}
    proposals = [
        _gold_proposal(r, item, where, labels) for where, item in r.items(top, "proposals")
    ]
    stances = [_gold_stance(r, item, where, labels) for where, item in r.items(top, "stances")]
    statements = [
        GoldStatement(
            r.entity(item, "speaker", where, labels) or "",
            r.keywords(item, where),
            r.flag(item, where),
        )
        for where, item in r.items(top, "statements")
    ]
    affiliations = [
        GoldAffiliation(
            r.entity(item, "person", where, labels) or "",
            r.entity(item, "org", where, labels) or "",
            r.flag(item, where),
        )
        for where, item in r.items(top, "affiliations")
    ]
    return Gold(
        document,
        tuple(entities),
        tuple(proposals),
        tuple(stances),
        tuple(statements),
        tuple(affiliations),
    )


def _gold_entities(r: _GoldReader, top: Mapping[str, Any]) -> list[GoldEntity]:
    entities: list[GoldEntity] = []
    for where, item in r.items(top, "entities"):
        label = r.text(item, "label", where)
        kind = item.get("type")
        if kind not in _ENTITY_TYPES:
            raise r.fail(f"{where}.type", f"is {kind!r}; use one of {', '.join(_ENTITY_TYPES)}")
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise r.fail(f"{where}.aliases", "must be a list of strings")
        if label in {e.label for e in entities}:
            raise r.fail(where, f"repeats the label {label!r}; merge the two entries")
        entities.append(
            GoldEntity(
                label,
                kind,
                r.maybe_text(item, "wikidata", where),
                tuple(aliases),
                r.flag(item, where),
            )
        )
    return entities


def _gold_proposal(
    r: _GoldReader, item: Mapping[str, Any], where: str, labels: set[str]
) -> GoldProposal:
    conditions = []
    for c_where, c in r.items(item, "conditions"):
        c_where = f"{where}.{c_where}"
        conditions.append(
            GoldCondition(
                r.keywords(c, c_where),
                r.entity(c, "requires", c_where, labels, required=False),
                r.flag(c, c_where),
            )
        )
    return GoldProposal(
        by=r.entity(item, "by", where, labels) or "",
        keywords=r.keywords(item, where),
        to=r.entity(item, "to", where, labels, required=False),
        kind=r.maybe_text(item, "kind", where),
        conditions=tuple(conditions),
        optional=r.flag(item, where),
        cluster=r.maybe_text(item, "cluster", where),
    )


def _gold_stance(
    r: _GoldReader, item: Mapping[str, Any], where: str, labels: set[str]
) -> GoldStance:
    stance = item.get("stance")
    if stance not in _STANCES:
        raise r.fail(f"{where}.stance", f"is {stance!r}; use rejects or supports")
    return GoldStance(
        r.entity(item, "by", where, labels) or "",
        stance,
        r.keywords(item, where),
        r.flag(item, where),
    )


def load_gold(path: Path) -> Gold:
    """Read and validate one gold JSON file.

    Raises:
        InputPathError: the file cannot be read.
        DocumentError: it is not valid JSON or not a valid gold file.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputPathError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise DocumentError(f"{path}: not UTF-8 text; save the gold file as UTF-8") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(
            f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    return parse_gold(data, str(path))


# --------------------------------------------------------------------------- matching


def match_items(
    n_predicted: int, optional: Sequence[bool], edges: Iterable[tuple[int, int]]
) -> dict[int, int]:
    """A one-to-one matching that finds the most required items, then excuses the most.

    Args:
        n_predicted: predicted items are ``0 .. n_predicted - 1``.
        optional: for each gold item ``j``, whether it is optional.
        edges: ``(predicted, gold)`` pairs that may be matched.

    Returns:
        predicted item -> gold item. Among all matchings, it pairs the most
        required gold items, and among those, the most gold items overall (see
        the module docstring for why this is one matching, not two).

    >>> sorted(match_items(2, [False, True], [(0, 0), (0, 1), (1, 0)]).items())
    [(0, 1), (1, 0)]
    """
    edges = sorted(set(edges))
    required = [(p, g) for p, g in edges if not optional[g]]
    # Integer nodes: networkx iterates sets of them in the same order in every process
    # (tuples of strings would follow the per-process hash seed and make scores vary).
    top = list(range(n_predicted))
    b = nx.Graph()
    b.add_nodes_from(top, bipartite=0)
    b.add_nodes_from((n_predicted + j for j in range(len(optional))), bipartite=1)
    b.add_edges_from((p, n_predicted + g) for p, g in required)
    found = bipartite.hopcroft_karp_matching(b, top_nodes=top)
    matching = {u: v - n_predicted for u, v in found.items() if u < n_predicted}

    adjacency: dict[int, list[int]] = defaultdict(list)
    for p, g in edges:
        adjacency[p].append(g)
    owner = {g: p for p, g in matching.items()}

    def augment(p: int, seen: set[int]) -> bool:
        for g in adjacency[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                matching[p] = g
                owner[g] = p
                return True
        return False

    # One pass suffices: a free vertex with no augmenting path never gets one later.
    for p in range(n_predicted):
        if p not in matching:
            augment(p, set())
    return matching


# --------------------------------------------------------------------------- scores


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True)
class CategoryScore:
    """The figures for one category (of one document, or summed).

    Attributes:
        category: one of :data:`CATEGORIES`, or ``"micro"``.
        predicted: predicted items, less those excused by an optional gold item.
        gold: required gold items.
        matched: predicted items paired with a required gold item.
        missed: descriptions of the required gold items not found.
        spurious: descriptions of the predicted items that matched nothing.
    """

    category: str
    predicted: int
    gold: int
    matched: int
    missed: tuple[str, ...] = ()
    spurious: tuple[str, ...] = ()

    @property
    def precision(self) -> float | None:
        """matched / predicted, or ``None`` when nothing was predicted."""
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float | None:
        """matched / gold, or ``None`` when there is no required gold item."""
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float | None:
        """2 * matched / (predicted + gold): the harmonic mean of P and R."""
        return _ratio(2 * self.matched, self.predicted + self.gold)

    def figures(self) -> dict[str, Any]:
        """The counts and ratios as a JSON-ready dict."""
        return {
            "predicted": self.predicted,
            "gold": self.gold,
            "matched": self.matched,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _sum(category: str, scores: Iterable[CategoryScore]) -> CategoryScore:
    scores = list(scores)
    return CategoryScore(
        category,
        sum(s.predicted for s in scores),
        sum(s.gold for s in scores),
        sum(s.matched for s in scores),
    )


@dataclass(frozen=True)
class DocumentScores:
    """Every category's figures for one document."""

    document: str
    gold_file: str
    categories: tuple[CategoryScore, ...]
    #: gold proposal index -> the proposal node it was matched to (for cluster scoring).
    proposal_nodes: tuple[tuple[int, str], ...] = ()

    def category(self, name: str) -> CategoryScore:
        """The score of the category called ``name``."""
        return next(c for c in self.categories if c.category == name)

    @property
    def micro(self) -> CategoryScore:
        """All categories of this document pooled."""
        return _sum("micro", self.categories)


@dataclass(frozen=True)
class ClusterScore:
    """B-cubed figures of the merge: whether the gold proposals that are one proposal across
    reports (the same ``cluster`` label) became one node, and only they.

    Computed over the gold proposals the extraction found (matched items), so that it
    measures the merge, not the recall of proposals.
    """

    items: int
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def b_cubed(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float]:
    """B-cubed precision and recall of a predicted clustering against a gold one, each given
    as one cluster label per item (the same items in the same order).

    >>> b_cubed(["a", "a", "b"], ["x", "x", "y"])
    (1.0, 1.0)
    >>> b_cubed(["a", "a", "b"], ["x", "y", "y"])
    (0.6666666666666666, 0.6666666666666666)
    """
    n = len(gold)
    if n == 0:
        return 0.0, 0.0
    precision = recall = 0.0
    for i in range(n):
        same_pred = [j for j in range(n) if predicted[j] == predicted[i]]
        same_gold = [j for j in range(n) if gold[j] == gold[i]]
        both = sum(1 for j in same_pred if gold[j] == gold[i])
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    return precision / n, recall / n


@dataclass(frozen=True)
class Report:
    """An evaluation run: per-document scores and what could not be paired."""

    documents: tuple[DocumentScores, ...]
    skipped_documents: tuple[str, ...] = ()
    gold_without_document: tuple[str, ...] = ()
    clusters: ClusterScore | None = None

    @property
    def totals(self) -> tuple[CategoryScore, ...]:
        """Each category summed over all documents (micro over documents)."""
        return tuple(_sum(name, (d.category(name) for d in self.documents)) for name in CATEGORIES)

    @property
    def micro(self) -> CategoryScore:
        """Every category of every document pooled."""
        return _sum("micro", self.totals)


@dataclass(frozen=True)
class _Item:
    """A predicted or gold item: what it is keyed on, and how to show it."""

    key: Any
    label: str
    optional: bool = False


def _score(
    category: str,
    predicted: Sequence[_Item],
    gold: Sequence[_Item],
    can_match: Callable[[_Item, _Item], bool],
) -> tuple[CategoryScore, dict[int, int]]:
    edges = [(i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold) if can_match(p, g)]
    matching = match_items(len(predicted), [g.optional for g in gold], edges)
    excused = sum(1 for j in matching.values() if gold[j].optional)
    paired = set(matching.values())
    score = CategoryScore(
        category,
        predicted=len(predicted) - excused,
        gold=sum(1 for g in gold if not g.optional),
        matched=sum(1 for j in matching.values() if not gold[j].optional),
        missed=tuple(g.label for j, g in enumerate(gold) if not g.optional and j not in paired),
        spurious=tuple(p.label for i, p in enumerate(predicted) if i not in matching),
    )
    return score, matching


# --------------------------------------------------------------------------- reading the graph


@dataclass(frozen=True)
class _View:
    """The graph read through the vocabulary, with the gold entities to resolve against."""

    g: Graph
    gold: Gold
    by_name: Mapping[str, frozenset[str]] = field(default_factory=dict)
    by_wikidata: Mapping[URIRef, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, g: Graph, gold: Gold) -> _View:
        by_name: dict[str, set[str]] = defaultdict(set)
        by_wikidata: dict[URIRef, set[str]] = defaultdict(set)
        for e in gold.entities:
            for name in (e.label, *e.aliases):
                by_name[normalise_name(name)].add(e.label)
            if e.wikidata:
                by_wikidata[WD[e.wikidata.strip()]].add(e.label)
        return cls(
            g,
            gold,
            {k: frozenset(v) for k, v in by_name.items()},
            {k: frozenset(v) for k, v in by_wikidata.items()},
        )

    def labels(self, node: Node) -> list[str]:
        return sorted(str(o) for o in self.g.objects(node, RDFS.label))

    def names(self, node: Node) -> list[str]:
        return self.labels(node) + sorted(str(o) for o in self.g.objects(node, SKOS.altLabel))

    def show(self, node: Node) -> str:
        labels = self.labels(node)
        return f'"{_shorten(labels[0])}"' if labels else str(node)

    def is_typed(self, node: Node, *classes: URIRef) -> bool:
        return any((node, RDF.type, c) in self.g for c in classes)

    def nodes(self, *classes: URIRef) -> list[Node]:
        found = {s for c in classes for s in self.g.subjects(RDF.type, c)}
        return sorted(found, key=str)

    def refers_to(self, node: Node) -> frozenset[str]:
        """The gold entity labels ``node`` matches under the entity rule."""
        types = {name for name, cls in _ENTITY_TYPES.items() if (node, RDF.type, cls) in self.g}
        if not types:
            return frozenset()
        candidates: set[str] = set()
        for name in self.names(node):
            candidates |= self.by_name.get(normalise_name(name), frozenset())
        for same in self.g.objects(node, OWL.sameAs):
            if isinstance(same, URIRef):
                candidates |= self.by_wikidata.get(same, frozenset())
        entity_type = {e.label: e.type for e in self.gold.entities}
        return frozenset(label for label in candidates if entity_type[label] in types)

    def text_matches(self, node: Node, keywords: Keywords, *, all_names: bool = False) -> bool:
        texts = self.names(node) if all_names else self.labels(node)
        return any(keywords_match(t, keywords) for t in texts)


def score_graph(g: Graph, gold: Gold, *, document: str = "", gold_file: str = "") -> DocumentScores:
    """Score one document's graph against its gold, category by category.

    Args:
        g: the graph, as parsed back from Turtle.
        gold: the document's gold.
        document: the document's name, for the report.
        gold_file: the gold file's name, for the report.
    """
    scorer = _Scorer(g, gold)
    proposals, pairs, matching = scorer.proposals()
    scores = (
        scorer.entities(),
        proposals,
        scorer.conditions(pairs, matching),
        scorer.stances(),
        scorer.statements(),
        scorer.affiliations(),
    )
    nodes = tuple(sorted((j, str(pairs[i].key[1])) for i, j in matching.items()))
    return DocumentScores(document, gold_file, scores, nodes)


class _Scorer:
    """One document's graph scored against its gold, a category at a time."""

    def __init__(self, g: Graph, gold: Gold) -> None:
        self.g, self.gold = g, gold
        self.v = _View.of(g, gold)
        self._refs: dict[Node, frozenset[str]] = {}
        self.gold_props = [
            _Item(gp, f"{gp.by} proposes {_describe_keywords(gp.keywords)}", gp.optional)
            for gp in gold.proposals
        ]

    def refers(self, node: Node, label: str | None) -> bool:
        """Whether ``node`` is the gold's ``label`` (any node, where no label is given)."""
        if label is None:
            return True
        if node not in self._refs:
            self._refs[node] = self.v.refers_to(node)
        return label in self._refs[node]

    def entities(self) -> CategoryScore:
        v = self.v
        predicted = [
            _Item(n, f"{v.show(n)} ({_type_names(v, n)})") for n in v.nodes(*_ENTITY_TYPES.values())
        ]
        golds = [_Item(e.label, f"{e.label} ({e.type})", e.optional) for e in self.gold.entities]
        return _score("entities", predicted, golds, lambda p, g_: self.refers(p.key, g_.key))[0]

    def proposal_matches(self, p: _Item, gi: _Item) -> bool:
        (by, node), gp = p.key, gi.key
        return self.refers(by, gp.by) and self.v.text_matches(node, gp.keywords)

    def proposals(self) -> tuple[CategoryScore, list[_Item], dict[int, int]]:
        """The proposals' score, the predicted (proposer, node) pairs (one per
        ``dg:proposedBy`` value) and the matching of pairs to gold proposals, by index."""
        v = self.v
        pairs = [
            _Item((by, node), f"{v.show(by)} proposes {v.show(node)}")
            for node in v.nodes(DG.Proposal, DG.Demand)
            for by in sorted(self.g.objects(node, DG.proposedBy), key=str)
        ]
        score, matching = _score("proposals", pairs, self.gold_props, self.proposal_matches)
        self._swap_for_conditions(pairs, matching)
        self._exchange_for_conditions(pairs, matching)
        return score, pairs, matching

    def condition_hits(self, pair: _Item, j: int) -> int:
        """How many conditions of gold proposal ``j`` the pair's node carries."""
        _, node = pair.key
        return sum(
            1
            for cond in self.g.objects(node, DG.conditionalOn)
            for gc in self.gold.proposals[j].conditions
            if self._condition_fits(cond, gc)
        )

    def _condition_fits(self, cond: Node, gc: GoldCondition) -> bool:
        return self.v.text_matches(cond, gc.keywords) and (
            gc.requires is None
            or any(self.refers(a, gc.requires) for a in self.g.objects(cond, DG.requiresActionBy))
        )

    def _swap_for_conditions(self, pairs: list[_Item], matching: dict[int, int]) -> None:
        """Among equally large proposal matchings, prefer the pair whose conditions match:
        swap in an unmatched pair that fits the same gold proposal and carries more of them."""
        matched = set(matching)
        for i, gj in sorted(matching.items()):
            best, best_hits = i, self.condition_hits(pairs[i], gj)
            for k in range(len(pairs)):
                if k not in matched and self.proposal_matches(pairs[k], self.gold_props[gj]):
                    hits = self.condition_hits(pairs[k], gj)
                    if hits > best_hits:
                        best, best_hits = k, hits
            if best != i:
                del matching[i]
                matching[best] = gj
                matched.discard(i)
                matched.add(best)

    def _exchange_for_conditions(self, pairs: list[_Item], matching: dict[int, int]) -> None:
        """Exchange the gold proposals of two matched pairs that fit both, when more
        conditions match that way (an optional gold proposal's conditions are not rewarded)."""

        def rewarded(i: int, j: int) -> int:
            return 0 if self.gold_props[j].optional else self.condition_hits(pairs[i], j)

        fits = self.proposal_matches
        for i, k in itertools.combinations(sorted(matching), 2):
            gj, gl = matching[i], matching[k]
            if (
                fits(pairs[i], self.gold_props[gl])
                and fits(pairs[k], self.gold_props[gj])
                and rewarded(i, gl) + rewarded(k, gj) > rewarded(i, gj) + rewarded(k, gl)
            ):
                matching[i], matching[k] = gl, gj

    def conditions(self, pairs: list[_Item], matching: dict[int, int]) -> CategoryScore:
        """(proposal pair, condition node) items, scored under matched pairs only."""
        predicted: list[_Item] = []
        for i, pair in enumerate(pairs):
            j = matching.get(i)
            if j is not None and self.gold_props[j].optional:
                continue  # excused with its proposal
            _, node = pair.key
            for cond in sorted(self.g.objects(node, DG.conditionalOn), key=str):
                predicted.append(_Item((j, cond), f"{pair.label} if {self.v.show(cond)}"))
        golds = [
            _Item(
                (j, gc),
                f"{gp.by} proposes {_describe_keywords(gp.keywords)} if "
                f"{_describe_keywords(gc.keywords)}"
                + (f" (requires {gc.requires})" if gc.requires else ""),
                gp.optional or gc.optional,
            )
            for j, gp in enumerate(self.gold.proposals)
            for gc in gp.conditions
        ]

        def matches(p: _Item, gi: _Item) -> bool:
            (j, cond), (gj, gc) = p.key, gi.key
            return j is not None and j == gj and self._condition_fits(cond, gc)

        return _score("conditions", predicted, golds, matches)[0]

    def stances(self) -> CategoryScore:
        v = self.v
        predicted = [
            _Item((actor, name, target), f"{v.show(actor)} {name} {v.show(target)}")
            for name, predicate in _STANCES.items()
            for actor, target in _pairs(self.g, predicate)
        ]
        golds = [
            _Item(s, f"{s.by} {s.stance} {_describe_keywords(s.keywords)}", s.optional)
            for s in self.gold.stances
        ]

        def matches(p: _Item, gi: _Item) -> bool:
            (actor, name, target), s = p.key, gi.key
            return (
                name == s.stance
                and self.refers(actor, s.by)
                and v.text_matches(target, s.keywords, all_names=v.is_typed(target, *_ACTOR_TYPES))
            )

        return _score("stances", predicted, golds, matches)[0]

    def statements(self) -> CategoryScore:
        """One (speaker, node) pair per ``dg:speaker`` value."""
        v = self.v
        predicted = [
            _Item((speaker, node), f"{v.show(speaker)} says {v.show(node)}")
            for node in v.nodes(DG.Statement)
            for speaker in sorted(self.g.objects(node, DG.speaker), key=str)
        ]
        golds = [
            _Item(s, f"{s.speaker} says {_describe_keywords(s.keywords)}", s.optional)
            for s in self.gold.statements
        ]

        def matches(p: _Item, gi: _Item) -> bool:
            (speaker, node), s = p.key, gi.key
            return self.refers(speaker, s.speaker) and v.text_matches(node, s.keywords)

        return _score("statements", predicted, golds, matches)[0]

    def affiliations(self) -> CategoryScore:
        v = self.v
        predicted = [
            _Item((person, org), f"{v.show(person)} affiliated with {v.show(org)}")
            for person, org in _pairs(self.g, DG.affiliatedWith)
        ]
        golds = [
            _Item(a, f"{a.person} affiliated with {a.org}", a.optional)
            for a in self.gold.affiliations
        ]

        def matches(p: _Item, gi: _Item) -> bool:
            (person, org), a = p.key, gi.key
            return self.refers(person, a.person) and self.refers(org, a.org)

        return _score("affiliations", predicted, golds, matches)[0]


def _pairs(g: Graph, predicate: URIRef) -> list[tuple[Node, Node]]:
    return sorted(g.subject_objects(predicate), key=lambda t: (str(t[0]), str(t[1])))


def _type_names(v: _View, node: Node) -> str:
    return "/".join(name for name, cls in _ENTITY_TYPES.items() if v.is_typed(node, cls))


# --------------------------------------------------------------------------- running


def _require_folder(path: Path, what: str) -> None:
    if not path.exists():
        raise InputPathError(f"{path}: no such folder; give the folder of {what}")
    if not path.is_dir():
        raise InputPathError(f"{path}: not a folder; give the folder of {what}")


def _round_trip(g: Graph) -> Graph:
    """The graph as a user reads it: written as Turtle and parsed back."""
    return Graph().parse(data=to_turtle(g), format="turtle")


def evaluate(
    gold_dir: Path, docs_dir: Path | Sequence[Path], *, ner_model: str | None = None
) -> Report:
    """Build each document that has a gold file on its own and score it.

    A document ``NAME.ext`` in ``docs_dir`` (searched recursively; one folder or
    several) is paired with ``NAME.json`` in ``gold_dir``.

    Args:
        gold_dir: the folder of gold ``.json`` files.
        docs_dir: the folder (or folders) of documents.

    Raises:
        InputPathError: a folder is missing.
        DocumentError: a gold file is malformed, or a paired document is unreadable.
        DiplographError: two documents share a name, or no document has a gold file.
    """
    gold_dir = Path(gold_dir)
    docs_dirs = [Path(docs_dir)] if isinstance(docs_dir, (str, Path)) else list(docs_dir)
    _require_folder(gold_dir, "gold .json files")
    for folder in docs_dirs:
        _require_folder(folder, "documents the gold files describe")
    gold_paths = {p.stem: p for p in sorted(gold_dir.glob("*.json")) if p.is_file()}
    doc_paths: dict[str, Path] = {}
    skipped: list[str] = []
    for path in find_document_paths(docs_dirs):
        if path.stem not in gold_paths:
            skipped.append(path.name)
            continue
        if path.stem in doc_paths:
            raise DiplographError(
                f"{doc_paths[path.stem]} and {path} both pair with "
                f"{gold_paths[path.stem]}; rename one of them"
            )
        doc_paths[path.stem] = path
    if not doc_paths:
        where = ", ".join(str(folder) for folder in docs_dirs)
        raise DiplographError(
            f"no document in {where} has a gold file in {gold_dir}; "
            "gold files are paired by name (x.txt -> x.json)"
        )
    documents = []
    built: list[tuple[Document, Graph, Gold, DocumentScores]] = []
    for stem, path in sorted(doc_paths.items()):
        gold = load_gold(gold_paths[stem])
        doc = read_document(path)
        g = _round_trip(build_documents([doc], ner_model=ner_model))
        scores = score_graph(g, gold, document=doc.name, gold_file=gold_paths[stem].name)
        documents.append(scores)
        built.append((doc, g, gold, scores))
    orphans = tuple(p.name for stem, p in sorted(gold_paths.items()) if stem not in doc_paths)
    return Report(tuple(documents), tuple(sorted(skipped)), orphans, score_clusters(built))


def score_clusters(
    built: Sequence[tuple[Document, Graph, Gold, DocumentScores]],
) -> ClusterScore | None:
    """Merge the documents' proposals as a corpus build does and score the merge against the
    gold ``cluster`` labels (``None`` when no gold proposal carries one)."""
    if not any(gp.cluster for _, _, gold, _ in built for gp in gold.proposals):
        return None
    reports: list[Report_] = []
    sides: list[tuple[str, str]] = []
    for doc, g, _, _ in built:
        for person, org in g.subject_objects(DG.affiliatedWith):
            if (org, RDF.type, DG.State) in g:
                sides.append((str(person), str(org)))
        for node in sorted(set(g.subjects(RDF.type, DG.Proposal)), key=str):
            kind = "demand" if (node, RDF.type, DG.Demand) in g else "offer"
            label = next((str(o) for o in g.objects(node, RDFS.label)), "")
            proposers = frozenset(str(o) for o in g.objects(node, DG.proposedBy))
            concerns = frozenset(str(o) for o in g.objects(node, DG.concerns))
            reports.append(Report_(doc.name, str(node), proposers, kind, label, concerns, doc.date))
    index = ProposalIndex(sides)
    cluster_of = {
        (r.doc, r.key): index.add(r).cluster
        for r in sorted(reports, key=lambda r: (r.date or "9999", r.doc, r.key))
    }
    gold_labels: list[str] = []
    predicted: list[str] = []
    for doc, _, gold, scores in built:
        for j, iri in scores.proposal_nodes:
            gold_labels.append(gold.proposals[j].cluster or f"{doc.name}#{j}")
            predicted.append(cluster_of[(doc.name, iri)])
    precision, recall = b_cubed(gold_labels, predicted)
    return ClusterScore(len(gold_labels), precision, recall)


# --------------------------------------------------------------------------- output


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


_HEADER = (
    f"{'category':<14}{'predicted':>10}{'gold':>7}{'matched':>9}"
    f"{'precision':>11}{'recall':>8}{'F1':>7}"
)


def _row(score: CategoryScore) -> str:
    return (
        f"{score.category:<14}{score.predicted:>10}{score.gold:>7}{score.matched:>9}"
        f"{_figure(score.precision):>11}{_figure(score.recall):>8}{_figure(score.f1):>7}"
    )


def format_report(report: Report, verbose: bool = False) -> str:
    """The report as text: a figure line per category and a ``micro`` line.

    With ``verbose``, each document's own table comes first, with the gold items
    it missed and the predictions that matched nothing.
    """
    lines: list[str] = []
    if verbose:
        for doc in report.documents:
            lines.append(f"== {doc.document} (gold: {doc.gold_file})")
            lines.append(_HEADER)
            for score in doc.categories:
                lines.append(_row(score))
            lines.append(_row(doc.micro))
            for score in doc.categories:
                lines.extend(f"  missed {score.category}: {m}" for m in score.missed)
                lines.extend(f"  spurious {score.category}: {s}" for s in score.spurious)
            lines.append("")
    n = len(report.documents)
    lines.append(f"Scored {n} document{'s' if n != 1 else ''}")
    lines.append(_HEADER)
    lines.extend(_row(score) for score in report.totals)
    lines.append(_row(report.micro))
    if report.clusters is not None:
        c = report.clusters
        lines.append(
            f"{'clusters':<14}{c.items:>10}{'':>7}{'':>9}{c.precision:>11.3f}{c.recall:>8.3f}{c.f1:>7.3f}"
            "  (B-cubed, over the gold proposals found)"
        )
    if report.skipped_documents:
        lines.append("Skipped, no gold file: " + ", ".join(report.skipped_documents))
    if report.gold_without_document:
        lines.append("Gold without a document: " + ", ".join(report.gold_without_document))
    return "\n".join(lines)


def report_to_json(report: Report, verbose: bool = False) -> str:
    """The report's figures as JSON text (with misses and spurious items if ``verbose``)."""

    def category(score: CategoryScore) -> dict[str, Any]:
        out = score.figures()
        if verbose and score.category != "micro":
            out["missed"] = list(score.missed)
            out["spurious"] = list(score.spurious)
        return out

    data = {
        "totals": {s.category: s.figures() for s in (*report.totals, report.micro)},
        "documents": [
            {
                "document": d.document,
                "gold": d.gold_file,
                "categories": {s.category: category(s) for s in (*d.categories, d.micro)},
            }
            for d in report.documents
        ],
        "skipped_documents": list(report.skipped_documents),
        "gold_without_document": list(report.gold_without_document),
    }
    if report.clusters is not None:
        c = report.clusters
        data["clusters"] = {
            "measure": "B-cubed",
            "items": c.items,
            "precision": round(c.precision, 3),
            "recall": round(c.recall, 3),
            "f1": round(c.f1, 3),
        }
    return json.dumps(data, indent=2, ensure_ascii=False)
