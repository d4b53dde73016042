"""The store's index stays equal to what the store holds, whatever a build does."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from graph.cli import main
from graph.documents import read_document
from graph.namespace import DGID_DEFAULT
from graph.store import LocalStore, StoredDocument, local, read_documents
from graph.store.index import FILENAME, StoreIndex


def _build(corpus: Path, out: Path, *args: str) -> int:
    return main(["build", str(corpus), "--out", str(out), "--no-page", "-q", "-j", "1", *args])


def _kept(store: Path) -> list[tuple[str, ...]]:
    """The index as the builds left it (not made equal to the store first; its counts
    counted again only where the builds left them to be)."""
    return _contents(store, store / FILENAME, sync=False)


def _read_afresh(store: Path, scratch: Path) -> list[tuple[str, ...]]:
    """The index a store of these documents gives when read from nothing."""
    return _contents(store, scratch / FILENAME, sync=True)


def _contents(store: Path, path: Path, *, sync: bool) -> list[tuple[str, ...]]:
    opened = LocalStore.for_reading(store)
    index = StoreIndex(path)
    try:
        if sync:
            index.sync(opened, list(read_documents(opened)))
        index.counts(opened)
        return index.contents()
    finally:
        index.close()
        opened.close()


def _same_as_built_afresh(corpus: Path, out: Path) -> bool:
    fresh = out.with_name(out.name + "-fresh")
    assert _build(corpus, fresh) == 0
    return (out / "graph.ttl").read_bytes() == (fresh / "graph.ttl").read_bytes()


def _listed_as_read(store: Path) -> bool:
    """Whether the documents the index lists are those the store's graphs hold."""
    index = StoreIndex(store / FILENAME)
    opened = LocalStore.for_reading(store)
    try:
        listed = {
            name: StoredDocument(name, sha, frozenset(paths), version)
            for name, sha, version, paths in index.documents()
        }
        return bool(listed) and listed == read_documents(opened)
    finally:
        index.close()
        opened.close()


def _matches(out: Path, tmp_path: Path) -> bool:
    scratch = Path(tempfile.mkdtemp(dir=tmp_path))
    kept = _kept(out / "store")
    filled = {"keys", "counts", "documents"} <= {row[0] for row in kept}
    listed = _listed_as_read(out / "store")
    return filled and listed and kept == _read_afresh(out / "store", scratch)


@pytest.fixture()
def corpus(tmp_path: Path, devdocs: Path) -> Path:
    src = tmp_path / "in"
    shutil.copytree(devdocs, src)
    return src


@pytest.mark.parametrize("counted", [50, 1])
def test_store_index_follows_every_kind_of_build(
    counted: int, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counted write by write, or (after more writes than that) counted again at the end."""
    monkeypatch.setattr(local, "COUNTED_WRITES", counted)
    out = tmp_path / "out"
    first = min(corpus.iterdir())
    held_back = shutil.move(first, tmp_path / first.name)
    assert _build(corpus, out) == 0
    assert _matches(out, tmp_path)
    shutil.move(held_back, first)  # added
    assert _build(corpus, out) == 0
    assert _matches(out, tmp_path)
    first.write_text(first.read_text(encoding="utf-8") + "\nNATO offered talks to Russia.\n")
    assert _build(corpus, out) == 0  # changed
    assert _matches(out, tmp_path)
    max(corpus.iterdir()).unlink()
    assert _build(corpus, out, "--prune") == 0  # removed
    assert _matches(out, tmp_path)
    assert _build(corpus, out, "--fresh") == 0
    assert _matches(out, tmp_path)


@pytest.mark.parametrize("where", ["store", "table"])
def test_store_index_an_interrupted_write_leaves_old_or_new(
    where: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Interrupted before the store's transaction or between it and the table's, the next
    build finds every document old or new and the table equal to the store."""
    out = tmp_path / "out"
    first = min(corpus.iterdir())
    held_back = shutil.move(first, tmp_path / first.name)
    assert _build(corpus, out) == 0
    shutil.move(held_back, first)

    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    target = (LocalStore, "_write") if where == "store" else (StoreIndex, "put")
    with monkeypatch.context() as patch:
        patch.setattr(*target, interrupt)
        assert _build(corpus, out) == 130
    pending = [row for row in _kept(out / "store") if row[0] == "pending"]
    assert pending == [("pending", DGID_DEFAULT + read_document(first).doc_id)]
    assert _build(corpus, out) == 0
    assert _matches(out, tmp_path)
    assert _same_as_built_afresh(corpus, out)


def test_store_index_a_store_built_before_the_index_gets_one(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = min(corpus.iterdir())
    held_back = shutil.move(first, tmp_path / first.name)
    assert _build(corpus, out) == 0
    for path in (out / "store").glob(FILENAME + "*"):
        path.unlink()
    shutil.move(held_back, first)
    assert _build(corpus, out) == 0
    assert _matches(out, tmp_path)
    assert _same_as_built_afresh(corpus, out)
