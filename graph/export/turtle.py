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

import bisect
import mmap
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..namespace import PREFIXES, RDF, RDFS, XSD
from ..store.oxigraph import Light, LightTriple, light_of

__all__ = [
    "Current",
    "Edit",
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
        names = "|".join(map(re.escape, prefixes))
        iri = rf"(?:<[^%>\s]*>|(?:{names}):{_SAFE_LOCAL.pattern})"
        #: A line of objects that are all IRIs, as :func:`turtle_iri` writes them with these
        #: prefixes (and no percent sign, which may stand for an encoded character).
        self.iris_only = re.compile(rf"{iri}(?:, {iri})*")

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
    yield _header(_longest_first({**PREFIXES, **prefixes}))
    yield from turtle_blocks(subjects, prefixes)


def turtle_blocks(
    subjects: Iterable[tuple[Light, Iterable[LightTriple]]],
    prefixes: dict[str, str],
    *,
    first: bool = True,
) -> Iterator[str]:
    """The statements of :func:`turtle_chunks` without the header: each subject's block,
    a blank line between them (and before the first, unless it is the ``first`` of the
    file), so that the blocks of consecutive runs of subjects, joined, are those of all."""
    term = _Terms(_longest_first({**PREFIXES, **prefixes}))
    for index, (subject, triples) in enumerate(subjects):
        yield ("\n" if index or not first else "") + _block(subject, triples, term)


# -- patching a file written before -----------------------------------------------------


class Unpatchable(Exception):
    """The old file is not one this writer wrote with these prefixes: write it whole."""


@dataclass(frozen=True)
class Edit:
    """What may have changed in one subject's statement, so that it is edited in place.

    Attributes:
        redone: the predicates whose lines are written again from the graph now.
        spliced: IRI objects by predicate, each put in its line or left out of it as the
            graph now holds it; the rest of the line is kept as it was.
    """

    redone: frozenset[str] = frozenset()
    spliced: Mapping[str, frozenset[str]] = field(default_factory=dict)


class Current(Protocol):
    """The graph as it is now, as :func:`patch_turtle` reads it."""

    def triples(
        self, subjects: Sequence[str], predicates: Collection[str] | None = None
    ) -> Iterator[tuple[str, list[LightTriple]]]:
        """Each subject with its triples now (of ``predicates`` only, if given), in the
        given order, as :func:`turtle_chunks` takes them."""
        ...

    def holds(self, triples: Collection[tuple[str, str, str]]) -> Set[tuple[str, str, str]]:
        """Those of ``triples`` (IRIs only) the graph holds now."""
        ...


def _declared(header: str) -> dict[str, str]:
    """The prefixes a header declares, by name."""
    prefixes = {}
    for line in header.splitlines():
        if line.startswith("@prefix "):
            name, iri = line[len("@prefix ") :].split(": ", 1)
            prefixes[name] = iri.strip(" .")[1:-1]
    return prefixes


def _iri_of(term: str, prefixes: dict[str, str]) -> str | None:
    """The IRI a term written by :func:`turtle_iri` names (``None``: not an IRI, or one
    whose percent signs may stand for encoded characters)."""
    if term.startswith("<"):
        return term[1:-1] if term.endswith(">") and "%" not in term else None
    name, sep, local = term.partition(":")
    namespace = prefixes.get(name) if sep else None
    return None if namespace is None else namespace + local


def _subject(statement: str, prefixes: dict[str, str]) -> str:
    term = statement[: statement.find("\n")] if "\n" in statement else statement
    iri = _iri_of(term, prefixes)
    if iri is None:
        raise Unpatchable(f"cannot read the subject {term!r}")
    return iri


def _lines(statement: str, prefixes: dict[str, str]) -> dict[str, str] | None:
    """The objects of each predicate of a statement :func:`_block` wrote, as written, by
    predicate IRI (``None``: a line this writer does not write)."""
    lines: dict[str, str] = {}
    for row in statement.rstrip("\n").split("\n")[1:]:
        if not row.startswith("    ") or row[-2:] not in (" ;", " ."):
            return None
        verb, _, objects = row[4:-2].partition(" ")
        predicate = _TYPE if verb == "a" else _iri_of(verb, prefixes)
        if predicate is None or not objects:
            return None
        lines[predicate] = objects
    return lines


def _spliced(line: str, objects: Mapping[str, bool], term: _Terms) -> str | None:
    """A line of IRI objects (as written, sorted) with ``objects`` put in (``True``) or left
    out, in order (``""``: none is left; ``None``: the line holds other terms than IRIs).
    Each is found by bisection: a line of thousands costs a few lookups."""
    if line and not term.iris_only.fullmatch(line):
        return None
    tokens = line.split(", ") if line else []

    def iri_of(token: str) -> str:
        return _iri_of(token, term.prefixes) or ""

    for iri, held in sorted(objects.items()):
        at = bisect.bisect_left(tokens, iri, key=iri_of)
        there = at < len(tokens) and iri_of(tokens[at]) == iri
        if held and not there:
            tokens.insert(at, term(iri))
        elif there and not held:
            del tokens[at]
    return ", ".join(tokens)


def _edited(
    subject: str,
    statement: str,
    edit: Edit,
    held: Set[tuple[str, str, str]],
    redone: Iterable[LightTriple],
    term: _Terms,
) -> str | None:
    """``subject``'s ``statement`` (as :func:`_block` wrote it) with ``edit`` made, given
    the triples of ``edit`` that the graph now holds (``held``) and its triples now of the
    predicates redone (``redone``): the same text as :func:`_block` of the subject now
    (``""``: it has no triple left), or ``None`` where it cannot be edited."""
    lines = _lines(statement, term.prefixes)
    if lines is None:
        return None
    objects: dict[str, set[Light]] = {}
    for _, predicate, obj in redone:
        objects.setdefault(predicate, set()).add(obj)
    for predicate in edit.redone:
        lines.pop(predicate, None)
        if predicate in objects:
            lines[predicate] = ", ".join(map(term, sorted(objects[predicate], key=_object_key)))
    for predicate, iris in edit.spliced.items():
        toggled = {iri: (subject, predicate, iri) in held for iri in iris}
        line = _spliced(lines.pop(predicate, ""), toggled, term)
        if line is None:
            return None
        if line:
            lines[predicate] = line
    if not lines:
        return ""
    order = sorted(lines, key=lambda p: (_PREDICATE_FIRST.get(p, 2), p))
    body = " ;\n".join(f"    {'a' if p == _TYPE else term(p)} {lines[p]}" for p in order)
    return statement[: statement.find("\n")] + "\n" + body + " .\n"


#: Bytes of the first step when looking for a statement (see :meth:`_Statements.find`).
_GALLOP = 4096


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
        starts (:attr:`end`: none): bounded by steps doubling from ``low`` (the subjects
        looked for come in order, often near each other), then found by bisection."""
        high = self.end
        step = _GALLOP
        while low + step < high:
            start = self.start_at(low + step)
            if start < high and self.subject(start) < iri:
                low, step = start + 1, step * 2
            else:
                high = low + step
        while low < high:
            middle = (low + high) // 2
            start = self.start_at(middle)
            if start < high and self.subject(start) < iri:
                low = start + 1
            else:
                high = middle
        return self.start_at(low)

    def span(self, iri: str, low: int) -> tuple[int, int]:
        """Where the statement of ``iri`` starts and where the next one does, searching
        from ``low`` on (twice the same offset: there is none, it would go there)."""
        found = self.find(iri, low)
        if found < self.end and self.subject(found) == iri:
            return found, self.start_at(found + 1)
        return found, found

    def statement(self, start: int, end: int) -> str:
        """The statement from ``start`` to ``end``, without the blank line after it."""
        return self.text[start : end - 1 if end < self.end else end].decode("utf-8")


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


#: Touched subjects redone together (their triples read from the graph in one go).
_WINDOW = 400


def patch_turtle(
    old: Path,
    touched: Iterable[tuple[str, Edit | None]],
    current: Current,
    prefixes: dict[str, str],
) -> Callable[[BinaryIO], None]:
    """A writer of the canonical Turtle file that is ``old`` with the statements of the
    ``touched`` subjects redone.

    A file of canonical Turtle is one statement per subject, sorted by the
    subject's IRI, separated by blank lines (a literal never spans lines). When
    a few subjects changed, the new file is the old one with their statements
    redone (each touched subject, sorted, with an :class:`Edit` of what may have
    changed in it, or ``None``), found in the old file by bisection, and the bytes
    between them copied as they are: the same bytes as :func:`turtle_chunks` of the
    whole graph, for the cost of copying the file. A statement is edited in place
    where it can be, so that a subject named by thousands of documents costs what
    changed in it; else (no edit, no old statement, a spliced line of other terms)
    it is written again from all its triples in ``current``.

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
                statements = _Statements(text, len(head), _declared(header))
                _patch(statements, touched, current, term, out)

    return write


def _windows(items: Iterable[tuple[str, Edit | None]]) -> Iterator[list[tuple[str, Edit | None]]]:
    window: list[tuple[str, Edit | None]] = []
    for item in items:
        window.append(item)
        if len(window) >= _WINDOW:
            yield window
            window = []
    if window:
        yield window


def _patch(
    old: _Statements,
    touched: Iterable[tuple[str, Edit | None]],
    current: Current,
    term: _Terms,
    out: BinaryIO,
) -> None:
    """Copy ``old``'s statements to ``out``, those of ``touched`` redone in their place."""
    joined = _Joined(out)
    with memoryview(old.text) as view:

        def copy(start: int, end: int) -> None:
            """The statements from ``start`` to ``end``, without the blank line after them."""
            joined.write(view[start : end - 1 if end < old.end else end])

        copied = old.first  # everything before this is written
        for window in _windows(touched):
            spans: list[tuple[int, int]] = []
            for subject, _ in window:
                spans.append(old.span(subject, spans[-1][1] if spans else copied))
            redone = _redone(old, window, spans, current, term)
            for (subject, _), (start, end) in zip(window, spans, strict=True):
                copy(copied, start)
                joined.write(redone[subject].encode("utf-8"))
                copied = end
        copy(copied, old.end)


def _redone(
    old: _Statements,
    window: list[tuple[str, Edit | None]],
    spans: list[tuple[int, int]],
    current: Current,
    term: _Terms,
) -> dict[str, str]:
    """The statement now of each subject in ``window`` (``""``: none), whose old ones are
    at ``spans``: edited where it can be, else written again from all its triples."""
    statements = {
        subject: old.statement(start, end)
        for (subject, edit), (start, end) in zip(window, spans, strict=True)
        if edit is not None and end > start
    }
    edits = {
        subject: edit for subject, edit in window if edit is not None and subject in statements
    }
    wanted = {
        (subject, predicate, iri)
        for subject, edit in edits.items()
        for predicate, iris in edit.spliced.items()
        for iri in iris
    }
    held = current.holds(wanted) if wanted else set()
    predicates = {p for edit in edits.values() for p in edit.redone}
    reading = [subject for subject, edit in edits.items() if edit.redone]
    now = dict(current.triples(reading, predicates)) if reading else {}
    redone: dict[str, str] = {}
    for subject, edit in edits.items():
        triples = [t for t in now.get(subject, ()) if t[1] in edit.redone]
        text = _edited(subject, statements[subject], edit, held, triples, term)
        if text is not None:
            redone[subject] = text
    whole = [subject for subject, _ in window if subject not in redone]
    for subject, triples in current.triples(whole):
        redone[subject] = _block(subject, triples, term) if triples else ""
    return redone
