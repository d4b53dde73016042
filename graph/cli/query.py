"""``diplograph query``: SPARQL over the built graph, read-only, with presets."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import QueryError
from ..params import names_needed
from ..query import (
    DEFAULT_TIMEOUT,
    FORMATS,
    bind_params,
    format_result,
    get_preset,
    graph_namespaces,
    list_presets,
    load_graph,
    parse_param,
    run_query,
)
from ..results import write_csv
from ..store.sparql import query_preset, query_store, store_names, store_namespaces

__all__ = ["query"]


def _read_query_file(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"{path}: no such query file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read the query file ({exc})") from None


def _presets_listing() -> str:
    presets = list_presets()
    width = max(len(p.name) for p in presets)
    lines = []
    for p in presets:
        lines.append(f"{p.name:<{width}}  {p.title}")
        lines.append(f"{'':<{width}}  {p.description}")
    return "\n".join(lines)


@click.command()
@click.argument("sparql", required=False)
@click.option(
    "--file", "-f", "query_file", metavar="FILE", help="Read the query from FILE ('-' for stdin)."
)
@click.option("--preset", "-p", metavar="NAME", help="Run a preset query (see --list).")
@click.option("--list", "list_only", is_flag=True, help="List the preset queries and exit.")
@click.option(
    "--store",
    "store_location",
    metavar="DIR|URL",
    default=None,
    help="Query this store: a folder built by `diplograph build`, or a SPARQL endpoint's"
    " URL.  [default: output/store]",
)
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Query this Turtle file instead of a store.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="Output for SELECT: aligned table (long cells wrapped), SPARQL CSV, or SPARQL JSON"
    " results (every cell whole, for scripts and spreadsheets).",
)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind ?NAME to an RDF term: <iri>, prefix:local, a number, true/false,"
    ' "quoted text"; anything else is a name (label or alias) and binds that'
    " entity's IRI. Repeatable.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Stop the query after this many seconds (0: no limit).",
)
@click.option(
    "--allow-update",
    is_flag=True,
    help="Run a SPARQL Update on a copy of the graph and print its size;"
    " the graph file or store is never changed.",
)
def query(
    sparql: str | None,
    query_file: str | None,
    preset: str | None,
    list_only: bool,
    store_location: str | None,
    graph_path: Path | None,
    fmt: str,
    params: tuple[str, ...],
    timeout: float,
    allow_update: bool,
) -> int:
    """Run SPARQL over the store, or a Turtle file (read-only; dg:, dgid:, rdfs: ... predeclared).

    Queries run on the store `diplograph build` keeps (output/store, or --store
    DIR for another folder, --store URL for a SPARQL endpoint), in its own
    engine, without reading the graph into memory; --graph FILE queries a
    Turtle file instead. Give the query as SPARQL text ('-' reads stdin), with --file, or as a
    --preset name. SELECT results print as a table (IRIs as prefix:local, long
    cells wrapped so every value shows; a cell over 10 lines is cut and marked
    with an ellipsis), as SPARQL 1.1 CSV, or as SPARQL 1.1 JSON results (both
    whole); ASK prints true or false; CONSTRUCT and DESCRIBE print Turtle.
    A term the vocabulary lacks (dg:Country) gets a warning naming the
    closest real terms. SERVICE, FROM and LOAD are always refused; updates
    unless --allow-update.

    \b
    Example:
      diplograph query --list
      diplograph query --preset proposals
      diplograph query --preset stances --param holder=NATO
      diplograph query --preset stances --param holder=dgid:state-russia --format csv
      diplograph query 'SELECT ?name WHERE { ?s a dg:State ; rdfs:label ?name }'
      diplograph query --graph output/graph.ttl --preset actors
    """
    if list_only:
        if sparql or query_file or preset:
            raise click.UsageError("--list takes no query")
        click.echo(_presets_listing())
        return 0
    given = [x for x in (sparql, query_file, preset) if x is not None]
    if len(given) != 1:
        raise click.UsageError("give one query: SPARQL text, --file FILE or --preset NAME")
    chosen = get_preset(preset) if preset is not None else None
    if chosen is not None:
        text = chosen.sparql
    elif query_file is not None:
        text = _read_query_file(query_file)
    else:
        assert sparql is not None
        text = sys.stdin.read() if sparql == "-" else sparql
    if graph_path is not None and store_location is not None:
        raise click.UsageError("give --store or --graph, not both")
    if graph_path is not None:
        graph = load_graph(graph_path)
        bindings = bind_params(graph, params, graph_namespaces(graph))
        if chosen is not None:  # its "#if ?name:" lines narrow it to the parameters given
            text = chosen.query_for(bindings)
        result = run_query(
            graph, text, bindings=bindings, timeout=timeout or None, allow_update=allow_update
        )
    else:
        location = store_location or "output/store"
        namespaces = store_namespaces(location)
        names = store_names(location) if names_needed(params, namespaces) else None
        bindings = dict(parse_param(p, namespaces, names=names) for p in params)
        if chosen is not None:  # the answer the store keeps, else the query (narrowed)
            result = query_preset(
                location,
                chosen,
                bindings=bindings,
                timeout=timeout or None,
                namespaces=namespaces,
                as_csv=fmt == "csv",
            )
        else:
            result = query_store(
                location,
                text,
                bindings=bindings,
                timeout=timeout or None,
                allow_update=allow_update,
                namespaces=namespaces,
            )
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)
    if fmt == "csv" and result.kind == "SELECT":  # data, written as it is
        sys.stdout.flush()
        write_csv(result, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return 0
    output = format_result(result, fmt)
    # (CSV and JSON are data, written as they are: no search for terminal colours in them.)
    click.echo(output, nl=not output.endswith("\n"), color=True if fmt != "table" else None)
    return 0
