"""``diplograph eval``: exit codes, figure lines and error text."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from rdflib import Graph

import graph.evaluate as evaluate_module
from graph.cli import main
from graph.documents import Document
from graph.evaluate import CATEGORIES

EVAL = Path(__file__).resolve().parent / "fixtures" / "eval"

TOTALS = """\
Scored 2 documents
category       predicted   gold  matched  precision  recall     F1
entities              10     10        9      0.900   0.900  0.900
proposals              7      5        5      0.714   1.000  0.833
conditions             5      2        1      0.200   0.500  0.286
stances                3      3        2      0.667   0.667  0.667
statements             2      2        1      0.500   0.500  0.500
affiliations           2      2        1      0.500   0.500  0.500
micro                 29     24       19      0.655   0.792  0.717
Skipped, no gold file: extra.txt
Gold without a document: orphan.json
"""


def fake_build(documents: Sequence[Document], **_: object) -> Graph:
    """The hand-made graph named after the document, in place of the extractor."""
    (doc,) = documents
    return Graph().parse(EVAL / "graphs" / f"{Path(doc.name).stem}.ttl", format="turtle")


@pytest.fixture
def fixture_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluate_module, "build_documents", fake_build)


def test_cli_eval_prints_figures(fixture_build: None, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eval", str(EVAL / "gold"), str(EVAL / "docs")])
    out, err = capsys.readouterr()
    assert code == 0
    assert out == TOTALS
    assert err == ""


def test_cli_eval_verbose_lists_misses_and_spurious(
    fixture_build: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["eval", str(EVAL / "gold"), str(EVAL / "docs"), "--verbose"])
    out = capsys.readouterr().out
    assert code == 0
    assert "== alpha.txt (gold: alpha.json)" in out
    assert "  missed entities: PIR Center (Organisation)" in out
    assert '  spurious entities: "Washington" (Person)' in out
    assert "  missed stances: Russia rejects [summit]" in out
    assert out.endswith(TOTALS)


def test_cli_eval_json(fixture_build: None, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eval", str(EVAL / "gold"), str(EVAL / "docs"), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["totals"]["micro"] == {
        "predicted": 29,
        "gold": 24,
        "matched": 19,
        "precision": 0.6552,
        "recall": 0.7917,
        "f1": 0.717,
    }
    assert data["skipped_documents"] == ["extra.txt"]
    assert data["gold_without_document"] == ["orphan.json"]


def test_cli_eval_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope"
    code = main(["eval", str(missing), str(EVAL / "docs")])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err == f"Error: {missing}: no such folder; give the folder of gold .json files\n"


def test_cli_eval_bad_gold_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs").mkdir()
    bad = tmp_path / "gold" / "x.json"
    bad.write_text("{oops", encoding="utf-8")
    (tmp_path / "docs" / "x.txt").write_text("Text.", encoding="utf-8")
    code = main(["eval", str(tmp_path / "gold"), str(tmp_path / "docs")])
    err = capsys.readouterr().err
    assert code == 1
    assert err == (
        f"Error: {bad}: not valid JSON (Expecting property name enclosed in double quotes"
        " at line 1, column 2)\n"
    )


def test_cli_eval_dev_corpus_and_seed_from_several_folders(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The README's command: gold in one folder, documents in two."""
    root = Path(__file__).resolve().parent.parent
    corpus = root / "tests" / "fixtures" / "corpus"
    code = main(["eval", str(corpus / "gold"), str(corpus / "docs"), str(root / "seeds")])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("Scored 11 documents\n")
    first_words = [line.split()[0] for line in out.splitlines() if line.strip()]
    for category in (*CATEGORIES, "micro"):
        assert first_words.count(category) == 1, out
