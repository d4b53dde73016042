"""``diplograph build``: bad input warns and loses nothing; output is atomic and reproducible."""

from __future__ import annotations

import gc
import importlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph, Literal

import graph.cli.common as common_module
import graph.pipeline as pipeline_module
from graph.assign import Assigner
from graph.cli import main
from graph.errors import DiplographError
from graph.merge import ProposalIndex
from graph.namespace import DG, RDF

# ``graph.cli.build`` the attribute is the click command; the module is in sys.modules.
build_module = importlib.import_module("graph.cli.build")

GOOD = "Geneva talks\n\nThe United States offered talks to Russia.\n"


@pytest.fixture(autouse=True)
def _stub_view(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about inputs and writing; the HTML view has tests of its own."""

    def render_extras(g: Graph, sources: list[object], **_options: object) -> dict[str, str]:
        return {"graph.html": f"<p>{len(g)} triples from {len(sources)} documents</p>\n"}

    monkeypatch.setattr(build_module, "render_extras", render_extras)


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _parse(path: Path) -> Graph:
    g = Graph()
    g.parse(path, format="turtle")
    return g


def _previous_output(out: Path) -> dict[str, bytes]:
    """Plant an earlier build's outputs, to check they survive a failed build."""
    old = {"graph.ttl": b"# the previous graph\n", "graph.html": b"<p>the previous view</p>\n"}
    for name, data in old.items():
        _write(out / name, data)
    return old


def _files(out: Path) -> dict[str, bytes]:
    """The output files (not the store folder beside them)."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


# -- skipping bad inputs ------------------------------------------------------------


def test_cli_build_skips_each_bad_input_with_one_warning_and_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fixtures_dir: Path
) -> None:
    src = tmp_path / "in"
    _write(src / "good.txt", GOOD)
    _write(src / "empty.txt", b"")
    _write(src / "blank.md", b" \r\n\t\n")
    _write(src / "nul.txt", b"Text\x00with a NUL")
    _write(src / "image.txt", (fixtures_dir / "inputs" / "image.png").read_bytes())
    _write(src / "latin1.txt", "Gen\u00e8ve\n\nTalks in Gen\u00e8ve.\n".encode("latin-1"))
    (src / "dangling.txt").symlink_to(src / "nowhere.txt")
    os.mkfifo(src / "pipe.txt")
    out = tmp_path / "out"

    code = main(["build", str(src), "--out", str(out), "--quiet"])

    captured = capsys.readouterr()
    assert code == 3
    assert captured.out == ""
    assert captured.err.splitlines() == [
        f"Warning: skipped {src / 'blank.md'}: empty, no text to build from",
        f"Warning: skipped {src / 'dangling.txt'}: broken symbolic link, nothing to read",
        f"Warning: skipped {src / 'empty.txt'}: empty, no text to build from",
        f"Warning: skipped {src / 'image.txt'}: binary file (a PNG image), not text",
        f"Warning: skipped {src / 'nul.txt'}: binary file (NUL bytes), not text",
        f"Warning: skipped {src / 'pipe.txt'}: a named pipe, not a regular file, nothing to read",
    ]
    g = _parse(out / "graph.ttl")
    paths = sorted(str(p) for p in g.objects(None, DG.path))
    assert paths == ["good.txt", "latin1.txt"]  # relative to the folder given
    assert (None, RDF.type, DG.Document) in g


def test_cli_build_clean_input_exits_0_with_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "in" / "good.txt", GOOD)
    code = main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert code == 0
    assert captured.err == ""  # piped: no progress bar, no warnings
    assert captured.out.startswith("Built 1 document\n")
    assert sorted(_files(tmp_path / "out")) == [".diplograph-state.json", "graph.html", "graph.ttl"]
    assert (tmp_path / "out" / "store" / "CURRENT").is_file()


def test_cli_build_same_text_under_two_names_is_one_document(tmp_path: Path) -> None:
    a = _write(tmp_path / "in" / "a.txt", GOOD)
    b = _write(tmp_path / "in" / "nested" / "copy of a.txt", GOOD)
    assert main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"]) == 0
    g = _parse(tmp_path / "out" / "graph.ttl")
    documents = list(g.subjects(RDF.type, DG.Document))
    assert len(documents) == 1
    assert set(g.objects(documents[0], DG.path)) == {Literal(a.name), Literal("nested/" + b.name)}


# -- size limit ---------------------------------------------------------------------


def test_cli_build_skips_a_50mb_file_over_the_default_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "in" / "good.txt", GOOD)
    huge = tmp_path / "in" / "huge.txt"
    with huge.open("wb") as handle:  # sparse: never read, so never slow
        handle.truncate(50_000_000)
    code = main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"])
    assert code == 3
    assert capsys.readouterr().err == (
        f"Warning: skipped {huge}: too large (50.0 MB, over the 20.0 MB limit;"
        " raise --max-bytes to build it)\n"
    )


def test_cli_build_max_bytes_raised_builds_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = _write(tmp_path / "in" / "big.txt", "Big\n\n" + "The talks went on. " * 200)
    out = tmp_path / "out"
    assert main(["build", str(big), "--out", str(out), "-q", "--max-bytes", "1kB"]) == 1
    assert capsys.readouterr().err == (
        f"Error: {big}: too large (3.8 kB, over the 1.0 kB limit; raise --max-bytes to build it);"
        " nothing else to build: give a readable .txt, .md, .html, .pdf or .docx document\n"
    )
    assert not out.exists()
    assert main(["build", str(big), "--out", str(out), "-q", "--max-bytes", "1MB"]) == 0
    assert capsys.readouterr().err == ""
    assert len(list(_parse(out / "graph.ttl").subjects(RDF.type, DG.Document))) == 1


def test_cli_build_max_bytes_rejects_a_bad_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "in" / "good.txt", GOOD)
    code = main(
        ["build", str(tmp_path / "in"), "--max-bytes", "lots", "--out", str(tmp_path / "o")]
    )
    assert code == 2
    assert "'lots' is not a size; write e.g. 20MB, 500kB or 1GB" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


# -- errors -------------------------------------------------------------------------


def _assert_error(capsys: pytest.CaptureFixture[str], code: int, out: Path, message: str) -> None:
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err == f"Error: {message}\n"
    assert "Traceback" not in captured.out + captured.err
    assert not out.exists()


def test_cli_build_missing_path_is_one_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing, out = tmp_path / "no such folder", tmp_path / "out"
    code = main(["build", str(missing), "--out", str(out)])
    _assert_error(
        capsys,
        code,
        out,
        f"{missing}: no such file or folder; give a document or a folder of documents",
    )


def test_cli_build_folder_without_documents_is_one_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    code = main(["build", str(src), "--out", str(out)])
    _assert_error(
        capsys,
        code,
        out,
        f"no documents to build in {src}; add .txt, .md, .html, .pdf or .docx files",
    )


@pytest.mark.parametrize("kind", ["dangling symlink", "fifo", "permission"])
def test_cli_build_unreadable_file_given_directly_is_one_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    path, out = tmp_path / "report.txt", tmp_path / "out"
    if kind == "dangling symlink":
        path.symlink_to(tmp_path / "deleted.txt")
        reason = "broken symbolic link, nothing to read"
    elif kind == "fifo":
        os.mkfifo(path)
        reason = "a named pipe, not a regular file, nothing to read"
    else:
        _write(path, GOOD)

        def denied(self: Path) -> bytes:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "read_bytes", denied)
        reason = "cannot be read (Permission denied)"
    code = main(["build", str(path), "--out", str(out)])
    _assert_error(
        capsys,
        code,
        out,
        f"{path}: {reason}; nothing else to build:"
        " give a readable .txt, .md, .html, .pdf or .docx document",
    )


def test_cli_build_all_inputs_skipped_warns_each_then_one_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "a.txt", b"")
    _write(src / "b.txt", b"\x00")
    code = main(["build", str(src), "--out", str(out)])
    assert code == 1
    assert capsys.readouterr().err.splitlines() == [
        f"Warning: skipped {src / 'a.txt'}: empty, no text to build from",
        f"Warning: skipped {src / 'b.txt'}: binary file (NUL bytes), not text",
        "Error: nothing to build: all 2 files were skipped (see the warnings);"
        " give readable .txt, .md, .html, .pdf or .docx documents",
    ]
    assert not out.exists()


def test_cli_build_rejects_an_invalid_base(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "in" / "good.txt", GOOD)
    code = main(
        [
            "build",
            str(tmp_path / "in"),
            "--out",
            str(tmp_path / "out"),
            "--base",
            "http://example.org/my graph/",
        ]
    )
    assert code == 2
    assert "is not an absolute IRI ending in / or #" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


# -- atomic, all-or-nothing output ----------------------------------------------------


def test_cli_build_failure_midway_through_writing_keeps_previous_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "in" / "good.txt", GOOD)
    out = tmp_path / "out"
    old = _previous_output(out)
    calls = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:  # the first file goes to disk, the second fails
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(common_module.os, "fsync", fsync)
    code = main(["build", str(tmp_path / "in"), "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err == (
        f"Error: cannot write {out} (No space left on device); the store is up to date but no"
        " other output was written: choose another --out folder or free some space\n"
    )
    assert len(calls) == 2
    assert _files(out) == old  # no new file, no temporary file left behind


def test_cli_build_render_failure_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "in" / "good.txt", GOOD)
    out = tmp_path / "out"
    old = _previous_output(out)

    def broken_extras(*args: object, **options: object) -> dict[str, str]:
        raise DiplographError("the view could not be rendered")

    monkeypatch.setattr(build_module, "render_extras", broken_extras)
    assert main(["build", str(tmp_path / "in"), "--out", str(out)]) == 1
    assert capsys.readouterr().err == "Error: the view could not be rendered\n"
    assert _files(out) == old


def test_cli_build_interrupted_keeps_previous_output_and_exits_130(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "in" / "a.txt", GOOD)
    _write(tmp_path / "in" / "b.txt", GOOD + "More.\n")
    out = tmp_path / "out"
    old = _previous_output(out)
    real = pipeline_module.extract_document
    seen = []

    def interrupted(doc: object, **_options: object) -> object:
        seen.append(doc)
        if len(seen) == 2:
            raise KeyboardInterrupt
        return real(doc)

    monkeypatch.setattr(pipeline_module, "extract_document", interrupted)
    code = main(["build", str(tmp_path / "in"), "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 130
    assert captured.out == ""
    assert captured.err == (
        "Interrupted; the store keeps the documents written so far (the next build goes on"
        " from there), the other outputs were left as they were.\n"
    )
    assert _files(out) == old
    # The first document is in the store; the next build extracts only the second.
    monkeypatch.setattr(pipeline_module, "extract_document", real)
    assert main(["build", str(tmp_path / "in"), "--out", str(out)]) == 0
    assert "(1 new, 0 re-extracted, 1 unchanged, 0 removed; 1 process)" in capsys.readouterr().out


def test_cli_build_output_files_keep_ordinary_permissions(tmp_path: Path) -> None:
    _write(tmp_path / "in" / "good.txt", GOOD)
    out = tmp_path / "out"
    umask = os.umask(0o022)
    try:
        assert main(["build", str(tmp_path / "in"), "--out", str(out), "-q"]) == 0
    finally:
        os.umask(umask)
    assert (out / "graph.ttl").stat().st_mode & 0o777 == 0o644


# -- reproducible ---------------------------------------------------------------------


def test_cli_build_twice_gives_byte_identical_turtle(tmp_path: Path, fixtures_dir: Path) -> None:
    src = tmp_path / "in"
    for fixture in (fixtures_dir / "inputs").iterdir():
        _write(src / fixture.name, fixture.read_bytes())
    _write(src / "controls.txt", 'Odd \x1b[1mtext\x1b[0m "quoted" \\ back\r\nslash\t\x0c\n')
    results = []
    for name in ("one", "two"):
        code = main(["build", str(src), "--out", str(tmp_path / name), "-q"])
        assert code == 3  # the PNG is skipped
        results.append((tmp_path / name / "graph.ttl").read_bytes())
    assert results[0] == results[1]
    _parse(tmp_path / "one" / "graph.ttl")


def test_cli_build_help_documents_exit_codes_and_limits(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--help"]) == 0
    text = capsys.readouterr().out
    for expected in (
        "0    built, nothing skipped",
        "1    error: nothing written",
        "3    built, but some inputs were skipped",
        "130  interrupted",
        "--max-bytes",
        "[default: 20MB]",
        "Warning: skipped PATH: REASON",
        "With no PATHS, reads the documents in seeds/",
    ):
        assert expected in text


@pytest.mark.parametrize(
    ("tty", "quiet", "bar"), [(True, False, True), (True, True, False), (False, False, False)]
)
def test_cli_build_progress_bar_only_on_a_terminal(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tty: bool,
    quiet: bool,
    bar: bool,
) -> None:
    import sys

    _write(tmp_path / "in" / "a.txt", GOOD)
    _write(tmp_path / "in" / "b.txt", GOOD + "More.\n")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    args = ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")]
    args += ["-q"] if quiet else []
    assert main(args) == 0
    assert ("extracting a.txt" in capsys.readouterr().err) is bar


def test_cli_build_progress_bar_for_a_single_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One large document gets a bar too: its steps, named as they run, to the last."""
    import sys

    _write(tmp_path / "in" / "report.txt", GOOD * 40)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    for step in (
        "0/3",
        "extracting report.txt",
        "writing graph.ttl",
        "rendering graph.html",
        "3/3",
    ):
        assert step in err, step


def test_cli_build_outputs_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Every output file is byte-identical across processes with different hash seeds."""
    import os
    import subprocess
    import sys

    fixtures = Path(__file__).parent / "fixtures"
    sources = [str(fixtures / name) for name in ("docs", "devdocs", "heldout2/docs")]
    digests = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-m", "graph", "build", *sources, "--out", str(out), "-q"],
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        digests.append(_files(out))
    assert digests[0].keys() == digests[1].keys()
    assert [n for n in digests[0] if digests[0][n] != digests[1][n]] == []


def test_cli_build_as_its_own_process_writes_what_a_call_writes(tmp_path: Path) -> None:
    """The ``diplograph`` program (its process its own: the parser loads in a worker
    started before the files are read) writes the bytes a call from code writes."""
    import subprocess
    import sys

    from graph.parallel import default_jobs

    sources = [str(Path(__file__).parent / "fixtures" / "docs")]
    result = subprocess.run(
        [sys.executable, "-m", "graph", "build", *sources, "--out", str(tmp_path / "own")]
        + ["--no-page"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert main(["build", *sources, "--out", str(tmp_path / "call"), "-q", "--no-page"]) == 0
    own, call = _files(tmp_path / "own"), _files(tmp_path / "call")
    assert "graph.ttl" in own
    assert [name for name in own if own[name] != call.get(name)] == []
    how = "1 worker process" if default_jobs() > 1 else "1 process"
    assert f"; {how})" in result.stdout


# -- every input accounted for: PDF, DOCX, other files ------------------------------

GENEVA = (
    "The United States offered to limit missile deployments in Europe if Russia"
    " withdraws its troops from the Ukrainian border."
)


def test_cli_build_reads_pdf_and_docx_with_offsets_into_their_text(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make_pdf: Callable[[list[list[str]]], bytes],
    make_docx: Callable[[list[str]], bytes],
) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "geneva.pdf", make_pdf([["Talks in Geneva", GENEVA], ["Page two."]]))
    _write(src / "vienna.docx", make_docx(["Talks in Vienna", GENEVA.replace("Europe", "Asia")]))
    assert main(["build", str(src), "--out", str(out), "-q"]) == 0
    assert capsys.readouterr().err == ""
    code = main(["query", "--graph", str(out / "graph.ttl"), "--preset", "proposals"])
    text = capsys.readouterr().out
    assert code == 0
    assert "limit missile deployments in Europe" in text
    assert "limit missile deployments in Asia" in text
    g = _parse(out / "graph.ttl")
    assert sorted(str(p) for p in g.objects(None, DG.path)) == ["geneva.pdf", "vienna.docx"]
    # Every evidence offset indexes the text extracted from the file.
    assert main(["validate", str(out / "graph.ttl"), "--docs", str(src)]) == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("conforms\n", "")


def test_cli_build_names_every_file_it_does_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make_pdf: Callable[..., bytes]
) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "a.txt", GOOD)
    _write(src / "minutes.odt", b"PK\x03\x04")
    _write(src / "scan.pdf", make_pdf([[]]))
    _write(src / "README", "notes")
    _write(src / ".DS_Store", b"\x00")  # hidden: passed over, as --help says
    assert main(["build", str(src), "--out", str(out), "-q"]) == 3
    kinds = "(.txt, .md, .html, .pdf or .docx)"
    assert capsys.readouterr().err.splitlines() == [
        f"Warning: skipped {src / 'README'}: a file without a suffix, not a document the"
        f" build reads {kinds}",
        f"Warning: skipped {src / 'minutes.odt'}: a .odt file, not a document the build"
        f" reads {kinds}",
        f"Warning: skipped {src / 'scan.pdf'}: a PDF with no text layer (a scan?); run OCR"
        " on it, or give its text",
    ]


def test_cli_build_folder_of_pdfs_is_read_not_called_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make_pdf: Callable[..., bytes]
) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    for n in range(3):
        _write(src / f"report-{n}.pdf", make_pdf([[f"Report {n}", GENEVA]]))
    assert main(["build", str(src), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("Built 3 documents\n")


# -- portable graphs ----------------------------------------------------------------


def test_cli_build_same_inputs_in_another_folder_give_the_same_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """dg:path is relative to the folder given: no home folder, no machine layout."""
    outputs = []
    for where in ("home/ana/projects/news", "srv/shared/other place"):
        src = tmp_path / where
        _write(src / "a.txt", GOOD)
        _write(src / "2024" / "b.txt", GOOD + "Russia rejected the offer.\n")
        out = tmp_path / "out" / where
        assert main(["build", str(src.resolve()), "--out", str(out), "-q"]) == 0
        outputs.append((out / "graph.ttl").read_bytes())
    assert outputs[0] == outputs[1]
    assert str(tmp_path).encode() not in outputs[0]
    paths = sorted(str(p) for p in _parse(out / "graph.ttl").objects(None, DG.path))
    assert paths == ["2024/b.txt", "a.txt"]
    # A file given by itself is recorded by its name.
    alone = tmp_path / "out" / "alone"
    assert main(["build", str((tmp_path / where / "a.txt").resolve()), "--out", str(alone)]) == 0
    assert [str(p) for p in _parse(alone / "graph.ttl").objects(None, DG.path)] == ["a.txt"]


def test_cli_build_renders_the_page_once_the_merge_state_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What extracting held (the assigner and the merge's index of every proposal) is no
    longer referenced when the page and the views are rendered: a build that owns its
    process gives that memory back first, instead of rendering on top of it."""
    held: list[object] = []

    def render_extras(g: Graph, sources: list[object], **_options: object) -> dict[str, str]:
        gc.collect()
        held.extend(o for o in gc.get_objects() if isinstance(o, Assigner | ProposalIndex))
        return {"graph.html": "<p>the page</p>\n"}

    monkeypatch.setattr(build_module, "render_extras", render_extras)
    _write(tmp_path / "in" / "a.txt", GOOD)
    _write(tmp_path / "in" / "b.txt", "Talks again\n\nThe United States offered talks to Russia.\n")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "-q", "-j", "1"]) == 0
    assert (out / "graph.html").read_text(encoding="utf-8") == "<p>the page</p>\n"
    assert "joinedBecause" in (out / "graph.ttl").read_text(encoding="utf-8")  # (merged)
    assert held == []
