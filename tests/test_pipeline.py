"""update_store: what it reports of the store is what the store holds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph.assign import Assigner
from graph.documents import load_documents
from graph.namespace import RDFS, SKOS
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


def _quads(store: Path) -> list[str]:
    opened = LocalStore.for_reading(store)
    try:
        rows = opened.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(" ".join(str(term) for term in row) for row in rows)
    finally:
        opened.close()


#: Documents of our own that name one position several times, in two wordings.
_POSITIONS = {
    "a.txt": "Talks in Geneva\n2022-01-10\n\nRussia rejected further NATO expansion, the"
    " foreign ministry said.\n",
    "b.txt": "Moscow repeats its line\n2022-01-12\n\nRussia again rejected further NATO"
    " expansion on Wednesday.\n",
    "c.txt": "A neighbour's view\n2022-01-14\n\nBelarus rejected the further expansion of"
    " NATO, its president said.\n",
}


def test_pipeline_positions_named_before_known_without_asking_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build into an empty store keeps the labels of the positions its documents named
    (one label a position, held by the first document to name it) instead of asking the
    store each document: the store holds the same quads as when it asks."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name, text in _POSITIONS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    assert _update(corpus, tmp_path / "kept")
    original = Assigner.__init__

    def asking(self: Assigner, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        self._others = True

    monkeypatch.setattr(Assigner, "__init__", asking)
    assert _update(corpus, tmp_path / "asked")
    kept, asked = _quads(tmp_path / "kept"), _quads(tmp_path / "asked")
    assert kept == asked
    # one position, named in each document: the first one's graph labels it, the
    # others' drop the same wording or keep theirs as an alternative
    labelled = [q for q in kept if "/position-" in q.split(" ")[1] and str(RDFS.label) in q]
    alternative = [q for q in kept if "/position-" in q.split(" ")[1] and str(SKOS.altLabel) in q]
    assert len(labelled) == 1 and len(alternative) == 1
