"""What the subcommands share: atomic file writes and shared options."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import click

__all__ = ["atomic_write_text", "graph_option"]


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename.

    A reader never sees a half-written file; an interruption leaves the old one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


graph_option = click.option(
    "--graph",
    "graph_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("output/graph.ttl"),
    show_default=True,
    help="The Turtle graph to read.",
)
