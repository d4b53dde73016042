"""What an incremental build must do: the documents read, compared with the store.

A document is known by the hash of its text (its IRI is ``BASE + doc-<hash>``), so:

- a text the store does not hold is **new**;
- a text the store holds, with the same paths and built by this extractor
  version, is **unchanged** and left alone;
- a text the store holds under other paths, or built by another version, is
  **re-extracted** (its graph replaced);
- a file whose text changed is a new text at an old path: its graph replaces
  the old one, in the same transaction;
- a stored document found under none of the paths is **gone**: kept, unless
  ``prune`` says to remove it.

A store holding documents minted under another ``--base``, or built by another
version and not among the documents read (so they cannot be re-extracted), is
refused with a message saying what to run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .build import document_iri
from .documents import Document
from .errors import StoreError
from .store.base import StoredDocument

__all__ = ["Plan", "Task", "plan_build"]


@dataclass(frozen=True)
class Task:
    """One document to extract and write, and the graphs its graph replaces."""

    doc: Document
    name: str
    replaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    """The work of one build, in document order.

    Attributes:
        tasks: documents to extract (new or re-extracted).
        unchanged: names of documents left alone.
        remove: names of documents to remove (gone, with ``prune``).
        kept: names of gone documents kept (without ``prune``).
        new: how many tasks are new texts (the rest are re-extractions).
        outdated: how many tasks are re-extracted because another version built them.
    """

    tasks: tuple[Task, ...] = ()
    unchanged: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    new: int = 0
    outdated: int = 0

    @property
    def changes(self) -> bool:
        """Whether the build changes the store."""
        return bool(self.tasks or self.remove)


def _check_base(stored: Mapping[str, StoredDocument], base: str, location: str) -> None:
    for name in sorted(stored):
        if not name.startswith(base + "doc-"):
            found = name[: name.rfind("doc-")] if "doc-" in name else name
            raise StoreError(
                f"{location} holds documents under another base ({found}); build with"
                f" --base {found}, or add --fresh to rebuild it under {base}"
            )


def plan_build(
    docs: Sequence[Document],
    stored: Mapping[str, StoredDocument],
    *,
    base: str,
    version: str,
    prune: bool = False,
    location: str = "the store",
) -> Plan:
    """Compare the documents read with what the store holds.

    Args:
        docs: the documents under the build's paths, in document order.
        stored: the store's documents by name (:func:`~graph.store.read_documents`).
        base: the namespace document IRIs are minted under.
        version: this extractor's version.
        prune: remove stored documents found under none of the paths.
        location: the store, for messages.

    Raises:
        StoreError: the store holds documents under another base, or documents
            of another version that cannot be re-extracted (not among ``docs``)
            while ``prune`` is off.
    """
    _check_base(stored, base, location)
    by_path = {path: sd.name for sd in stored.values() for path in sd.paths}
    tasks: list[Task] = []
    unchanged: list[str] = []
    seen: set[str] = set()
    new = outdated = 0
    for doc in docs:
        name = str(document_iri(doc, base))
        old = stored.get(name)
        replaces = tuple(sorted({by_path[p] for p in doc.paths if p in by_path} - {name}))
        seen.add(name)
        seen.update(replaces)
        if old and old.version == version and old.paths == frozenset(doc.paths) and not replaces:
            unchanged.append(name)
            continue
        tasks.append(Task(doc, name, replaces))
        if old is None and not replaces:
            new += 1
        elif old is not None and old.version != version:
            outdated += 1
    gone = [name for name in sorted(stored) if name not in seen]
    stuck = [name for name in gone if stored[name].version != version]
    if stuck and not prune:
        raise StoreError(
            f"{location} holds {len(stuck)} document{'s' if len(stuck) != 1 else ''} built by"
            " another version of the extractor and not found under the paths given; give"
            " their folders too, add --prune to remove them, or add --fresh to start over"
        )
    return Plan(
        tasks=tuple(tasks),
        unchanged=tuple(unchanged),
        remove=tuple(gone) if prune else (),
        kept=() if prune else tuple(gone),
        new=new,
        outdated=outdated,
    )
