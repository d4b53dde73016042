"""``diplograph query``: SPARQL over the built graph, read-only, with presets."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import QueryError
from ..query import (
    DEFAULT_TIMEOUT,
    FORMATS,
    bind_params,
    format_result,
    get_preset,
    graph_namespaces,
    list_presets,
    load_graph,
    run_query,
)
from .common import graph_option

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
@graph_option
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
    " the graph file is never changed.",
)
def query(
    sparql: str | None,
    query_file: str | None,
    preset: str | None,
    list_only: bool,
    graph_path: Path,
    fmt: str,
    params: tuple[str, ...],
    timeout: float,
    allow_update: bool,
) -> int:
    """Run SPARQL over the graph (read-only; every dg:, dgid:, rdfs: ... prefix predeclared).

    Give the query as SPARQL text ('-' reads stdin), with --file, or as a
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
    """
    if list_only:
        if sparql or query_file or preset:
            raise click.UsageError("--list takes no query")
        click.echo(_presets_listing())
        return 0
    given = [x for x in (sparql, query_file, preset) if x is not None]
    if len(given) != 1:
        raise click.UsageError("give one query: SPARQL text, --file FILE or --preset NAME")
    if preset is not None:
        text = get_preset(preset).sparql
    elif query_file is not None:
        text = _read_query_file(query_file)
    else:
        assert sparql is not None
        text = sys.stdin.read() if sparql == "-" else sparql
    graph = load_graph(graph_path)
    bindings = bind_params(graph, params, graph_namespaces(graph))
    result = run_query(
        graph, text, bindings=bindings, timeout=timeout or None, allow_update=allow_update
    )
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)
    output = format_result(result, fmt)
    click.echo(output, nl=not output.endswith("\n"))
    return 0
