"""The files a build writes besides the graph files: the page and the views.

:func:`render_extras` renders them in this process. On a machine with a core to
spare, a :class:`ViewsHelper` renders the views (``actors.csv`` and the GraphML
files) in a helper process instead, from a snapshot of the store (Oxigraph's
backup: hard links to the store's files, taken at once), while this process
renders the page and writes the graph files: the same bytes, in the time of the
longer half.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from rdflib import Graph

from ..documents import Document
from ..parallel import Child
from ..store import LocalStore
from .common import Text

__all__ = [
    "EXTRAS",
    "MIN_DOCUMENTS",
    "VIEW_FILES",
    "ViewsHelper",
    "render_extras",
    "render_views",
]

#: The files :func:`render_extras` writes.
EXTRAS = ("graph.html", "actors.csv", "graph.graphml", "actors.graphml")
#: Those of them that are views of the graph (the rest is the page).
VIEW_FILES = ("actors.csv", "graph.graphml", "actors.graphml")
#: A build of fewer documents than this renders its views sooner than a helper would.
MIN_DOCUMENTS = 50


def render_views(g: Graph) -> dict[str, Text]:
    """``actors.csv`` (actor metrics) and one GraphML file per view, by file name.

    ``g`` is the store's union graph (an rdflib graph over the store). Each file is
    computed when it is written, piece by piece (see :mod:`graph.export.view_files`);
    the actor network, once for both files of it.
    """
    from ..export.view_files import ViewFiles

    files = ViewFiles(g)

    def csv(handle: BinaryIO) -> None:
        handle.write(files.actors_csv().encode("utf-8"))

    return {
        "actors.csv": csv,
        "graph.graphml": files.write_full,
        "actors.graphml": files.write_actors,
    }


def render_extras(
    g: Graph, sources: list[Document], *, views: Mapping[str, Text] | None = None
) -> dict[str, Text]:
    """Every output file besides the graph files, by file name, as text.

    ``graph.html`` (the offline page, switching between the full graph and the
    actor network), ``actors.csv`` (actor metrics) and one GraphML file per view.
    ``g`` is the store's union graph (an rdflib graph over the store); ``views``,
    the views rendered elsewhere (see :meth:`ViewsHelper.views`).
    """
    from ..export.html import to_html

    page: dict[str, Text] = {"graph.html": to_html(g, sources=sources)}
    return {**page, **(render_views(g) if views is None else views)}


def _load_views() -> None:
    """Run first in the helper: load what rendering the views needs, while the build goes on."""
    from ..export import view_files  # noqa: F401


def _render_views(snapshot: str, folder: str) -> None:
    """Run in the helper: write the views of the store at ``snapshot`` into ``folder``."""
    store = LocalStore.for_reading(Path(snapshot))
    try:
        for name, text in render_views(store.union()).items():
            with open(Path(folder) / name, "wb") as handle:
                if callable(text):
                    text(handle)
                else:
                    assert isinstance(text, str)
                    handle.write(text.encode("utf-8"))
    finally:
        store.close()


def _snapshot(store: LocalStore) -> Path | None:
    """A new folder beside ``store`` holding a snapshot of it in ``store/`` (``None``: the
    file system refused)."""
    folder = None
    try:
        folder = Path(tempfile.mkdtemp(prefix=".diplograph-views-", dir=store.folder.parent))
        store.snapshot(folder / "store")
    except OSError:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        return None
    return folder


class ViewsHelper:
    """A helper process that renders the views of a store; started early in a build, it
    loads what rendering needs meanwhile. :meth:`close` stops it."""

    def __init__(self) -> None:
        self._child: Child | None = Child(
            _load_views, task="rendering the views", instead="render them in the main process"
        )
        self._pending = False

    @contextlib.contextmanager
    def views(self, store: LocalStore) -> Iterator[dict[str, Text] | None]:
        """The views of ``store`` as it is now, rendered by the helper meanwhile.

        Yields the texts of :data:`VIEW_FILES` for :func:`render_extras`: each, when
        written, waits for the helper and copies what it wrote (its error, if it
        failed, is raised there); ``None`` where no snapshot can be made beside the
        store, or the helper is gone (the views are then rendered in this process).
        On leaving, the
        helper's files and the snapshot are removed (the helper stopped first if it
        is still at work).
        """
        folder = _snapshot(store)
        if folder is not None and not self._ask(folder):
            shutil.rmtree(folder, ignore_errors=True)
            folder = None
        if folder is None:
            yield None
            return
        try:
            yield {name: self._copy(folder / name) for name in VIEW_FILES}
        finally:
            if self._pending:
                self.close()
            shutil.rmtree(folder, ignore_errors=True)

    def _ask(self, folder: Path) -> bool:
        """Ask the helper for the views of the snapshot in ``folder``; ``False`` when it is
        gone already."""
        if self._child is None:
            return False
        try:
            self._child.send(_render_views, str(folder / "store"), str(folder))
        except OSError:
            self.close()
            return False
        self._pending = True
        return True

    def _wait(self) -> None:
        """Wait for the helper's answer (once); raise its error, if it failed."""
        if not self._pending or self._child is None:
            return
        self._pending = False
        self._child.receive()

    def _copy(self, path: Path) -> Callable[[BinaryIO], None]:
        """A writer of the file the helper writes at ``path``, once it is done."""

        def write(handle: BinaryIO) -> None:
            self._wait()
            with path.open("rb") as source:
                shutil.copyfileobj(source, handle)

        return write

    def finish(self) -> None:
        """Wait for the views asked for (raise the helper's error, if it failed), then stop
        the helper: it renders one store's views per build, and what it holds is given back
        before the graph files are written. The views are still copied where written."""
        try:
            self._wait()
        finally:
            self.close()

    def close(self) -> None:
        """Stop the helper (idempotent)."""
        if self._child is not None:
            self._child.close()
            self._child = None
