"""Time in queries: the ``timeline`` and ``shifts`` presets on a small dated corpus."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from graph.cli import main

FIXTURES = Path(__file__).parent / "fixtures"

#: Two dated reports of one actor changing its stance (tests/fixtures/dated).
DATED = ("talks-stall.txt", "talks-resume.txt")


def _write_dated(docs: Path) -> Path:
    for name in DATED:
        shutil.copy(FIXTURES / "dated" / name, docs / name)
    return docs


@pytest.fixture(scope="module")
def dated_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = _write_dated(tmp_path_factory.mktemp("dated"))
    out = tmp_path_factory.mktemp("out")
    assert main(["build", str(docs), "--out", str(out), "-q"]) == 0
    return out / "graph.ttl"


def _rows(capsys: pytest.CaptureFixture[str], graph: Path, *args: str) -> list[dict[str, str]]:
    code = main(["query", "--graph", str(graph), *args, "--format", "csv"])
    out = capsys.readouterr().out
    assert code == 0
    return list(csv.DictReader(io.StringIO(out)))


def test_timeline_lists_dated_facts_oldest_first(
    capsys: pytest.CaptureFixture[str], dated_graph: Path
) -> None:
    rows = _rows(capsys, dated_graph, "--preset", "timeline")
    assert [(r["date"], r["actorName"], r["fact"]) for r in rows] == [
        ("2024-03-01", "Hungary", "rejects"),
        ("2024-04-20", "Hungary", "supports"),
        ("2024-04-20", "Slovakia", "proposal"),
    ]


def test_timeline_for_one_actor_and_a_window(
    capsys: pytest.CaptureFixture[str], dated_graph: Path
) -> None:
    args = ["--preset", "timeline", "--param", "actor=Hungary", "--param", "since=2024-04-01"]
    rows = _rows(capsys, dated_graph, *args)
    assert [(r["date"], r["fact"]) for r in rows] == [("2024-04-20", "supports")]
    rows = _rows(capsys, dated_graph, "--preset", "timeline", "--param", "until=2024-03-31")
    assert [r["date"] for r in rows] == ["2024-03-01"]


def test_shifts_show_both_stances_dates_and_evidence(
    capsys: pytest.CaptureFixture[str], dated_graph: Path
) -> None:
    (row,) = _rows(capsys, dated_graph, "--preset", "shifts")
    assert (row["actorName"], row["before"], row["after"]) == ("Hungary", "rejects", "supports")
    assert (row["beforeDate"], row["afterDate"]) == ("2024-03-01", "2024-04-20")
    assert row["beforeEvidence"] == "Hungary rejected the plan for a joint border force."
    assert row["afterEvidence"].startswith("Hungary backed the plan")


@pytest.mark.parametrize(
    "args",
    [
        ("--preset", "shifts"),
        ("--preset", "timeline", "--param", "actor=Hungary", "--param", "since=2024-04-01"),
    ],
)
def test_timeline_and_shifts_on_the_store_answer_as_on_the_file(
    capsys: pytest.CaptureFixture[str], dated_graph: Path, args: tuple[str, ...]
) -> None:
    on_file = _rows(capsys, dated_graph, *args)
    code = main(["query", "--store", str(dated_graph.parent / "store"), *args, "--format", "csv"])
    on_store = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert code == 0
    assert on_store == on_file and on_file


def test_build_since_and_until_keep_the_documents_dated_in_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    docs = _write_dated(tmp_path / "in")
    (docs / "undated.txt").write_text("Poland offered to send engineers.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(docs), "--out", str(out), "--since", "2024-04-01"]) == 0
    assert "left out:   2 not dated from 2024-04-01" in capsys.readouterr().out
    rows = _rows(capsys, out / "graph.ttl", "--preset", "timeline")
    assert {r["date"] for r in rows} == {"2024-04-20"}
    code = main(["build", str(docs), "--out", str(tmp_path / "none"), "--until", "2020-01-01"])
    assert code == 1
    assert "no document is dated to 2020-01-01" in capsys.readouterr().err
