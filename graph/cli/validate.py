"""``diplograph validate``: check a graph against the contract (SHACL and evidence offsets)."""

from __future__ import annotations

from pathlib import Path

import click

from ..query import load_graph
from ..validate import format_report, texts_from_graph_paths, texts_from_paths, validate_graph

__all__ = ["validate"]


@click.command()
@click.argument(
    "graph_path",
    metavar="[GRAPH]",
    required=False,
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("output/graph.ttl"),
)
@click.option(
    "--docs",
    "docs",
    multiple=True,
    type=click.Path(path_type=Path),
    metavar="PATH",
    help="Source documents (files or folders) to check the evidence"
    " offsets against; repeatable. Without it, each document's dg:path (relative"
    " to the folder it was built from) is looked for under the current folder"
    " and under seeds/, the build's default input.",
)
def validate(graph_path: Path, docs: tuple[Path, ...]) -> int:
    """Check a graph against the contract's SHACL shapes and its evidence offsets.

    Prints "conforms" (exit 0), or one line per violation -- the node, the
    property and what is wrong -- and exits 1. GRAPH defaults to output/graph.ttl.

    \b
    Example:
      diplograph validate
      diplograph validate output/graph.ttl --docs seeds/
    """
    graph = load_graph(graph_path)
    # dg:path is relative to the build's input folder: try here, then the default input.
    texts = {**texts_from_graph_paths(graph, base=Path("seeds")), **texts_from_graph_paths(graph)}
    if docs:
        texts.update(texts_from_paths(docs))
    report = validate_graph(graph, texts=texts)
    click.echo(format_report(report))
    if report.unchecked:
        n = report.unchecked
        click.echo(
            f"Note: {n} evidence node{'s' if n != 1 else ''} not checked against"
            " document text: document not found (give it with --docs)",
            err=True,
        )
    return 0 if report.conforms else 1
