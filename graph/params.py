"""``--param name=value``: the RDF term a query variable is bound to.

A value is read as RDF syntax where it is some (an ``<iri>``, a ``prefix:local``
name, a number, ``true``/``false``, a ``"quoted"`` literal with an optional
``@lang`` or ``^^datatype``), through rdflib's own N3 term reader
(:func:`rdflib.util.from_n3`). Anything else is a *name*: with a graph at hand
(:func:`bind_params`) it binds the IRI of the one entity whose label or
alternative label it is (``holder=NATO``, ``holder=the alliance``); an unknown
or ambiguous name is an error that lists the candidates. The value is never
pasted into the query text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rdflib import Graph, Literal, URIRef
from rdflib.term import Identifier
from rdflib.util import from_n3

from .errors import QueryError
from .names import NameIndex
from .namespace import DG, PREFIXES, RDF, RDFS, SKOS, XSD
from .results import shorten_iri

__all__ = [
    "ENTITY_CLASSES",
    "bind_params",
    "entity_names",
    "names_needed",
    "parse_param",
    "parse_term",
]

#: The classes whose members a bare name can bind: actors and what facts concern.
ENTITY_CLASSES = (
    DG.Actor,
    DG.State,
    DG.Organisation,
    DG.Person,
    DG.Place,
    DG.Treaty,
    DG.WeaponSystem,
)

_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_PNAME = re.compile(r"([A-Za-z][\w.-]*)?:(\S*)\Z")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(\S+))?\Z', re.S)
_IRI_FORBIDDEN = re.compile(r'[\s<>"{}|^`\\]')
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_NUMBER = re.compile(r"[+-]?(?:\d+|\d*\.\d+|(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+)\Z")


def _n3(value: str, namespaces: Mapping[str, str]) -> Identifier:
    """rdflib's reading of ``value``, with the prefixes in ``namespaces``."""
    g = Graph(bind_namespaces="none")
    for prefix, iri in namespaces.items():
        g.bind(prefix, iri, override=True)
    try:
        term = from_n3(value, nsm=g.namespace_manager)
    except KeyError as exc:  # a prefix rdflib does not know
        raise _unknown_prefix(value, str(exc.args[0]), namespaces) from None
    assert isinstance(term, Identifier)
    return term


def _unknown_prefix(value: str, prefix: str, namespaces: Mapping[str, str]) -> QueryError:
    return QueryError(
        f"{value!r}: unknown prefix {prefix + ':'!r}; known: "
        f"{', '.join(p + ':' for p in sorted(namespaces))}; quote the value"
        ' ("...") to mean text'
    )


def _syntax(value: str, namespaces: Mapping[str, str]) -> Identifier | None:
    """The term ``value`` writes in RDF syntax, or ``None`` when it is a plain name."""
    if value.startswith("<"):
        if not value.endswith(">") or len(value) < 3 or _IRI_FORBIDDEN.search(value[1:-1]):
            raise QueryError(f"{value!r} is not a valid IRI; write it as <https://...>")
        return _n3(value, namespaces)
    if value.startswith('"'):
        if _QUOTED.match(value):
            return _n3(value, namespaces)
        if len(value) >= 2 and value.endswith('"'):
            # Quotes inside: the text between the outer two, as written.
            return Literal(value[1:-1])
        raise QueryError(f"{value!r}: unterminated string; close the quote or drop it")
    if _NUMBER.match(value) or value in ("true", "false"):
        return _n3(value, namespaces)
    if _DATE.match(value):  # since=2022-01-01: a date, as the timeline compares them
        return Literal(value, datatype=XSD.date)
    pname = _PNAME.match(value)
    if pname:
        prefix = pname.group(1) or ""
        if prefix not in namespaces:
            raise _unknown_prefix(value, prefix, namespaces)
        return _n3(value, namespaces)
    return None


def parse_term(value: str, namespaces: Mapping[str, str] = PREFIXES) -> Identifier:
    """Read a parameter value as an RDF term; a plain name is a plain literal here.

    ``<iri>`` is an IRI; ``prefix:local`` is an IRI when the prefix is known; a
    number is an ``xsd:integer``/``xsd:decimal``/``xsd:double`` literal; ``true``
    and ``false`` are booleans; ``"text"`` (with an optional ``@lang`` or
    ``^^datatype``) is a literal. Without a graph to look names up in, anything
    else is a plain literal as written (:func:`bind_params` looks it up).

    >>> parse_term("dgid:state-russia")
    rdflib.term.URIRef('https://w3id.org/diplograph/id/state-russia')
    >>> parse_term("3")
    rdflib.term.Literal('3', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))

    Raises:
        QueryError: a malformed IRI, an unknown prefix or an unterminated string.
    """
    term = _syntax(value, namespaces)
    return Literal(value) if term is None else term


def entity_names(graph: Graph) -> NameIndex[URIRef]:
    """Every entity of ``graph`` (see :data:`ENTITY_CLASSES`) by its labels and IRI."""
    entities = sorted({s for cls in ENTITY_CLASSES for s in graph.subjects(RDF.type, cls)}, key=str)
    entries = []
    for node in entities:
        if not isinstance(node, URIRef):
            continue
        labels = sorted(str(o) for o in graph.objects(node, RDFS.label))
        others = sorted(str(o) for o in graph.objects(node, SKOS.altLabel))
        label = labels[0] if labels else str(node)
        entries.append((node, label, [*labels[1:], *others]))
    return NameIndex(entries)


def _resolve(value: str, names: NameIndex[URIRef], namespaces: Mapping[str, str]) -> URIRef:
    def show(node: URIRef) -> str:
        return f"{shorten_iri(str(node), namespaces)} ({names.label(node)})"

    found = names.find(value)
    if len(found) == 1:
        return found[0]
    if found:
        listed = ", ".join(show(node) for node in sorted(found, key=str))
        raise QueryError(
            f"{value!r} names {len(found)} nodes: {listed}; give the IRI of the one you mean"
        )
    close = names.closest(value)
    hint = (
        "close names: " + ", ".join(show(node) for node, _label in close)
        if close
        else "no name is close"
    )
    raise QueryError(
        f"nothing in the graph is named {value!r} ({hint}); give a label, another name"
        f' or an IRI, or quote the value ("{value}") to mean text'
    )


def parse_param(
    text: str,
    namespaces: Mapping[str, str] = PREFIXES,
    *,
    names: NameIndex[URIRef] | None = None,
) -> tuple[str, Identifier]:
    """Split ``name=value`` into a variable name and an RDF term (see :func:`parse_term`).

    With ``names``, a value that is not RDF syntax is looked up as an entity's
    name and binds its IRI.

    >>> parse_param('holder=dgid:state-russia')
    ('holder', rdflib.term.URIRef('https://w3id.org/diplograph/id/state-russia'))

    Raises:
        QueryError: no ``=``, a name that is not a SPARQL variable name, a bad
            value, or (with ``names``) a name that fits no entity or several.
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep:
        raise QueryError(
            f"--param {text!r}: expected name=value, e.g. --param holder=dgid:state-russia"
        )
    if not _VARNAME.match(name):
        raise QueryError(f"--param {text!r}: {name!r} is not a SPARQL variable name")
    try:
        term = _syntax(value, namespaces)
        if term is None:
            term = Literal(value) if names is None else _resolve(value, names, namespaces)
    except QueryError as exc:
        raise QueryError(f"--param {name}: {exc}") from None
    return name, term


def names_needed(texts: Iterable[str], namespaces: Mapping[str, str] = PREFIXES) -> bool:
    """Whether some ``name=value`` has a value to look up as a name (not RDF syntax), so
    that the graph's names need reading (a malformed one is left for :func:`parse_param`).

    >>> names_needed(["holder=dgid:state-russia", "since=2024-01-01"])
    False
    >>> names_needed(["holder=NATO"])
    True
    """
    for text in texts:
        _name, sep, value = text.partition("=")
        try:
            if sep and _syntax(value, namespaces) is None:
                return True
        except QueryError:
            continue
    return False


def bind_params(
    graph: Graph, texts: Iterable[str], namespaces: Mapping[str, str] = PREFIXES
) -> dict[str, Identifier]:
    """Read every ``name=value`` against ``graph``: names bind the IRI of their entity.

    Args:
        graph: the graph the query runs on; its entities' names are looked up.
        texts: the ``--param`` values.
        namespaces: prefixes for ``prefix:local`` values (the query's).

    Raises:
        QueryError: see :func:`parse_param`.
    """
    texts = list(texts)
    if not texts:
        return {}
    index = entity_names(graph) if names_needed(texts, namespaces) else None
    return dict(parse_param(t, namespaces, names=index) for t in texts)
