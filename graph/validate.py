"""Check a graph against the contract: SHACL shapes, then evidence offsets against the texts.

The shapes (``graph/shapes/contract.ttl``) check what the graph alone can show:
every proposal has a proposer, evidence and provenance; every actor one label;
every evidence node one source document and integer offsets with
``0 <= start <= end``. Whether ``text[start:end]`` really is the evidence text
needs the documents, which the graph does not hold: pass them as a
``{sha256: text}`` mapping (see :func:`texts_from_paths` and
:func:`texts_from_graph_paths`).

>>> from graph.build import new_graph
>>> validate_graph(new_graph()).conforms
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import BNode, Graph, Literal, Namespace
from rdflib.term import Node

from .documents import load_documents, read_document
from .errors import DiplographError
from .namespace import DG, RDF
from .query import graph_namespaces, shorten_iri

__all__ = [
    "ValidationReport",
    "Violation",
    "check_offsets",
    "contract_shapes",
    "format_report",
    "texts_from_graph_paths",
    "texts_from_paths",
    "validate_graph",
]

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    """One way the graph breaks the contract.

    Attributes:
        focus: the node at fault.
        path: the property at fault, or ``None`` when it is the node itself.
        message: what is wrong, in words.
    """

    focus: Node
    path: Node | None
    message: str


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate_graph`.

    Attributes:
        violations: every violation, sorted by focus node and path.
        checked: evidence nodes whose offsets were checked against a document text.
        unchecked: evidence nodes whose document text was not given.
        namespaces: prefixes for display.
    """

    violations: tuple[Violation, ...]
    checked: int = 0
    unchecked: int = 0
    namespaces: Mapping[str, str] | None = None

    @property
    def conforms(self) -> bool:
        return not self.violations


@lru_cache(maxsize=1)
def _shapes_text() -> str:
    return resources.files("graph").joinpath("shapes", "contract.ttl").read_text(encoding="utf-8")


def contract_shapes() -> Graph:
    """The contract's SHACL shapes graph (a fresh copy)."""
    g = Graph()
    g.parse(data=_shapes_text(), format="turtle")
    return g


def _shacl_violations(graph: Graph) -> list[Violation]:
    conforms, results, _text = shacl_validate(
        graph,
        shacl_graph=contract_shapes(),
        inference="none",
        advanced=False,
        allow_warnings=False,
    )
    if conforms:
        return []
    assert isinstance(results, Graph)
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        if focus is None:  # pragma: no cover - pyshacl always names the focus node
            continue
        path = results.value(result, SH.resultPath)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        message = messages[0] if messages else "breaks the contract"
        value = results.value(result, SH.value)
        if value is not None and value != focus and path is not None:
            message += f" (value: {_display(value, graph_namespaces(graph))})"
        found.append(Violation(focus, path, message))
    return found


def _int(node: Node | None) -> int | None:
    if isinstance(node, Literal) and isinstance(node.toPython(), int):
        return int(node.toPython())
    return None


def _clip(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def check_offsets(graph: Graph, texts: Mapping[str, str]) -> tuple[list[Violation], int, int]:
    """Check every evidence node against its document's text.

    Args:
        graph: the graph.
        texts: document text by the SHA-256 of the text (``dg:sha256``).

    Returns:
        The violations, how many evidence nodes were checked, and how many were
        not because their document's text was not given (evidence with missing
        or malformed offsets is left to the shapes).
    """
    violations: list[Violation] = []
    checked = unchecked = 0
    for node in sorted(graph.subjects(RDF.type, DG.Evidence), key=str):
        source = graph.value(node, DG.source)
        sha = graph.value(source, DG.sha256) if source is not None else None
        text = texts.get(str(sha)) if sha is not None else None
        start, end = _int(graph.value(node, DG.start)), _int(graph.value(node, DG.end))
        quoted = graph.value(node, DG.text)
        if text is None:
            unchecked += 1
            continue
        if start is None or end is None or quoted is None:
            continue  # the shapes report it
        checked += 1
        if end > len(text):
            violations.append(
                Violation(
                    node,
                    DG.end,
                    (f"end {end} is past the end of the document text ({len(text)} characters)"),
                )
            )
        elif 0 <= start <= end and text[start:end] != str(quoted):
            violations.append(
                Violation(
                    node,
                    DG.text,
                    (
                        f"dg:text is not the document text at [{start}:{end}], which reads"
                        f" {_clip(text[start:end])!r}"
                    ),
                )
            )
    return violations, checked, unchecked


def texts_from_paths(paths: Iterable[Path]) -> dict[str, str]:
    """Read documents (files or folders) the way the build does: text by SHA-256."""
    return {doc.sha256: doc.text for doc in load_documents(list(paths), on_skip=lambda _s: None)}


def texts_from_graph_paths(graph: Graph, *, base: Path = Path(".")) -> dict[str, str]:
    """Read the documents named by the graph's ``dg:path`` values, where the files exist.

    Relative paths are taken from ``base``. A file whose text has changed since the
    build has another SHA-256 and so checks nothing.
    """
    texts: dict[str, str] = {}
    for document in graph.subjects(RDF.type, DG.Document):
        for value in graph.objects(document, DG.path):
            path = base / str(value)
            if not path.is_file():
                continue
            try:
                doc = read_document(path)
            except DiplographError:
                continue
            texts[doc.sha256] = doc.text
    return texts


def validate_graph(graph: Graph, *, texts: Mapping[str, str] | None = None) -> ValidationReport:
    """Check ``graph`` against the contract's shapes and, given texts, its evidence offsets.

    Args:
        graph: the graph to check; not changed.
        texts: document text by SHA-256; evidence whose document is missing is
            counted as unchecked.
    """
    violations = _shacl_violations(graph)
    checked = unchecked = 0
    if texts is not None:
        found, checked, unchecked = check_offsets(graph, texts)
        violations += found
    namespaces = graph_namespaces(graph)
    unique = sorted(
        set(violations),
        key=lambda v: (_display(v.focus, namespaces), _display(v.path, namespaces), v.message),
    )
    return ValidationReport(tuple(unique), checked, unchecked, namespaces)


def _display(node: Node | None, namespaces: Mapping[str, str]) -> str:
    if node is None:
        return ""
    if isinstance(node, Literal):
        return str(node) if isinstance(node.toPython(), (int, float)) else f'"{node}"'
    if isinstance(node, BNode):
        return f"_:{node}"
    return shorten_iri(str(node), namespaces)


def format_report(report: ValidationReport) -> str:
    """``conforms``, or one line per violation: focus node, path, message."""
    if report.conforms:
        return "conforms"
    namespaces = report.namespaces or graph_namespaces(Graph())
    lines = []
    for v in report.violations:
        where = _display(v.focus, namespaces)
        if v.path is not None:
            where += " " + _display(v.path, namespaces)
        lines.append(f"{where}: {v.message}")
    count = len(report.violations)
    lines.append(f"{count} violation{'s' if count != 1 else ''}")
    return "\n".join(lines)
