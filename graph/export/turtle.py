"""Turtle output: canonical, always parseable, byte-identical for identical input.

rdflib's own Turtle writer round-trips most text, but it writes control
characters (NUL, ESC, DEL ...) raw into the file and picks its layout by
heuristics. This writer is small and canonical instead:

- the vocabulary's prefixes first, in the order of :data:`graph.namespace.PREFIXES`,
  then any other prefix bound in the graph, by name;
- subjects sorted by IRI; for each, ``a`` (``rdf:type``) first, then
  ``rdfs:label``, then the other predicates by IRI; objects sorted;
- every literal on one line in ``"..."`` with the escapes of the Turtle
  grammar (``\\"``, ``\\\\``, ``\\n``, ``\\r``, ``\\t``, ``\\b``, ``\\f``) and
  ``\\uXXXX`` for every other control character, so the file holds no control
  character but newlines between statements;
- an IRI is written as a prefixed name only when its local part is plainly
  safe, otherwise in full; characters an IRI may not hold (space, ``<>"{}|^`\\``,
  controls) are percent-encoded so the file always parses.

Blank nodes are written with labels derived from their ids; the graphs this
project builds hold none, which is what makes the output reproducible.
"""

from __future__ import annotations

import mmap
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..namespace import PREFIXES, RDF, RDFS, XSD
from ..store.oxigraph import Light, LightTriple, light_of

__all__ = [
    "Unpatchable",
    "patch_turtle",
    "to_turtle",
    "turtle_chunks",
    "turtle_iri",
    "turtle_literal",
]

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
#: Characters a literal never holds raw: the grammar's specials, every C0 and C1
#: control, DEL, line/paragraph separators, non-characters and lone surrogates.
_LITERAL_SPECIAL = re.compile('["\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]')
#: Characters IRIREF forbids (Turtle grammar, production [18]).
_IRI_FORBIDDEN = re.compile('[\x00-\x20<>"{}|^`\\\\\x7f-\x9f\ud800-\udfff]')
#: A local name safe to write after a prefix (a conservative subset of PN_LOCAL).
_SAFE_LOCAL = re.compile(r"(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_TYPE = str(RDF.type)
_PREDICATE_FIRST: dict[str, int] = {_TYPE: 0, str(RDFS.label): 1}
_XSD_INTEGER = str(XSD.integer)
_XSD_BOOLEAN = str(XSD.boolean)


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def _percent_encode(match: re.Match[str]) -> str:
    return "".join(f"%{b:02X}" for b in match.group().encode("utf-8", "surrogatepass"))


def turtle_literal(value: Literal, prefixes: dict[str, str] | None = None) -> str:
    """One literal in Turtle syntax.

    >>> turtle_literal(Literal('say "hi"\\x00'))
    '"say \\\\"hi\\\\"\\\\u0000"'
    >>> turtle_literal(Literal(3))
    '3'
    """
    datatype = "" if value.datatype is None else str(value.datatype)
    return _literal(str(value), datatype, value.language or "", prefixes)


def _literal(
    lexical: str, datatype: str, language: str, prefixes: dict[str, str] | None = None
) -> str:
    """A literal in Turtle syntax from its parts (``datatype`` ``""``: a plain literal)."""
    if datatype == _XSD_INTEGER and _INTEGER.fullmatch(lexical):
        return lexical
    if datatype == _XSD_BOOLEAN and lexical in ("true", "false"):
        return lexical
    text = '"' + _LITERAL_SPECIAL.sub(_escape_char, lexical) + '"'
    if language:
        return f"{text}@{language}"
    if datatype:
        return f"{text}^^{turtle_iri(URIRef(datatype), prefixes)}"
    return text


def turtle_iri(iri: URIRef, prefixes: dict[str, str] | None = None) -> str:
    """One IRI in Turtle syntax: a prefixed name where safe, else ``<...>``.

    >>> turtle_iri(URIRef("https://example.org/a b"))
    '<https://example.org/a%20b>'
    """
    text = str(iri)
    for prefix, namespace in (prefixes or {}).items():
        if text.startswith(namespace) and _SAFE_LOCAL.fullmatch(local := text[len(namespace) :]):
            return f"{prefix}:{local}"
    return "<" + _IRI_FORBIDDEN.sub(_percent_encode, text) + ">"


def _bnode(label: str) -> str:
    return "_:b" + re.sub(r"[^A-Za-z0-9_]", "_", label)


def _object_key(term: Light) -> tuple[int, str, str, str]:
    """Objects sort IRIs first, then blank nodes, then literals (by form, datatype, language)."""
    if isinstance(term, str):
        return (0, term, "", "")
    if term is None or len(term) == 2:
        return (1, term[1] if term else "", "", "")
    lexical, datatype, language = term
    return (2, lexical, "" if language else datatype, language)


def _light(triples: Iterable[tuple[Node, Node, Node]]) -> list[LightTriple]:
    """rdflib triples as :data:`LightTriple` s."""
    out: list[LightTriple] = []
    for s, p, o in triples:
        subject, predicate, obj = light_of(s), light_of(p), light_of(o)
        if subject is None or not isinstance(predicate, str) or obj is None:
            raise TypeError(f"cannot write {(s, p, o)!r} in Turtle")  # pragma: no cover
        out.append((subject, predicate, obj))
    return out


def _iris(g: Graph) -> set[str]:
    iris: set[str] = set()
    for triple in g:
        for node in triple:
            if isinstance(node, URIRef):
                iris.add(str(node))
            elif isinstance(node, Literal) and node.datatype is not None:
                iris.add(str(node.datatype))
    return iris


def _prefixes(g: Graph) -> dict[str, str]:
    """The vocabulary's prefixes (the graph's binding wins, e.g. ``dgid`` under ``--base``),
    plus any other prefix bound in the graph and used by one of its IRIs."""
    bound = {str(p): str(ns) for p, ns in g.namespaces()}
    prefixes = {p: bound.get(p, ns) for p, ns in PREFIXES.items()}
    extra = {
        p: ns
        for p, ns in bound.items()
        if p not in prefixes
        and ns not in prefixes.values()
        and re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", p)
    }
    if extra:
        iris = _iris(g)
        used = {p for p, ns in extra.items() if any(i.startswith(ns) for i in iris)}
        prefixes.update((p, extra[p]) for p in sorted(used))
    return _longest_first(prefixes)


class _Terms:
    """Writes :data:`~graph.store.oxigraph.Light` terms with ``prefixes``; each IRI is
    written once and remembered (IRIs repeat: classes, predicates, the actors every
    document names)."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefixes = prefixes
        self._iris: dict[str, str] = {}

    def __call__(self, term: Light) -> str:
        if isinstance(term, str):
            text = self._iris.get(term)
            if text is None:
                if len(self._iris) > 200_000:
                    self._iris.clear()
                text = self._iris[term] = turtle_iri(URIRef(term), self.prefixes)
            return text
        if term is None or len(term) == 2:
            return _bnode(term[1] if term else "")
        return _literal(*term, self.prefixes)


def _block(subject: Light, triples: Iterable[LightTriple], term: _Terms) -> str:
    """One subject's statement: ``a`` first, then ``rdfs:label``, then predicates by IRI."""
    objects: dict[str, set[Light]] = {}
    for _, predicate, obj in triples:
        objects.setdefault(predicate, set()).add(obj)
    lines = []
    for predicate in sorted(objects, key=lambda p: (_PREDICATE_FIRST.get(p, 2), p)):
        verb = "a" if predicate == _TYPE else term(predicate)
        terms = sorted(objects[predicate], key=_object_key)
        lines.append(f"    {verb} " + ", ".join(map(term, terms)))
    return term(subject) + "\n" + " ;\n".join(lines) + " .\n"


def _statements(g: Graph, prefixes: dict[str, str]) -> Iterable[str]:
    subjects = sorted(set(g.subjects()), key=lambda n: (isinstance(n, BNode), str(n)))
    term = _Terms(prefixes)
    for subject in subjects:
        yield _block(light_of(subject), _light(g.triples((subject, None, None))), term)


def _header(prefixes: dict[str, str]) -> str:
    names = [*PREFIXES, *sorted(p for p in prefixes if p not in PREFIXES)]
    return "\n".join(f"@prefix {p}: {turtle_iri(URIRef(prefixes[p]))} ." for p in names) + "\n\n"


def _longest_first(prefixes: dict[str, str]) -> dict[str, str]:
    """Longest namespace first, so an IRI takes the most specific prefix."""
    return dict(sorted(prefixes.items(), key=lambda item: (-len(item[1]), item[0])))


def to_turtle(g: Graph) -> str:
    """Serialise ``g`` as canonical Turtle with the vocabulary's prefixes.

    The same graph always gives the same string, and the string always parses
    back to an isomorphic graph (IRIs with forbidden characters excepted: they
    come back percent-encoded).

    >>> from graph.build import new_graph
    >>> to_turtle(new_graph()).splitlines()[0]
    '@prefix dg: <https://w3id.org/diplograph/ns#> .'
    """
    prefixes = _prefixes(g)
    return _header(prefixes) + "\n".join(_statements(g, prefixes))


def turtle_chunks(
    subjects: Iterable[tuple[Light, Iterable[LightTriple]]], prefixes: dict[str, str]
) -> Iterator[str]:
    """The same canonical Turtle as :func:`to_turtle`, in pieces, from subjects given in order.

    For graphs too large to hold: ``subjects`` yields each subject (sorted by
    IRI) with all its triples, as :data:`~graph.store.oxigraph.Light` data (what
    a store reads cheaply; a plain literal has the datatype ``""``), and
    ``prefixes`` are the vocabulary's (with ``dgid`` set to the build's base).
    Joined, the pieces equal ``to_turtle`` of the same graph.
    """
    prefixes = _longest_first({**PREFIXES, **prefixes})
    yield _header(prefixes)
    term = _Terms(prefixes)
    for index, (subject, triples) in enumerate(subjects):
        yield ("\n" if index else "") + _block(subject, triples, term)


# -- patching a file written before -----------------------------------------------------


class Unpatchable(Exception):
    """The old file is not one this writer wrote with these prefixes: write it whole."""


def _declared(header: str) -> dict[str, str]:
    """The prefixes a header declares, by name."""
    prefixes = {}
    for line in header.splitlines():
        if line.startswith("@prefix "):
            name, iri = line[len("@prefix ") :].split(": ", 1)
            prefixes[name] = iri.strip(" .")[1:-1]
    return prefixes


def _subject(statement: str, prefixes: dict[str, str]) -> str:
    term = statement[: statement.find("\n")] if "\n" in statement else statement
    if term.startswith("<") and term.endswith(">") and "%" not in term:
        return term[1:-1]
    name, sep, local = term.partition(":")
    if sep and name in prefixes and not term.startswith("<"):
        return prefixes[name] + local
    raise Unpatchable(f"cannot read the subject {term!r}")


class _Statements:
    """The statements of a canonical Turtle file in memory (mapped, not read), found by
    bisection: each starts after a blank line, and they are sorted by subject IRI."""

    def __init__(self, text: mmap.mmap, first: int, prefixes: dict[str, str]) -> None:
        self.text = text
        self.first = first
        self.end = len(text)
        self.prefixes = prefixes

    def start_at(self, offset: int) -> int:
        """Where the first statement at or after ``offset`` starts (:attr:`end`: none)."""
        if offset <= self.first:
            return self.first
        found = self.text.find(b"\n\n", offset - 2)
        return self.end if found < 0 else found + 2

    def subject(self, start: int) -> str:
        """The subject IRI of the statement at ``start``."""
        line = self.text[start : self.text.find(b"\n", start)]
        return _subject(line.decode("utf-8"), self.prefixes)

    def find(self, iri: str, low: int) -> int:
        """Where the first statement from ``low`` on whose subject is not before ``iri``
        starts (:attr:`end`: none)."""
        high = self.end
        while low < high:
            middle = (low + high) // 2
            start = self.start_at(middle)
            if start < high and self.subject(start) < iri:
                low = start + 1
            else:
                high = middle
        return self.start_at(low)


class _Joined:
    """Writes pieces of a file's statements (one statement or several, each ending in a
    newline), joined by a newline: the blank line between two statements."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.started = False

    def write(self, piece: bytes | memoryview) -> None:
        if len(piece):
            self.out.write(b"\n" if self.started else b"")
            self.out.write(piece)
            self.started = True


def patch_turtle(
    old: Path,
    subjects: Iterable[tuple[Light, Iterable[LightTriple]]],
    prefixes: dict[str, str],
) -> Callable[[BinaryIO], None]:
    """A writer of the canonical Turtle file that is ``old`` with ``subjects`` redone.

    A file of canonical Turtle is one statement per subject, sorted by the
    subject's IRI, separated by blank lines (a literal never spans lines). When
    a few subjects changed, the new file is the old one with their statements
    written again from ``subjects`` (each touched subject, sorted, with all its
    triples now, as :func:`turtle_chunks` takes them: none when it is gone), found
    in the old file by bisection, and the bytes between them copied as they are:
    the same bytes as
    :func:`turtle_chunks` of the whole graph, for the cost of copying the file.

    Raises:
        Unpatchable: (from the writer) ``old`` was not written with these prefixes; what
            the writer wrote is to be thrown away and the file written whole.
    """
    prefixes = _longest_first({**PREFIXES, **prefixes})
    header = _header(prefixes)
    term = _Terms(prefixes)

    def write(out: BinaryIO) -> None:
        head = header.encode("utf-8")
        with old.open("rb") as handle:
            if handle.read(len(head)) != head:
                raise Unpatchable(f"{old} does not start with the expected prefixes")
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as text:
                out.write(head)
                _patch(_Statements(text, len(head), _declared(header)), subjects, term, out)

    return write


def _patch(
    old: _Statements,
    subjects: Iterable[tuple[Light, Iterable[LightTriple]]],
    term: _Terms,
    out: BinaryIO,
) -> None:
    """Copy ``old``'s statements to ``out``, each of ``subjects`` redone in its place."""
    joined = _Joined(out)
    with memoryview(old.text) as view:

        def copy(start: int, end: int) -> None:
            """The statements from ``start`` to ``end``, without the blank line after them."""
            joined.write(view[start : end - 1 if end < old.end else end])

        copied = old.first  # everything before this is written
        for subject, triples in subjects:
            found = old.find(str(subject), copied)
            copy(copied, found)
            if found < old.end and old.subject(found) == str(subject):
                found = old.start_at(found + 1)  # the old statement is left out
            copied = found
            now = list(triples)
            if now:
                joined.write(_block(subject, now, term).encode("utf-8"))
        copy(copied, old.end)
