"""Shared fixtures. The one test that reads ../shared skips with a reason where it is absent."""

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
        pytest.skip(f"{SHARED} is absent: nothing to compare tests/fixtures/corpus with")
    return SHARED


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return ROOT / "seeds" / "us-nato-responses.txt"


@pytest.fixture(scope="session")
def seed_graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``diplograph build seeds/``'s graph.ttl, built once for the session."""
    from graph.cli import main

    out = tmp_path_factory.mktemp("seed-build")
    assert main(["build", str(ROOT / "seeds"), "--out", str(out), "-q"]) == 0
    return out / "graph.ttl"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(pages: list[list[str]]) -> bytes:
    """A small, valid PDF with one line of Helvetica text per string, page by page."""
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, lines in enumerate(pages):
        shown = " ".join(f"({_pdf_string(line)}) Tj T*" for line in lines)
        content = f"BT /F1 11 Tf 14 TL 72 740 Td {shown} ET".encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {5 + 2 * i} 0 R"
            " /Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def docx_bytes(paragraphs: list[str]) -> bytes:
    """A Word document with these paragraphs, made with python-docx."""
    import io

    from docx import Document

    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="session")
def make_pdf() -> Callable[[list[list[str]]], bytes]:
    """Bytes of a PDF with the given lines of text, one list per page."""
    return pdf_bytes


@pytest.fixture(scope="session")
def make_docx() -> Callable[[list[str]], bytes]:
    """Bytes of a .docx file with the given paragraphs."""
    return docx_bytes


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
