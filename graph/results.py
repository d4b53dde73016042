"""Query results as plain data, and as text: an aligned table, SPARQL CSV or SPARQL JSON.

The table is for reading: IRIs as ``prefix:local``, literals as plain text, and
long cells wrapped over several lines rather than cut, so a multi-valued cell
(``NATO; United States``) shows every value. Only a cell longer than
:data:`MAX_CELL_LINES` lines is cut, with ``…`` where it stops and a closing
line that says so. CSV and JSON are rdflib's own SPARQL 1.1 result
serializers, and never cut anything.

>>> result = QueryResult("SELECT", ("name",), ((Literal("NATO"),),))
>>> print(to_table(result))
name
----
NATO
(1 row)
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Identifier, Node

from .errors import UnknownComponentError
from .namespace import PREFIXES, XSD

__all__ = [
    "FORMATS",
    "MAX_CELL_LINES",
    "MAX_CELL_WIDTH",
    "QueryResult",
    "format_result",
    "shorten_iri",
    "to_csv",
    "to_json",
    "to_table",
    "write_csv",
]

#: Output formats of :func:`format_result`.
FORMATS = ("table", "csv", "json")
#: Widest table column, in characters; longer cells wrap onto more lines.
MAX_CELL_WIDTH = 60
#: Most lines one table cell takes; a longer cell is cut and ends in an ellipsis.
MAX_CELL_LINES = 10

_NUMERIC = {
    XSD.integer,
    XSD.decimal,
    XSD.double,
    XSD.float,
    XSD.int,
    XSD.long,
    XSD.short,
    XSD.nonNegativeInteger,
    XSD.positiveInteger,
}
_WHOLE = "--format csv or --format json"


@dataclass(frozen=True)
class QueryResult:
    """What a query returned, as plain data.

    Attributes:
        kind: ``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE`` or ``UPDATE``.
        variables: the SELECT columns.
        rows: the SELECT rows; ``None`` for an unbound cell.
        boolean: the ASK answer.
        triples: the CONSTRUCT/DESCRIBE graph.
        size_before: triples before an update (which ran on a copy).
        size_after: triples after it.
        namespaces: prefixes for display.
        warnings: what the query names that cannot match (see :mod:`graph.vocabulary`).
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[Node, Node, Node], ...] = ()
    size_before: int = 0
    size_after: int = 0
    namespaces: Mapping[str, str] = field(default_factory=lambda: dict(PREFIXES))
    warnings: tuple[str, ...] = ()
    #: The SELECT answer as SPARQL CSV text, where a kept answer gave it so (``rows`` empty).
    csv: str | None = None
    #: The SELECT answer as files of SPARQL CSV, open to read, whose bytes one after the
    #: other are the answer, where a kept answer is so (``rows`` empty): written out as
    #: they are (:func:`write_csv`), or read by :func:`to_csv`.
    csv_files: tuple[BinaryIO, ...] = ()


# -- the table ----------------------------------------------------------------

_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?\Z")


def shorten_iri(iri: str, namespaces: Mapping[str, str] = PREFIXES) -> str:
    """``prefix:local`` where a prefix fits, else ``<iri>``.

    >>> shorten_iri("https://w3id.org/diplograph/id/state-russia")
    'dgid:state-russia'
    >>> shorten_iri("http://example.org/a b")
    '<http://example.org/a b>'
    """
    best: str | None = None
    for prefix, ns in namespaces.items():
        if ns and iri.startswith(ns) and _LOCAL.match(iri[len(ns) :]):
            if best is None or len(ns) > len(namespaces[best]):
                best = prefix
    if best is not None:
        return f"{best}:{iri[len(namespaces[best]) :]}"
    return f"<{iri}>"


def _cell(term: Node | None, namespaces: Mapping[str, str]) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return shorten_iri(str(term), namespaces)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _is_number(term: Node | None) -> bool:
    return isinstance(term, Literal) and term.datatype in _NUMERIC


def _wrap(text: str, width: int, max_lines: int) -> tuple[list[str], bool]:
    """The lines a cell takes, and whether it had to be cut.

    A line break in the value starts a new line (one value a line, for a
    ``GROUP_CONCAT`` with ``separator="\\n"``); other white space is collapsed.
    """
    lines: list[str] = []
    for part in text.split("\n"):
        words = " ".join(part.split())
        lines += textwrap.wrap(words, width, break_on_hyphens=False) or [""]
    if len(lines) <= max_lines:
        return lines, False
    lines = lines[:max_lines]
    lines[-1] = lines[-1][: width - 1] + "…"
    return lines, True


def to_table(
    result: QueryResult, *, width: int = MAX_CELL_WIDTH, max_lines: int = MAX_CELL_LINES
) -> str:
    """Aligned columns; a long cell wraps over several lines and hides no value.

    Rows are separated by a blank line once any row takes more than one line.
    The closing line counts the rows, and says when cells were wrapped or cut
    and how to get them whole.
    """
    header = list(result.variables)
    body: list[list[list[str]]] = []
    cut = 0
    for row in result.rows:
        cells = []
        for term in row:
            lines, was_cut = _wrap(_cell(term, result.namespaces), width, max_lines)
            cells.append(lines)
            cut += was_cut
        body.append(cells)
    widths = [
        max([len(h)] + [len(line) for cells in body for line in cells[i]])
        for i, h in enumerate(header)
    ]
    numeric = [
        bool(result.rows) and all(_is_number(row[i]) or row[i] is None for row in result.rows)
        for i in range(len(header))
    ]

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.rjust(w) if num else c.ljust(w)
            for c, w, num in zip(cells, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    tall = any(len(lines) > 1 for cells in body for lines in cells)
    out = [line(header), "  ".join("-" * w for w in widths)]
    for n, cells in enumerate(body):
        if tall and n:
            out.append("")
        height = max((len(lines) for lines in cells), default=1)
        for k in range(height):
            out.append(line([lines[k] if k < len(lines) else "" for lines in cells]))
    count = len(body)
    closing = f"({count} row{'s' if count != 1 else ''}"
    if cut:
        closing += (
            f"; {cut} cell{'s' if cut != 1 else ''} longer than {max_lines} lines cut,"
            f" marked …; {_WHOLE} prints every cell whole"
        )
    elif tall:
        closing += f"; long cells wrapped; {_WHOLE} gives one line per row"
    out.append(closing + ")")
    return "\n".join(out)


# -- CSV and JSON: rdflib's serializers ----------------------------------------


def _rdflib_result(result: QueryResult) -> Result:
    if result.kind == "ASK":
        ask = Result("ASK")
        ask.askAnswer = bool(result.boolean)
        return ask
    select = Result("SELECT")
    variables = [Variable(v) for v in result.variables]
    select.vars = variables
    select.bindings = [
        {
            var: term
            for var, term in zip(variables, row, strict=True)
            if isinstance(term, Identifier)
        }
        for row in result.rows
    ]
    return select


def _serialize(result: QueryResult, fmt: str) -> str:
    data = _rdflib_result(result).serialize(format=fmt)
    assert data is not None  # no destination: rdflib returns the bytes
    return data.decode("utf-8")


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV results: full IRIs, lexical forms, CRLF lines.

    The text rdflib's serializer writes, written here for a SELECT (rdflib's takes
    seconds for tens of thousands of rows: a dictionary and a stream per row), or the
    text a kept answer came as (:attr:`QueryResult.csv`).

    >>> to_csv(QueryResult("SELECT", ("a", "b"), ((URIRef("http://e.org/x"), None),)))
    'a,b\\r\\nhttp://e.org/x,\\r\\n'
    """
    if result.kind != "SELECT":
        return _serialize(result, "csv")
    if result.csv is not None:
        return result.csv
    if result.csv_files:
        return b"".join(_read_closing(handle) for handle in result.csv_files).decode("utf-8")
    text = io.StringIO()
    out = csv.writer(text, delimiter=",")
    out.writerow(result.variables)
    out.writerows([_csv_cell(term) for term in row] for row in result.rows)
    return text.getvalue()


def write_csv(result: QueryResult, out: BinaryIO) -> None:
    """Write :func:`to_csv`'s text to ``out``: a kept answer's files as they are (by the
    kernel where ``out`` is a file: a large corpus's answer is hundreds of megabytes), else
    encoded."""
    if result.kind != "SELECT" or not result.csv_files:
        out.write(to_csv(result).encode("utf-8"))
        return
    try:
        target: int | None = out.fileno()
    except (AttributeError, OSError, io.UnsupportedOperation):  # a buffer in memory
        target = None
    for handle in result.csv_files:
        with handle:
            if target is None:
                shutil.copyfileobj(handle, out, 1 << 20)
            else:
                out.flush()
                _send(handle, target, out)


def _send(handle: BinaryIO, target: int, out: BinaryIO) -> None:
    """Copy the file ``handle`` to the file ``out`` (its descriptor ``target``) by the
    kernel, or here where the kernel refuses (an output opened to append)."""
    size, sent = os.fstat(handle.fileno()).st_size, 0
    while sent < size:
        try:
            done = os.sendfile(target, handle.fileno(), sent, size - sent)
        except OSError:
            if sent:
                raise
            break  # refused from the start: copied here
        if not done:
            break
        sent += done
    if sent < size:
        handle.seek(sent)
        shutil.copyfileobj(handle, out, 1 << 20)


def _read_closing(handle: BinaryIO) -> bytes:
    with handle:
        return handle.read()


def _csv_cell(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON (rdflib's serializer), indented for reading."""
    return json.dumps(json.loads(_serialize(result, "json")), indent=2, ensure_ascii=False)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result as text.

    SELECT: ``table``, ``csv`` or ``json`` (see :func:`to_table`, :func:`to_csv`,
    :func:`to_json`). ASK: ``true``/``false`` (a JSON boolean result in ``json``).
    CONSTRUCT/DESCRIBE: Turtle in every format. UPDATE: the copy's size.
    """
    if fmt not in FORMATS:
        choices = ", ".join(FORMATS)
        raise UnknownComponentError(f"no output format {fmt!r}; choose one of: {choices}")
    if result.kind == "UPDATE":
        return (
            f"update ran on a copy of the graph: {result.size_before} triples before,"
            f" {result.size_after} after; the graph file is unchanged"
        )
    if result.kind == "ASK":
        return to_json(result) if fmt == "json" else ("true" if result.boolean else "false")
    if result.kind in ("CONSTRUCT", "DESCRIBE"):
        g = Graph(bind_namespaces="none")
        for prefix, iri in result.namespaces.items():
            g.bind(prefix, iri)
        for triple in result.triples:
            g.add(triple)
        return g.serialize(format="turtle").rstrip("\n")
    if fmt == "csv":
        return to_csv(result)
    if fmt == "json":
        return to_json(result)
    return to_table(result)
