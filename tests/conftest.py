"""Shared fixtures. Tests that read ../shared skip with a reason where it is absent."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the checkout (skips the test where it is absent)."""
    if not (SHARED / "eval" / "gold").is_dir():
        pytest.skip(f"{SHARED} is absent: the dev corpus and gold files live there")
    return SHARED


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return ROOT / "seeds" / "us-nato-responses.txt"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


#: The files a build writes beside its store (by default).
OUTPUTS = ("graph.ttl", "graph.html", "actors.csv", "graph.graphml", "actors.graphml")


@pytest.fixture(scope="session")
def outputs() -> Callable[..., dict[str, bytes]]:
    """Reads a build's output files: ``outputs(out)`` or ``outputs(out, ("graph.nt",))``."""

    def read(out: Path, names: tuple[str, ...] = OUTPUTS) -> dict[str, bytes]:
        return {name: (out / name).read_bytes() for name in names}

    return read


@pytest.fixture(scope="session")
def devdocs(fixtures_dir: Path) -> Path:
    """Ten short articles of our own (enough to share out between two workers)."""
    return fixtures_dir / "devdocs"


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, devdocs: Path) -> Path:
    """An output folder built from ``devdocs`` in one process (store in ``OUT/store``).

    Shared: tests that read it must not write it.
    """
    from graph.cli import main

    out = tmp_path_factory.mktemp("built") / "out"
    assert main(["build", str(devdocs), "--out", str(out), "-q", "-j", "1"]) == 0
    return out


@pytest.fixture()
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    """A real Oxigraph server on 127.0.0.1 (a free port, an empty store), stopped after the test.

    Its default graph is the union of its named graphs (``--union-default-graph``).
    """
    import socket
    import subprocess
    import time

    from graph.serve import find_server, free_port

    port = free_port()
    process = subprocess.Popen(
        [
            find_server(),
            "serve",
            "--location",
            str(tmp_path / "remote-store"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)
