"""The presets' answers kept in the store: computed by the first query, marked stale by
builds, and always the live query's rows, in its order (documents added, changed,
removed, a fresh build, a write that does not keep them), with and without parameters."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.term import Identifier

import graph.store.answers
import graph.store.local
from graph.cli import main
from graph.namespace import PREFIXES
from graph.query import Preset, QueryResult, check_query, get_preset, list_presets, term_warnings
from graph.results import to_csv, write_csv
from graph.store import LocalStore
from graph.store.answers import CSV_FOLDER, FILENAME
from graph.store.kept import KEEPING
from graph.store.oxigraph import Terms
from graph.store.sparql import query_preset, query_store


def _build(docs: Path, out: Path, *extra: str) -> None:
    assert main(["build", str(docs), "--out", str(out), "-q", "-j", "1", "--no-page", *extra]) == 0


def _kept(store: Path, preset: Preset, bindings: dict[str, Identifier], as_csv: bool) -> Any:
    reader = LocalStore.for_reading(store)
    try:
        kept = reader.kept_answer(preset, bindings, as_csv=as_csv)
    finally:
        reader.close()
    assert kept is not None, f"{preset.name} {bindings}: not answered from kept rows"
    return kept


def _live(store: Path, preset: Preset, bindings: dict[str, Identifier]) -> QueryResult:
    sparql = preset.query_for(bindings)
    return query_store(str(store), sparql, bindings=bindings, timeout=None)


def _same(store: Path, preset: Preset, bindings: dict[str, Identifier]) -> int:
    """Assert the kept answer is the live one, as rows and as CSV; the rows compared."""
    live = _live(store, preset, bindings)
    kind, columns, rows = _kept(store, preset, bindings, as_csv=False)
    terms = Terms()
    kept = tuple(tuple(map(terms.from_light, row)) for row in rows)
    assert (kind, columns, kept) == ("SELECT", live.variables, live.rows), preset.name
    assert _csv(_kept(store, preset, bindings, as_csv=True)) == to_csv(live), preset.name
    return len(live.rows)


def _csv(kept: tuple[str, tuple[str, ...], str]) -> str:
    """A kept answer's CSV text: the text, or its files' where it is kept whole."""
    kind, _, value = kept
    if kind == "CSV_FILES":
        return b"".join(Path(path).read_bytes() for path in value).decode("utf-8")
    return value


def _parameters(store: Path) -> dict[str, list[Identifier]]:
    """A few values for every parameter the kept answers take, read from the store."""
    actors = [row[-1] for row in _live(store, get_preset("actors"), {}).rows]
    some = [actors[len(actors) // 2], URIRef("https://e.org/nobody")]
    facts = [row[-1] for row in _live(store, get_preset("evidence"), {}).rows]
    nodes = [row[-1] for row in _live(store, get_preset("timeline"), {}).rows]
    dates = sorted({str(row[0]) for row in _live(store, get_preset("timeline"), {}).rows})
    middle = Literal(dates[len(dates) // 2] if dates else "2024-01-01")
    values: dict[str, list[Identifier]] = {"since": [middle], "until": [middle]}
    for name in ("actor", "holder", "target", "person", "org"):
        values[name] = some
    for name in ("fact", "proposal", "condition", "document", "statement", "node"):
        values[name] = [facts[0], nodes[-1]]
    return values


def _check_all(store: Path, *, narrowed: bool = False) -> int:
    """Compare every preset's kept rows with the live query's, unnarrowed (and narrowed by
    each parameter they answer); the number of rows compared."""
    values = _parameters(store) if narrowed else {}
    compared = 0
    for preset in list_presets():
        keeping = KEEPING[preset.name]
        compared += _same(store, preset, {})
        names = [*keeping.columns, *(["since", "until"] * bool(keeping.since_until))]
        for name in names if narrowed else []:
            for term in values[name]:
                compared += _same(store, preset, {name: term})
    return compared


def _table(store: Path, sql: str) -> list[tuple[Any, ...]]:
    db = sqlite3.connect(store / FILENAME)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


@pytest.fixture()
def corpus(tmp_path: Path, devdocs: Path) -> Path:
    """Six of the ten articles in ``docs``, the other four in ``spare``."""
    docs, spare = tmp_path / "docs", tmp_path / "spare"
    docs.mkdir()
    spare.mkdir()
    for i, path in enumerate(sorted(devdocs.glob("*.txt"))):
        shutil.copy(path, (docs if i < 6 else spare) / path.name)
    return tmp_path


def test_store_answers_equal_the_live_query_through_incremental_builds(corpus: Path) -> None:
    docs, out = corpus / "docs", corpus / "out"
    store = out / "store"
    _build(docs, out)
    assert not (store / FILENAME).exists()  # a build computes no answer
    assert _check_all(store) > 0
    for path in sorted((corpus / "spare").glob("*.txt"))[:2]:  # added
        shutil.move(path, docs / path.name)
    _build(docs, out)
    # The answers were kept across the build, their touched keys marked stale.
    assert len(_table(store, "SELECT preset FROM kept")) == len(KEEPING)
    assert _table(store, "SELECT COUNT(*) FROM stale WHERE preset = 'proposals'")[0][0] > 0
    _check_all(store)
    assert _table(store, "SELECT COUNT(*) FROM stale") == [(0,)]
    changed = sorted(docs.glob("*.txt"))[1]  # changed: a paragraph less, a sentence more
    text = changed.read_text(encoding="utf-8").split("\n\n")
    extra = "\n\nThe United States rejected the proposal, and Russia supported it."
    changed.write_text("\n\n".join(text[:-1]) + extra, encoding="utf-8")
    _build(docs, out)
    _check_all(store)
    (docs / sorted(p.name for p in docs.glob("*.txt"))[0]).unlink()  # removed
    _build(docs, out, "--prune")
    assert _check_all(store, narrowed=True) > 0
    _build(docs, out)  # nothing changed: the answers are still current, none stale
    assert _table(store, "SELECT COUNT(*) FROM stale") == [(0,)]
    _check_all(store)


def test_store_answers_forgotten_by_a_fresh_build_and_a_change_not_followed(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, out = corpus / "docs", corpus / "out"
    store = out / "store"
    _build(docs, out)
    preset = get_preset("statements")
    _same(store, preset, {})
    _build(docs, out, "--fresh")
    assert not (store / FILENAME).exists()
    _same(store, preset, {})
    monkeypatch.setattr(graph.store.local, "COUNTED_WRITES", 0)  # writes left uncounted
    for path in sorted((corpus / "spare").glob("*.txt")):
        shutil.move(path, docs / path.name)
    _build(docs, out)
    assert _table(store, "SELECT preset FROM kept") == []
    _same(store, preset, {})


def test_store_answers_of_another_state_are_computed_again(corpus: Path) -> None:
    docs, out = corpus / "docs", corpus / "out"
    store = out / "store"
    _build(docs, out)
    preset = get_preset("stances")
    before = _same(store, preset, {})
    # A write that does not keep the answers: the store's files change.
    inner = ox.Store(str(store))
    holder, target = ox.NamedNode("https://e.org/a"), ox.NamedNode("https://e.org/b")
    rejects = ox.NamedNode(PREFIXES["dg"] + "rejects")
    inner.add(ox.Quad(holder, rejects, target, ox.DefaultGraph()))
    inner.flush()
    del inner
    assert _same(store, preset, {}) == before + 1
    (store / FILENAME).write_bytes(b"not a database")
    assert _same(store, preset, {}) == before + 1


def test_store_answers_unknown_parameter_runs_the_query(corpus: Path) -> None:
    docs, out = corpus / "docs", corpus / "out"
    _build(docs, out)
    preset = get_preset("stances")
    bindings: dict[str, Identifier] = {"stance": Literal("rejects")}
    reader = LocalStore.for_reading(out / "store")
    try:
        assert reader.kept_answer(preset, bindings) is None
    finally:
        reader.close()
    rows = query_preset(str(out / "store"), preset, bindings=bindings).rows
    assert rows and all(row[1] == Literal("rejects") for row in rows)


@pytest.mark.parametrize("preset", [p.name for p in list_presets()])
def test_store_answers_parameters_are_the_presets_variables(preset: str) -> None:
    """A kept answer skips the query's checks: every parameter it answers is a variable of
    the preset (bound, it passes the check), and the preset names no unknown term."""
    keeping = KEEPING[preset]
    names = [*keeping.columns, *(["since", "until"] * bool(keeping.since_until))]
    bindings: dict[str, Identifier] = {name: URIRef("https://e.org/x") for name in names}
    prepared = check_query(get_preset(preset).sparql, PREFIXES, bindings=bindings)
    assert term_warnings(prepared, None, PREFIXES) == ()


def _cli_csv(store: Path, preset: str, capfd: pytest.CaptureFixture[str]) -> str:
    capfd.readouterr()
    args = ["query", "--store", str(store), "--preset", preset, "--format", "csv"]
    assert main(args) == 0
    return capfd.readouterr().out


def test_store_answers_whole_csv_is_a_file_written_out_as_it_is(
    corpus: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    docs, out = corpus / "docs", corpus / "out"
    store = out / "store"
    _build(docs, out)
    live = to_csv(_live(store, get_preset("conditions"), {}))
    assert _cli_csv(store, "conditions", capfd) == live  # computed, kept, written out
    (name,) = [n for (n,) in _table(store, "SELECT file FROM parts WHERE preset = 'conditions'")]
    kept = store / CSV_FOLDER / name
    assert kept.read_bytes().decode("utf-8") == live
    assert _cli_csv(store, "conditions", capfd) == live  # read back from the file
    kept.unlink()  # a file gone (removed by hand): written again, not an error
    assert _cli_csv(store, "conditions", capfd) == live
    assert kept.is_file()
    for path in sorted((corpus / "spare").glob("*.txt")):
        shutil.move(path, docs / path.name)
    _build(docs, out)  # the answer is stale: its file goes when the next one is kept
    after = to_csv(_live(store, get_preset("conditions"), {}))
    assert after != live
    assert _cli_csv(store, "conditions", capfd) == after
    assert not kept.exists()
    assert sorted(p.name for p in (store / CSV_FOLDER).iterdir()) == sorted(
        n for (n,) in _table(store, "SELECT file FROM parts")
    )


def test_store_answers_csv_parts_written_again_only_where_rows_moved(
    corpus: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A whole answer is kept in parts of the sorted rows: after one document is added, a
    query writes again the parts its rows go in, and keeps the others' files as they were."""
    monkeypatch.setattr(graph.store.answers, "PART_ROWS", 4)
    docs, out = corpus / "docs", corpus / "out"
    store = out / "store"
    _build(docs, out)
    sql = "SELECT first, file FROM parts WHERE preset = 'evidence'"
    assert _cli_csv(store, "evidence", capfd) == to_csv(_live(store, get_preset("evidence"), {}))
    before = set(_table(store, sql))
    assert len(before) > 10
    shutil.move(sorted((corpus / "spare").glob("*.txt"))[0], docs)
    _build(docs, out)
    live = to_csv(_live(store, get_preset("evidence"), {}))
    assert _cli_csv(store, "evidence", capfd) == live
    after = set(_table(store, sql))
    assert after - before  # the new document's rows: parts written again
    assert len(before & after) > len(before) // 2  # most parts: the same files
    assert sorted(p.name for p in (store / CSV_FOLDER).iterdir()) == sorted(
        n for (n,) in _table(store, "SELECT file FROM parts")
    )


def test_store_answers_csv_file_written_to_a_file_a_buffer_or_an_appended_file(
    tmp_path: Path,
) -> None:
    text = "a,b\r\n" + "".join(f"x{i},y{i}\r\n" for i in range(50_000))
    kept, more = tmp_path / "kept.csv", tmp_path / "more.csv"  # an answer in two parts
    kept.write_bytes(text.encode("utf-8")[:300_001])
    more.write_bytes(text.encode("utf-8")[300_001:])

    def result() -> QueryResult:
        return QueryResult("SELECT", ("a", "b"), csv_files=(kept.open("rb"), more.open("rb")))

    with (tmp_path / "out.csv").open("wb") as handle:  # by the kernel
        handle.write(b"")
        write_csv(result(), handle)
    assert (tmp_path / "out.csv").read_bytes() == text.encode("utf-8")
    buffer = io.BytesIO()  # no file: copied
    write_csv(result(), buffer)
    assert buffer.getvalue() == text.encode("utf-8")
    (tmp_path / "log.csv").write_bytes(b"before\n")
    with (tmp_path / "log.csv").open("ab") as handle:  # appended: the kernel refuses it
        write_csv(result(), handle)
    assert (tmp_path / "log.csv").read_bytes() == b"before\n" + text.encode("utf-8")
    assert to_csv(result()) == text
