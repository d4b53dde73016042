"""``diplograph build`` on a store: incremental, parallel, exports from the store, errors."""

from __future__ import annotations

import importlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, Graph

import graph.pipeline as pipeline_module
from graph.build import DocumentGraph
from graph.cli import main
from graph.documents import Document, load_documents
from graph.errors import DiplographError
from graph.namespace import DG, RDF
from graph.store import LocalStore, read_documents
from graph.store.base import DocumentStore

build_module = importlib.import_module("graph.cli.build")
render_module = importlib.import_module("graph.cli.render")
outputs_module = importlib.import_module("graph.export.outputs")
turtle_module = importlib.import_module("graph.export.turtle")
documents_module = importlib.import_module("graph.documents")

Outputs = Callable[..., dict[str, bytes]]


def build(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["build", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def same_as_built_afresh(
    capsys: pytest.CaptureFixture[str], corpus: Path, out: Path, outputs: Outputs
) -> bool:
    """Whether ``out`` holds what a build of ``corpus`` from scratch writes."""
    fresh = out.with_name(out.name + "-fresh")
    assert build(capsys, corpus, "--out", fresh, "-j", "1")[0] == 0
    return outputs(out) == outputs(fresh)


def store_line(out: str) -> str:
    (line,) = [line for line in out.splitlines() if line.startswith("  store:")]
    return line.split("(", 1)[1]


@pytest.fixture()
def corpus(tmp_path: Path, devdocs: Path) -> Path:
    """A copy of the ten dev articles the test may change."""
    src = tmp_path / "in"
    shutil.copytree(devdocs, src)
    return src


def _hold_back_first(corpus: Path, tmp_path: Path) -> Path:
    """Move the corpus's first document out of it (to add it back later); its new path."""
    first = min(corpus.iterdir())
    held_back = tmp_path / first.name
    shutil.move(first, held_back)
    return held_back


def test_cli_build_store_is_incremental(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], outputs: Outputs
) -> None:
    out = tmp_path / "out"
    held_back = _hold_back_first(corpus, tmp_path)
    code, text, _ = build(capsys, corpus, "--out", out, "-j", "1")
    assert code == 0
    assert store_line(text).startswith("9 new, 0 re-extracted, 0 unchanged, 0 removed;")

    shutil.move(held_back, corpus / held_back.name)
    code, text, _ = build(capsys, corpus, "--out", out)
    assert store_line(text).startswith("1 new, 0 re-extracted, 9 unchanged, 0 removed;")
    # Grown one document at a time, the outputs are those of a build from scratch.
    assert same_as_built_afresh(capsys, corpus, out, outputs)

    code, text, _ = build(capsys, corpus, "--out", out)
    assert store_line(text) == "0 new, 0 re-extracted, 10 unchanged, 0 removed)"
    assert f"  up to date: {out / 'graph.ttl'}" in text.splitlines()


def test_cli_build_store_changed_file_replaces_its_document(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    outputs: Outputs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out"
    assert build(capsys, corpus, "--out", out, "-j", "1")[0] == 0
    target = sorted(corpus.iterdir())[0]
    target.write_text(target.read_text(encoding="utf-8") + "\nNATO offered talks to Russia.\n")
    calls = _spied(monkeypatch, outputs_module, "patched_turtle")
    code, text, _ = build(capsys, corpus, "--out", out)
    patched = [len(args[3]) for args, _ in calls]  # the subjects touched
    assert patched and patched[0] > 10  # graph.ttl was patched, not written whole
    assert store_line(text).startswith("0 new, 1 re-extracted, 9 unchanged, 0 removed;")
    store = LocalStore.for_reading(out / "store")
    try:
        docs = read_documents(store).values()
        assert len(docs) == 10
        assert [d.paths for d in docs].count(frozenset({target.name})) == 1
    finally:
        store.close()
    assert same_as_built_afresh(capsys, corpus, out, outputs)


def test_cli_build_store_patch_falls_back_to_a_whole_file(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], outputs: Outputs
) -> None:
    out = tmp_path / "out"
    assert build(capsys, corpus, "--out", out, "-j", "1")[0] == 0
    ttl = out / "graph.ttl"
    ttl.write_text("# edited by hand\n" + ttl.read_text(encoding="utf-8"), encoding="utf-8")
    target = sorted(corpus.iterdir())[0]
    target.write_text(target.read_text(encoding="utf-8") + "\nNATO offered talks to Russia.\n")
    assert build(capsys, corpus, "--out", out)[0] == 0
    assert same_as_built_afresh(capsys, corpus, out, outputs)


def test_cli_build_store_patch_holds_across_page_and_no_page(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A build without the page after one with it (and back) patches ``graph.ttl``: the file
    was written from the same store, whatever else was written beside it."""
    out = tmp_path / "out"
    assert build(capsys, corpus, "--out", out, "-j", "1")[0] == 0
    calls = _spied(monkeypatch, outputs_module, "patched_turtle")
    for n, page in enumerate(([], ["--no-page"], [])):
        target = sorted(corpus.iterdir())[n]
        added = f"\nThe talks resumed on day {n + 2}.\n"  # no proposal, nothing to merge
        target.write_text(target.read_text(encoding="utf-8") + added)
        assert build(capsys, corpus, "--out", out, "-j", "1", *page)[0] == 0
        assert len(calls) == n + 1  # patched, not written whole
    fresh = tmp_path / "fresh"
    assert build(capsys, corpus, "--out", fresh, "-j", "1")[0] == 0
    assert (out / "graph.ttl").read_bytes() == (fresh / "graph.ttl").read_bytes()
    assert (out / "graph.html").read_bytes() == (fresh / "graph.html").read_bytes()


def _spied(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[tuple[Any, Any]]:
    """Every call of ``owner.name`` from now on (for this test): its positional arguments
    and what it returned."""
    calls: list[tuple[Any, Any]] = []
    real = getattr(owner, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        calls.append((args, result))
        return result

    monkeypatch.setattr(owner, name, spy)
    return calls


def _with_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds of any size get the views' helper, as a large build on two cores does."""
    monkeypatch.setattr(build_module, "MIN_DOCUMENTS", 1)
    monkeypatch.setattr(build_module, "default_jobs", lambda: 2)


def _aged(*paths: Path, seconds: int = 3600) -> None:
    """Set the modification time of ``paths`` back by ``seconds`` (a build records only
    files not modified just before it read them)."""
    for path in paths:
        then = path.stat().st_mtime_ns - seconds * 1_000_000_000
        os.utime(path, ns=(then, then))


def test_cli_build_store_patch_edits_the_statements_a_document_changes(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    outputs: Outputs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A document added, then removed: the statements of the nodes it names (their
    ``prov:wasDerivedFrom`` lists grown, then shrunk) are edited in place in graph.ttl."""
    out = tmp_path / "out"
    assert build(capsys, corpus, "--out", out, "-j", "1")[0] == 0
    calls = _spied(monkeypatch, turtle_module, "_edited")
    added = corpus / "added.txt"
    added.write_text("NATO talks\n\nNATO offered talks to Russia and Ukraine.\n", encoding="utf-8")
    code, text, _ = build(capsys, corpus, "--out", out)
    assert store_line(text).startswith("1 new, 0 re-extracted, 10 unchanged, 0 removed;")
    assert any("prov:wasDerivedFrom" in (statement or "") for _, statement in calls)
    assert same_as_built_afresh(capsys, corpus, out, outputs)
    calls.clear()
    added.unlink()
    shutil.rmtree(tmp_path / "out-fresh")
    code, text, _ = build(capsys, corpus, "--out", out, "--prune")
    assert store_line(text) == "0 new, 0 re-extracted, 10 unchanged, 1 removed)"
    assert any("prov:wasDerivedFrom" in (statement or "") for _, statement in calls)
    assert same_as_built_afresh(capsys, corpus, out, outputs)


def _built_aged(capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path) -> Path:
    """``corpus`` built into ``tmp_path/out`` with every file older than a build records."""
    out = tmp_path / "out"
    _aged(*corpus.iterdir())
    assert build(capsys, corpus, "--out", out, "-j", "1")[0] == 0
    return out


def test_cli_build_store_reads_only_the_files_that_changed(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    outputs: Outputs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file of the size and time recorded is not read again; one changed to another text
    of the same size, or touched, is read (and re-extracted only if its text changed)."""
    out = _built_aged(capsys, corpus, tmp_path)
    calls = _spied(monkeypatch, documents_module, "read_document")
    code, text, _ = build(capsys, corpus, "--out", out)
    assert store_line(text) == "0 new, 0 re-extracted, 10 unchanged, 0 removed)"
    assert [args[0].name for args, _ in calls] == []
    changed, touched = sorted(corpus.iterdir())[:2]
    data = changed.read_bytes()
    at = data.index(b"a")
    changed.write_bytes(data[:at] + b"e" + data[at + 1 :])  # the same size
    _aged(changed, seconds=60)
    _aged(touched, seconds=60)  # the same text
    code, text, _ = build(capsys, corpus, "--out", out)
    assert sorted(args[0].name for args, _ in calls) == sorted([changed.name, touched.name])
    assert store_line(text).startswith("0 new, 1 re-extracted, 9 unchanged, 0 removed;")
    assert same_as_built_afresh(capsys, corpus, out, outputs)


def test_cli_build_store_another_version_reads_the_files_not_read(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    outputs: Outputs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Files unchanged since the last build, built by another extractor: read after all."""
    out = _built_aged(capsys, corpus, tmp_path)
    monkeypatch.setattr(pipeline_module, "extractor_version", lambda ner_model=None: "0" * 16)
    code, text, _ = build(capsys, corpus, "--out", out)
    assert store_line(text).startswith("0 new, 10 re-extracted (10 built by another version),")
    assert same_as_built_afresh(capsys, corpus, out, outputs)


def test_cli_build_store_gone_documents_are_kept_until_pruned(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], outputs: Outputs
) -> None:
    out = tmp_path / "out"
    assert build(capsys, corpus, "--out", out, "-j", "1")[0] == 0
    sorted(corpus.iterdir())[0].unlink()
    code, text, _ = build(capsys, corpus, "--out", out)
    assert (
        store_line(text) == "0 new, 0 re-extracted, 9 unchanged, 0 removed, 1 kept from elsewhere)"
    )
    assert text.startswith("Built 9 documents\n")
    code, text, _ = build(capsys, corpus, "--out", out, "--prune")
    assert store_line(text) == "0 new, 0 re-extracted, 9 unchanged, 1 removed)"
    assert same_as_built_afresh(capsys, corpus, out, outputs)


def test_cli_build_store_fresh_starts_over(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert build(capsys, corpus, "--out", out, "-j", "1")[0] == 0
    code, text, _ = build(capsys, corpus, "--out", out, "--fresh", "-j", "1")
    assert code == 0
    assert store_line(text) == "10 new, 0 re-extracted, 0 unchanged, 0 removed; 1 process)"


def test_cli_build_store_output_does_not_depend_on_the_number_of_workers(
    devdocs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], built: Path, outputs: Outputs
) -> None:
    out = tmp_path / "j2"
    code, text, _ = build(capsys, devdocs, "--out", out, "-j", "2")
    assert code == 0
    assert store_line(text).endswith("; 2 worker processes)")
    assert outputs(out) == outputs(built)


@pytest.mark.parametrize("snapshot", [True, False])
def test_cli_build_store_views_rendered_by_a_helper_are_the_same_bytes(
    snapshot: bool,
    devdocs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    built: Path,
    outputs: Outputs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _with_helper(monkeypatch)
    if not snapshot:  # no room beside the store: the views are rendered here
        monkeypatch.setattr(render_module, "_snapshot", lambda store: None)
    calls = _spied(monkeypatch, render_module.ViewsHelper, "views")
    out = tmp_path / "helped"
    assert build(capsys, devdocs, "--out", out, "-j", "2")[0] == 0
    assert [args[1].location for args, _ in calls] == [str(out / "store")]
    assert outputs(out) == outputs(built)
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [
        ".diplograph-state.json"
    ]  # no snapshot or helper file left behind


def test_cli_build_store_views_helper_stops_before_the_graph_files_are_written(
    devdocs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What the helper holds once it has rendered the views is given back before the
    # graph files are written, not held beside them to the end of the build.
    _with_helper(monkeypatch)
    events: list[str] = []
    for owner, name in ((render_module.ViewsHelper, "close"), (build_module, "graph_files")):
        real = getattr(owner, name)

        def spy(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            events.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(owner, name, spy)
    assert build(capsys, devdocs, "--out", tmp_path / "out", "-j", "2")[0] == 0
    assert "close" in events and "graph_files" in events
    assert events.index("close") < events.index("graph_files")


@pytest.mark.parametrize(
    ("render", "error"),
    [
        ("_fail_to_render", "the views could not be rendered"),
        (
            "_die_rendering",
            "the process rendering the views stopped (exit code 3); build again, or with -j 1"
            " to render them in the main process",
        ),
    ],
)
def test_cli_build_store_helper_failure_writes_no_output(
    render: str,
    error: str,
    devdocs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _with_helper(monkeypatch)
    monkeypatch.setattr(render_module, "_render_views", globals()[render])
    out = tmp_path / "out"
    assert build(capsys, devdocs, "--out", out, "-j", "1", "--no-page")[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    code, _, err = build(capsys, devdocs, "--out", out, "-j", "2", "--fresh")
    assert (code, err) == (1, f"Error: {error}\n")
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".diplograph-views")] == []


def _fail_to_render(snapshot: str, folder: str) -> None:
    raise DiplographError("the views could not be rendered")


def _die_rendering(snapshot: str, folder: str) -> None:
    os._exit(3)


def test_cli_build_store_rebuilds_documents_of_another_version(
    devdocs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out"
    monkeypatch.setattr(pipeline_module, "extractor_version", lambda model=None: "0ld")
    assert build(capsys, devdocs, "--out", out, "-j", "1")[0] == 0
    monkeypatch.undo()
    code, text, _ = build(capsys, devdocs, "--out", out, "-j", "1")
    assert code == 0
    assert store_line(text) == (
        "0 new, 10 re-extracted (10 built by another version), 0 unchanged, 0 removed; 1 process)"
    )


def test_cli_build_store_refuses_another_base_with_what_to_run(
    devdocs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], outputs: Outputs
) -> None:
    out = tmp_path / "out"
    assert build(capsys, devdocs, "--out", out, "-j", "1")[0] == 0
    before = outputs(out)
    base = "https://example.org/kg/"
    code, text, err = build(capsys, devdocs, "--out", out, "--base", base)
    assert code == 1
    assert err == (
        f"Error: {out / 'store'} holds documents under another base"
        " (https://w3id.org/diplograph/id/); build with --base https://w3id.org/diplograph/id/,"
        f" or add --fresh to rebuild it under {base}\n"
    )
    assert outputs(out) == before
    assert build(capsys, devdocs, "--out", out, "--base", base, "--fresh", "-j", "1")[0] == 0
    assert "<https://example.org/kg/>" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_cli_build_store_locked_by_another_build(
    devdocs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    holder = LocalStore.for_writing(out / "store")
    try:
        code, _, err = build(capsys, devdocs, "--out", out)
    finally:
        holder.close()
    assert code == 1
    assert err == (
        f"Error: {out / 'store'} is in use by another build, a query or `diplograph serve`;"
        " wait for it to finish (or stop it) and build again\n"
    )
    assert sorted(p.name for p in out.iterdir()) == ["store"]


def test_cli_build_store_is_written_through_the_assign_step_oldest_first(
    devdocs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    class Assigner:
        def __init__(self, store: DocumentStore, **_options: object) -> None:
            self.store = store

        def __call__(self, doc: Document, graph: DocumentGraph) -> DocumentGraph:
            seen.append(doc.paths[0])
            assert graph.name not in read_documents(self.store)  # written after this step
            return graph.renamed({graph.name: graph.name + "-assigned"})

    monkeypatch.setattr(pipeline_module, "Assigner", Assigner)
    out = tmp_path / "out"
    assert build(capsys, devdocs, "--out", out, "-j", "2")[0] == 0
    docs = load_documents([devdocs])
    oldest_first = sorted(docs, key=lambda d: d.date or "9999-12-31")  # ties: path order
    assert seen == [d.paths[0] for d in oldest_first]
    assert len({d.date for d in docs}) > 1  # the order is by date, not only by name
    g = Graph().parse(out / "graph.ttl", format="turtle")
    documents = [str(d) for d in g.subjects(RDF.type, DG.Document)]
    assert len(documents) == 10
    assert all(d.endswith("-assigned") for d in documents)


def test_cli_build_store_other_formats_parse_back(
    devdocs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], built: Path, outputs: Outputs
) -> None:
    out = tmp_path / "out"
    args = ["--format", "turtle", "--format", "trig", "--format", "nt", "--format", "jsonld"]
    assert build(capsys, devdocs, "--out", out, "-j", "1", *args)[0] == 0
    turtle = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(turtle) > 1000
    for name, fmt in (("graph.nt", "nt"), ("graph.jsonld", "json-ld")):
        g = Graph().parse(out / name, format=fmt)
        assert len(g) == len(turtle), name
        assert set(g) == set(turtle), name
    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    named = [g for g in dataset.graphs() if str(g.identifier).startswith("https://w3id.org")]
    assert len(named) == 10
    assert all((g.identifier, RDF.type, DG.Document) in g for g in named)
    assert outputs(out, ("graph.ttl",)) == outputs(built, ("graph.ttl",))
    # The same store gives the same bytes in every format.
    again = tmp_path / "again"
    assert build(capsys, devdocs, "--out", again, "-j", "2", *args)[0] == 0
    names = ("graph.ttl", "graph.trig", "graph.nt", "graph.jsonld")
    assert outputs(out, names) == outputs(again, names)


def test_cli_build_store_no_page_writes_the_graph_files_only(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], outputs: Outputs
) -> None:
    out = tmp_path / "out"
    held_back = _hold_back_first(corpus, tmp_path)
    assert build(capsys, corpus, "--out", out, "-j", "1")[0] == 0
    page = (out / "graph.html").read_bytes()
    held_back.rename(corpus / held_back.name)
    code, text, _ = build(capsys, corpus, "--out", out, "-j", "1", "--no-page")
    assert code == 0 and "not written (--no-page): graph.html" in text
    assert held_back.name in (out / "graph.ttl").read_text(encoding="utf-8")
    assert (out / "graph.html").read_bytes() == page
    # The next build without --no-page writes the page of everything stored.
    code, text, _ = build(capsys, corpus, "--out", out, "-j", "1")
    assert code == 0 and "not written" not in text
    assert same_as_built_afresh(capsys, corpus, out, outputs)
