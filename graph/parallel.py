"""Where documents are extracted: here, in worker processes, or on a Dask cluster.

Every extractor maps a picklable per-document function over the documents and
yields the results **in document order**, keeping only a bounded number of
documents in flight, so memory stays flat however many documents there are and
the output never depends on how many workers ran. Worker processes live for
the whole build, so whatever the extraction loads once per process (the
lexicons, a spaCy model) is loaded once per worker, not once per document.

The kinds are named and chosen in one place, :func:`get_extractor`.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.connection import Connection, wait
from typing import Any, NoReturn, Protocol, TypeVar

from .documents import Document, document_from_text
from .errors import SchedulerError, WorkerError

__all__ = [
    "Child",
    "DaskCluster",
    "EarlyWorker",
    "Extractor",
    "InProcess",
    "WorkerProcesses",
    "default_jobs",
    "get_extractor",
]

R = TypeVar("R")

#: Documents per worker a build keeps in flight.
IN_FLIGHT = 4
#: By default, fewer documents than this per worker are not worth starting it for.
MIN_PER_WORKER = 50
#: How much lower the workers' CPU priority is than the main process's (``nice``).
WORKER_NICENESS = 5
#: Seconds to wait for a Dask scheduler, and for its first worker.
CONNECT_TIMEOUT = 10.0


def default_jobs() -> int:
    """How many worker processes ``-j`` means by default: every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - platforms without sched_getaffinity
        return max(1, os.cpu_count() or 1)


class Extractor(Protocol):
    """Maps a function over documents, yielding results in document order."""

    #: How it runs, for messages: "1 process", "2 worker processes", "Dask at ...".
    description: str

    def map(self, fn: Callable[[Document], R], docs: Iterable[Document]) -> Iterator[R]:
        """``fn(doc)`` for each document, in order."""
        ...

    def close(self) -> None:
        """Stop any worker this extractor started (idempotent)."""
        ...


class InProcess:
    """Extract in this process, one document after another."""

    description = "1 process"

    def map(self, fn: Callable[[Document], R], docs: Iterable[Document]) -> Iterator[R]:
        for doc in docs:
            yield fn(doc)

    def close(self) -> None:
        pass


def _ordered(
    submit: Callable[[Document], Any], docs: Iterable[Document], window: int
) -> Iterator[Any]:
    """Submit documents ``window`` at a time ahead; yield each future's result in order."""
    pending: deque[Any] = deque()
    for doc in docs:
        pending.append(submit(doc))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


#: A worker's linear algebra (the parser's) runs in one thread: the workers are as many as
#: the cores, and the threads of a numerical library wait for work by spinning on a core
#: (on 2 cores, a 10-document update took 1.4 times as long with them). Settings the
#: user made are kept.
ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def _exit_with_parent() -> None:
    """Run in a process started here: exit as soon as the process that started it is
    gone (killed, say), rather than live on as an orphan holding its memory. A pool's
    workers would otherwise wait on their queue for ever."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _start_worker(ner_model: str | None) -> None:
    """Run once in each worker: leave Ctrl-C to the main process and end with it, give way
    to it (it writes every document to the store, one after another: while it waits for a
    CPU, every worker soon waits for it), keep to one thread (:data:`ONE_THREAD`), and load
    everything extraction keeps per process (lexicons, models) by extracting a line."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICENESS)
    for name, value in ONE_THREAD.items():
        os.environ.setdefault(name, value)  # before the parser loads its numerical library
    from .extract import extract_document

    extract_document(document_from_text("Warm-up.\n\nThe talks began."), ner_model=ner_model)


class WorkerProcesses:
    """Extract in ``jobs`` worker processes on this machine.

    The workers are started fresh (``spawn``), never forked from a process that
    has a store open.
    """

    def __init__(self, jobs: int, *, ner_model: str | None = None) -> None:
        self.jobs = jobs
        self.description = f"{jobs} worker processes"
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(ner_model,),
        )

    def map(self, fn: Callable[[Document], R], docs: Iterable[Document]) -> Iterator[R]:
        pool = self._pool
        assert pool is not None

        def submit(doc: Document) -> Future[R]:
            return pool.submit(fn, doc)

        return _ordered(submit, docs, self.jobs * IN_FLIGHT)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class Child:
    """One process of its own (``spawn``) that runs the calls it is sent, one after
    another, and answers each with its result or its error. Its death (killed, out of
    memory) is an error where its answer is awaited, not a wait without end; it leaves
    Ctrl-C to the main process, and is stopped with it."""

    def __init__(
        self,
        initializer: Callable[..., None] | None = None,
        initargs: tuple[Any, ...] = (),
        *,
        task: str = "extracting documents",
        instead: str = "extract them in the main process",
    ) -> None:
        # What it does and what -j 1 does instead, for the error its death is.
        self._task, self._instead = task, instead
        context = multiprocessing.get_context("spawn")
        self._conn, theirs = context.Pipe()
        self._process: Any = context.Process(
            target=_child_loop, args=(theirs, initializer, initargs), daemon=True
        )
        self._process.start()
        theirs.close()

    def send(self, fn: Callable[..., Any], *args: Any) -> None:
        """Ask for ``fn(*args)`` (answered, in turn, by :meth:`receive`)."""
        self._conn.send((fn, args))

    def receive(self) -> Any:
        """The answer to the oldest call not yet answered: its result, or its error raised."""
        while not self._conn.poll(0.2):
            if not self._process.is_alive() and not self._conn.poll(0):
                self._gone()
        try:
            ok, value = self._conn.recv()
        except EOFError:  # it hung up without an answer
            self._process.join()
            self._gone()
        if not ok:
            raise value
        return value

    def _gone(self) -> NoReturn:
        raise WorkerError(
            f"the process {self._task} stopped (exit code {self._process.exitcode}); build"
            f" again, or with -j 1 to {self._instead}"
        )

    def close(self) -> None:
        """Stop the process at once (idempotent)."""
        if self._process is not None:
            self._process.terminate()
            self._process.join()
            self._conn.close()
            self._process = None


def _child_loop(
    conn: Connection, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]
) -> None:
    """A :class:`Child`'s loop, until the main process hangs up or is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            fn, args = conn.recv()
        except EOFError:
            return
        try:
            answer: tuple[bool, Any] = (True, fn(*args))
        except Exception as exc:
            answer = (False, exc)
        try:
            conn.send(answer)
        except Exception:  # an answer that does not pickle: the error's words, then
            conn.send((False, RuntimeError(repr(answer[1]))))


class _Answer:
    """A call sent to a :class:`Child`, as :func:`_ordered` waits for it: its answers come
    in the order the calls were sent."""

    def __init__(self, child: Child) -> None:
        self._child = child

    def result(self) -> Any:
        return self._child.receive()


class EarlyWorker:
    """One worker process started before the build knows what it will extract.

    A short build in a fresh process (a daily update of a few documents) spends much
    of its time loading the parser; started first, this worker loads it while the
    build reads the files and the store, then extracts the few documents while the
    build writes them. If the build extracts nothing, or enough for a pool of
    workers, it is stopped unused (:meth:`close`).
    """

    description = "1 worker process"

    def __init__(self, *, ner_model: str | None = None) -> None:
        self._child: Child | None = Child(_start_worker, (ner_model,))

    def map(self, fn: Callable[[Document], R], docs: Iterable[Document]) -> Iterator[R]:
        child = self._child
        assert child is not None

        def submit(doc: Document) -> _Answer:
            child.send(fn, doc)
            return _Answer(child)

        return _ordered(submit, docs, IN_FLIGHT)

    def close(self) -> None:
        """Stop the worker, at once (whatever it is doing is no longer wanted)."""
        if self._child is not None:
            self._child.close()
            self._child = None


def _worker_version(ner_model: str | None) -> str:
    from .store.version import extractor_version

    return extractor_version(ner_model)


class DaskCluster:
    """Extract on the workers of a Dask distributed cluster (``distributed.Client``).

    Each worker must have this same diplograph installed: the build checks the
    extractor version of every worker before it starts.

    Raises:
        SchedulerError: the scheduler does not answer, has no workers, or a
            worker runs another version.
    """

    def __init__(
        self,
        address: str,
        *,
        version: str,
        ner_model: str | None = None,
        timeout: float | None = None,
    ) -> None:
        from distributed import Client

        timeout = CONNECT_TIMEOUT if timeout is None else timeout

        self.address = address
        self.description = f"the Dask cluster at {address}"
        try:
            self._client: Any = Client(address, timeout=f"{timeout}s", set_as_default=False)
        except Exception as exc:
            raise SchedulerError(
                f"the Dask scheduler at {address} does not answer ({_reason(exc)}); start it"
                " (`dask scheduler`) or check the address given to --scheduler"
            ) from None
        try:
            self._check_workers(version, ner_model, timeout)
        except BaseException:
            self.close()
            raise

    def _check_workers(self, version: str, ner_model: str | None, timeout: float) -> None:
        try:
            self._client.wait_for_workers(1, timeout=timeout)
        except Exception:
            raise SchedulerError(
                f"the Dask scheduler at {self.address} has no workers; start one"
                f" (`dask worker {self.address}`)"
            ) from None
        try:
            versions = self._client.run(_worker_version, ner_model)
        except Exception as exc:
            raise SchedulerError(
                f"the Dask workers at {self.address} cannot run diplograph ({_reason(exc)});"
                " install it on every worker"
            ) from None
        for worker, found in sorted(versions.items()):
            if found != version:
                raise SchedulerError(
                    f"Dask worker {worker} runs another version of the extractor ({found},"
                    f" this one is {version}); install the same diplograph on every worker"
                )
        self.workers = len(versions)

    def map(self, fn: Callable[[Document], R], docs: Iterable[Document]) -> Iterator[R]:
        client = self._client

        def submit(doc: Document) -> Any:
            return client.submit(fn, doc, pure=False)

        return _ordered(submit, docs, max(1, self.workers) * IN_FLIGHT)

    def close(self) -> None:
        client, self._client = getattr(self, "_client", None), None
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def get_extractor(
    *,
    jobs: int | None = None,
    scheduler: str | None = None,
    documents: int | None = None,
    version: str = "",
    ner_model: str | None = None,
    early: EarlyWorker | None = None,
) -> Extractor:
    """The extractor for a build: Dask with ``scheduler``, else ``jobs`` processes.

    Args:
        jobs: worker processes; ``None``: every core, but only as many as there are
            :data:`MIN_PER_WORKER` documents for (starting a worker costs about what
            extracting that many does). One job, or one document, extracts in this
            process: the output is the same either way.
        scheduler: the address of a Dask scheduler (``tcp://host:8786``).
        documents: how many documents there are to extract, when known.
        version: this extractor's version (Dask workers must match it).
        ner_model: the NER model the workers load once each.
        early: a worker started before (see :class:`EarlyWorker`): it extracts what
            would be extracted in this process; otherwise it is stopped.
    """
    if scheduler:
        if early is not None:
            early.close()
        return DaskCluster(scheduler, version=version, ner_model=ner_model)
    if jobs is None:
        jobs = default_jobs()
        if documents is not None:
            jobs = min(jobs, documents // MIN_PER_WORKER)
    elif documents is not None:
        jobs = min(jobs, documents)
    if jobs <= 1:
        return InProcess() if early is None else early
    if early is not None:
        early.close()
    return WorkerProcesses(jobs, ner_model=ner_model)
