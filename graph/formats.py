"""Text out of the document formats that are not text: PDF (pypdf) and DOCX (python-docx).

Each reader takes the file's bytes and returns the text the build reads; every
evidence offset indexes that text, and ``diplograph validate`` reads the file
the same way to check them. The readers are looked up by suffix in
:data:`READERS`, the one place a new format is added.

- PDF: each page's text as pypdf extracts it, pages separated by a blank line.
  An encrypted PDF is opened with the empty password where it has one; a PDF
  with no text layer (a scan) is an error that says so.
- DOCX: the body's paragraphs in order, one a line with a blank line between
  them; a table's rows one a line, cells separated by `` | ``. Headers,
  footers, comments and tracked deletions are not read.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable

from .errors import DocumentError

__all__ = ["READERS", "docx_text", "pdf_text"]


def pdf_text(data: bytes, name: str) -> str:
    """The text of a PDF file's pages, a blank line between pages.

    Raises:
        DocumentError: not a readable PDF, encrypted with a password, or no text in it.
    """
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs every defect it repairs in a damaged file; unless told otherwise,
    # keep those off the terminal (the build reports what makes a file unusable).
    logger = logging.getLogger("pypdf")
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(
                f"{name}: an encrypted PDF that needs a password; save an unencrypted copy"
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except PyPdfError as exc:
        raise DocumentError(f"{name}: not a readable PDF ({exc})") from None
    except (ValueError, KeyError, TypeError) as exc:  # pypdf on malformed objects
        raise DocumentError(f"{name}: not a readable PDF ({type(exc).__name__}: {exc})") from None
    text = "\n\n".join(page.strip("\n") for page in pages if page.strip())
    if not text:
        raise DocumentError(
            f"{name}: a PDF with no text layer (a scan?); run OCR on it, or give its text"
        )
    return text


def docx_text(data: bytes, name: str) -> str:
    """The text of a Word (.docx) file's body: paragraphs and table rows, in order.

    Raises:
        DocumentError: not a readable .docx file, or no text in it.
    """
    from docx import Document as open_docx
    from docx.table import Table

    try:
        document = open_docx(io.BytesIO(data))
    except Exception as exc:  # zipfile, python-docx's PackageNotFoundError, lxml's parser
        raise DocumentError(f"{name}: not a readable .docx file ({exc})") from None
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend(" | ".join(cell.text.strip() for cell in row.cells) for row in item.rows)
        else:
            blocks.append(item.text)
    text = "\n\n".join(block.strip() for block in blocks if block.strip())
    if not text:
        raise DocumentError(f"{name}: empty, no text to build from")
    return text


#: Readers by file suffix: bytes and a name for messages in, text out.
READERS: dict[str, Callable[[bytes, str], str]] = {".pdf": pdf_text, ".docx": docx_text}
