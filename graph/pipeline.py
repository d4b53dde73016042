"""Documents in, graph out: the functions the CLI and the eval share.

- :func:`build_documents` builds one in-memory rdflib graph (the eval, tests);
- :func:`update_store` brings a store up to date with the documents read: new
  and changed documents are extracted (in parallel where asked), passed
  through an :class:`~graph.assign.Assigner` in document order, and written one
  named graph at a time; unchanged ones are left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from rdflib import Graph

from .assign import Assigner
from .build import DocumentGraph, GraphBuilder, document_graph
from .documents import Document, UnreadDocument
from .extract import extract_document
from .merge import day_number
from .namespace import DGID_DEFAULT
from .parallel import EarlyWorker, get_extractor
from .plan import Plan, Task, plan_build
from .store.base import DocumentStore, StoredDocument, graph_triples, read_documents
from .store.oxigraph import Light, LightTriple, light_of, light_triples
from .store.version import extractor_version

__all__ = ["BuildReport", "build_documents", "extract_graph", "update_store"]


def build_documents(
    documents: Sequence[Document],
    *,
    base: str = DGID_DEFAULT,
    progress: Callable[[Document], None] | None = None,
    ner_model: str | None = None,
) -> Graph:
    """Extract every document and build one graph from all of them.

    Args:
        documents: the documents, in the order to build them.
        base: the namespace new resource IRIs are minted under.
        progress: called after each document.
        ner_model: an optional spaCy model for names the rules cannot place.
    """
    builder = GraphBuilder(base=base)
    for doc in documents:
        builder.add(doc, extract_document(doc, ner_model=ner_model))
        if progress is not None:
            progress(doc)
    return builder.graph


def extract_graph(
    doc: Document,
    *,
    base: str = DGID_DEFAULT,
    version: str | None = None,
    ner_model: str | None = None,
) -> DocumentGraph:
    """Extract one document and build its named graph (what a worker runs)."""
    return document_graph(
        doc, extract_document(doc, ner_model=ner_model), base=base, version=version
    )


@dataclass(frozen=True)
class BuildReport:
    """What :func:`update_store` did.

    Attributes:
        plan: the work it was given (new, re-extracted, unchanged, removed, kept).
        written: how many document graphs it wrote.
        extractor: how extraction ran ("1 process", "2 worker processes", ...).
        touched: every subject of a graph it wrote or dropped, with the predicate and
            object of each of its triples there (so an export can redo those alone,
            and edit what they changed), or ``None`` when it changed too much of the
            store for that to pay.
        documents: what the store holds afterwards, as
            :func:`~graph.store.read_documents` would read it (known without asking).
    """

    plan: Plan
    written: int
    extractor: str
    touched: Mapping[str, frozenset[tuple[str, Light]]] | None = None
    documents: Mapping[str, StoredDocument] = field(default_factory=dict)


#: A build that changes more documents than this share of the store rewrites its exports whole.
PATCH_SHARE = 0.1


def _touch(touched: dict[str, set[tuple[str, Light]]], triples: Iterable[LightTriple]) -> None:
    """Add ``triples``' predicates and objects to ``touched``, by subject IRI."""
    for subject, predicate, obj in triples:
        if isinstance(subject, str):
            touched.setdefault(subject, set()).add((predicate, obj))


def _touch_stored(
    touched: dict[str, set[tuple[str, Light]]], store: DocumentStore, names: Iterable[str]
) -> None:
    """Add the triples of the stored graphs ``names`` to ``touched`` (see :func:`_touch`)."""
    for name in names:
        triples = graph_triples(store, name)
        _touch(touched, ((light_of(s), str(p), light_of(o)) for s, p, o in triples))


def update_store(
    docs: Sequence[Document],
    store: DocumentStore,
    *,
    base: str = DGID_DEFAULT,
    jobs: int | None = None,
    scheduler: str | None = None,
    prune: bool = False,
    ner_model: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    stored: Mapping[str, StoredDocument] | None = None,
    early: EarlyWorker | None = None,
) -> BuildReport:
    """Bring ``store`` up to date with ``docs`` (see :mod:`graph.plan` for the rules).

    Each document is written in one transaction, oldest first (undated ones
    last, ties in document order), after
    an :class:`~graph.assign.Assigner`; the result does not depend on ``jobs`` or on
    ``scheduler``. An interruption leaves every document written so far in the
    store, and the rest as they were.

    Args:
        docs: every document under the build's paths, in document order (those given
            unread, :class:`~graph.documents.UnreadDocument`, are read if extracted).
        store: where the named graphs go.
        base: the namespace IRIs are minted under.
        jobs: worker processes (``None``: every core).
        scheduler: a Dask scheduler's address: extract on its workers instead.
        prune: remove stored documents that are not among ``docs``.
        ner_model: an optional spaCy model for names the rules cannot place.
        progress: called with ``(done, total, next)`` before the first document and
            after each one written; ``next`` names the document extracted next (``""``: none).
        stored: what the store holds (:func:`~graph.store.read_documents`), when the
            caller has just read it.
        early: a worker the caller started before reading the documents, to extract
            what would be extracted in this process (the caller stops it if unused).

    Raises:
        StoreError: see :func:`~graph.plan.plan_build` and the store's own errors.
        SchedulerError: the Dask scheduler does not answer or cannot run the extractor.
    """
    version = extractor_version(ner_model)
    stored = read_documents(store) if stored is None else stored
    store.store_index(list(stored))  # brought up to date, after an interrupted build too
    plan = plan_build(
        docs, stored, base=base, version=version, prune=prune, location=store.location
    )
    changes = len(plan.tasks) + len(plan.remove)
    patching = changes <= PATCH_SHARE * max(len(stored), 1)
    touched: dict[str, set[tuple[str, Light]]] | None = {} if patching else None
    written = 0
    description = "nothing to extract"
    # Oldest first (undated last, ties in document order): the first report of a
    # proposal, whose node later reports join, is then the earliest one.
    tasks = sorted(map(_read, plan.tasks), key=lambda task: task.doc.date or "9999-12-31")
    if tasks:
        extractor = get_extractor(
            jobs=jobs,
            scheduler=scheduler,
            documents=len(plan.tasks),
            version=version,
            ner_model=ner_model,
            early=early,
        )
        description = extractor.description
        work = partial(extract_graph, base=base, version=version, ner_model=ner_model)
        names = [task.doc.name for task in tasks[1:]] + [""]
        replaced = {name for task in tasks for name in (*task.replaces, task.name)}
        # Dated in order (undated last): with no undated one, what is too old is forgotten.
        dated = all(day_number(task.doc.date) is not None for task in tasks)
        skip = replaced | set(plan.remove)
        assign = Assigner(store, skip=skip, stored=list(stored), dated=dated)
        if progress is not None:
            progress(0, len(tasks), tasks[0].doc.name)
        try:
            graphs = extractor.map(work, (task.doc for task in tasks))
            for task, graph in zip(tasks, graphs, strict=True):
                graph = assign(task.doc, graph)
                if touched is not None:
                    dropped = [*task.replaces, *([task.name] if task.name in stored else [])]
                    _touch(touched, light_triples(graph.ntriples))
                    _touch_stored(touched, store, dropped)
                store.write(graph, replaces=task.replaces)
                written += 1
                if progress is not None:
                    progress(written, len(tasks), names[written - 1])
        finally:
            extractor.close()
    if touched is not None:
        _touch_stored(touched, store, plan.remove)
    store.remove(plan.remove)
    held = _held(stored, tasks[:written], plan.remove, version)
    edits = None if touched is None else {s: frozenset(pairs) for s, pairs in touched.items()}
    return BuildReport(plan, written, description, edits, held)


def _read(task: Task) -> Task:
    """``task`` with its document read, where it was given unread (an unchanged file that
    is to be extracted all the same: built by another version, found under other paths)."""
    return replace(task, doc=task.doc.read()) if isinstance(task.doc, UnreadDocument) else task


def _held(
    stored: Mapping[str, StoredDocument],
    written: Sequence[Task],
    removed: Sequence[str],
    version: str,
) -> dict[str, StoredDocument]:
    """What a store holding ``stored`` holds after ``written`` (in that order) and
    ``removed``."""
    held = dict(stored)
    for task in written:
        for name in task.replaces:
            held.pop(name, None)
        paths = frozenset(task.doc.paths or (task.doc.name,))
        held[task.name] = StoredDocument(task.name, task.doc.sha256, paths, version)
    for name in removed:
        held.pop(name, None)
    return held
