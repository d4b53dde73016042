"""``diplograph serve``: the Oxigraph server answers the SPARQL Protocol as ``query`` does."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.cli import main
from graph.namespace import PREFIXES
from graph.query import get_preset
from graph.serve import free_port, server_command

PRESET = "stances"


def _values(document: dict[str, object]) -> list[tuple[str, ...]]:
    """SPARQL JSON results as rows of values (the head's variables, in order)."""
    head = document["head"]
    results = document["results"]
    assert isinstance(head, dict) and isinstance(results, dict)
    names = head["vars"]
    return [tuple(b.get(v, {}).get("value", "") for v in names) for b in results["bindings"]]


@pytest.fixture()
def served(built: Path) -> Iterator[str]:
    """``diplograph serve`` on the shared store, on a free port; stopped after the test."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "graph",
            "serve",
            "--store",
            str(built / "store"),
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith(
            f"Serving {built / 'store'} read-only at http://127.0.0.1:{port}/query"
        ), line + (process.stderr.read() if process.poll() is not None and process.stderr else "")
        yield f"http://127.0.0.1:{port}/query"
    finally:
        process.terminate()
        assert process.wait(10) == 0
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def _prefixed(sparql: str) -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items()) + sparql


def test_serve_get_and_post_answer_with_the_rows_of_query(
    served: str, built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["query", "--store", str(built / "store"), "--preset", PRESET, "--format", "json"])
        == 0
    )
    expected = _values(json.loads(capsys.readouterr().out))
    assert len(expected) > 5
    sparql = _prefixed(get_preset(PRESET).sparql)
    accept = {"Accept": "application/sparql-results+json"}
    get = urllib.request.Request(
        served + "?" + urllib.parse.urlencode({"query": sparql}), headers=accept
    )
    post = urllib.request.Request(
        served,
        data=sparql.encode("utf-8"),
        headers={**accept, "Content-Type": "application/sparql-query"},
        method="POST",
    )
    for request in (get, post):
        with urllib.request.urlopen(request, timeout=30) as response:
            assert _values(json.load(response)) == expected


def test_serve_refuses_updates_and_keeps_builds_out(
    served: str, built: Path, devdocs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    update = urllib.request.Request(
        served.replace("/query", "/update"),
        data=b"CLEAR ALL",
        headers={"Content-Type": "application/sparql-update"},
        method="POST",
    )
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(update, timeout=30)
    assert main(["build", str(devdocs), "--out", str(built), "-q"]) == 1
    assert capsys.readouterr().err == (
        f"Error: {built / 'store'} is in use by another build, a query or `diplograph serve`;"
        " wait for it to finish (or stop it) and build again\n"
    )


def test_serve_busy_port_is_one_error(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(["serve", "--store", str(built / "store"), "--port", str(port)])
    assert code == 1
    assert capsys.readouterr().err == (
        f"Error: port {port} on 127.0.0.1 is in use; choose another with --port\n"
    )


def test_serve_without_a_store_says_what_to_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--store", str(tmp_path / "none")]) == 1
    assert capsys.readouterr().err == (
        f"Error: no store at {tmp_path / 'none'}; run `diplograph build` first"
        " (or query a Turtle file with --graph FILE)\n"
    )


def test_serve_listens_on_this_machine_only_by_default(tmp_path: Path) -> None:
    command = server_command("oxigraph", tmp_path, "127.0.0.1", 7878, timeout=30, cors=False)
    assert command == [
        "oxigraph",
        "serve-read-only",
        "--location",
        str(tmp_path),
        "--bind",
        "127.0.0.1:7878",
        "--timeout-s",
        "30",
    ]
