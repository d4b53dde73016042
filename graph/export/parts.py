"""``graph.ttl`` of a large local store, written by several processes at once.

The subjects, sorted, are cut into as many runs as there are processes; this
process writes the first run's statements while each worker process writes a
later run's into a file of its own, from a snapshot of the store
(:meth:`~graph.store.local.LocalStore.snapshot`); the runs are then joined in
order. A subject's statement depends on that subject alone, so the bytes are
those one process writes (:func:`~graph.export.from_store.turtle`), whatever
the number of processes.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..parallel import Child
from ..store.base import describe_union_light, prefixes_for, union_iris
from ..store.local import LocalStore
from .turtle import turtle_blocks, turtle_chunks

__all__ = ["MIN_SUBJECTS", "turtle_in_parts"]

#: A store with fewer subjects than this (about 300 documents) is written by one process:
#: starting a worker and snapshotting the store cost about what writing them does.
MIN_SUBJECTS = 20_000
#: Characters read back from a worker's file at a time.
_READ = 1 << 20


def turtle_in_parts(
    store: LocalStore, base: str, jobs: int, *, min_subjects: int = MIN_SUBJECTS
) -> Iterator[str]:
    """The union as canonical Turtle, in pieces, written by ``jobs`` processes where the
    store holds ``min_subjects`` subjects or more (else by this one)."""
    iris = union_iris(store)
    prefixes = prefixes_for(base)
    if jobs <= 1 or len(iris) < max(min_subjects, 2):
        yield from turtle_chunks(describe_union_light(store, iris), prefixes)
        return
    runs = _runs(iris, jobs)
    folder = Path(tempfile.mkdtemp(prefix=".diplograph-ttl-", dir=store.folder.parent))
    workers: list[Child] = []
    try:
        store.snapshot(folder / "store")
        files = [folder / f"run{i}.ttl" for i in range(1, len(runs))]
        for run, path in zip(runs[1:], files, strict=True):
            workers.append(Child(task="writing graph.ttl", instead="write it in the main process"))
            workers[-1].send(_write_run, str(folder / "store"), run, prefixes, str(path))
        yield from turtle_chunks(describe_union_light(store, runs[0]), prefixes)
        for worker, path in zip(workers, files, strict=True):
            worker.receive()  # done (or its error raised)
            with open(path, encoding="utf-8", newline="") as handle:
                while piece := handle.read(_READ):
                    yield piece
    finally:
        for worker in workers:
            worker.close()
        shutil.rmtree(folder, ignore_errors=True)


def _runs(iris: Sequence[str], parts: int) -> list[Sequence[str]]:
    """``iris`` cut into ``parts`` consecutive runs of (nearly) equal length.

    >>> _runs(["a", "b", "c", "d", "e"], 2)
    [['a', 'b', 'c'], ['d', 'e']]
    """
    size = -(-len(iris) // parts)
    return [iris[start : start + size] for start in range(0, len(iris), size)]


def _write_run(snapshot: str, iris: Sequence[str], prefixes: dict[str, str], path: str) -> None:
    """In a worker: write the statements of ``iris`` (a run after the first) to ``path``."""
    store = LocalStore.for_reading(Path(snapshot))
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            for piece in turtle_blocks(describe_union_light(store, iris), prefixes, first=False):
                handle.write(piece)
    finally:
        store.close()
