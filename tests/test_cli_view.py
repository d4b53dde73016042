"""``diplograph view`` through graph.cli.main: what a user types, what they read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph.cli import main


def test_cli_view_focus_suggests_the_closest_name_first(
    capsys: pytest.CaptureFixture[str], seed_graph_file: Path
) -> None:
    code = main(["view", "--graph", str(seed_graph_file), "--focus", "Rusia", "--no-open"])
    captured = capsys.readouterr()
    assert (code, captured.out) == (1, "")
    assert captured.err == (
        "Error: no node of the actors view is named 'Rusia';"
        " close names: Russia, Belarus, Romania\n"
    )


def test_cli_view_focus_by_another_name(
    capsys: pytest.CaptureFixture[str], seed_graph_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "page.html"
    args = ["view", "--graph", str(seed_graph_file), "--view", "actors", "--focus", "the alliance"]
    assert main([*args, "--no-open", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}\n"


def test_cli_view_title_is_escaped_text(
    capsys: pytest.CaptureFixture[str], seed_graph_file: Path, tmp_path: Path
) -> None:
    graph = tmp_path / "a<b>&'\".ttl"
    shutil.copyfile(seed_graph_file, graph)
    out = tmp_path / "page.html"
    assert main(["view", "--graph", str(graph), "--no-open", "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<title>diplograph: a&lt;b&gt;&amp;&#x27;&quot;.ttl</title>" in page
