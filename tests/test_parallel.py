"""graph.parallel: where documents are extracted, results in document order."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.documents import Document, document_from_text
from graph.errors import WorkerError
from graph.parallel import Child, EarlyWorker, InProcess, WorkerProcesses, get_extractor


def length(doc: Document) -> int:
    return len(doc.text)


@pytest.mark.parametrize(
    ("jobs", "documents", "kind"),
    [
        (1, 100, InProcess),
        (2, 1, InProcess),
        (2, 3, WorkerProcesses),
        (None, 60, InProcess),
        (None, 0, InProcess),
    ],
)
def test_parallel_few_documents_are_extracted_here(
    jobs: int | None, documents: int, kind: type
) -> None:
    extractor = get_extractor(jobs=jobs, documents=documents)
    try:
        assert isinstance(extractor, kind)
    finally:
        extractor.close()


def test_parallel_worker_processes_keep_document_order() -> None:
    docs = [document_from_text("x" * n + "\n") for n in range(1, 30)]
    extractor = WorkerProcesses(2)
    try:
        assert list(extractor.map(length, docs)) == [len(d.text) for d in docs]
    finally:
        extractor.close()
    assert extractor.description == "2 worker processes"


def test_parallel_early_worker_extracts_what_would_be_extracted_here() -> None:
    docs = [document_from_text("x" * n + "\n") for n in range(1, 8)]
    early = EarlyWorker()
    extractor = get_extractor(jobs=None, documents=len(docs), early=early)
    try:
        assert extractor is early
        assert list(extractor.map(length, docs)) == [len(d.text) for d in docs]
        assert extractor.description == "1 worker process"
    finally:
        extractor.close()
        extractor.close()  # idempotent


def test_parallel_early_worker_is_stopped_where_a_pool_takes_over() -> None:
    early = EarlyWorker()
    extractor = get_extractor(jobs=2, documents=10, early=early)
    try:
        assert isinstance(extractor, WorkerProcesses)
        with pytest.raises(AssertionError):  # stopped: it extracts nothing more
            list(early.map(length, [document_from_text("x\n")]))
    finally:
        extractor.close()


def test_parallel_child_raises_the_error_of_its_call_and_goes_on() -> None:
    child = Child()
    try:
        child.send(int, "not a number")
        with pytest.raises(ValueError, match="not a number"):
            child.receive()
        child.send(len, "four")
        assert child.receive() == 4
    finally:
        child.close()


def test_parallel_child_that_dies_is_an_error_not_a_wait() -> None:
    child = Child()
    try:
        child.send(os._exit, 3)
        with pytest.raises(WorkerError, match="exit code 3"):
            child.receive()
    finally:
        child.close()


_ORPHANS = """
import os, sys, time
from graph.parallel import Child, WorkerProcesses


def pid(_doc):
    return os.getpid()


if __name__ == "__main__":
    pool = WorkerProcesses(2)
    pids = set(pool.map(pid, range(8)))
    child = Child()
    child.send(os.getpid)
    pids.add(child.receive())
    print(" ".join(map(str, sorted(pids))), flush=True)
    time.sleep(600)
"""


def _running(pid: int) -> bool:
    """Whether ``pid`` is a process that still runs (a zombie waits only to be reaped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_parallel_workers_end_with_the_build_that_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "build.py"
    script.write_text(_ORPHANS)
    main = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        assert main.stdout is not None
        pids = [int(pid) for pid in main.stdout.readline().split()]
        assert len(pids) >= 2 and all(_running(pid) for pid in pids)
    finally:
        main.kill()
        main.wait()
    deadline = time.monotonic() + 60
    while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [pid for pid in pids if _running(pid)]
    for pid in left:  # not to leave them behind when the test fails
        os.kill(pid, 9)
    assert not left
