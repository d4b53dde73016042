"""Read-only SPARQL over a graph: presets, parameters, a time limit, and output formats.

Every query gets the vocabulary's prefixes (:data:`graph.namespace.PREFIXES`) and
the graph's own, so ``dg:``, ``dgid:`` and the rest need no ``PREFIX`` line.

What is refused, checked on the parsed algebra (never on the query text, so the
word ``SERVICE`` inside a string literal is fine):

- ``SERVICE``, ``FROM``/``FROM NAMED``, ``LOAD`` and ``USING``: always; each
  would make rdflib fetch from the network or the file system.
- SPARQL Update (``INSERT``, ``DELETE``, ``CLEAR``, ``DROP``, ``CREATE`` ...):
  unless ``allow_update=True``, and then it runs on a copy of the graph.

Parameters are bound with rdflib's ``initBindings``; their values are RDF terms,
never text pasted into the query.

The time limit: the query runs in a forked child process that is killed when
the limit passes (a Python thread cannot be stopped), so a runaway query really
stops. Where ``fork`` is unavailable the query runs in a daemon thread that the
caller stops waiting for.

>>> from graph.build import new_graph
>>> result = run_query(new_graph(), "ASK { ?s ?p ?o }", timeout=None)
>>> format_result(result, "table")
'false'
"""

from __future__ import annotations

import multiprocessing
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any

from pyparsing import ParseException
from rdflib import Graph, URIRef, Variable
from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query, Update
from rdflib.query import Result
from rdflib.term import Identifier

from .errors import GraphFileError, QueryError, UnknownComponentError
from .namespace import PREFIXES
from .params import bind_params, parse_param, parse_term
from .results import (
    FORMATS,
    MAX_CELL_WIDTH,
    QueryResult,
    format_result,
    shorten_iri,
    to_csv,
    to_json,
    to_table,
)
from .vocabulary import unknown_term_warnings

__all__ = [
    "DEFAULT_TIMEOUT",
    "FORMATS",
    "MAX_CELL_WIDTH",
    "Preset",
    "QueryResult",
    "bind_params",
    "check_query",
    "term_warnings",
    "format_result",
    "get_preset",
    "graph_namespaces",
    "list_presets",
    "load_graph",
    "parse_param",
    "parse_term",
    "query_result",
    "result_payload",
    "run_isolated",
    "run_query",
    "shorten_iri",
    "to_csv",
    "to_json",
    "to_table",
    "values_clause",
]

#: Seconds a query may run before it is stopped.
DEFAULT_TIMEOUT = 30.0
_UPDATE_NAMES = {
    "InsertData": "INSERT DATA",
    "DeleteData": "DELETE DATA",
    "DeleteWhere": "DELETE WHERE",
    "Modify": "INSERT/DELETE ... WHERE",
    "Load": "LOAD",
    "Clear": "CLEAR",
    "Drop": "DROP",
    "Create": "CREATE",
    "Add": "ADD",
    "Move": "MOVE",
    "Copy": "COPY",
}


# -- the graph file -----------------------------------------------------------


def load_graph(path: Path) -> Graph:
    """Read a Turtle graph file, with the vocabulary's prefixes bound.

    Raises:
        GraphFileError: the file is missing, unreadable or not valid Turtle.
    """
    if not path.exists():
        raise GraphFileError(f"{path}: no such graph file; run `diplograph build` first")
    if path.is_dir():
        raise GraphFileError(f"{path}: a folder, not a graph file; give the graph.ttl in it")
    g = Graph(bind_namespaces="none")
    try:
        g.parse(path, format="turtle")
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise GraphFileError(f"{path}: not valid Turtle (not UTF-8 text)") from None
    except Exception as exc:  # rdflib's parsers raise several unrelated types
        raise GraphFileError(f"{path}: not valid Turtle ({_turtle_message(exc)})") from None
    bound = {str(ns) for _, ns in g.namespaces()}
    known = {prefix for prefix, _ in g.namespaces()}
    for prefix, iri in PREFIXES.items():
        if prefix not in known and iri not in bound:
            g.bind(prefix, iri)
    return g


def _turtle_message(exc: Exception) -> str:
    text = str(exc)
    found = re.search(r"at line (\d+) of .*?Bad syntax \((.*?)\) at \^", text, re.S)
    if found:
        return f"line {found.group(1)}: {found.group(2)}"
    return _shorten(" ".join(text.split()), 160)


def graph_namespaces(graph: Graph) -> dict[str, str]:
    """The prefixes a query over ``graph`` gets: the vocabulary's, then the graph's own."""
    namespaces = dict(PREFIXES)
    for prefix, iri in graph.namespaces():
        if prefix and prefix not in ("xml",):
            namespaces[prefix] = str(iri)
    return namespaces


# -- presets ------------------------------------------------------------------


#: A preset's line ``#if ?name: pattern``: a comment, unless ``?name`` is given.
_IF_BOUND = re.compile(r"^([ \t]*)#if \?([A-Za-z_][A-Za-z0-9_]*):(.*)$", re.MULTILINE)


@dataclass(frozen=True)
class Preset:
    """A named SPARQL query shipped in ``graph/queries/NAME.rq``.

    A line ``#if ?name: pattern`` in the query is a comment, so the file is
    plain SPARQL for any tool; when ``--param name=...`` is given,
    :meth:`query_for` makes it ``VALUES (?name) { (term) } pattern``: the
    parameter is bound in that group too (a subquery, a branch of a
    ``UNION``, an ``OPTIONAL``) and the pattern, if any, joins there, so the
    engine starts from the bound term instead of filtering every row at the
    end (Oxigraph neither carries a binding into a subquery nor orders a
    group's joins by a binding made outside it). A preset writes such a line
    only where it leaves the rows unchanged: in its own ``WHERE`` clause, a
    pattern that the ``FILTER`` it keeps for the parameter already requires;
    in a subquery, a branch or an ``OPTIONAL``, one that keeps every row the
    rest of the query can join with.
    """

    name: str
    title: str
    description: str
    sparql: str

    @property
    def narrowed_by(self) -> tuple[str, ...]:
        """The parameters with ``#if ?name:`` lines, in the order they first appear."""
        return tuple(dict.fromkeys(m.group(2) for m in _IF_BOUND.finditer(self.sparql)))

    def query_for(self, bindings: Mapping[str, Identifier]) -> str:
        """The query to run with these parameters: the ``#if`` lines of the bound ones on.

        The terms are written as RDF terms (``<iri>``, ``"text"@en``), as
        :func:`values_clause` writes them, never as the text the user typed.

        >>> preset = Preset("p", "P", "", "SELECT * WHERE {\\n  #if ?who: ?x dg:by ?who .\\n}")
        >>> print(preset.query_for({"who": URIRef("https://e.org/a")}))
        SELECT * WHERE {
          VALUES (?who) { (<https://e.org/a>) } ?x dg:by ?who .
        }
        >>> preset.query_for({}) == preset.sparql
        True
        """

        def line(found: re.Match[str]) -> str:
            indent, name, pattern = found.groups()
            if name not in bindings:
                return found.group(0)
            return indent + values_clause({name: bindings[name]}) + pattern

        return _IF_BOUND.sub(line, self.sparql)

    def query_for_keys(self, names: Sequence[str], keys: Sequence[Sequence[Identifier]]) -> str:
        """The query narrowed to the rows whose variables ``names`` take one of ``keys`` (a
        tuple of terms each): a ``VALUES`` of one row per key first in its ``WHERE`` clause
        and on each ``#if ?name:`` line of the first name.

        >>> preset = Preset("p", "P", "", "SELECT * WHERE {\\n  #if ?x: ?x dg:by ?y .\\n}")
        >>> a, b = URIRef("https://e.org/a"), URIRef("https://e.org/b")
        >>> print(preset.query_for_keys(["x"], [(a,), (b,)]))
        SELECT * WHERE { VALUES (?x) { (<https://e.org/a>) (<https://e.org/b>) }
          VALUES (?x) { (<https://e.org/a>) (<https://e.org/b>) } ?x dg:by ?y .
        }
        """
        rows = " ".join("(" + " ".join(term.n3() for term in key) + ")" for key in keys)
        values = f"VALUES ({' '.join('?' + name for name in names)}) {{ {rows} }}"

        def line(found: re.Match[str]) -> str:
            indent, bound, pattern = found.groups()
            return indent + values + pattern if bound == names[0] else found.group(0)

        text = _IF_BOUND.sub(line, self.sparql)
        where = _WHERE.search(text)
        assert where is not None, "a preset has a WHERE clause"
        return text[: where.end()] + " " + values + text[where.end() :]


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def values_clause(bindings: Mapping[str, Identifier]) -> str:
    """``VALUES (?a ?b) { (term term) }``: one row binding each variable to its RDF term.

    >>> from rdflib import Literal
    >>> values_clause({"p": URIRef("http://e.org/p"), "n": Literal(3)})
    'VALUES (?p ?n) { (<http://e.org/p> "3"^^<http://www.w3.org/2001/XMLSchema#integer>) }'
    """
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(term.n3() for term in bindings.values())
    return f"VALUES ({names}) {{ ({terms}) }}"


def _read_preset(name: str, text: str) -> Preset:
    header: dict[str, str] = {}
    for line in text.splitlines():
        found = re.match(r"#\s*(title|description):\s*(.*)", line)
        if found:
            header[found.group(1)] = found.group(2).strip()
        elif line.strip() and not line.startswith("#"):
            break
    return Preset(name, header.get("title", name), header.get("description", ""), text)


def list_presets() -> list[Preset]:
    """Every preset query, sorted by name."""
    folder = resources.files("graph").joinpath("queries")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found.append(_read_preset(name, entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda p: p.name)


def get_preset(name: str) -> Preset:
    """The preset called ``name``.

    Raises:
        UnknownComponentError: no such preset (the message lists them).
    """
    presets = {p.name: p for p in list_presets()}
    if name not in presets:
        raise UnknownComponentError(
            f"no preset query named {name!r}; choose one of: {', '.join(presets)}"
        )
    return presets[name]


# -- running ------------------------------------------------------------------


def _walk(node: object) -> Iterator[object]:
    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, CompValue):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)


def _parse_error(exc: ParseException) -> QueryError:
    found = f", found {exc.found}" if getattr(exc, "found", "") else ""
    return QueryError(
        f"invalid SPARQL at line {exc.lineno}, column {exc.col}: {_shorten(exc.msg, 120)}{found}"
    )


def _prepare(sparql: str, namespaces: Mapping[str, str]) -> Query | Update:
    try:
        parsed = parseQuery(sparql)
    except ParseException as query_exc:
        try:
            parsed_update = parseUpdate(sparql)
        except ParseException as update_exc:
            best = update_exc if update_exc.loc > query_exc.loc else query_exc
            raise _parse_error(best) from None
        return _translate_update(parsed_update, namespaces)
    try:
        return translateQuery(parsed, initNs=dict(namespaces))
    except Exception as exc:  # translation errors, e.g. an unknown prefix
        raise QueryError(f"invalid SPARQL: {_shorten(str(exc), 160)}") from None


def _translate_update(parsed: Any, namespaces: Mapping[str, str]) -> Update:
    try:
        update = translateUpdate(parsed, initNs=dict(namespaces))
    except Exception as exc:
        raise QueryError(f"invalid SPARQL: {_shorten(str(exc), 160)}") from None
    if not isinstance(update, Update) or not update.algebra:
        raise QueryError("the query is empty; give a SELECT, ASK, CONSTRUCT or DESCRIBE query")
    return update


def _check(prepared: Query | Update, *, allow_update: bool) -> None:
    root = prepared.algebra
    for node in _walk(root):
        if not isinstance(node, CompValue):
            continue
        if node.name == "ServiceGraphPattern":
            raise QueryError(
                "SERVICE is not allowed: it would send the query over the network;"
                " query the local graph only"
            )
        if "datasetClause" in node and node["datasetClause"]:
            raise QueryError(
                "FROM and FROM NAMED are not allowed: rdflib would fetch them;"
                " the query runs over the graph file only"
            )
        if node.name == "Load":
            raise QueryError("LOAD is not allowed: it would fetch data from the network or disk")
        if node.name == "Modify" and "using" in node and node["using"]:
            raise QueryError("USING is not allowed: rdflib would fetch the named graphs")
    if isinstance(prepared, Update):
        if not allow_update:
            kinds = ", ".join(
                dict.fromkeys(_UPDATE_NAMES.get(op.name, op.name) for op in prepared.algebra)
            )
            raise QueryError(
                f"this is a SPARQL Update ({kinds}) and queries are read-only; use"
                " --allow-update to run it on a copy of the graph (the file is never changed)"
            )


def _iris(prepared: Query | Update) -> set[URIRef]:
    return {node for node in _walk(prepared.algebra) if isinstance(node, URIRef)}


def _variables(prepared: Query | Update) -> set[str]:
    root = prepared.algebra
    return {str(node) for node in _walk(root) if isinstance(node, Variable)}


def _execute(
    graph: Graph, prepared: Query | Update, bindings: Mapping[str, Identifier], copy: bool = True
) -> tuple[Any, ...]:
    """Run the query; returns picklable plain data (it may cross a process boundary)."""
    init = dict(bindings)
    if isinstance(prepared, Update):
        before = len(graph)
        if copy:
            target = Graph(bind_namespaces="none")
            for triple in graph:
                target.add(triple)
        else:
            target = graph
        target.update(prepared, initBindings=init)
        return ("UPDATE", before, len(target))
    return result_payload(graph.query(prepared, initBindings=init))


def result_payload(result: Result) -> tuple[Any, ...]:
    """An rdflib query result as plain, picklable data (it may cross a process boundary)."""
    if result.type == "ASK":
        return ("ASK", bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return (result.type, tuple(result.graph))
    variables = tuple(str(v) for v in (result.vars or ()))
    return ("SELECT", variables, tuple(tuple(row) for row in result))  # type: ignore[arg-type]


def _describe(exc: BaseException) -> str:
    name = type(exc).__name__
    return str(exc) if name == "Exception" else f"{name}: {exc}"


def _child(conn: Any, work: Callable[[], tuple[Any, ...]]) -> None:
    try:
        payload: tuple[Any, ...] = ("ok", work())
    except Exception as exc:
        payload = ("error", _describe(exc))
    try:
        conn.send(payload)
    except Exception as exc:  # an unpicklable value
        conn.send(("error", f"the result cannot be returned ({exc})"))
    conn.close()


def _run_forked(work: Callable[[], tuple[Any, ...]], timeout: float) -> tuple[Any, ...]:
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(send, work), daemon=True)
    process.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise _timeout_error(timeout)
        try:
            status, value = receive.recv()
        except EOFError:
            raise QueryError("the query process died before it answered (out of memory?)") from None
    finally:
        receive.close()
        if process.is_alive():
            process.terminate()
            process.join(1)
            if process.is_alive():
                process.kill()
        process.join()
    if status == "error":
        raise QueryError(f"the query failed: {_shorten(value, 200)}")
    return value


def _run_threaded(work: Callable[[], tuple[Any, ...]], timeout: float) -> tuple[Any, ...]:
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["ok"] = work()
        except Exception as exc:
            box["error"] = _describe(exc)

    worker = threading.Thread(target=run, daemon=True, name="diplograph-query")
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise _timeout_error(timeout)
    if "error" in box:
        raise QueryError(f"the query failed: {_shorten(box['error'], 200)}")
    return box["ok"]


def run_isolated(work: Callable[[], tuple[Any, ...]], timeout: float | None) -> tuple[Any, ...]:
    """Run ``work`` (a query returning plain data) and stop it after ``timeout`` seconds.

    It runs in a forked child process that is killed when the time is up (a
    Python thread cannot be stopped), or, where ``fork`` is unavailable, in a
    daemon thread that is abandoned. ``None`` or ``0``: no limit, run here.

    Raises:
        QueryError: ``work`` raised, or the time ran out.
    """
    if not timeout:
        try:
            return work()
        except Exception as exc:
            raise QueryError(f"the query failed: {_shorten(_describe(exc), 200)}") from None
    if "fork" in multiprocessing.get_all_start_methods():
        return _run_forked(work, timeout)
    return _run_threaded(work, timeout)  # pragma: no cover - platforms without fork


def _timeout_error(timeout: float) -> QueryError:
    return QueryError(
        f"the query took longer than the {timeout:g} s timeout and was stopped;"
        " narrow it, or raise --timeout"
    )


def check_query(
    sparql: str,
    namespaces: Mapping[str, str],
    *,
    bindings: Mapping[str, Identifier] | None = None,
    allow_update: bool = False,
) -> Query | Update:
    """Parse ``sparql`` with ``namespaces`` predeclared and apply the rules above.

    Raises:
        QueryError: invalid SPARQL, a refused feature, or a variable in
            ``bindings`` that the query does not have.
    """
    prepared = _prepare(sparql, namespaces)
    _check(prepared, allow_update=allow_update)
    unknown = sorted(set(bindings or {}) - _variables(prepared))
    if unknown:
        raise QueryError(f"the query has no variable {', '.join('?' + n for n in unknown)} to bind")
    return prepared


def run_query(
    graph: Graph,
    sparql: str,
    *,
    bindings: Mapping[str, Identifier] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    allow_update: bool = False,
) -> QueryResult:
    """Run a SPARQL query over ``graph``, read-only and within a time limit.

    Args:
        graph: the graph; never changed.
        sparql: the query; the vocabulary's and the graph's prefixes are predeclared.
        bindings: variable name (without ``?``) to RDF term, bound through
            rdflib's ``initBindings``.
        timeout: seconds before the query is stopped; ``None`` or ``0`` for no limit.
        allow_update: run a SPARQL Update, on a copy of ``graph``.

    Raises:
        QueryError: invalid SPARQL, a refused feature, an unknown variable in
            ``bindings``, a failure while running, or the timeout.
    """
    namespaces = graph_namespaces(graph)
    bindings = dict(bindings or {})
    prepared = check_query(sparql, namespaces, bindings=bindings, allow_update=allow_update)
    payload = run_isolated(partial(_execute, graph, prepared, bindings), timeout)
    return query_result(payload, namespaces, term_warnings(prepared, graph, namespaces))


def term_warnings(
    prepared: Query | Update, graph: Graph | None, namespaces: Mapping[str, str]
) -> tuple[str, ...]:
    """Terms the query names that no vocabulary has (and ``graph``, if given, never uses):
    they match nothing, so say so, with the closest real ones."""
    return tuple(unknown_term_warnings(_iris(prepared), graph, namespaces))


def query_result(
    payload: tuple[Any, ...], namespaces: Mapping[str, str], warnings: tuple[str, ...] = ()
) -> QueryResult:
    """A :class:`QueryResult` from the plain data :func:`run_isolated` carried back."""
    kind = payload[0]
    common: dict[str, Any] = {"namespaces": namespaces, "warnings": warnings}
    if kind == "UPDATE":
        return QueryResult(kind, size_before=payload[1], size_after=payload[2], **common)
    if kind == "ASK":
        return QueryResult(kind, boolean=payload[1], **common)
    if kind in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(kind, triples=payload[1], **common)
    return QueryResult(kind, variables=payload[1], rows=payload[2], **common)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
