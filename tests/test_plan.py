"""graph.plan: new, unchanged, re-extracted, replaced and gone documents."""

from __future__ import annotations

import pytest

from graph.build import document_iri
from graph.documents import Document, document_from_text
from graph.errors import StoreError
from graph.namespace import DGID_DEFAULT
from graph.plan import plan_build
from graph.store import StoredDocument


def doc(text: str, *paths: str) -> Document:
    return document_from_text(text, name=paths[0], paths=paths)


def stored(
    d: Document, *, version: str = "v1", paths: tuple[str, ...] | None = None
) -> StoredDocument:
    name = str(document_iri(d))
    return StoredDocument(name, d.sha256, frozenset(paths or d.paths), version)


A = doc("Alpha talks.", "a.txt")
B = doc("Beta talks.", "b.txt")
A2 = doc("Alpha talks, revised.", "a.txt")


def names(*docs: Document) -> tuple[str, ...]:
    return tuple(str(document_iri(d)) for d in docs)


def test_plan_everything_new_in_an_empty_store() -> None:
    plan = plan_build([A, B], {}, base=DGID_DEFAULT, version="v1")
    assert [t.doc for t in plan.tasks] == [A, B]
    assert (plan.new, plan.unchanged, plan.remove, plan.kept) == (2, (), (), ())


def test_plan_unchanged_documents_are_left_alone() -> None:
    store = {s.name: s for s in (stored(A), stored(B))}
    plan = plan_build([A, B], store, base=DGID_DEFAULT, version="v1")
    assert plan.tasks == ()
    assert plan.unchanged == names(A, B)
    assert not plan.changes


def test_plan_a_changed_file_replaces_its_old_graph() -> None:
    store = {s.name: s for s in (stored(A), stored(B))}
    plan = plan_build([A2, B], store, base=DGID_DEFAULT, version="v1")
    (task,) = plan.tasks
    assert task.doc == A2
    assert task.replaces == names(A)
    assert plan.new == 0
    assert plan.unchanged == names(B)


@pytest.mark.parametrize(
    ("old", "why"),
    [
        (stored(A, paths=("old/a.txt",)), "moved"),
        (stored(A, version="v0"), "another version"),
    ],
)
def test_plan_same_text_moved_or_built_by_another_version_is_re_extracted(
    old: StoredDocument, why: str
) -> None:
    plan = plan_build([A], {old.name: old}, base=DGID_DEFAULT, version="v1")
    (task,) = plan.tasks
    assert (task.doc, task.replaces, plan.new) == (A, (), 0), why
    assert plan.outdated == (1 if why == "another version" else 0)


def test_plan_gone_documents_are_kept_unless_pruned() -> None:
    store = {s.name: s for s in (stored(A), stored(B))}
    kept = plan_build([A], store, base=DGID_DEFAULT, version="v1")
    assert (kept.remove, kept.kept) == ((), names(B))
    pruned = plan_build([A], store, base=DGID_DEFAULT, version="v1", prune=True)
    assert (pruned.remove, pruned.kept) == (names(B), ())


def test_plan_refuses_another_base() -> None:
    other = stored(A)
    moved = StoredDocument("http://example.org/kg/" + A.doc_id, A.sha256, other.paths, "v1")
    with pytest.raises(StoreError) as error:
        plan_build([A], {moved.name: moved}, base=DGID_DEFAULT, version="v1", location="S")
    assert str(error.value) == (
        "S holds documents under another base (http://example.org/kg/); build with"
        f" --base http://example.org/kg/, or add --fresh to rebuild it under {DGID_DEFAULT}"
    )


def test_plan_refuses_old_documents_it_cannot_re_extract() -> None:
    store = {s.name: s for s in (stored(A), stored(B, version="v0"))}
    with pytest.raises(StoreError) as error:
        plan_build([A], store, base=DGID_DEFAULT, version="v1", location="S")
    assert str(error.value) == (
        "S holds 1 document built by another version of the extractor and not found under"
        " the paths given; give their folders too, add --prune to remove them, or add"
        " --fresh to start over"
    )
    plan = plan_build([A], store, base=DGID_DEFAULT, version="v1", prune=True)
    assert plan.remove == names(B)
