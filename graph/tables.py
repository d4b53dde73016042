"""The graph read as tables: SPARQL SELECT queries that the views and the page share.

Every function here runs one or a few SELECT queries over an rdflib
:class:`~rdflib.Graph` (any store: the in-memory one, or Oxigraph through
``oxrdflib``) and aggregates in the query (``GROUP BY``, ``COUNT``, ``MIN``), so
what comes back to Python is one row per node, fact or link, never every triple.
Rows are keyed by IRI string.

>>> from graph.build import new_graph
>>> documents(new_graph())
{}
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Collection, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain
from typing import Any, TypeVar

import pyoxigraph as ox
from rdflib import Graph, Literal
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import BNode, Node

from .memory import release
from .namespace import DG, PREFIXES, WD

__all__ = [
    "ACTOR_CLASSES",
    "ACTOR_RELATIONS",
    "CHUNK",
    "CLASS_ORDER",
    "FACT_CLASSES",
    "FINE_CLASSES",
    "LINK_RELATIONS",
    "VALUES_BATCH",
    "Doc",
    "Evidence",
    "Fact",
    "Link",
    "Pair",
    "actor_edges",
    "actor_pairs",
    "affiliations",
    "apply_details",
    "chunks",
    "classes",
    "detail_rows",
    "documents",
    "evidence_at",
    "evidence_owners",
    "evidence_places",
    "evidence_rows",
    "facts",
    "links",
    "nodes",
    "select",
    "spans",
    "tail",
    "values_clauses",
]

#: Coarse classes in the order a node's class is decided (its first type found).
CLASS_ORDER = (
    "Demand",
    "Proposal",
    "Condition",
    "Statement",
    "Position",
    "State",
    "Organisation",
    "Person",
    "Place",
    "Treaty",
    "WeaponSystem",
    "MilitaryActivity",
    "Actor",
    "Document",
)
FINE_CLASSES = (
    "Alliance",
    "InternationalBody",
    "Ministry",
    "ArmedForce",
    "MediaOutlet",
    "ResearchInstitute",
    "PoliticalParty",
    "Company",
    "MilitaryActivity",
)
ACTOR_CLASSES = ("State", "Organisation", "Person", "Actor")
#: Classes whose nodes are facts read from documents (stances are facts too, but edges).
FACT_CLASSES = ("Proposal", "Demand", "Condition", "Statement", "Position")

#: Edges of the full view: predicate, relation name, and whether the edge runs object to subject.
LINK_RELATIONS: tuple[tuple[str, str, bool], ...] = (
    ("dg:proposedBy", "proposes", True),
    ("dg:addressedTo", "addressed to", False),
    ("dg:concerns", "concerns", False),
    ("dg:conditionalOn", "conditional on", False),
    ("dg:requiresActionBy", "requires action by", False),
    ("dg:speaker", "says", True),
    ("dg:rejects", "rejects", False),
    ("dg:supports", "supports", False),
    ("dg:affiliatedWith", "affiliated", False),
)

#: For each relation of the actor network, a pattern binding ?u ?v ?fact (see views).
ACTOR_RELATIONS: dict[str, str] = {
    "proposes": """?fact dg:proposedBy ?u ; dg:addressedTo ?v .
                   FILTER NOT EXISTS { ?fact a dg:Demand }""",
    "demands": """?fact dg:proposedBy ?u ; dg:addressedTo ?v .
                  FILTER EXISTS { ?fact a dg:Demand }""",
    "conditions": "?p dg:proposedBy ?u ; dg:conditionalOn ?fact . ?fact dg:requiresActionBy ?v .",
    "rejects": """?u dg:rejects ?t . OPTIONAL { ?t dg:proposedBy ?by }
                  BIND(COALESCE(?by, ?t) AS ?v)
                  BIND(CONCAT(STR(?u), " rejects ", STR(?t)) AS ?fact)""",
    "supports": """?u dg:supports ?t . OPTIONAL { ?t dg:proposedBy ?by }
                   BIND(COALESCE(?by, ?t) AS ?v)
                   BIND(CONCAT(STR(?u), " supports ", STR(?t)) AS ?fact)""",
    "affiliated": """?u dg:affiliatedWith ?v .
                     BIND(CONCAT(STR(?u), " affiliated ", STR(?v)) AS ?fact)""",
    "mentions": "?fact dg:speaker ?u ; dg:concerns ?v .",
}

T = TypeVar("T")

_HEADER = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def select(g: Graph, query: str) -> Iterator[tuple[Any, ...]]:
    """Rows of a SELECT query (the vocabulary's prefixes bound), as Python values.

    IRIs and blank nodes become strings, literals their Python value (dates stay
    ISO strings), unbound variables ``None``.
    """
    inner = _oxigraph(g)
    if inner is not None:
        # On Oxigraph (through oxrdflib), straight to the engine: making rdflib terms of
        # every value took most of the page's time on a large store.
        solutions = inner.query(
            _HEADER + query,
            use_default_graph_as_union=g.default_union,
            default_graph=None if g.default_union else _graph_name(g),
        )
        for solution in solutions:
            yield tuple(_ox_value(term) for term in solution)
        # What the engine held for the query (its groups, its sorts) is free now: give it
        # back, or the next query piles its own on top (see graph.memory).
        del solutions
        release()
        return
    for row in g.query(_HEADER + query):
        assert isinstance(row, tuple)
        yield tuple(_value(term) for term in row)


def _oxigraph(g: Graph) -> Any:
    """The Oxigraph store under ``g``, when it is one (``oxrdflib``), else ``None``."""
    try:
        from oxrdflib import OxigraphStore
    except ImportError:  # pragma: no cover - oxrdflib is a dependency
        return None
    return g.store._inner if isinstance(g.store, OxigraphStore) else None


def _graph_name(g: Graph) -> Any:
    """The Oxigraph name of the graph ``g`` queries (as oxrdflib gives it)."""
    if g.identifier == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    if isinstance(g.identifier, BNode):
        return ox.BlankNode(str(g.identifier))
    return ox.NamedNode(str(g.identifier))


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = frozenset(
    _XSD + t
    for t in (
        "integer int long short byte nonNegativeInteger positiveInteger nonPositiveInteger"
        " negativeInteger unsignedLong unsignedInt unsignedShort unsignedByte"
    ).split()
)
_FLOATS = frozenset({_XSD + "double", _XSD + "float"})


def _ox_value(term: Any) -> Any:
    """What :func:`_value` gives for the rdflib term of an Oxigraph term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        # One string per IRI however many rows name it (a page's tables name each actor
        # hundreds of thousands of times).
        return sys.intern(term.value)
    if not isinstance(term, ox.Literal):
        return term.value
    datatype, value = term.datatype.value, term.value
    if datatype.endswith(("#date", "#dateTime")):
        return value[:10]
    try:
        if datatype in _INTEGERS:
            return int(value)
        if datatype in _FLOATS:
            return float(value)
    except ValueError:
        return value
    if datatype == _XSD + "boolean" and value in ("true", "false", "1", "0"):
        return value in ("true", "1")
    return value


def _value(term: Node | None) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        if term.datatype is not None and str(term.datatype).endswith(("#date", "#dateTime")):
            return str(term)[:10]
        value = term.toPython()
        return value if isinstance(value, int | float | bool) else str(term)
    return str(term)


# -- documents -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Doc:
    """A ``dg:Document``: title, publication date (``YYYY-MM-DD`` or ``""``), path, hash."""

    iri: str
    title: str
    date: str
    path: str
    sha256: str


def documents(g: Graph) -> dict[str, Doc]:
    """Every document by IRI, sorted by date, then title, then IRI."""
    rows = select(
        g,
        """SELECT ?doc (MIN(?t) AS ?title) (MIN(?d) AS ?date) (MIN(?p) AS ?path)
                  (MIN(?s) AS ?sha) WHERE {
             ?doc a dg:Document .
             OPTIONAL { ?doc rdfs:label ?t } OPTIONAL { ?doc schema:datePublished ?d }
             OPTIONAL { ?doc dg:path ?p } OPTIONAL { ?doc dg:sha256 ?s }
           } GROUP BY ?doc""",
    )
    docs = [
        Doc(iri, title or tail(iri), date or "", path or "", sha or "")
        for iri, title, date, path, sha in rows
    ]
    return {d.iri: d for d in sorted(docs, key=lambda d: (d.date, d.title, d.iri))}


def tail(iri: str) -> str:
    """The last segment of an IRI: a label for a node that has none."""
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri


# -- nodes ---------------------------------------------------------------------------------


def _ranked(names: tuple[str, ...]) -> str:
    return " ".join(f"(dg:{name} {rank})" for rank, name in enumerate(names))


def classes(g: Graph) -> dict[str, str]:
    """The coarse class of every typed node, by IRI: the first of :data:`CLASS_ORDER` it has."""
    query = f"""SELECT ?n (MIN(?rank) AS ?r) WHERE {{
          VALUES (?type ?rank) {{ {_ranked(CLASS_ORDER)} }} ?n a ?type . FILTER(isIRI(?n))
        }} GROUP BY ?n"""
    return {iri: CLASS_ORDER[rank] for iri, rank in select(g, query)}


def spans(g: Graph, among: Container[str] | None = None) -> dict[str, tuple[str, str]]:
    """The dates of the earliest and latest documents of every node derived from a dated
    document (of ``among`` only, when given), by IRI."""
    out: dict[str, tuple[str, str]] = {}
    shared: dict[tuple[str, str], tuple[str, str]] = {}  # one tuple per pair of dates
    for iri, first, last in select(
        g,
        """SELECT ?n (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {
             ?n prov:wasDerivedFrom ?doc . ?doc schema:datePublished ?d } GROUP BY ?n""",
    ):
        if among is None or iri in among:
            span = (first or "", last or "")
            out[iri] = shared.setdefault(span, span)
    return out


def nodes(g: Graph, among: Mapping[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """Every typed node by IRI: ``label``, ``cls`` and, where known, ``fine``,
    ``wikidata``, ``alt_labels``, ``role``, ``first`` and ``last`` (the dates of its
    earliest and latest documents) and ``ndocs``.

    ``among``: only these nodes, given with their class (as :func:`classes` gives
    it); the queries still read every node, and keep these (a page of a large store
    needs the details of a few thousand nodes of hundreds of thousands).
    """
    out: dict[str, dict[str, Any]] = {
        iri: {"label": tail(iri), "cls": cls}
        for iri, cls in (classes(g) if among is None else among).items()
    }
    if among is None:
        apply_details(out, detail_rows(g))
    else:
        batches = (detail_rows(g, only) for only in values_clauses("n", sorted(out)))
        apply_details(out, chain.from_iterable(batches))
    return out


#: IRIs bound per query where a table is read for some nodes only.
VALUES_BATCH = 500


def values_clauses(variable: str, iris: Iterable[str], size: int | None = None) -> Iterator[str]:
    """``VALUES`` clauses binding ``?variable`` to ``iris``, :data:`VALUES_BATCH` at a time:
    the store looks each up by its index (a query over every node, keeping a few, reads
    them all); ``size`` IRIs a clause where given. A string that cannot be written as an IRI
    in a query (an in-memory graph holds what it is given) is matched by a filter on its
    text instead.

    >>> list(values_clauses("n", ["http://e/a", "http://e/b"]))
    ['VALUES ?n { <http://e/a> <http://e/b> }']
    >>> print(*values_clauses("n", ['http://e/"a']))
    FILTER(STR(?n) IN ("http://e/\\"a"))
    """
    odd: list[str] = []
    for batch in chunks(iris, size or VALUES_BATCH):
        written = [iri for iri in batch if _IRIREF.fullmatch(iri)]
        odd += (iri for iri in batch if not _IRIREF.fullmatch(iri))
        if written:
            yield f"VALUES ?{variable} {{ " + " ".join(f"<{iri}>" for iri in written) + " }"
    for batch in chunks(odd, size or VALUES_BATCH):
        texts = ", ".join(json.dumps(iri, ensure_ascii=False) for iri in batch)
        yield f"FILTER(STR(?{variable}) IN ({texts}))"


#: What SPARQL can write between ``<`` and ``>`` (its ``IRIREF``, less the escapes).
_IRIREF = re.compile(r'[^<>"{}|^`\\\x00-\x20]+')


def detail_rows(g: Graph, only: str = "") -> Iterator[tuple[str, str, Any]]:
    """What :func:`nodes` gives beyond the class, as ``(iri, key, value)`` rows, of the nodes
    a clause ``only`` binds to ``?n`` (``""``: every node), each node's rows in the order
    :func:`apply_details` reads them: ``fine`` (a class IRI), ``label``, ``wikidata``,
    ``alt_labels``, ``role``, ``first``, ``last``."""
    yield from (
        (iri, "fine", kind)
        for iri, kind in select(
            g,
            f"""SELECT DISTINCT ?n ?t WHERE {{ {only} ?n a ?t .
              FILTER(isIRI(?n) && ?t IN ({", ".join(f"dg:{c}" for c in FINE_CLASSES)})) }}""",
        )
    )
    for iri, label in select(
        g, f"SELECT ?n (MIN(?l) AS ?label) WHERE {{ {only} ?n rdfs:label ?l }} GROUP BY ?n"
    ):
        yield iri, "label", label
    for iri, same in select(
        g,
        f"""SELECT ?n (MIN(STR(?s)) AS ?wd) WHERE {{ {only}
              ?n owl:sameAs ?s . FILTER(STRSTARTS(STR(?s), "{WD}")) }} GROUP BY ?n""",
    ):
        yield iri, "wikidata", same[len(str(WD)) :]
    for key, query in (
        ("alt_labels", f"SELECT DISTINCT ?n ?x WHERE {{ {only} ?n skos:altLabel ?x }}"),
        ("role", f"SELECT DISTINCT ?n ?x WHERE {{ {only} ?n dg:role ?x }}"),
    ):
        yield from ((iri, key, value) for iri, value in select(g, query))
    for iri, first, last in select(
        g,
        f"""SELECT ?n (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {{ {only}
             ?n prov:wasDerivedFrom ?doc . ?doc schema:datePublished ?d }} GROUP BY ?n""",
    ):
        yield iri, "first", first or ""
        yield iri, "last", last or ""


def apply_details(out: dict[str, dict[str, Any]], rows: Iterable[tuple[str, str, Any]]) -> None:
    """Fill in the rows of :func:`nodes` (``out``, by IRI) from :func:`detail_rows`; rows
    of other nodes are left out."""
    fine = {str(DG[name]): i for i, name in enumerate(FINE_CLASSES)}
    found: dict[str, int] = {}
    for iri, key, value in rows:
        data = out.get(iri)
        if data is None:
            continue
        if key == "fine":
            found[iri] = min(found.get(iri, len(fine)), fine[value])
        elif key in ("alt_labels", "role"):
            if value != data["label"]:
                data.setdefault(key, []).append(value)
        else:
            data[key] = value
    for iri, rank in found.items():
        if FINE_CLASSES[rank] != out[iri]["cls"]:
            out[iri]["fine"] = FINE_CLASSES[rank]
    for data in out.values():
        if isinstance(data.get("alt_labels"), list):
            data["alt_labels"] = sorted(data["alt_labels"])
        if isinstance(data.get("role"), list):
            data["role"] = "; ".join(sorted(data["role"]))


#: How many items :func:`chunks` puts in a list by default.
CHUNK = 2000


def chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter).

    >>> list(chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- facts and their evidence ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    """One place a fact was read: the sentence, its document and character offsets."""

    text: str
    doc: str
    start: int
    end: int
    rule: str = ""


@dataclass(slots=True)
class Fact:
    """A fact: a proposal, demand, condition, statement or position node, or a stance.

    A stance is the triple ``holder dg:rejects|dg:supports target``; its key is
    ``"<holder> rejects <target>"``, its ``iri`` that of a ``rdf:Statement``
    reifying it (``""`` when none does). ``date`` is the earliest date of its
    documents; ``evidence`` the IRI of one place it was read (``""``: none; read it
    with :func:`evidence_at`), ``n_evidence`` how many there are.
    """

    key: str
    cls: str
    iri: str
    date: str = ""
    docs: tuple[str, ...] = ()
    evidence: str = ""
    n_evidence: int = 0
    holder: str = ""
    target: str = ""


def facts(
    g: Graph, kinds: Mapping[str, str], dated: Mapping[str, tuple[str, str]]
) -> dict[str, Fact]:
    """Every fact by key, sorted by date (undated last), then key.

    ``kinds``: the class of every node (:func:`classes`); ``dated``: the dates of the
    nodes (:func:`spans`).
    """
    out, first = _node_facts(g, kinds, dated)
    for fact in _stance_facts(g, out, first):
        out[fact.key] = fact
    return dict(sorted(out.items(), key=lambda kv: (kv[1].date or "9999", kv[0])))


def _node_facts(
    g: Graph, kinds: Mapping[str, str], dated: Mapping[str, tuple[str, str]]
) -> tuple[dict[str, Fact], dict[str, tuple[int, str]]]:
    """The facts that are nodes, by IRI, with their documents, dates and first evidence;
    and the evidence count and first evidence of the other nodes that have some (the
    statements that reify stances among them)."""
    out: dict[str, Fact] = {
        iri: Fact(iri, cls, iri) for iri, cls in kinds.items() if cls in FACT_CLASSES
    }
    for iri, doc in select(
        g,
        """SELECT DISTINCT ?f ?doc WHERE {
             VALUES ?c { dg:Proposal dg:Condition dg:Statement dg:Position }
             ?f a ?c ; prov:wasDerivedFrom ?doc }""",
    ):
        if iri in out:
            out[iri].docs += (doc,)
    for iri, (first_date, _) in dated.items():
        if iri in out:
            out[iri].date = first_date
    # Each fact's count and first evidence, set as they come; kept aside only for the
    # statements that reify stances (a table of all would hold 0.3 million more rows).
    first: dict[str, tuple[int, str]] = {}
    for iri, n, ev in _first_evidence(g):
        fact = out.get(iri)
        if fact is None:
            first[iri] = (n, ev)
        else:
            fact.n_evidence, fact.evidence = n, ev
    return out, first


def _stance_facts(
    g: Graph, out: dict[str, Fact], first: dict[str, tuple[int, str]]
) -> Iterator[Fact]:
    """The stances, with what their reifications (``rdf:Statement``) say; ``out``: the
    facts that are nodes, ``first``: the evidence of the other nodes (:func:`_node_facts`)."""
    dates = dict(select(g, "SELECT ?doc ?d WHERE { ?doc a dg:Document ; schema:datePublished ?d }"))
    reified: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for holder, predicate, target, st in select(
        g,
        """SELECT ?h ?p ?t ?st WHERE { VALUES ?p { dg:rejects dg:supports }
             ?st rdf:subject ?h ; rdf:predicate ?p ; rdf:object ?t }""",
    ):
        reified[holder, predicate, target].append(st)
    docs: dict[str, set[str]] = defaultdict(set)
    for st, doc in select(
        g, "SELECT ?st ?doc WHERE { ?st a rdf:Statement ; prov:wasDerivedFrom ?doc }"
    ):
        docs[st].add(doc)
    for holder, predicate, target in select(
        g,
        """SELECT ?h ?p ?t WHERE { VALUES ?p { dg:rejects dg:supports } ?h ?p ?t .
             FILTER(isIRI(?t)) }""",
    ):
        relation = predicate.rsplit("#", 1)[-1]
        statements = sorted(reified.get((holder, predicate, target), []))
        in_docs = sorted({d for st in statements for d in docs.get(st, ())})
        n, evidence = 0, ""
        for st in statements:
            read = first.get(st)
            if read is None and st in out and out[st].n_evidence:  # a statement typed a fact
                read = (out[st].n_evidence, out[st].evidence)
            if read is not None:
                n += read[0]
                evidence = evidence or read[1]
        fact = Fact(
            f"{holder} {relation} {target}",
            relation,
            statements[0] if statements else "",
            date=min((dates[d] for d in in_docs if d in dates), default=""),
            docs=tuple(in_docs),
            evidence=evidence,
            n_evidence=n,
            holder=holder,
            target=target,
        )
        if not statements and target in out and out[target].cls == "Position":
            # A stance on a position is read from the position's own span.
            fact.evidence, fact.n_evidence = out[target].evidence, out[target].n_evidence
        if not fact.docs and target in out:
            # Not reified: dated by what it is about.
            fact.date, fact.docs = out[target].date, out[target].docs
        yield fact


def affiliations(g: Graph) -> dict[str, tuple[int, Evidence]]:
    """Per affiliation read with evidence: how many evidence nodes, and the smallest IRI's.

    Keyed ``"<person> affiliated <organisation>"``, as :data:`ACTOR_RELATIONS` keys
    the fact behind an ``affiliated`` edge; read from the ``rdf:Statement`` nodes
    that reify ``dg:affiliatedWith``.
    """
    found: dict[str, dict[str, Evidence]] = defaultdict(dict)
    for u, v, ev, text, doc, start, end, rule in select(
        g,
        "SELECT ?u ?v ?e ?text ?doc ?start ?end ?rule WHERE {"
        " ?st rdf:predicate dg:affiliatedWith ; rdf:subject ?u ; rdf:object ?v ; dg:evidence ?e ."
        " ?e dg:text ?text ; dg:source ?doc ; dg:start ?start ; dg:end ?end ."
        " OPTIONAL { ?e dg:rule ?rule } }",
    ):
        found[f"{u} affiliated {v}"][ev] = Evidence(
            text, doc or "", _int(start), _int(end), rule or ""
        )
    return {key: (len(evs), evs[min(evs)]) for key, evs in found.items()}


def _first_evidence(g: Graph) -> Iterator[tuple[str, int, str]]:
    """Per fact node: how many evidence nodes, and the IRI of the one with the smallest IRI.

    Facts read from the same sentence share its evidence node: each keeps its own count.
    """
    return select(
        g,
        "SELECT ?f (COUNT(DISTINCT ?e) AS ?n) (MIN(?e) AS ?ev) WHERE { ?f dg:evidence ?e } "
        "GROUP BY ?f",
    )


def evidence_at(g: Graph, wanted: Collection[str]) -> dict[str, Evidence]:
    """The evidence nodes of ``wanted``, by IRI, looked up a batch at a time."""
    found: dict[str, Evidence] = {}
    for values in values_clauses("e", sorted(e for e in wanted if e)):
        for ev, text, doc, start, end, rule in select(
            g,
            f"SELECT ?e ?text ?doc ?start ?end ?rule WHERE {{ {values}"
            " ?e dg:text ?text ; dg:source ?doc ; dg:start ?start ; dg:end ?end ."
            " OPTIONAL { ?e dg:rule ?rule } }",
        ):
            found[ev] = Evidence(text, doc or "", _int(start), _int(end), rule or "")
    return found


def _int(value: Any) -> int:
    return int(value) if isinstance(value, int | float) else -1


def evidence_rows(g: Graph) -> Iterator[tuple[str, str, Evidence]]:
    """Every evidence of every fact: ``(fact key, evidence IRI, evidence)``, stances included.

    The views use these; the page keeps one evidence per fact (see :func:`facts`).
    """
    for fact, ev, text, doc, start, end in select(
        g,
        # Each BIND comes after every pattern of its group: Oxigraph joins the patterns
        # that follow a BIND without the bindings before it (38 s instead of 0.2 s on
        # 200 documents).
        """SELECT ?f ?e ?text ?doc ?start ?end WHERE {
             { VALUES ?c { dg:Proposal dg:Condition dg:Statement dg:Position }
               ?f0 a ?c ; dg:evidence ?e . ?e dg:text ?text .
               OPTIONAL { ?e dg:source ?doc }
               OPTIONAL { ?e dg:start ?start } OPTIONAL { ?e dg:end ?end }
               BIND(STR(?f0) AS ?f) }
             UNION
             { ?st rdf:subject ?h ; rdf:predicate ?p ; rdf:object ?t ; dg:evidence ?e .
               VALUES (?p ?name) { (dg:rejects "rejects") (dg:supports "supports") }
               ?e dg:text ?text . OPTIONAL { ?e dg:source ?doc }
               OPTIONAL { ?e dg:start ?start } OPTIONAL { ?e dg:end ?end }
               BIND(CONCAT(STR(?h), " ", ?name, " ", STR(?t)) AS ?f) }
           }""",
    ):
        yield fact, ev, Evidence(text, doc or "", _int(start), _int(end))


def evidence_owners(g: Graph) -> Iterator[tuple[str, str]]:
    """``(fact key, evidence IRI)``: the facts and evidence :func:`evidence_rows` pairs,
    without what the evidence says (:func:`evidence_places`; reading both apart and joining
    them takes half the time of the one query on Oxigraph)."""
    for fact, ev in select(
        g,
        """SELECT ?f ?e WHERE {
             { VALUES ?c { dg:Proposal dg:Condition dg:Statement dg:Position }
               ?f0 a ?c ; dg:evidence ?e . BIND(STR(?f0) AS ?f) }
             UNION
             { ?st rdf:subject ?h ; rdf:predicate ?p ; rdf:object ?t ; dg:evidence ?e .
               VALUES (?p ?name) { (dg:rejects "rejects") (dg:supports "supports") }
               BIND(CONCAT(STR(?h), " ", ?name, " ", STR(?t)) AS ?f) }
           }""",
    ):
        if fact is not None:
            yield fact, ev


def evidence_places(g: Graph) -> Iterator[tuple[str, Evidence]]:
    """``(evidence IRI, evidence)`` for every evidence node (its text, document, offsets)."""
    for ev, text, doc, start, end in select(
        g,
        """SELECT ?e ?text ?doc ?start ?end WHERE { ?e dg:text ?text .
             OPTIONAL { ?e dg:source ?doc }
             OPTIONAL { ?e dg:start ?start } OPTIONAL { ?e dg:end ?end } }""",
    ):
        yield ev, Evidence(text, doc or "", _int(start), _int(end))


# -- links ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Link:
    """An edge of the full view: ``source --relation--> target`` (IRIs)."""

    source: str
    target: str
    relation: str


def links(g: Graph) -> Iterator[Link]:
    """Every edge of the full view, one per triple of :data:`LINK_RELATIONS`.

    ``dg:proposedBy`` and ``dg:speaker`` run from the actor to the fact
    (``proposes``, or ``demands`` for a demand, and ``says``).
    """
    names = " ".join(f'({p} "{name}" {str(back).lower()})' for p, name, back in LINK_RELATIONS)
    demands = {d for (d,) in select(g, "SELECT ?d WHERE { ?d a dg:Demand }")}
    for s, o, name, back in select(
        g,
        f"""SELECT ?s ?o ?name ?back WHERE {{
              VALUES (?p ?name ?back) {{ {names} }} ?s ?p ?o . FILTER(isIRI(?s) && isIRI(?o))
            }}""",
    ):
        relation = "demands" if name == "proposes" and s in demands else name
        yield Link(o, s, relation) if back else Link(s, o, relation)


@dataclass(frozen=True, slots=True)
class Pair:
    """One fact behind an edge of the actor network."""

    source: str
    target: str
    relation: str
    fact: str


def actor_pairs(g: Graph, actors: set[str]) -> Iterator[Pair]:
    """``(u, v, relation, fact)`` for every fact behind an actor-to-actor edge.

    The patterns are :data:`ACTOR_RELATIONS`; both ends must be in ``actors`` and
    differ (an actor answering its own proposal makes no edge). Joined in Python by
    :func:`actor_edges` (as one SPARQL query per pattern, the store enumerates millions
    of rows on a large corpus).
    """
    for u, v, relation, facts in actor_edges(g, actors):
        for fact in facts:
            yield Pair(u, v, relation, fact)


# -- the actor network edge by edge (the view files of a large store) ------------------------


def actor_edges(
    g: Graph, actors: Collection[str], order: Iterable[str] | None = None
) -> Iterator[tuple[str, str, str, list[str]]]:
    """Every edge of the actor network: ``(u, v, relation, facts)``, the facts behind it
    sorted, by ``u``, ``v`` and ``relation``: what :func:`actor_pairs` gives, grouped.
    ``order``: the actors ``u`` in the order their edges are wanted (default: sorted).

    The links the pairs are made of (proposers, addressees, conditions, the actors they
    require to act, speakers and what they speak of) are read once, and the pairs made
    here one source at a time: a fact with many proposers and addressees is behind every
    pair of them (0.6 million links make 9.5 million pairs at 10,010 documents), and
    reading the pairs from the store decodes the fact's IRI once per pair. Stances and
    affiliations, few, are read by their patterns of :data:`ACTOR_RELATIONS`.
    """
    by_proposer = _subjects_by_object(g, "dg:proposedBy")
    by_speaker = _subjects_by_object(g, "dg:speaker")
    addressees, concerns = _objects(g, "dg:addressedTo"), _objects(g, "dg:concerns")
    conditions, required = _objects(g, "dg:conditionalOn"), _objects(g, "dg:requiresActionBy")
    demands = {d for (d,) in select(g, "SELECT ?d WHERE { ?d a dg:Demand }")}
    stances: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for relation in ("rejects", "supports", "affiliated"):
        pattern = ACTOR_RELATIONS[relation]
        for u, v, fact in select(g, f"SELECT DISTINCT ?u ?v ?fact WHERE {{ {pattern} }}"):
            stances[u].append((v, relation, fact))
    for u in sorted(actors) if order is None else order:
        found: dict[tuple[str, str], set[str]] = defaultdict(set)
        for fact in by_proposer.get(u, ()):
            relation = "demands" if fact in demands else "proposes"
            for v in addressees.get(fact, ()):
                found[v, relation].add(fact)
            for condition in conditions.get(fact, ()):
                for v in required.get(condition, ()):
                    found[v, "conditions"].add(condition)
        for fact in by_speaker.get(u, ()):
            for v in concerns.get(fact, ()):
                found[v, "mentions"].add(fact)
        for v, relation, fact in stances.get(u, ()):
            found[v, relation].add(fact)
        for v, relation in sorted(edge for edge in found if edge[0] != u and edge[0] in actors):
            yield u, v, relation, sorted(found[v, relation])


def _objects(g: Graph, predicate: str) -> dict[Any, list[Any]]:
    """The objects of ``predicate`` by subject."""
    found: dict[Any, list[Any]] = defaultdict(list)
    for s, o in select(g, f"SELECT ?s ?o WHERE {{ ?s {predicate} ?o }}"):
        found[s].append(o)
    return found


def _subjects_by_object(g: Graph, predicate: str) -> dict[Any, list[Any]]:
    """The subjects of ``predicate`` by object."""
    found: dict[Any, list[Any]] = defaultdict(list)
    for s, o in select(g, f"SELECT ?s ?o WHERE {{ ?s {predicate} ?o }}"):
        found[o].append(s)
    return found
