"""graph.formats: text out of PDF and DOCX files, and a clear error when there is none."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from graph.errors import DocumentError
from graph.formats import READERS, docx_text, pdf_text


def test_formats_pdf_pages_become_paragraphs(make_pdf: Callable[..., bytes]) -> None:
    data = make_pdf([["Talks (in Geneva)", "Russia said no."], ["Page two."]])
    assert pdf_text(data, "x.pdf") == "Talks (in Geneva)\nRussia said no.\n\nPage two."


def test_formats_pdf_with_a_password_says_so(make_pdf: Callable[..., bytes]) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["Secret."]]))))
    writer.encrypt("open sesame")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DocumentError, match=r"^x.pdf: an encrypted PDF that needs a password"):
        pdf_text(buffer.getvalue(), "x.pdf")


@pytest.mark.parametrize(
    ("reader", "data", "message"),
    [
        (pdf_text, b"%PDF-1.4\nnot really", r"^x: not a readable PDF \("),
        (docx_text, b"PK\x03\x04broken", r"^x: not a readable .docx file \("),
        (docx_text, b"plain text", r"^x: not a readable .docx file \("),
    ],
)
def test_formats_broken_files_are_one_clear_error(
    reader: Callable[[bytes, str], str], data: bytes, message: str
) -> None:
    with pytest.raises(DocumentError, match=message):
        reader(data, "x")


def test_formats_docx_paragraphs_and_tables_in_order(make_docx: Callable[..., bytes]) -> None:
    from docx import Document

    document = Document(io.BytesIO(make_docx(["Title", "", "First paragraph."])))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Russia", "rejects"
    document.add_paragraph("After the table.")
    buffer = io.BytesIO()
    document.save(buffer)
    assert docx_text(buffer.getvalue(), "x.docx") == (
        "Title\n\nFirst paragraph.\n\nRussia | rejects\n\nAfter the table."
    )


def test_formats_empty_docx_is_empty(make_docx: Callable[..., bytes]) -> None:
    with pytest.raises(DocumentError, match=r"^x.docx: empty, no text to build from$"):
        docx_text(make_docx([" "]), "x.docx")


def test_formats_readers_by_suffix() -> None:
    assert set(READERS) == {".pdf", ".docx"}
