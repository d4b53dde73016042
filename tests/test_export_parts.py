"""graph.export.parts: graph.ttl written by several processes is the file one process writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.documents import load_documents
from graph.export import parts
from graph.export.from_store import turtle
from graph.export.parts import turtle_in_parts
from graph.namespace import DGID_DEFAULT
from graph.pipeline import update_store
from graph.store.base import union_iris
from graph.store.local import LocalStore


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, devdocs: Path) -> Iterator[LocalStore]:
    folder = tmp_path_factory.mktemp("parts") / "store"
    writer = LocalStore.for_writing(folder)
    update_store(load_documents([devdocs]), writer, jobs=1)
    yield writer
    writer.close()


@pytest.mark.parametrize("jobs", [2, 3])
def test_parts_join_into_the_bytes_of_one_process(store: LocalStore, jobs: int) -> None:
    assert len(union_iris(store)) > jobs  # every process has subjects to write
    whole = "".join(turtle(store, DGID_DEFAULT))
    assert "".join(turtle_in_parts(store, DGID_DEFAULT, jobs, min_subjects=0)) == whole
    # Nothing is left beside the store: the snapshot and the workers' files are gone.
    assert [p.name for p in store.folder.parent.iterdir()] == ["store"]


def test_parts_small_store_is_written_here(
    store: LocalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_workers() -> None:
        raise AssertionError("a worker was started for a small store")

    whole = "".join(turtle(store, DGID_DEFAULT))
    monkeypatch.setattr(parts, "Child", no_workers)
    assert len(union_iris(store)) < parts.MIN_SUBJECTS
    assert "".join(turtle_in_parts(store, DGID_DEFAULT, 2)) == whole
