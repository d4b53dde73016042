"""``diplograph build``: documents in, ``graph.ttl`` and ``graph.html`` out."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import click
from rdflib import Graph

from ..documents import Document, Skipped, load_documents
from ..errors import DiplographError, NoDocumentsError
from ..export import to_turtle
from ..namespace import DG, DGID_DEFAULT, RDF
from ..pipeline import build_documents
from .common import atomic_write_texts, ner_option
from .progress import step_bar

__all__ = ["DEFAULT_MAX_BYTES", "EXIT_INTERRUPTED", "EXIT_SKIPPED", "build"]

#: Exit code when the graph was built but some inputs were skipped.
EXIT_SKIPPED = 3
#: Exit code when the build was interrupted (Ctrl-C): nothing written.
EXIT_INTERRUPTED = 130
#: Documents larger than this are skipped unless ``--max-bytes`` says otherwise (20MB).
DEFAULT_MAX_BYTES = 20_000_000


def render_extras(g: Graph, sources: list[Document]) -> dict[str, str]:
    """Every output file besides the Turtle, by file name, as text.

    ``graph.html`` (the offline page, switching between the full graph and the
    actor network), ``actors.csv`` (actor metrics) and one GraphML file per view.
    """
    from ..export.html import to_html
    from ..views import actor_network, actors_csv, full_view, to_graphml

    return {
        "graph.html": to_html(g, sources=sources),
        "actors.csv": actors_csv(g),
        "graph.graphml": to_graphml(full_view(g)),
        "actors.graphml": to_graphml(actor_network(g)),
    }


def _summary(g: Graph, docs: list[Document], written: list[Path], skipped: list[Skipped]) -> str:
    counts: Counter[object] = Counter()
    for cls in (
        DG.State,
        DG.Organisation,
        DG.Person,
        DG.Place,
        DG.Proposal,
        DG.Demand,
        DG.Condition,
        DG.Statement,
    ):
        counts[cls] = sum(1 for _ in g.subjects(RDF.type, cls))
    stances = sum(1 for _ in g.triples((None, DG.rejects, None))) + sum(
        1 for _ in g.triples((None, DG.supports, None))
    )
    lines = [
        f"Built {len(docs)} document{'s' if len(docs) != 1 else ''}"
        + (f" ({len(skipped)} skipped)" if skipped else ""),
        f"  entities:   {counts[DG.State]} states, {counts[DG.Organisation]} organisations, "
        f"{counts[DG.Person]} people, {counts[DG.Place]} places",
        f"  proposals:  {counts[DG.Proposal]} ({counts[DG.Demand]} demands), "
        f"{counts[DG.Condition]} conditions, {stances} stances",
        f"  statements: {counts[DG.Statement]}",
        f"  triples:    {len(g)}",
        "  wrote:      " + ", ".join(str(p) for p in written),
    ]
    return "\n".join(lines)


class ByteSize(click.ParamType):
    """A size in bytes: ``20000000``, ``20MB``, ``1.5GB``, ``512KiB``."""

    name = "size"
    _UNITS = {
        "": 1,
        "b": 1,
        "k": 1000,
        "kb": 1000,
        "m": 1000**2,
        "mb": 1000**2,
        "g": 1000**3,
        "gb": 1000**3,
        "kib": 1024,
        "mib": 1024**2,
        "gib": 1024**3,
    }

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> int:
        if isinstance(value, int):
            return value
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*", str(value))
        if m is None or m.group(2).lower() not in self._UNITS:
            self.fail(f"{value!r} is not a size; write e.g. 20MB, 500kB or 1GB", param, ctx)
        return int(float(m.group(1)) * self._UNITS[m.group(2).lower()])


def _check_base(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|^`\\]*[/#]", value):
        raise click.BadParameter(
            f'{value!r} is not an absolute IRI ending in / or # (without spaces or <>"{{}}|^`\\);'
            f" e.g. {DGID_DEFAULT}"
        )
    return value


def _write_all(outputs: dict[Path, str]) -> None:
    try:
        atomic_write_texts(outputs)
    except OSError as exc:
        where = exc.filename or next(iter(outputs)).parent
        raise DiplographError(
            f"cannot write {where} ({exc.strerror or exc}); nothing was written:"
            " choose another --out folder or free some space"
        ) from None


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("output"),
    show_default=True,
    help="Folder to write the outputs to.",
)
@click.option(
    "--base",
    default=DGID_DEFAULT,
    show_default=True,
    callback=_check_base,
    help="Namespace under which resource IRIs are minted.",
)
@click.option(
    "--max-bytes",
    type=ByteSize(),
    default=DEFAULT_MAX_BYTES,
    help="Skip (with a warning) any document larger than this, e.g. 50MB.  [default: 20MB]",
)
@ner_option
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors and warnings.")
def build(
    paths: tuple[Path, ...],
    out_dir: Path,
    base: str,
    max_bytes: int,
    ner_model: str | None,
    quiet: bool,
) -> int:
    """Build the graph from documents (PATHS: files or folders; none: seeds/).

    With no PATHS, reads the documents in seeds/ (the sample that ships with
    the repository). Documents are .txt, .md, .html, .pdf and .docx files;
    folders are searched through, passing over hidden files and folders.

    Writes OUT/graph.ttl (the RDF graph) and OUT/graph.html (an interactive view
    that works offline), with actors.csv and GraphML views. Any file that is
    not built -- another kind of file, unreadable, binary, empty or too large
    -- gets one warning line ("Warning: skipped PATH: REASON") and the build
    goes on. Text that is not UTF-8 is read as Windows-1252/Latin-1; line
    endings become \\n, and evidence offsets index that text (for PDF and
    DOCX, the text extracted from them). A document's dg:path is its path
    relative to the folder given (a file given by itself: its name), the same
    on every machine. The outputs are written together, only once everything
    is rendered: an error or Ctrl-C leaves the previous ones as they were. On
    a terminal, a bar shows each step as it runs.

    \b
    Exit codes:
      0    built, nothing skipped
      1    error: nothing written
      3    built, but some inputs were skipped (see the warnings)
      130  interrupted: nothing written

    \b
    Examples:
      diplograph build                          # seeds/ to output/
      diplograph build reports/ notes.pdf --out graph/
    """
    try:
        return _build(list(paths) or [Path("seeds")], out_dir, base, max_bytes, quiet, ner_model)
    except KeyboardInterrupt:
        click.echo("Interrupted; nothing written, previous output left as it was.", err=True)
        return EXIT_INTERRUPTED


def _build(
    paths: list[Path],
    out_dir: Path,
    base: str,
    max_bytes: int,
    quiet: bool,
    ner_model: str | None = None,
) -> int:
    skipped: list[Skipped] = []

    def warn_all() -> None:
        for item in skipped:
            click.echo(f"Warning: skipped {item.path}: {item.reason}", err=True)

    try:
        docs = load_documents(paths, on_skip=skipped.append, max_bytes=max_bytes, exclude=[out_dir])
    except NoDocumentsError:
        if len(skipped) > 1:  # one skip is named in the error itself
            warn_all()
        raise
    warn_all()
    show_bar = not quiet and sys.stderr.isatty()
    following = [f"extracting {d.name}" for d in docs[1:]] + ["writing graph.ttl"]
    with step_bar(len(docs) + 2, enabled=show_bar, file=sys.stderr) as bar:
        bar.start(f"extracting {docs[0].name}")
        g = build_documents(
            docs,
            base=base,
            progress=lambda _doc: bar.done(following.pop(0)),
            ner_model=ner_model,
        )
        # Render everything before writing anything: a failure leaves no mix of old and new.
        turtle = to_turtle(g)
        bar.done("rendering graph.html and the views")
        rendered = {"graph.ttl": turtle, **render_extras(g, docs)}
        bar.done()
    outputs = {out_dir / name: text for name, text in rendered.items()}
    _write_all(outputs)
    if not quiet:
        click.echo(_summary(g, docs, list(outputs), skipped))
    return EXIT_SKIPPED if skipped else 0
