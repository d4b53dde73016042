"""graph.store: named graphs replaced whole, the union kept as a set, locks and formats."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from graph.build import DocumentGraph
from graph.errors import StoreError
from graph.namespace import DG, RDF, RDFS, SKOS
from graph.store import LocalStore, describe_union, open_store, read_documents, union_subjects
from graph.store.base import count_triples, store_base
from graph.store.oxigraph import plain
from graph.store.version import extractor_version

E = "https://w3id.org/diplograph/id/"


def doc_graph(name: str, sha: str, *lines: str, paths: tuple[str, ...] = ()) -> DocumentGraph:
    """A document graph: the document node, then ``lines`` of N-Triples."""
    iri = f"<{E}{name}>"
    head = [
        f"{iri} <{RDF.type}> <{DG.Document}> .",
        f'{iri} <{DG.sha256}> "{sha}" .',
        f'{iri} <{DG.extractorVersion}> "v1" .',
        *(f'{iri} <{DG.path}> "{p}" .' for p in paths),
    ]
    return DocumentGraph(E + name, "".join(line + "\n" for line in [*head, *lines]))


US_STATE = f"<{E}state-us> <{RDF.type}> <{DG.State}> ."
US_LABEL = f'<{E}state-us> <{RDFS.label}> "United States" .'


def count(store: LocalStore, sparql: str) -> int:
    (row,) = list(store.select(sparql))
    assert isinstance(row[0], Literal)
    return int(row[0])


@pytest.fixture()
def store(tmp_path: Path) -> LocalStore:
    s = LocalStore.for_writing(tmp_path / "store")
    yield s
    s.close()


def test_store_union_counts_a_triple_once_however_many_documents_hold_it(
    store: LocalStore,
) -> None:
    store.write(doc_graph("doc-a", "a", US_STATE, US_LABEL))
    store.write(doc_graph("doc-b", "b", US_STATE, US_LABEL))
    assert count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s a <{DG.State}> }}") == 1
    assert (
        count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s a <{DG.State}> }} }}") == 2
    )
    labels = list(store.union().objects(URIRef(E + "state-us"), RDFS.label))
    assert [plain(label) for label in labels] == [Literal("United States")]


def test_store_replacing_a_document_keeps_what_another_still_states(store: LocalStore) -> None:
    store.write(doc_graph("doc-a", "a", US_STATE, US_LABEL))
    store.write(doc_graph("doc-b", "b", US_STATE))
    store.write(doc_graph("doc-c", "c", US_STATE), replaces=[E + "doc-a"])
    assert sorted(read_documents(store)) == [E + "doc-b", E + "doc-c"]
    union = store.union()
    assert (URIRef(E + "state-us"), RDF.type, DG.State) in union
    assert (URIRef(E + "state-us"), RDFS.label, Literal("United States")) not in union
    store.remove([E + "doc-b", E + "doc-c"])
    assert read_documents(store) == {}
    assert count_triples(store) == 0


def test_store_rewriting_a_document_replaces_its_graph(store: LocalStore) -> None:
    store.write(doc_graph("doc-a", "a", US_STATE, US_LABEL, paths=("x.txt",)))
    store.write(doc_graph("doc-a", "a", US_STATE, paths=("y.txt",)))
    (stored,) = read_documents(store).values()
    assert stored.paths == frozenset({"y.txt"})
    assert (URIRef(E + "state-us"), RDFS.label, None) not in store.union()


def test_store_reads_documents_and_base(store: LocalStore) -> None:
    assert store_base(store) is None
    store.write(doc_graph("doc-a", "a", paths=("a.txt", "b.txt")))
    (stored,) = read_documents(store).values()
    assert (stored.name, stored.sha256, stored.paths, stored.version) == (
        E + "doc-a",
        "a",
        frozenset({"a.txt", "b.txt"}),
        "v1",
    )
    assert store_base(store) == E


def test_store_union_keeps_one_label_and_the_others_as_alternatives(store: LocalStore) -> None:
    store.write(doc_graph("doc-a", "a", f'<{E}person-x> <{RDFS.label}> "Jose Marti" .'))
    store.write(doc_graph("doc-b", "b", f'<{E}person-x> <{RDFS.label}> "José Martí" .'))
    described = dict(describe_union(store, union_subjects(store)))
    triples = set(described[URIRef(E + "person-x")])
    person = URIRef(E + "person-x")
    assert triples == {
        (person, RDFS.label, Literal("Jose Marti")),
        (person, SKOS.altLabel, Literal("José Martí")),
    }


def test_store_clear_empties_it_and_keeps_the_lock(store: LocalStore, tmp_path: Path) -> None:
    store.write(doc_graph("doc-a", "a", US_STATE))
    store.clear()
    assert read_documents(store) == {}
    with pytest.raises(StoreError, match="is in use by another build"):
        LocalStore.for_writing(tmp_path / "store")


def test_store_one_writer_at_a_time_and_no_reader_while_it_writes(
    store: LocalStore, tmp_path: Path
) -> None:
    folder = tmp_path / "store"
    with pytest.raises(StoreError) as writer:
        open_store(folder, writable=True)
    assert str(writer.value) == (
        f"{folder} is in use by another build, a query or `diplograph serve`;"
        " wait for it to finish (or stop it) and build again"
    )
    with pytest.raises(StoreError) as reader:
        open_store(folder, writable=False)
    assert str(reader.value) == (
        f"{folder} is being written by a build; run this again when the build has finished"
    )


def test_store_many_readers_at_once(store: LocalStore, tmp_path: Path) -> None:
    store.write(doc_graph("doc-a", "a", US_STATE))
    store.close()
    first = open_store(tmp_path / "store", writable=False)
    second = open_store(tmp_path / "store", writable=False)
    try:
        assert list(read_documents(first)) == list(read_documents(second)) == [E + "doc-a"]
    finally:
        first.close()
        second.close()


def test_store_closed_lets_the_folder_go_without_a_garbage_collection(
    store: LocalStore, tmp_path: Path
) -> None:
    """Closing frees Oxigraph's files at once (the rdflib objects around it hold cycles)."""
    folder = tmp_path / "store"
    store.write(doc_graph("doc-a", "a", US_STATE))
    gc.disable()
    try:
        for writable in (True, False, True):
            store.close()
            store = LocalStore.for_writing(folder) if writable else LocalStore.for_reading(folder)
            assert list(read_documents(store)) == [E + "doc-a"]
    finally:
        store.close()
        gc.enable()


def test_store_missing_is_an_error_that_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as error:
        open_store(tmp_path / "nothing", writable=False)
    assert str(error.value) == (
        f"no store at {tmp_path / 'nothing'}; run `diplograph build` first"
        " (or query a Turtle file with --graph FILE)"
    )


def test_store_refuses_a_folder_of_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError) as error:
        open_store(tmp_path, writable=True)
    assert str(error.value) == (
        f"{tmp_path} holds other files and is not a diplograph store;"
        " give an empty or new folder for --store"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_store_of_another_format_says_to_rebuild(store: LocalStore, tmp_path: Path) -> None:
    store.close()
    (tmp_path / "store" / "diplograph.json").write_text(json.dumps({"format": 99}))
    with pytest.raises(StoreError) as error:
        open_store(tmp_path / "store", writable=True)
    assert str(error.value) == (
        f"{tmp_path / 'store'} was written by another version of diplograph (store format 99,"
        " this one reads 1); run `diplograph build --fresh` to rebuild it"
    )
    fresh = open_store(tmp_path / "store", writable=True, check_format=False)
    fresh.clear()
    fresh.close()
    assert json.loads((tmp_path / "store" / "diplograph.json").read_text())["format"] == 1


def test_store_version_changes_with_the_code_and_the_model() -> None:
    assert extractor_version() == extractor_version()
    assert extractor_version() != extractor_version("en_core_web_sm")


def test_store_document_graph_renamed_rewrites_every_occurrence() -> None:
    graph = doc_graph("doc-a", "a", f"<{E}proposal-1> <{DG.proposedBy}> <{E}state-us> .")
    renamed = graph.renamed({E + "proposal-1": E + "proposal-shared"})
    assert f"<{E}proposal-shared> <{DG.proposedBy}>" in renamed.ntriples
    assert "proposal-1>" not in renamed.ntriples
    assert renamed.name == graph.name


def test_store_version_covers_what_shapes_the_triples_and_only_that() -> None:
    """The extractor, its data and the graph builder count; the page, queries and store
    plumbing do not (changing them must not re-extract a whole corpus)."""
    import graph
    from graph.store.version import SHAPING, _sources

    root = Path(graph.__file__).resolve().parent
    names = {p.relative_to(root).as_posix() for p in _sources(root)}
    assert {"extract/readings.py", "data/constructions.json", "build.py", "assign.py"} <= names
    assert {"documents.py", "formats.py", "lexicon.py", "labels.py", "merge.py"} <= names
    assert not names & {"export/pagedata.py", "query.py", "store/local.py", "cli/build.py"}
    assert all((root / name).exists() for name in SHAPING)
