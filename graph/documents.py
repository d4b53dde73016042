"""Source documents: find them, read them, decode them, and read their header.

A :class:`Document` holds the text exactly as the build read it; every evidence
offset in the graph indexes into ``Document.text``.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .errors import DocumentError, InputPathError, NoDocumentsError

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Document",
    "Skipped",
    "decode",
    "document_from_text",
    "find_document_paths",
    "html_to_text",
    "load_documents",
    "read_document",
]

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTH_NUMBER = {
    name.lower(): index % 12 + 1
    for index, name in enumerate(
        "January February March April May June July August September October November December"
        " Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    )
}
_MONTH_NUMBER["sept"] = 9
_DATE_MDY = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b")
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})\.?,?\s+(\d{{4}})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_FIELD_LINE = re.compile(r"^\s*([A-Z][A-Za-z ]{1,20}):\s+(\S.{0,80})$")


@dataclass(frozen=True)
class Document:
    """One source document, as read.

    Attributes:
        name: the file name (the eval matches gold files by it).
        text: the text the build read; evidence offsets index into it.
        paths: every path this text was found under (duplicates collapse).
        title: the title line, when the header gives one.
        date: the publication date as ``YYYY-MM-DD``, when the text gives one.
        status: the ``Status:`` header value, when present.
        body_start: offset where the body begins (after the header lines).
    """

    name: str
    text: str
    paths: tuple[str, ...] = ()
    title: str | None = None
    date: str | None = None
    status: str | None = None
    body_start: int = 0
    sha256: str = field(default="", compare=False)

    @property
    def doc_id(self) -> str:
        """A stable identifier derived from the text alone."""
        return f"doc-{self.sha256[:16]}"


@dataclass(frozen=True)
class Skipped:
    """A path that was not built, and why."""

    path: str
    reason: str


def _iso_date(text: str) -> str | None:
    if m := _DATE_ISO.search(text):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    if m := _DATE_MDY.search(text):
        month, day, year = _MONTH_NUMBER[m.group(1).lower()], int(m.group(2)), m.group(3)
    elif m := _DATE_DMY.search(text):
        day, month, year = int(m.group(1)), _MONTH_NUMBER[m.group(2).lower()], m.group(3)
    else:
        return None
    if not 1 <= day <= 31:
        return None
    return f"{year}-{month:02d}-{day:02d}"


def _parse_header(text: str) -> tuple[str | None, str | None, str | None, int]:
    """Read ``Status:``-style field lines, a title line and a date line at the top.

    Returns ``(title, date, status, body_start)``. A document without a header
    gets ``None`` for each and ``body_start`` 0.
    """
    title = date = status = None
    body_start = 0
    offset = 0
    lines_seen = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        start = offset
        offset += len(line)
        if not stripped:
            continue
        lines_seen += 1
        if lines_seen > 4:
            break
        if (m := _FIELD_LINE.match(stripped)) and m.group(1).lower() == "status":
            status = m.group(2).strip()
            body_start = offset
            continue
        if date is None and len(stripped) < 40 and (found := _iso_date(stripped)):
            date = found
            body_start = offset
            continue
        if title is None and len(stripped) < 200 and not stripped.endswith((".", ":")):
            title = stripped.lstrip("#").strip()
            body_start = offset
            continue
        # A dateline opening the first paragraph ("SEOUL, March 7, 2019 - ...").
        if date is None and (found := _iso_date(stripped[:60])):
            date = found
        del start
        break
    return title, date, status, body_start


def document_from_text(text: str, name: str = "document.txt", paths: Iterable[str] = ()) -> Document:
    """Make a :class:`Document` from text already decoded.

    >>> document_from_text("Status: Open\\n\\nA Title\\n\\nMay 1, 2024\\n\\nBody.").date
    '2024-05-01'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    title, date, status, body_start = _parse_header(text)
    return Document(
        name=name,
        text=text,
        paths=tuple(paths),
        title=title,
        date=date,
        status=status,
        body_start=body_start,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


class _VisibleText(HTMLParser):
    _HIDDEN = {"script", "style", "template", "noscript", "head", "title"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
              "article", "blockquote", "ul", "ol", "header", "footer", "pre", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page; markup is parsed, never interpreted.

    >>> html_to_text("<p>A &amp; B</p><script>alert(1)</script>")
    'A & B'
    """
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    body = "".join(parser.parts)
    body = re.sub(r"[ \t\f\v]+", " ", body)
    body = re.sub(r" *\n *", "\n", body)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    title = " ".join("".join(parser.title).split())
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return body


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or Latin-1 text.

    Raises:
        DocumentError: the bytes are binary or empty of text.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(f"{name}: not valid UTF-16 ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace") if data else ""
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > len(text[:8192]) * 0.01 + 1:
        raise DocumentError(f"{name}: not UTF-8 and does not look like text")
    return text


def read_document(path: Path) -> Document:
    """Read one file into a :class:`Document`.

    Raises:
        DocumentError: unreadable, binary, undecodable or empty.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    text = decode(data, str(path))
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    if not text.strip():
        raise DocumentError(f"{path}: empty, no text to build from")
    return document_from_text(text, name=path.name, paths=(str(path),))


def find_document_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Every document file under ``paths``, in a stable order.

    Raises:
        InputPathError: a path does not exist.
    """
    for root in paths:
        if not root.exists():
            raise InputPathError(f"{root}: no such file or folder; give a document or a folder of documents")
        if root.is_file():
            yield root
            continue
        seen: set[Path] = set()
        for dirpath, dirnames, filenames in _walk(root, seen):
            dirnames.sort()
            for filename in sorted(filenames):
                if filename.lower().endswith(DOCUMENT_SUFFIXES) and not filename.startswith("."):
                    yield Path(dirpath) / filename


def _walk(root: Path, seen: set[Path]) -> Iterator[tuple[str, list[str], list[str]]]:
    import os

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = Path(dirpath).resolve()
        if real in seen:
            dirnames[:] = []
            continue
        seen.add(real)
        yield dirpath, dirnames, filenames


def load_documents(
    paths: Iterable[Path],
    *,
    on_skip: Callable[[Skipped], None] | None = None,
) -> list[Document]:
    """Read every document under ``paths``; the same text under two names is one document.

    Args:
        paths: files or folders.
        on_skip: called with each file that could not be used; by default such a
            file raises.

    Raises:
        InputPathError: a path does not exist.
        NoDocumentsError: nothing to build.
    """
    paths = list(paths)
    by_hash: dict[str, Document] = {}
    for path in find_document_paths(paths):
        try:
            doc = read_document(path)
        except DocumentError as exc:
            if on_skip is None:
                raise
            on_skip(Skipped(str(path), str(exc).split(": ", 1)[-1]))
            continue
        if (known := by_hash.get(doc.sha256)) is not None:
            by_hash[doc.sha256] = Document(
                name=known.name, text=known.text, paths=known.paths + doc.paths,
                title=known.title, date=known.date, status=known.status,
                body_start=known.body_start, sha256=known.sha256,
            )
        else:
            by_hash[doc.sha256] = doc
    if not by_hash:
        where = ", ".join(str(p) for p in paths)
        raise NoDocumentsError(f"no documents to build in {where}; add .txt, .md or .html files")
    return sorted(by_hash.values(), key=lambda d: (d.paths[0] if d.paths else d.name))
