"""Time in queries: the ``timeline`` and ``shifts`` presets on a small dated corpus."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from graph.cli import main


@pytest.fixture(scope="module")
def dated_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = tmp_path_factory.mktemp("dated")
    (docs / "a.txt").write_text(
        "Talks stall\n\nMarch 1, 2024\n\nHungary rejected the plan for a joint border force.\n",
        encoding="utf-8",
    )
    (docs / "b.txt").write_text(
        "Talks resume\n\nApril 20, 2024\n\n"
        "Hungary backed the plan for a joint border force after a week of talks.\n"
        "Slovakia offered to host the next round of talks in Bratislava.\n",
        encoding="utf-8",
    )
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
