"""Which files a build writes from a store, and whether they are already up to date.

The output folder keeps a small state file beside the exports: a digest of
what the store held when they were written (every document's name, text hash,
paths and extractor version) and of the settings that shape them. A build that
changed nothing and finds the same digest leaves the exports alone.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from ..store.base import DocumentStore, StoredDocument
from ..store.local import LocalStore
from .from_store import Touched, get_graph_format, patched_turtle
from .parts import turtle_in_parts

__all__ = [
    "STATE_FILE",
    "exports_current",
    "graph_files",
    "recorded_digest",
    "recorded_source",
    "state_digest",
    "state_text",
]

#: The state file's name in the output folder.
STATE_FILE = ".diplograph-state.json"


def state_digest(documents: Iterable[StoredDocument], *, base: str, files: Sequence[str]) -> str:
    """A digest of a store's documents (:func:`~graph.store.read_documents`) and of the
    settings the exports depend on."""
    h = hashlib.sha256()
    h.update(json.dumps({"base": base, "files": sorted(files)}).encode("utf-8"))
    for doc in sorted(documents, key=lambda d: d.name):
        h.update(f"\n{doc.name}\t{doc.sha256}\t{doc.version}\t".encode())
        h.update("\t".join(sorted(doc.paths)).encode("utf-8"))
    return h.hexdigest()


def state_text(digest: str, files: Sequence[str], source: str = "") -> str:
    """The state file's content; ``source``: the digest of the store alone (the settings'
    files left out), which tells a later build with other settings what its files were
    written from."""
    state = {"digest": digest, "files": sorted(files), "source": source}
    return json.dumps(state, indent=2) + "\n"


def _recorded(out_dir: Path) -> dict[str, object]:
    try:
        state = json.loads((out_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def recorded_digest(out_dir: Path) -> str | None:
    """The digest of the store the files in ``out_dir`` were last written from, if known."""
    digest = _recorded(out_dir).get("digest")
    return digest if isinstance(digest, str) else None


def recorded_source(out_dir: Path, name: str) -> str | None:
    """The digest of the store alone (``state_digest`` with no files) that the file ``name``
    in ``out_dir`` was last written from, if it was written by the last build: a build
    with the page and one without it write ``graph.ttl`` from the same store."""
    state = _recorded(out_dir)
    files, source = state.get("files"), state.get("source")
    if not isinstance(files, list) or name not in files or not isinstance(source, str):
        return None
    return source or None


def exports_current(out_dir: Path, digest: str, files: Sequence[str]) -> bool:
    """Whether ``out_dir`` holds every file in ``files``, written from a store with ``digest``."""
    if recorded_digest(out_dir) != digest:
        return False
    return all((out_dir / name).is_file() for name in files)


def graph_files(
    store: DocumentStore,
    *,
    base: str,
    formats: Sequence[str],
    previous: Path | None = None,
    touched: Touched | None = None,
    jobs: int = 1,
) -> dict[str, Iterator[str] | Callable[[BinaryIO], None]]:
    """The graph files in ``formats`` (``turtle``, ``trig``, ``nt``, ``jsonld``) by file name,
    each as pieces of text produced while the file is written (or, patched, a function
    that writes the file's bytes).

    With ``previous`` (the folder of the files written before the last changes
    to the store) and ``touched`` (the subjects those changes touched, with the predicate
    and object of each of their triples in the graphs written or dropped),
    ``graph.ttl`` is that file with those subjects redone
    (:func:`~graph.export.turtle.patch_turtle`), the same bytes for less work. Otherwise
    ``graph.ttl`` of a large local store is written by ``jobs`` processes
    (:func:`~graph.export.parts.turtle_in_parts`), the same bytes sooner.
    """
    out: dict[str, Iterator[str] | Callable[[BinaryIO], None]] = {}
    for name in formats:
        fmt = get_graph_format(name)
        old = previous / fmt.filename if previous is not None else None
        if name == "turtle" and old is not None and touched is not None and old.is_file():
            out[fmt.filename] = patched_turtle(store, base, old, touched)
        elif name == "turtle" and jobs > 1 and isinstance(store, LocalStore):
            out[fmt.filename] = turtle_in_parts(store, base, jobs)
        else:
            out[fmt.filename] = fmt.write(store, base)
    return out
