"""update_store: what it reports of the store is what the store holds."""

from __future__ import annotations

import shutil
from pathlib import Path

from graph.documents import load_documents
from graph.pipeline import update_store
from graph.store import LocalStore, read_documents


def _update(corpus: Path, store: Path, *, prune: bool = False) -> bool:
    opened = LocalStore.for_writing(store)
    try:
        report = update_store(load_documents([corpus]), opened, jobs=1, prune=prune)
        return dict(report.documents) == read_documents(opened)
    finally:
        opened.close()


def test_pipeline_report_knows_what_the_store_holds(devdocs: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    shutil.copytree(devdocs, corpus)
    first, *_, last = sorted(corpus.iterdir())
    held_back = shutil.move(first, tmp_path / first.name)
    assert _update(corpus, tmp_path / "store")  # new
    shutil.move(held_back, first)
    first.write_text(first.read_text(encoding="utf-8") + "\nNATO offered talks to Russia.\n")
    last.rename(corpus / "moved.txt")
    assert _update(corpus, tmp_path / "store")  # added back, changed, moved
    (corpus / "moved.txt").unlink()
    assert _update(corpus, tmp_path / "store", prune=True)  # removed
    assert _update(corpus, tmp_path / "store")  # nothing changed
