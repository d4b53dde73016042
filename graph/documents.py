"""Source documents: find them, read them, decode them, and read their header.

A :class:`Document` holds the text exactly as the build read it; every evidence
offset in the graph indexes into ``Document.text``.

How bytes become text (the offsets index the result):

- UTF-8, with or without a BOM; UTF-16 and UTF-32 when a BOM says so.
- Bytes that are not UTF-8 but look like text are read as Windows-1252 (a
  superset of Latin-1 for printable text); the five bytes cp1252 leaves
  undefined map to the Latin-1 code point of the same value.
- Binary files are skipped: NUL bytes anywhere, a known binary signature (PNG,
  JPEG, GIF, PDF, ZIP, gzip ...), or more than 1% control characters.
- Line endings are normalised: CRLF and a lone CR become LF, and a leading BOM
  is dropped. Offsets index this normalised text, not the bytes on disk.
- ``.html``/``.htm`` files become their visible text (scripts, styles, comments
  and the head dropped; character references decoded once; markup never run).
- Markdown is kept as written (``# `` markers included); a leading ``# ``
  heading gives the title.
- ``.pdf`` and ``.docx`` files become the text extracted from them
  (:mod:`graph.formats`); offsets index that text.
- Files over a size limit (:data:`DEFAULT_MAX_BYTES` in the CLI) are skipped
  before they are read.
- In a folder, every file that is not a document (another suffix) is reported
  as skipped, never passed over in silence; hidden files and folders are
  passed over.
- A document's paths are relative to the folder it was found under (a file
  given by itself: its name), with ``/`` between folders, so the graph holds
  the same bytes on every machine.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .errors import DocumentError, InputPathError, NoDocumentsError
from .formats import READERS

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Document",
    "RecordedFile",
    "Skipped",
    "UnreadDocument",
    "decode",
    "document_from_text",
    "find_document_paths",
    "find_documents",
    "html_to_text",
    "load_documents",
    "read_document",
    "relative_path",
    "within_dates",
]

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
#: The kinds of document, as messages name them.
_KINDS = ".txt, .md, .html, .pdf or .docx"

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
#: A wire dateline: "GENEVA, March 3 (AP) —", "KYIV, Oct 9 (Reuters) -", "SEOUL, March 7, 2019 -".
_DATELINE = re.compile(
    rf"^[A-Z][A-Z.'’ -]{{1,40}}(?:/[A-Z][A-Z.'’ -]{{1,40}})*,\s+({_MONTHS})\.?\s+(\d{{1,2}})"
    r"(?:,?\s+(\d{4}))?\s*(?:\([^)]{1,40}\)\s*)?[—–-]"
)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def _dateline_date(line: str, text: str) -> str | None:
    """The date of a wire dateline; without a year in it, the latest year the article names
    (a dateline gives the day, the story the year)."""
    m = _DATELINE.match(line)
    if m is None:
        return None
    year = m.group(3) or max(_YEAR.findall(text[:20000]), default=None)
    day = int(m.group(2))
    if year is None or not 1 <= day <= 31:
        return None
    return f"{year}-{_MONTH_NUMBER[m.group(1).lower()]:02d}-{day:02d}"


_LINE = re.compile(r"[^\n]*\n?")
_MD_HEADING = re.compile(r"#[ \t]+\S")
_FIELD_LINE = re.compile(r"^\s*([A-Z][A-Za-z ]{1,20}):\s+(\S.{0,80})$")


@dataclass(frozen=True)
class Document:
    """One source document, as read.

    Attributes:
        name: the file name (the eval matches gold files by it).
        text: the text the build read; evidence offsets index into it.
        paths: every path this text was found under (duplicates collapse);
            :func:`load_documents` makes them relative to the folder given.
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
class RecordedFile:
    """What a build recorded of a document file it read: the file's size and modification
    time (in nanoseconds) then, and the hash and date of the text it held."""

    size: int
    mtime: int
    sha256: str
    date: str | None


@dataclass(frozen=True)
class UnreadDocument(Document):
    """A document whose file was not read again: it has the size and modification time a
    build recorded (:class:`RecordedFile`), so it holds the text that build hashed.

    Its ``text`` is empty (its title and status unknown); :meth:`read` reads it.

    Attributes:
        file: the file's absolute path.
    """

    file: str = ""

    def read(self) -> Document:
        """The document, read from its file (with these paths).

        Raises:
            DocumentError: the file cannot be read, or no longer holds the text recorded.
        """
        doc = read_document(Path(self.file))
        if doc.sha256 != self.sha256:
            raise DocumentError(f"{self.file}: changed while the build read it; build again")
        return replace(doc, paths=self.paths)


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
    lines_seen = 0
    # Lines one at a time, never the whole text: a header is a few short lines.
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        stripped = line.strip()
        offset = match.end()
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
        if title is None and lines_seen == 1 and _MD_HEADING.match(stripped):
            # A Markdown document's leading "# " heading, whatever its punctuation.
            title = stripped.lstrip("#").strip()
            body_start = offset
            continue
        if title is None and len(stripped) < 200 and not stripped.endswith((".", ":")):
            title = stripped.lstrip("#").strip() or None
            body_start = offset
            continue
        # A dateline opening the first paragraph ("SEOUL, March 7, 2019 - ...", "GENEVA,
        # March 3 (AP) —").
        if date is None and (found := _dateline_date(stripped, text) or _iso_date(stripped[:60])):
            date = found
        break
    if not text[body_start:].strip():
        body_start = 0  # a one-line document is all body, whatever it looks like
    return title, date, status, body_start


def document_from_text(
    text: str,
    name: str = "document.txt",
    paths: Iterable[str] = (),
    *,
    title: str | None = None,
    date: str | None = None,
) -> Document:
    """Make a :class:`Document` from text already decoded.

    Line endings are normalised (CRLF and lone CR become LF) and a leading BOM
    dropped; ``Document.text`` is the result, and offsets index it.

    >>> document_from_text("Status: Open\\n\\nA Title\\n\\nMay 1, 2024\\n\\nBody.").date
    '2024-05-01'
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    found_title, found_date, status, body_start = _parse_header(text)
    title = title or found_title
    date = date or found_date
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
    """Collects the text a browser would show, and the first ``<title>``."""

    _HIDDEN = frozenset(
        {
            "script",
            "style",
            "template",
            "noscript",
            "head",
            "title",
            "svg",
            "iframe",
            "object",
            "math",
        }
    )
    _BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "section",
            "article",
            "blockquote",
            "ul",
            "ol",
            "header",
            "footer",
            "pre",
            "hr",
            "table",
            "main",
            "nav",
            "aside",
            "figure",
            "figcaption",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._open: Counter[str] = Counter()
        self._title_state = 0  # 0 before the title, 1 inside it, 2 after it

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            # An unclosed <head> ends where the body begins.
            self._open["head"] = 0
        if tag == "title" and self._title_state == 0:
            self._title_state = 1
        if tag in self._HIDDEN:
            self._open[tag] += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
        if tag == "li" and not self._hidden:
            self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._title_state == 1:
            self._title_state = 2
        if tag in self._HIDDEN:
            self._open[tag] = max(0, self._open[tag] - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    @property
    def _hidden(self) -> bool:
        return any(self._open.values())

    def handle_data(self, data: str) -> None:
        if self._title_state == 1:
            self.title.append(data)
        elif not self._hidden:
            self.parts.append(data)


def article_from_html(markup: str) -> tuple[str, str | None, str | None]:
    """The article of an HTML page, its title and its publication date.

    trafilatura keeps the article and leaves the page's chrome (navigation, related
    links, comments), and reads title and date from the page's metadata. A page it
    finds no article in (a fragment, a bare list) gives its visible text instead.
    """
    import trafilatura
    from lxml import html as lxml_html

    try:  # what no browser shows is no text of the page: noscript, templates
        tree = lxml_html.document_fromstring(markup)
        for node in tree.xpath("//noscript | //template | //script | //style"):
            node.drop_tree()
        # trafilatura unescapes the text it extracts once more than a browser does, so
        # "&amp;amp;" on the page would become "&": escape the ampersands it will undo
        # (tests/test_documents.py holds the page that shows it).
        for node in tree.iter():
            if isinstance(node.tag, str):
                node.text = node.text.replace("&", "&amp;") if node.text else node.text
                node.tail = node.tail.replace("&", "&amp;") if node.tail else node.tail
    except (ValueError, lxml_html.etree.ParserError):
        return html_to_text(markup), None, None
    found = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    fields: dict[str, Any] = dict(found or {}) if not hasattr(found, "as_dict") else found.as_dict()  # type: ignore[union-attr]
    body = fields.get("text") or ""
    if body.strip():
        date = fields.get("date")
        return body, fields.get("title") or None, _iso_date(date) if date else None
    return html_to_text(markup), None, None


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page; markup is parsed, never interpreted.

    Scripts, styles, comments and the head are dropped; character references
    are decoded once (``&amp;lt;`` gives ``&lt;``); the ``<title>`` becomes the
    first line unless the body already starts with it.

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


#: Signatures of common binary formats, by what to call them in a warning.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
#: The control characters text does not hold (every C0 control but tab, newline, form feed and
#: carriage return, and DEL), found by a regex: a loop over each character took most of reading.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SAMPLE = 65536


def _cp1252_undefined(exc: UnicodeError) -> tuple[str, int]:
    """Map the bytes cp1252 leaves undefined to the Latin-1 code point of the same value."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(map(chr, exc.object[exc.start : exc.end])), exc.end


codecs.register_error("diplograph-latin1", _cp1252_undefined)


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    controls = len(_CONTROLS.findall(sample))
    return controls > len(sample) * 0.01 + 1


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8, UTF-16/32 with a BOM, or Windows-1252/Latin-1 text.

    A leading BOM is kept out of the text; line endings are left for
    :func:`document_from_text` to normalise.

    >>> decode("caf\u00e9".encode("cp1252"), "x.txt")
    'café'

    Raises:
        DocumentError: the bytes are binary, or undecodable under their BOM.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    f"{name}: not valid {encoding.upper()} ({exc.reason} at byte {exc.start})"
                ) from None
            if _looks_binary(text):
                raise DocumentError(f"{name}: binary file (control characters), not text")
            return text
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise DocumentError(f"{name}: binary file ({what}), not text")
    if b"\x00" in data:
        raise DocumentError(f"{name}: binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="diplograph-latin1")
    if _looks_binary(text):
        raise DocumentError(f"{name}: binary file (control characters), not text")
    return text


def _size(n: int) -> str:
    """``n`` bytes in a unit a person reads at a glance (decimal units).

    >>> _size(50_000_000)
    '50.0 MB'
    """
    if n < 1000:
        return f"{n} bytes"
    value, unit = float(n), "bytes"
    for name in ("kB", "MB", "GB"):
        if value < 1000:
            break
        value, unit = value / 1000, name
    return f"{value:.1f} {unit}"


def read_document(path: Path, *, max_bytes: int | None = None) -> Document:
    """Read one file into a :class:`Document`.

    Args:
        path: a regular file (symlinks are followed).
        max_bytes: skip a file larger than this before reading it; ``None`` reads any size.

    Raises:
        DocumentError: unreadable, not a regular file, too large, binary,
            undecodable or empty.
    """
    try:
        info = path.stat()
    except OSError as exc:
        if path.is_symlink():
            raise DocumentError(f"{path}: broken symbolic link, nothing to read") from None
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        if stat.S_ISFIFO(info.st_mode):
            kind = "a named pipe, not a regular file"
        raise DocumentError(f"{path}: {kind}, nothing to read")
    if max_bytes is not None and info.st_size > max_bytes:
        raise DocumentError(
            f"{path}: too large ({_size(info.st_size)}, over the {_size(max_bytes)} limit;"
            " raise --max-bytes to build it)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not data or data.isspace():
        raise DocumentError(f"{path}: empty, no text to build from")
    reader = READERS.get(path.suffix.lower())
    text = reader(data, str(path)) if reader is not None else decode(data, str(path))
    title = date = None
    if path.suffix.lower() in (".html", ".htm"):
        text, title, date = article_from_html(text)
    if not text or text.isspace():
        raise DocumentError(f"{path}: empty, no text to build from")
    return document_from_text(text, name=path.name, paths=(str(path),), title=title, date=date)


def find_document_paths(
    paths: Iterable[Path],
    *,
    exclude: Iterable[Path] = (),
    on_error: Callable[[Skipped], None] | None = None,
) -> Iterator[Path]:
    """Every document file under ``paths``, in a stable order (see :func:`find_documents`).

    Raises:
        InputPathError: a path does not exist.
    """
    for _root, path in find_documents(paths, exclude=exclude, on_error=on_error):
        yield path


def find_documents(
    paths: Iterable[Path],
    *,
    exclude: Iterable[Path] = (),
    on_error: Callable[[Skipped], None] | None = None,
) -> Iterator[tuple[Path, Path]]:
    """``(root, file)`` for every document file under ``paths``, in a stable order.

    A file named directly is yielded whatever its suffix (it is its own root);
    folders are walked for the suffixes of :data:`DOCUMENT_SUFFIXES`, following
    symbolic links but never into a folder already walked (a link loop ends),
    and skipping hidden files and folders and the folders in ``exclude``.
    A folder that cannot be listed, and a file of any other kind, go to
    ``on_error`` (by default they are passed over silently).

    Raises:
        InputPathError: a path does not exist.
    """
    paths = list(paths)
    for root in paths:
        if not root.exists() and not root.is_symlink():
            raise InputPathError(
                f"{root}: no such file or folder; give a document or a folder of documents"
            )
    seen = {p.resolve() for p in exclude}
    for root in paths:
        if not root.is_dir():
            yield root, root
            continue
        for dirpath, dirnames, filenames in _walk(root, seen, on_error):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for filename in sorted(f for f in filenames if not f.startswith(".")):
                path = Path(dirpath) / filename
                if filename.lower().endswith(DOCUMENT_SUFFIXES):
                    yield root, path
                elif on_error is not None:
                    on_error(Skipped(str(path), _not_a_document(filename)))


def _not_a_document(filename: str) -> str:
    suffix = Path(filename).suffix
    kind = f"a {suffix} file" if suffix else "a file without a suffix"
    return f"{kind}, not a document the build reads ({_KINDS})"


def relative_path(path: Path, root: Path) -> str:
    """``path`` as the graph records it: relative to the folder ``root``, ``/`` between parts.

    A file given by itself (``root`` is the file) is recorded by its name.

    >>> relative_path(Path("/home/ana/news/2024/a.txt"), Path("/home/ana/news"))
    '2024/a.txt'
    >>> relative_path(Path("/tmp/a.txt"), Path("/tmp/a.txt"))
    'a.txt'
    """
    if path == root:
        return path.name
    return path.relative_to(root).as_posix()


def _walk(
    root: Path, seen: set[Path], on_error: Callable[[Skipped], None] | None
) -> Iterator[tuple[str, list[str], list[str]]]:
    def report(exc: OSError) -> None:
        if on_error is not None:
            where = exc.filename if exc.filename is not None else root
            on_error(Skipped(str(where), f"folder cannot be read ({exc.strerror or exc})"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=report, followlinks=True):
        real = Path(dirpath).resolve()
        if real in seen:
            dirnames[:] = []
            continue
        seen.add(real)
        yield dirpath, dirnames, filenames


#: A file modified less than this long (in nanoseconds) before it was read is not recorded:
#: a change within the same tick of a coarse clock would leave its time as it was.
RECENT = 2_000_000_000


def _read(
    path: Path, recorded: MutableMapping[str, RecordedFile] | None, max_bytes: int | None
) -> Document:
    """:func:`read_document`, or an :class:`UnreadDocument` where ``recorded`` holds the
    file's size and modification time; a file read is recorded (unless modified just
    before)."""
    if recorded is None:
        return read_document(path, max_bytes=max_bytes)
    key = os.path.abspath(path)
    try:
        info = os.stat(path)
    except OSError:
        return read_document(path, max_bytes=max_bytes)  # (which says why)
    known = recorded.get(key)
    fits = max_bytes is None or info.st_size <= max_bytes
    if known is not None and fits and (known.size, known.mtime) == (info.st_size, info.st_mtime_ns):
        return UnreadDocument(path.name, "", date=known.date, sha256=known.sha256, file=key)
    recorded.pop(key, None)
    doc = read_document(path, max_bytes=max_bytes)
    if stat.S_ISREG(info.st_mode) and info.st_mtime_ns < time.time_ns() - RECENT:
        recorded[key] = RecordedFile(info.st_size, info.st_mtime_ns, doc.sha256, doc.date)
    return doc


def load_documents(
    paths: Iterable[Path],
    *,
    on_skip: Callable[[Skipped], None] | None = None,
    max_bytes: int | None = None,
    exclude: Iterable[Path] = (),
    recorded: MutableMapping[str, RecordedFile] | None = None,
) -> list[Document]:
    """Read every document under ``paths``; the same text under two names is one document.

    Args:
        paths: files or folders.
        on_skip: called with each file that could not be used; by default such a
            file raises.
        max_bytes: files larger than this are skipped unread; ``None``: no limit.
        exclude: folders not to walk (the output folder, say).
        recorded: what earlier builds read of the files, by absolute path: a file of the
            size and modification time recorded is not read again but given as an
            :class:`UnreadDocument` of the text recorded; the files read are recorded
            here (changed in place).

    Returns:
        The documents, sorted by their first path.

    Raises:
        InputPathError: a path does not exist.
        DocumentError: a file could not be used and ``on_skip`` is ``None``.
        NoDocumentsError: nothing to build (every file found was skipped, or
            none was found).
    """
    paths = list(paths)
    by_hash: dict[str, Document] = {}
    skipped: list[Skipped] = []

    def skip(item: Skipped) -> None:
        skipped.append(item)
        if on_skip is None:
            raise DocumentError(f"{item.path}: {item.reason}")
        on_skip(item)

    for root, path in find_documents(paths, exclude=exclude, on_error=skip):
        try:
            doc = _read(path, recorded, max_bytes)
        except DocumentError as exc:
            if on_skip is None:
                raise
            skip(Skipped(str(path), str(exc).removeprefix(f"{path}: ")))
            continue
        doc = replace(doc, paths=(relative_path(path, root),))
        if (known := by_hash.get(doc.sha256)) is not None:
            merged = tuple(dict.fromkeys(known.paths + doc.paths))
            first = doc if isinstance(known, UnreadDocument) else known  # one read, if any
            by_hash[doc.sha256] = replace(first, paths=merged)
        else:
            by_hash[doc.sha256] = doc
    if not by_hash:
        raise NoDocumentsError(_nothing_to_build(paths, skipped))
    return sorted(by_hash.values(), key=lambda d: d.paths[0] if d.paths else d.name)


def within_dates(
    docs: Sequence[Document], since: str | None = None, until: str | None = None
) -> tuple[list[Document], int]:
    """The documents dated from ``since`` to ``until`` (``YYYY-MM-DD``, both included),
    and how many were left out (undated ones too, when either bound is given).

    >>> a = document_from_text("a", date="2024-03-01")
    >>> b = document_from_text("b", date="2024-05-01")
    >>> kept, out = within_dates([a, b, document_from_text("c")], since="2024-04-01")
    >>> [d.date for d in kept], out
    (['2024-05-01'], 2)
    """
    if since is None and until is None:
        return list(docs), 0
    kept = [
        d
        for d in docs
        if d.date is not None
        and (since is None or d.date >= since)
        and (until is None or d.date <= until)
    ]
    return kept, len(docs) - len(kept)


def _nothing_to_build(paths: list[Path], skipped: list[Skipped]) -> str:
    if len(skipped) == 1:
        item = skipped[0]
        return (
            f"{item.path}: {item.reason}; nothing else to build: give a readable {_KINDS} document"
        )
    if skipped:
        return (
            f"nothing to build: all {len(skipped)} files were skipped (see the warnings);"
            f" give readable {_KINDS} documents"
        )
    where = ", ".join(str(p) for p in paths)
    return f"no documents to build in {where}; add {_KINDS} files"
