"""Reading documents: every kind of bad input is skipped with a reason; text is read once, right."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.documents import (
    RecordedFile,
    Skipped,
    UnreadDocument,
    decode,
    document_from_text,
    find_document_paths,
    html_to_text,
    load_documents,
    read_document,
)
from graph.errors import DocumentError, InputPathError, NoDocumentsError

GOOD = "Geneva talks\n\nThe United States offered talks to Russia.\n"


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _load(*paths: Path, **kwargs: object) -> tuple[list, list[Skipped]]:
    skipped: list[Skipped] = []
    docs = load_documents(paths, on_skip=skipped.append, **kwargs)
    return docs, skipped


# -- empty and binary -------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  \r", "\ufeff \n".encode()])
def test_documents_empty_or_whitespace_is_skipped(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path / "empty.txt", data)
    with pytest.raises(DocumentError, match=r"empty, no text to build from"):
        read_document(path)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Some text\x00 and a NUL byte later", "binary file (NUL bytes), not text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF file), not text"),
        (bytes(range(1, 32)) * 40, "binary file (control characters), not text"),
    ],
)
def test_documents_binary_bytes_are_skipped(tmp_path: Path, data: bytes, reason: str) -> None:
    path = _write(tmp_path / "binary.txt", data)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: {reason}"


def test_documents_png_image_is_skipped_even_when_named_txt(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    png = (fixtures_dir / "inputs" / "image.png").read_bytes()
    disguised = _write(tmp_path / "photo.txt", png)
    with pytest.raises(DocumentError, match=r"binary file \(a PNG image\), not text"):
        read_document(disguised)
    # In a folder, a .png is not a document at all, and is named as skipped.
    _write(tmp_path / "photo.png", png)
    _write(tmp_path / "good.txt", GOOD)
    docs, skipped = _load(tmp_path)
    assert [d.name for d in docs] == ["good.txt"]
    assert [s.path for s in skipped] == [str(tmp_path / "photo.png"), str(disguised)]


# -- encodings ----------------------------------------------------------------------


def test_documents_invalid_utf8_falls_back_to_cp1252(tmp_path: Path) -> None:
    # cp1252 curly quotes and an e-acute; 0x81 is undefined in cp1252 and reads as U+0081.
    data = b"Caf\xe9 talks\n\nHe said \x93yes\x94 \x96 then \x81.\n"
    doc = read_document(_write(tmp_path / "cp1252.txt", data))
    assert doc.text == "Café talks\n\nHe said \u201cyes\u201d \u2013 then \x81.\n"
    assert doc.title == "Café talks"


def test_documents_latin1_file_is_read(fixtures_dir: Path) -> None:
    doc = read_document(fixtures_dir / "inputs" / "latin1.txt")
    assert "Genève and Zürich" in doc.text
    assert "«non»" in doc.text


@pytest.mark.parametrize("name", ["utf16le.txt", "utf16be.txt"])
def test_documents_utf16_with_bom_is_read(fixtures_dir: Path, name: str) -> None:
    doc = read_document(fixtures_dir / "inputs" / name)
    assert doc.text == "Kyiv talks\n\nМинистр said the talks in Київ would go on.\n"
    assert doc.title == "Kyiv talks"


def test_documents_utf8_bom_is_dropped() -> None:
    assert decode("\ufeffHello".encode(), "x.txt") == "Hello"
    assert decode("Hello".encode("utf-32"), "x.txt") == "Hello"


def test_documents_bad_utf16_names_the_byte(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad16.txt", b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(DocumentError, match=r"not valid UTF-16-LE"):
        read_document(path)


# -- formats ------------------------------------------------------------------------


def test_documents_html_keeps_visible_text_only(fixtures_dir: Path) -> None:
    doc = read_document(fixtures_dir / "inputs" / "page.html")
    for hidden in (
        "SCRIPT-TEXT",
        "SCRIPT-TWO",
        "STYLE-TEXT",
        "COMMENT-TEXT",
        "NOSCRIPT-TEXT",
        "charset",
        "<h1>",
        "<p>",
        "alert",
    ):
        assert hidden not in doc.text
    assert doc.title == "Talks & Terms"
    assert "Russia & the US met." in doc.text
    # Entities are decoded exactly once; markup written as entities stays text.
    assert "Markup shown as text: <b>bold</b>; double-escaped: &amp; and &lt;" in doc.text
    assert "first point\nsecond point" in doc.text  # list items as lines


def test_documents_html_keeps_the_article_not_the_chrome(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Talks resume | The Daily</title>"
        '<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>'
        "<body><nav>Home | World | Sport | Subscribe</nav><article><h1>Talks resume in Geneva</h1>"
        "<p>GENEVA, March 5 (Reuters) - Chile offered to extend the fishing truce for two months,"
        " the ministry said, after a week of talks with Peru over the maritime border.</p>"
        "<p>Peru rejected the offer, saying the terms were unacceptable and that talks should"
        " continue next week in Lima.</p></article>"
        "<aside>Related: Ten things to know about sea borders</aside>"
        "<footer>Comments (3): first!</footer></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert doc.title == "Talks resume in Geneva"
    assert doc.date == "2024-03-05"
    assert "Chile offered to extend the fishing truce" in doc.text
    for chrome in ("Subscribe", "Related:", "Comments (3)"):
        assert chrome not in doc.text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Talks resume\n\nGENEVA, March 3 (AP) — Iran offered talks, its 2024 envoy said.",
            "2024-03-03",
        ),
        (
            "Talks fail\n\nKYIV, Oct 9 (Reuters) - Kyiv said the 2023 talks had failed.",
            "2023-10-09",
        ),
        ("A deal\n\nSEOUL, March 7, 2019 - Seoul offered aid.", "2019-03-07"),
        ("No date\n\nGENEVA, March 3 (AP) — Iran offered talks.", None),
    ],
)
def test_documents_dateline_gives_the_date(text: str, date: str | None) -> None:
    assert document_from_text(text).date == date


def test_documents_html_unclosed_head_does_not_hide_body() -> None:
    assert html_to_text("<html><head><title>T</title><body><p>Body text") == "T\n\nBody text"


def test_documents_markdown_raw_text_title_from_heading(fixtures_dir: Path) -> None:
    path = fixtures_dir / "inputs" / "notes.md"
    doc = read_document(path)
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.title == "Notes on the talks."
    assert doc.text[doc.text.index("*ministers*") :].startswith("*ministers*")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_documents_crlf_and_cr_become_lf(tmp_path: Path, newline: str) -> None:
    raw = newline.join(["Title line", "", "Russia said no.", "The US said yes.", ""])
    doc = read_document(_write(tmp_path / "lines.txt", raw.encode()))
    assert "\r" not in doc.text
    assert doc.text == "Title line\n\nRussia said no.\nThe US said yes.\n"
    start = doc.text.index("The US")  # offsets index the normalised text
    assert doc.text[start : start + 16] == "The US said yes."
    assert doc.title == "Title line"


# -- size ---------------------------------------------------------------------------


def test_documents_over_size_limit_is_skipped_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50_000_000)
    with pytest.raises(DocumentError) as caught:
        read_document(path, max_bytes=20_000_000)
    assert str(caught.value) == (
        f"{path}: too large (50.0 MB, over the 20.0 MB limit; raise --max-bytes to build it)"
    )


def test_documents_50mb_text_reads_without_a_limit(tmp_path: Path) -> None:
    line = "The delegations met again in Geneva and agreed to talk later.\n"
    path = tmp_path / "big.txt"
    path.write_text("Big file\n\n" + line * (50_000_000 // len(line)), encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Big file"
    assert len(doc.text) > 49_000_000
    with pytest.raises(DocumentError, match="too large"):
        read_document(path, max_bytes=49_000_000)


# -- many files, folders, names -----------------------------------------------------


def test_documents_10000_tiny_files_all_load(tmp_path: Path) -> None:
    for i in range(10_000):
        _write(tmp_path / f"d{i // 500:02d}" / f"n{i:05d}.txt", f"Note {i}\n\nText number {i}.\n")
    docs, skipped = _load(tmp_path)
    assert skipped == []
    assert len(docs) == 10_000
    assert docs[0].name == "n00000.txt" and docs[-1].name == "n09999.txt"


def test_documents_nested_folders_symlink_loop_and_odd_names(tmp_path: Path) -> None:
    root = tmp_path / "in"
    _write(root / "a" / "b" / "c" / "deep file.txt", "Deep\n\nOne.\n")
    _write(root / "Москва 北京" / "переговоры 会谈.md", "# Talks\n\nTwo.\n")
    _write(root / "top.html", "<p>Three.</p>")
    _write(root / ".hidden" / "secret.txt", "Four.\n")
    _write(root / "a" / "notes.xlsx", b"PK\x03\x04")  # not a document suffix: reported
    (root / "a" / "b" / "c" / "loop").symlink_to(root, target_is_directory=True)
    (root / "a" / "self").symlink_to(".", target_is_directory=True)
    found = list(find_document_paths([root]))
    assert [p.relative_to(root).as_posix() for p in found] == [
        "top.html",
        "a/b/c/deep file.txt",
        "Москва 北京/переговоры 会谈.md",
    ]
    docs, skipped = _load(root)
    assert len(docs) == 3
    assert skipped == [
        Skipped(
            str(root / "a" / "notes.xlsx"),
            "a .xlsx file, not a document the build reads (.txt, .md, .html, .pdf or .docx)",
        )
    ]
    assert sorted(d.paths[0] for d in docs) == [
        "a/b/c/deep file.txt",
        "top.html",
        "Москва 北京/переговоры 会谈.md",
    ]


def test_documents_output_folder_is_not_read_back(tmp_path: Path) -> None:
    _write(tmp_path / "in" / "a.txt", GOOD)
    _write(tmp_path / "in" / "output" / "graph.html", "<p>An earlier view.</p>")
    docs, _ = _load(tmp_path / "in", exclude=[tmp_path / "in" / "output"])
    assert [d.name for d in docs] == ["a.txt"]


# -- unreadable ---------------------------------------------------------------------


def test_documents_unreadable_files_are_skipped_with_a_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "in"
    good = _write(root / "good.txt", GOOD)
    denied = _write(root / "denied.txt", "Locked away.\n")
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    os.mkfifo(root / "pipe.txt")  # would block a naive read forever
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # works as root, where chmod 000 does not stop reads
        if self.name == "denied.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    docs, skipped = _load(root)
    assert [d.paths for d in docs] == [(good.name,)]
    assert {s.path: s.reason for s in skipped} == {
        str(root / "dangling.txt"): "broken symbolic link, nothing to read",
        str(denied): "cannot be read (Permission denied)",
        str(root / "pipe.txt"): "a named pipe, not a regular file, nothing to read",
    }


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_documents_chmod_000_is_skipped(tmp_path: Path) -> None:
    path = _write(tmp_path / "locked.txt", GOOD)
    path.chmod(0)
    try:
        with pytest.raises(DocumentError, match=r"cannot be read \(Permission denied\)"):
            read_document(path)
    finally:
        path.chmod(0o644)


def test_documents_skip_raises_without_on_skip(tmp_path: Path) -> None:
    _write(tmp_path / "good.txt", GOOD)
    _write(tmp_path / "empty.txt", b"")
    with pytest.raises(DocumentError, match="empty.txt: empty"):
        load_documents([tmp_path])


# -- duplicates and errors ----------------------------------------------------------


def test_documents_same_text_under_two_names_is_one_document(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", GOOD)
    b = _write(tmp_path / "sub" / "copy of a.txt", GOOD.replace("\n", "\r\n").encode())
    docs, _ = _load(tmp_path)
    assert len(docs) == 1
    assert docs[0].paths == (a.name, b.relative_to(tmp_path).as_posix())


def _aged(path: Path, seconds: int = 3600) -> Path:
    """``path`` with its modification time set back by ``seconds`` (recorded, then)."""
    then = path.stat().st_mtime_ns - seconds * 1_000_000_000
    os.utime(path, ns=(then, then))
    return path


def test_documents_recorded_files_are_not_read_again(tmp_path: Path) -> None:
    a = _aged(_write(tmp_path / "a.txt", "Talks\n\n2024-05-01\n\nNATO offered talks."))
    b = _aged(_write(tmp_path / "b.txt", "Other\n\nRussia refused the offer."))
    recorded: dict[str, RecordedFile] = {}
    first = load_documents([tmp_path], recorded=recorded)
    assert not any(isinstance(d, UnreadDocument) for d in first)
    assert sorted(recorded) == [str(a), str(b)]
    again = load_documents([tmp_path], recorded=recorded)
    assert all(isinstance(d, UnreadDocument) for d in again)
    assert [(d.doc_id, d.paths, d.date) for d in again] == [
        (d.doc_id, d.paths, d.date) for d in first
    ]
    assert [d.read() for d in again] == first  # (read when it is to be extracted)


def test_documents_a_changed_or_touched_file_is_read_again(tmp_path: Path) -> None:
    a = _aged(_write(tmp_path / "a.txt", "NATO offered talks."))
    b = _aged(_write(tmp_path / "b.txt", "Russia refused talks."))
    recorded: dict[str, RecordedFile] = {}
    before = {d.paths[0]: d for d in load_documents([tmp_path], recorded=recorded)}
    _aged(_write(a, "NATO offered peace."), 60)  # the same size, another time
    _aged(b, 60)  # touched: the same text
    after = {d.paths[0]: d for d in load_documents([tmp_path], recorded=recorded)}
    assert not any(isinstance(d, UnreadDocument) for d in after.values())
    assert after["a.txt"].sha256 != before["a.txt"].sha256
    assert after["b.txt"].sha256 == before["b.txt"].sha256
    assert recorded[str(a)].sha256 == after["a.txt"].sha256


def test_documents_a_file_modified_just_now_is_not_recorded(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "NATO offered talks.")  # its time may not tell a change soon after
    recorded: dict[str, RecordedFile] = {}
    load_documents([tmp_path], recorded=recorded)
    assert recorded == {}


def test_documents_an_unread_document_changed_since_raises(tmp_path: Path) -> None:
    a = _aged(_write(tmp_path / "a.txt", "NATO offered talks."))
    recorded: dict[str, RecordedFile] = {}
    load_documents([tmp_path], recorded=recorded)
    (unread,) = load_documents([tmp_path], recorded=recorded)
    assert isinstance(unread, UnreadDocument)
    a.write_text("NATO offered peace.", encoding="utf-8")
    with pytest.raises(DocumentError, match="changed while the build read it; build again"):
        unread.read()


def test_documents_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(InputPathError, match="no such file or folder"):
        load_documents([tmp_path / "nope"])


def test_documents_folder_without_documents_raises(tmp_path: Path) -> None:
    with pytest.raises(NoDocumentsError, match=r"no documents to build in .*; add .txt"):
        load_documents([tmp_path])
    _write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n")
    with pytest.raises(DocumentError, match=r"image.png: a .png file, not a document"):
        load_documents([tmp_path])


def test_documents_header_is_read_lazily_from_any_text() -> None:
    doc = document_from_text("\ufeffStatus: Draft\r\n\r\nA Title\r\nMay 1, 2024\r\n\r\nBody.")
    assert (doc.status, doc.title, doc.date) == ("Draft", "A Title", "2024-05-01")
    assert doc.text[doc.body_start :].lstrip() == "Body."
