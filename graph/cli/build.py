"""``diplograph build``: documents in, ``graph.ttl`` and ``graph.html`` out."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click
from rdflib import Graph

from ..documents import Document, Skipped, load_documents
from ..export import to_turtle
from ..namespace import DG, DGID_DEFAULT, RDF
from ..pipeline import build_documents
from .common import atomic_write_text

__all__ = ["EXIT_SKIPPED", "build"]

#: Exit code when the graph was built but some inputs were skipped.
EXIT_SKIPPED = 3


def render_extras(g: Graph, sources: list[Document]) -> dict[str, str]:
    """Every output file besides the Turtle, by file name, as text."""
    from ..export.html import to_html

    return {"graph.html": to_html(g, sources=sources)}


def _summary(g: Graph, docs: list[Document], written: list[Path], skipped: list[Skipped]) -> str:
    counts = Counter()
    for cls in (DG.State, DG.Organisation, DG.Person, DG.Place, DG.Proposal, DG.Demand,
                DG.Condition, DG.Statement):
        counts[cls] = sum(1 for _ in g.subjects(RDF.type, cls))
    stances = sum(1 for _ in g.triples((None, DG.rejects, None))) + sum(
        1 for _ in g.triples((None, DG.supports, None))
    )
    lines = [
        f"Built {len(docs)} document{'s' if len(docs) != 1 else ''}"
        + (f" ({len(skipped)} skipped)" if skipped else ""),
        f"  entities:   {counts[DG.State]} states, {counts[DG.Organisation]} organisations, "
        f"{counts[DG.Person]} people, {counts[DG.Place]} places",
        f"  proposals:  {counts[DG.Proposal]} ({counts[DG.Demand]} demands), "
        f"{counts[DG.Condition]} conditions, {stances} stances",
        f"  statements: {counts[DG.Statement]}",
        f"  triples:    {len(g)}",
        "  wrote:      " + ", ".join(str(p) for p in written),
    ]
    return "\n".join(lines)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              default=Path("output"), show_default=True, help="Folder to write the outputs to.")
@click.option("--base", default=DGID_DEFAULT, show_default=True,
              help="Namespace under which resource IRIs are minted.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors and warnings.")
def build(paths: tuple[Path, ...], out_dir: Path, base: str, quiet: bool) -> int:
    """Build the graph from documents (.txt, .md, .html files or folders of them).

    Writes OUT/graph.ttl (the RDF graph) and OUT/graph.html (an interactive view
    that works offline). Unreadable, binary or empty files are skipped with a
    warning and the build goes on.

    \b
    Exit codes:
      0  built, nothing skipped
      1  error: nothing written
      3  built, but some inputs were skipped (see the warnings)

    \b
    Example:
      diplograph build seeds/ --out output/
    """
    skipped: list[Skipped] = []

    def warn(item: Skipped) -> None:
        skipped.append(item)
        click.echo(f"Warning: skipped {item.path}: {item.reason}", err=True)

    docs = load_documents(list(paths) or [Path("seeds")], on_skip=warn)
    show_bar = not quiet and sys.stderr.isatty() and len(docs) > 1
    if show_bar:
        with click.progressbar(length=len(docs), label="Extracting", file=sys.stderr) as bar:
            g = build_documents(docs, base=base, progress=lambda _doc: bar.update(1))
    else:
        g = build_documents(docs, base=base)
    outputs = {"graph.ttl": to_turtle(g), **render_extras(g, docs)}
    written = []
    for name, text in outputs.items():
        target = out_dir / name
        atomic_write_text(target, text)
        written.append(target)
    if not quiet:
        click.echo(_summary(g, docs, written, skipped))
    return EXIT_SKIPPED if skipped else 0
