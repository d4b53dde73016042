"""``diplograph build``: documents in, a store and ``graph.ttl``, ``graph.html`` ... out."""

from __future__ import annotations

import gc
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import ExitStack, nullcontext
from datetime import datetime
from pathlib import Path

import click

from ..documents import Document, RecordedFile, Skipped, load_documents, within_dates
from ..errors import DiplographError, NoDocumentsError
from ..export.from_store import GRAPH_FORMATS, Touched
from ..export.outputs import (
    STATE_FILE,
    exports_current,
    graph_files,
    recorded_source,
    state_digest,
    state_text,
)
from ..export.turtle import Unpatchable
from ..memory import release
from ..namespace import DG, DGID_DEFAULT
from ..parallel import EarlyWorker, default_jobs
from ..pipeline import BuildReport, update_store
from ..store import DocumentStore, LocalStore, StoredDocument, is_url, open_store, read_documents
from ..store.base import count_classes, count_triples
from ..store.index import recorded_files
from .common import Text, atomic_write_texts, ner_option, owns_process
from .progress import StepBar, step_bar
from .render import EXTRAS, MIN_DOCUMENTS, ViewsHelper, render_extras

__all__ = ["DEFAULT_MAX_BYTES", "EXIT_INTERRUPTED", "EXIT_SKIPPED", "build"]

#: Exit code when the graph was built but some inputs were skipped.
EXIT_SKIPPED = 3
#: Exit code when the build was interrupted (Ctrl-C).
EXIT_INTERRUPTED = 130
#: Documents larger than this are skipped unless ``--max-bytes`` says otherwise (20MB).
DEFAULT_MAX_BYTES = 20_000_000


_CLASSES = (
    DG.State,
    DG.Organisation,
    DG.Person,
    DG.Place,
    DG.Proposal,
    DG.Demand,
    DG.Condition,
    DG.Statement,
)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _summary(
    store: DocumentStore,
    report: BuildReport,
    docs: int,
    written: list[Path] | None,
    files: list[Path],
    skipped: list[Skipped],
    times: dict[str, float],
) -> str:
    counts = count_classes(store, _CLASSES)
    stances = count_triples(store, (DG.rejects, DG.supports))
    plan = report.plan
    changed = len(plan.tasks) - plan.new
    how = f"; {report.extractor}" if plan.tasks else ""
    outputs = (
        "  wrote:      " + ", ".join(str(p) for p in written)
        if written is not None
        else "  up to date: " + ", ".join(str(p) for p in files)
    )
    lines = [
        f"Built {_plural(docs, 'document')}" + (f" ({len(skipped)} skipped)" if skipped else ""),
        f"  store:      {store.location} ({plan.new} new, {changed} re-extracted"
        + (f" ({plan.outdated} built by another version)" if plan.outdated else "")
        + f", {len(plan.unchanged)} unchanged, {len(plan.remove)} removed"
        + (f", {len(plan.kept)} kept from elsewhere" if plan.kept else "")
        + f"{how})",
        f"  entities:   {counts[DG.State]} states, {counts[DG.Organisation]} organisations, "
        f"{counts[DG.Person]} people, {counts[DG.Place]} places",
        f"  proposals:  {counts[DG.Proposal]} ({counts[DG.Demand]} demands), "
        f"{counts[DG.Condition]} conditions, {stances} stances",
        f"  statements: {counts[DG.Statement]}",
        f"  triples:    {count_triples(store)}",
        outputs,
        f"  time:       {sum(times.values()):.1f} s ("
        + ", ".join(f"{phase} {seconds:.1f}" for phase, seconds in times.items())
        + ")",
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


def _write_all(outputs: dict[Path, Text]) -> None:
    try:
        atomic_write_texts(outputs)
    except OSError as exc:
        where = exc.filename or next(iter(outputs)).parent
        raise DiplographError(
            f"cannot write {where} ({exc.strerror or exc}); the store is up to date but no"
            " other output was written: choose another --out folder or free some space"
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
    "--store",
    "store_location",
    metavar="DIR|URL",
    default=None,
    help="Where the documents' named graphs are kept: a folder (an Oxigraph store), or the URL"
    " of a SPARQL 1.1 Graph Store Protocol endpoint (http://host:7878/store, Fuseki's"
    " http://host:3030/ds, ...).  [default: OUT/store]",
)
@click.option(
    "--fresh", is_flag=True, help="Empty the store first and extract every document again."
)
@click.option(
    "--prune", is_flag=True, help="Remove from the store the documents not found under PATHS."
)
@click.option(
    "--no-page",
    is_flag=True,
    help="Write the store and the graph files only, not graph.html, actors.csv and the GraphML"
    " views (on a large corpus they take most of a small update; the next build without"
    " --no-page writes them).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Extract in N worker processes (the output is the same for any N).  [default: all cores]",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Extract on the workers of a Dask distributed cluster (e.g. tcp://10.0.0.5:8786)"
    " instead of in local processes; each worker needs this diplograph installed.",
)
@click.option(
    "--format",
    "formats",
    type=click.Choice(sorted(GRAPH_FORMATS)),
    multiple=True,
    default=("turtle",),
    show_default=True,
    help="Graph files to write (repeatable): turtle (graph.ttl), trig (graph.trig, keeps"
    " each document's named graph), nt (graph.nt), jsonld (graph.jsonld).",
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
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help="Build only the documents dated on or after this day (undated ones are left out).",
)
@click.option(
    "--until",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help="Build only the documents dated on or before this day (undated ones are left out).",
)
@ner_option
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors and warnings.")
def build(
    paths: tuple[Path, ...],
    out_dir: Path,
    store_location: str | None,
    fresh: bool,
    prune: bool,
    no_page: bool,
    jobs: int | None,
    scheduler: str | None,
    formats: tuple[str, ...],
    base: str,
    max_bytes: int,
    since: datetime | None,
    until: datetime | None,
    ner_model: str | None,
    quiet: bool,
) -> int:
    """Build the graph from documents (PATHS: files or folders; none: seeds/).

    With no PATHS, reads the documents in seeds/ (the sample that ships with
    the repository). Documents are .txt, .md, .html, .pdf and .docx files;
    folders are searched through, passing over hidden files and folders.

    Keeps one named graph per document in a store (OUT/store, or --store), and
    writes from it OUT/graph.ttl (the RDF graph), OUT/graph.html (an
    interactive view that works offline), actors.csv and GraphML views.

    Builds are incremental: new documents are added, changed ones (by content)
    extracted again, unchanged ones left alone; --prune removes documents no
    longer under PATHS, --fresh starts over. A store built by another version
    of the extractor is brought up to date by extracting its documents again.
    Each document is written to the store in one transaction: an interrupted
    build leaves every document either old or new, and the next build goes on
    from there. The other outputs are written together, only once everything
    is rendered, and only when the store changed. --since and --until build
    only the documents dated in that window (with --prune, the store keeps
    only them).

    Unreadable, binary, empty or too large files are skipped with one warning
    line each ("Warning: skipped PATH: REASON") and the build goes on. Text
    that is not UTF-8 is read as Windows-1252/Latin-1; line endings become \\n,
    and evidence offsets index that text (for PDF and DOCX, the text
    extracted from them). A document's dg:path is its path relative to the
    folder given (a file given by itself: its name), the same on every machine.

    \b
    Exit codes:
      0    built, nothing skipped
      1    error: nothing written
      3    built, but some inputs were skipped (see the warnings)
      130  interrupted: the store keeps what was written, the other outputs are unchanged

    \b
    Examples:
      diplograph build                          # seeds/ to output/
      diplograph build reports/ notes.pdf --out graph/
      diplograph build seeds/ -j 4 --prune
      diplograph build news/ --no-page          # a daily update of a large corpus
      diplograph build news/ --since 2022-01-01 --until 2022-02-24
      diplograph build seeds/ --store http://127.0.0.1:7878/store
      diplograph build seeds/ --scheduler tcp://10.0.0.5:8786
    """
    early = _early_worker(jobs, scheduler, ner_model)
    try:
        return _build(
            list(paths) or [Path("seeds")],
            out_dir,
            store_location or str(out_dir / "store"),
            base=base,
            max_bytes=max_bytes,
            quiet=quiet,
            ner_model=ner_model,
            fresh=fresh,
            prune=prune,
            page=not no_page,
            jobs=jobs,
            scheduler=scheduler,
            formats=formats,
            dates=(_day(since), _day(until)),
            early=early,
        )
    except KeyboardInterrupt:
        click.echo(
            "Interrupted; the store keeps the documents written so far (the next build goes on"
            " from there), the other outputs were left as they were.",
            err=True,
        )
        return EXIT_INTERRUPTED
    finally:
        if early is not None:
            early.close()


def _early_worker(
    jobs: int | None, scheduler: str | None, ner_model: str | None
) -> EarlyWorker | None:
    """A worker that loads the parser while the build reads the files and the store, where
    it pays: the command has its process to itself (the parser is not loaded yet), a
    core is free (more than one, and ``-j`` not 1); no Dask scheduler extracts."""
    if owns_process() and scheduler is None and jobs != 1 and default_jobs() > 1:
        return EarlyWorker(ner_model=ner_model)
    return None


def _day(moment: datetime | None) -> str | None:
    return None if moment is None else moment.date().isoformat()


def _window(since: str | None, until: str | None) -> str:
    """``--since``/``--until`` in words: "from 2022-01-01 to 2022-02-24"."""
    return " ".join(part for part in (since and f"from {since}", until and f"to {until}") if part)


class _Progress:
    """The build's steps as a bar on a terminal (see :mod:`graph.cli.progress`): one per
    document extracted, then writing the graph files, then rendering the page and views."""

    def __init__(self, show: bool) -> None:
        self.show = show
        self._stack = ExitStack()
        self.bar: StepBar | None = None

    def _open(self, steps: int) -> StepBar:
        if self.bar is None:
            self.bar = self._stack.enter_context(
                step_bar(steps, enabled=self.show, file=sys.stderr)
            )
        return self.bar

    def __call__(self, done: int, total: int, following: str) -> None:
        bar = self._open(total + 2)
        step = f"extracting {following}" if following else "rendering graph.html and the views"
        if done == 0:
            bar.start(step)
        else:
            bar.done(step)

    def step(self, name: str) -> None:
        """Count the step under way as done and name the next (``""``: the last is done)."""
        self._open(2).done(name)

    def close(self) -> None:
        self._stack.close()
        self.bar = None


def _export(
    store: DocumentStore,
    out_dir: Path,
    base: str,
    formats: Sequence[str],
    *,
    force: bool,
    times: dict[str, float],
    touched: Touched | None = None,
    step: Callable[[str], None] = lambda _name: None,
    page: bool = True,
    documents: Iterable[StoredDocument] | None = None,
    helper: ViewsHelper | None = None,
    jobs: int = 1,
) -> list[Path] | None:
    """Write the graph files and the page and views from the store, unless they are current.

    ``touched``: the subjects this build changed, when the files in ``out_dir``
    were written from the store as it was before (``graph.ttl`` is then patched).
    ``documents``: what the store holds (default: read from it).
    ``helper``: a helper process to render the views meanwhile.
    ``jobs``: processes that may write ``graph.ttl`` together.
    Returns the files written, or ``None`` when they were already up to date.
    """
    formats = list(dict.fromkeys(formats))
    names = _export_names(formats, page)
    documents = list(read_documents(store).values() if documents is None else documents)
    digest = state_digest(documents, base=base, files=names)
    source = state_digest(documents, base=base, files=())
    if not force and exports_current(out_dir, digest, names):
        return None
    elsewhere = helper.views(store) if page and helper and isinstance(store, LocalStore) else None
    with elsewhere or nullcontext() as views:
        # Render the page (and views) first: a failure there leaves every file as it was.
        start = time.perf_counter()
        rendered = render_extras(store.union(), [], views=views) if page else {}
        if helper is not None:
            helper.finish()
        if page:
            times["page and views"] = time.perf_counter() - start
        step("writing graph.ttl")
        start = time.perf_counter()
        try:
            written = _write_exports(
                store, out_dir, base, formats, (digest, source), rendered, touched, jobs=jobs
            )
        except Unpatchable:  # graph.ttl was not written by this version: write it whole
            written = _write_exports(
                store, out_dir, base, formats, (digest, source), rendered, None, jobs=jobs
            )
        times["graph files"] = time.perf_counter() - start
    step("")
    return written


def _export_names(formats: Sequence[str], page: bool = True) -> list[str]:
    graph_files = [GRAPH_FORMATS[f].filename for f in dict.fromkeys(formats)]
    return graph_files + (list(EXTRAS) if page else [])


def _write_exports(
    store: DocumentStore,
    out_dir: Path,
    base: str,
    formats: Sequence[str],
    digests: tuple[str, str],
    rendered: dict[str, Text],
    touched: Touched | None,
    *,
    jobs: int = 1,
) -> list[Path]:
    """Write the graph files (produced as they are written), ``rendered`` and the state file
    (``digests``: of the store with the settings, and of the store alone)."""
    previous = out_dir if touched is not None else None
    texts: dict[str, Text] = {
        **graph_files(
            store, base=base, formats=formats, previous=previous, touched=touched, jobs=jobs
        )
    }
    texts.update(rendered)
    outputs = {out_dir / name: text for name, text in texts.items()}
    outputs[out_dir / STATE_FILE] = state_text(digests[0], sorted(texts), digests[1])
    _write_all(outputs)
    return [path for path in outputs if path.name != STATE_FILE]


def _helper(page: bool, jobs: int | None, documents: int, location: str) -> ViewsHelper | None:
    """A helper to render the views, where it pays: the page is written from a local store
    of :data:`~graph.cli.render.MIN_DOCUMENTS` documents or more, and a core is free
    (more than one, and ``-j`` not 1)."""
    if page and jobs != 1 and default_jobs() > 1 and documents >= MIN_DOCUMENTS:
        return None if is_url(location) else ViewsHelper()
    return None


def _changed_files(
    before: Mapping[str, RecordedFile], after: Mapping[str, RecordedFile]
) -> dict[str, RecordedFile | None]:
    """The records of files ``after`` changes of ``before`` (``None``: one it forgets)."""
    changed: dict[str, RecordedFile | None] = {}
    changed.update((path, known) for path, known in after.items() if before.get(path) != known)
    changed.update((path, None) for path in before.keys() - after.keys())
    return changed


def _new_folders(location: str, out_dir: Path) -> list[Path]:
    """The folders this build would create (removed again if it fails before writing)."""
    folders = [out_dir] if not out_dir.exists() else []
    if not is_url(location) and not Path(location).exists():
        folders.append(Path(location))
    return folders


def _read(
    paths: list[Path],
    out_dir: Path,
    location: str,
    skipped: list[Skipped],
    max_bytes: int,
    recorded: dict[str, RecordedFile] | None,
    dates: tuple[str | None, str | None],
) -> tuple[list[Document], int]:
    """The documents under ``paths`` (not those of the output or the store's folder) dated
    within ``dates``, and how many were left out for their date; what is skipped is added
    to ``skipped`` and warned of."""

    def warn_all() -> None:
        for item in skipped:
            click.echo(f"Warning: skipped {item.path}: {item.reason}", err=True)

    exclude = [out_dir] + ([] if is_url(location) else [Path(location)])
    try:
        docs = load_documents(
            paths, on_skip=skipped.append, max_bytes=max_bytes, exclude=exclude, recorded=recorded
        )
    except NoDocumentsError:
        if len(skipped) > 1:  # one skip is named in the error itself
            warn_all()
        raise
    warn_all()
    docs, undated = within_dates(docs, *dates)
    if not docs:
        raise NoDocumentsError(f"no document is dated {_window(*dates)}")
    return docs, undated


def _echo_summary(
    summary: str, undated: int, dates: tuple[str | None, str | None], page: bool, out_dir: Path
) -> None:
    if undated:
        summary = summary.replace(
            "\n", f"\n  left out:   {undated} not dated {_window(*dates)}\n", 1
        )
    click.echo(summary)
    if not page and (out_dir / EXTRAS[0]).exists():
        click.echo(
            f"  not written (--no-page): {', '.join(EXTRAS)}; those in {out_dir}"
            " are an earlier build's"
        )


def _build(
    paths: list[Path],
    out_dir: Path,
    location: str,
    *,
    base: str,
    max_bytes: int,
    quiet: bool,
    ner_model: str | None,
    fresh: bool,
    prune: bool,
    jobs: int | None,
    scheduler: str | None,
    formats: Sequence[str],
    dates: tuple[str | None, str | None] = (None, None),
    page: bool = True,
    early: EarlyWorker | None = None,
) -> int:
    start = time.perf_counter()
    # What earlier builds read of the files: those unchanged since are not read again.
    recorded = None if is_url(location) else {} if fresh else recorded_files(Path(location))
    known = dict(recorded or {})
    skipped: list[Skipped] = []
    docs, undated = _read(paths, out_dir, location, skipped, max_bytes, recorded, dates)
    times = {"reading": time.perf_counter() - start}
    created = _new_folders(location, out_dir)
    report: BuildReport | None = None
    try:
        store = open_store(location, writable=True, check_format=not fresh)
        progress = _Progress(not quiet and sys.stderr.isatty())
        helper = _helper(page, jobs, len(docs), location)
        try:
            start = time.perf_counter()
            if fresh:
                store.clear()
            stored = read_documents(store)
            if owns_process():
                # This process ends with the build: what it holds now (the store's list of
                # its documents, the modules) stays to the end, so the garbage collector
                # need not walk it again at every collection (gc.freeze).
                gc.freeze()
            before = state_digest(stored.values(), base=base, files=())
            current = recorded_source(out_dir, GRAPH_FORMATS["turtle"].filename) == before
            report = update_store(
                docs,
                store,
                base=base,
                jobs=jobs,
                scheduler=scheduler,
                prune=prune,
                ner_model=ner_model,
                progress=progress,
                stored=stored,
                early=early,
            )
            if recorded is not None and isinstance(store, LocalStore):
                store.record_files(_changed_files(known, recorded))
            times["extracting and storing"] = time.perf_counter() - start
            count = len(docs)
            del docs  # the texts are no longer needed
            if owns_process():
                # What extracting held (the merge's index, whole where a document was
                # undated; the texts) is garbage now: give it back to the system before
                # the page and the views, which would otherwise be rendered on top of it.
                gc.collect()
                gc.freeze()  # what is left (the parser, the store) is walked no more
                release()
            touched = report.touched if current and not fresh else None
            written = _export(
                store,
                out_dir,
                base,
                formats,
                force=fresh,
                times=times,
                touched=touched,
                step=progress.step,
                page=page,
                documents=report.documents.values(),
                helper=helper,
                jobs=default_jobs() if jobs is None else jobs,
            )
            progress.close()
            if not quiet:
                files = [out_dir / GRAPH_FORMATS[f].filename for f in dict.fromkeys(formats)]
                summary = _summary(store, report, count, written, files, skipped, times)
                _echo_summary(summary, undated, dates, page, out_dir)
        finally:
            progress.close()
            store.close()
            if helper is not None:
                helper.close()
    except DiplographError:
        if report is None or not report.written:  # nothing in the store: leave no folder behind
            for folder in reversed(created):
                shutil.rmtree(folder, ignore_errors=True)
        raise
    return EXIT_SKIPPED if skipped else 0
