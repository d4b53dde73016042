"""``diplograph view``: render the interactive page from a Turtle graph and open it."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import click
from rdflib import Graph

from ..errors import GraphFileError
from ..export.html import to_html
from ..views import VIEWS
from .common import atomic_write_text, graph_option

__all__ = ["view"]


def _read_graph(path: Path) -> Graph:
    if not path.is_file():
        raise GraphFileError(f"no graph at {path}; build one first: diplograph build seeds/")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise GraphFileError(f"{path} is not valid Turtle: {exc}") from exc


@click.command()
@click.option(
    "--view",
    "view_name",
    type=click.Choice(sorted(VIEWS)),
    default="actors",
    show_default=True,
    help="The view shown first: the actor network, or the facts (of --focus).",
)
@click.option(
    "--focus",
    default=None,
    metavar="NAME",
    help="Show only the neighbourhood of this node (IRI, label or other name).",
)
@click.option(
    "--depth",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="How many links out from --focus to keep in the actor network.",
)
@graph_option
@click.option(
    "--out",
    "out_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Where to write the page [default: view.html beside the graph].",
)
@click.option("--no-open", is_flag=True, help="Write the page and print its path; open nothing.")
def view(
    view_name: str,
    focus: str | None,
    depth: int,
    graph_path: Path,
    out_path: Path | None,
    no_open: bool,
) -> None:
    """Render the graph as an interactive page that works offline, and open it.

    Opens the page in the default browser when there is one, else prints its path.

    \b
    Example:
      diplograph view --view actors --focus NATO --depth 1
    """
    g = _read_graph(graph_path)
    page = to_html(
        g,
        view=view_name,
        focus=focus,
        depth=depth,
        title=f"diplograph: {graph_path.name}" + (f" around {focus}" if focus else ""),
    )
    target = out_path or graph_path.with_name("view.html")
    atomic_write_text(target, page)
    opened = False
    if not no_open:
        try:
            opened = webbrowser.open(target.resolve().as_uri())
        except webbrowser.Error:
            opened = False
    click.echo(f"Opened {target}" if opened else str(target))
