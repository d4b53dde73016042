"""Beyond one machine: a remote SPARQL store (a real Oxigraph server) and a Dask cluster."""

from __future__ import annotations

import importlib
import shutil
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from graph.cli import main
from graph.store import RemoteStore, read_documents
from graph.store.remote import endpoints

parallel_module = importlib.import_module("graph.parallel")


Outputs = Callable[..., dict[str, bytes]]


def test_remote_store_build_equals_the_local_build(
    oxigraph_server: str,
    devdocs: Path,
    built: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    outputs: Outputs,
) -> None:
    out = tmp_path / "out"
    code = main(["build", str(devdocs), "--out", str(out), "--store", oxigraph_server, "-j", "1"])
    assert code == 0
    assert f"  store:      {oxigraph_server} (10 new," in capsys.readouterr().out
    assert outputs(out) == outputs(built)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [".diplograph-state.json", *outputs(out)]
    )
    # Each document is one named graph on the server, replaced whole.
    with urllib.request.urlopen(oxigraph_server + "/store?graph=" + _first(oxigraph_server)) as r:
        assert r.status == 200
    # Queries go to the same URL, with --param bound as on a local store.
    assert main(["query", "--store", oxigraph_server, "ASK { ?d a dg:Document }"]) == 0
    assert capsys.readouterr().out == "true\n"
    args = ["--preset", "proposals", "--param", "proposer=dgid:state-united-states"]
    assert main(["query", "--store", oxigraph_server, *args, "--format", "csv"]) == 0
    remote = capsys.readouterr().out
    assert main(["query", "--store", str(built / "store"), *args, "--format", "csv"]) == 0
    assert sorted(remote.splitlines()) == sorted(capsys.readouterr().out.splitlines())
    assert 2 < len(remote.splitlines()) < 40


def _first(url: str) -> str:
    store = RemoteStore(url)
    try:
        return sorted(read_documents(store))[0]
    finally:
        store.close()


def test_remote_store_replaces_a_changed_document(
    oxigraph_server: str,
    devdocs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    outputs: Outputs,
) -> None:
    src = tmp_path / "in"
    shutil.copytree(devdocs, src)
    out = tmp_path / "out"
    args = ["build", str(src), "--out", str(out), "--store", oxigraph_server, "-j", "1", "-q"]
    assert main(args) == 0
    target = sorted(src.iterdir())[0]
    target.write_text(target.read_text(encoding="utf-8") + "\nNATO offered talks.\n")
    target.with_name("copy.txt").write_text("Copy\n\nRussia rejected the offer.\n")
    assert main(args[:-1]) == 0
    assert "(1 new, 1 re-extracted, 9 unchanged, 0 removed; 1 process)" in capsys.readouterr().out
    store = RemoteStore(oxigraph_server)
    try:
        assert len(read_documents(store)) == 11
    finally:
        store.close()
    local = tmp_path / "local"
    assert main(["build", str(src), "--out", str(local), "-j", "1", "-q"]) == 0
    assert outputs(out) == outputs(local)


def test_remote_store_that_does_not_answer_is_one_error(
    devdocs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from graph.serve import free_port

    url = f"http://127.0.0.1:{free_port()}"
    out = tmp_path / "out"
    assert main(["build", str(devdocs), "--out", str(out), "--store", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: the SPARQL store at {url} does not answer (")
    assert err.endswith("); start it, or check the URL given to --store\n")
    assert len(err.splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://h:7878", ("http://h:7878/store", "http://h:7878/query")),
        ("http://h:7878/store", ("http://h:7878/store", "http://h:7878/query")),
        ("http://h:3030/ds", ("http://h:3030/ds", "http://h:3030/ds")),
        (
            "http://h:7200/repositories/kg/rdf-graphs/service",
            ("http://h:7200/repositories/kg/rdf-graphs/service", "http://h:7200/repositories/kg"),
        ),
    ],
)
def test_remote_store_endpoints(url: str, expected: tuple[str, str]) -> None:
    assert endpoints(url) == expected


def test_remote_dask_cluster_build_equals_the_local_build(
    devdocs: Path, built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], outputs: Outputs
) -> None:
    from distributed import LocalCluster

    out = tmp_path / "out"
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        code = main(
            ["build", str(devdocs), "--out", str(out), "--scheduler", cluster.scheduler_address]
        )
    assert code == 0
    assert f"; the Dask cluster at {cluster.scheduler_address})" in capsys.readouterr().out
    assert outputs(out) == outputs(built)


def test_remote_dask_scheduler_that_does_not_answer_is_one_error(
    devdocs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from graph.serve import free_port

    monkeypatch.setattr(parallel_module, "CONNECT_TIMEOUT", 1.0)
    address = f"tcp://127.0.0.1:{free_port()}"
    out = tmp_path / "out"
    assert main(["build", str(devdocs), "--out", str(out), "--scheduler", address]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: the Dask scheduler at {address} does not answer (")
    assert err.endswith(
        "); start it (`dask scheduler`) or check the address given to --scheduler\n"
    )
    assert len(err.splitlines()) == 1
    assert not out.exists()
