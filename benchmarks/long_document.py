"""One long document against the same text split into many (a script, not a test).

Generates news-like articles (:mod:`news`) until they fill ``--bytes`` (1 MB), and
builds the same text twice with the CLI, ``python -m graph build DIR --out OUT -q``,
each in a fresh process:

* as one document (the articles one after another in a single file);
* split at article boundaries into ``--parts`` (100) documents of about equal size,
  which joined again give the one document's text.

Prints words per second of each and their ratio; a cost linear in a document's
length keeps the one document at no less than half the words per second of the
split text. ``--stages`` adds, for both shapes, the seconds of each step (measured
in this process): sentences, entities, parse, each fact component, RDF, Turtle,
views and page, which shows which step grows faster than the text.

    .venv/bin/python benchmarks/long_document.py [--bytes 1000000] [--quick] [--stages]
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from build_speed import build_seconds, jobs_option
from news import articles, word_count


def split_evenly(texts: list[str], parts: int) -> list[list[str]]:
    """Consecutive runs of ``texts`` with about the same number of characters each.

    >>> [len(g) for g in split_evenly(["a" * 10] * 7, 3)]
    [3, 2, 2]
    """
    total = sum(len(t) for t in texts)
    groups: list[list[str]] = []
    done = 0
    for t in texts:
        # Start a new group once this one holds its share of the text so far.
        if not groups or (len(groups) < parts and done >= total * len(groups) / parts):
            groups.append([])
        groups[-1].append(t)
        done += len(t)
    return groups


def timed_build(folder: Path, out: Path, timeout: float) -> float | None:
    """Seconds of a CLI build, or ``None`` if it did not finish within ``timeout``."""
    try:
        return build_seconds(folder, out, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None


@contextmanager
def stage_clock() -> Iterator[dict[str, float]]:
    """Seconds per extraction step, gathered while the block runs (the steps are wrapped)."""
    from graph.extract import pipeline, registry

    seconds: dict[str, float] = {}

    def clocked(name: str, f: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return f(*args, **kwargs)
            finally:
                seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start

        return run

    steps = {
        "sentences": "split_sentences",
        "entities": "resolve_mentions",
        "parse": "parse_sentences",
        "merge repeats": "merge_repeats",
    }
    saved = {attr: getattr(pipeline, attr) for attr in steps.values() if hasattr(pipeline, attr)}
    comps = registry.components()
    try:
        for name, attr in steps.items():
            if attr in saved:
                setattr(pipeline, attr, clocked(name, saved[attr]))
        for name, comp in comps.items():
            registry.component(name, needs=comp.needs)(clocked(name, comp.find))
        yield seconds
    finally:
        for attr, f in saved.items():
            setattr(pipeline, attr, f)
        for name, comp in comps.items():
            registry.component(name, needs=comp.needs)(comp.find)


def stages(folder: Path) -> dict[str, float]:
    """Seconds of every step of a build of ``folder``, in this process."""
    from graph.cli.build import render_extras
    from graph.documents import load_documents
    from graph.export import to_turtle
    from graph.extract.parse import load_parser
    from graph.pipeline import build_documents

    load_parser(None)
    docs = load_documents([folder])
    with stage_clock() as seconds:
        start = time.perf_counter()
        g = build_documents(docs)
        total = time.perf_counter() - start
    seconds["RDF (the rest of extract + build)"] = total - sum(seconds.values())
    start = time.perf_counter()
    to_turtle(g)
    seconds["Turtle"] = time.perf_counter() - start
    start = time.perf_counter()
    render_extras(g, docs)
    seconds["views, CSV, GraphML, page"] = time.perf_counter() - start
    return seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bytes", type=int, default=1_000_000, help="text size (default 1 MB)")
    parser.add_argument(
        "--quick", action="store_true", help="100 kB in 10 documents (the same 10 kB each)"
    )
    parser.add_argument("--parts", type=int, default=None, help="documents to split into (100)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--stages", action="store_true", help="also time each step in-process")
    parser.add_argument(
        "--timeout", type=float, default=7200, help="give up on a build after this many seconds"
    )
    args = parser.parse_args(argv)
    size = 100_000 if args.quick else args.bytes
    parts = args.parts or (10 if args.quick else 100)
    texts: list[str] = []
    for text in articles(size // 5, seed=args.seed):  # about 6 bytes a word: more than enough
        if sum(len(t.encode("utf-8")) + 1 for t in texts) >= size:
            break
        texts.append(text)
    groups = split_evenly(texts, parts)
    whole = "\n".join(texts)
    words = word_count(whole)
    print(
        f"text: {len(texts)} generated articles, {words:,} words, "
        f"{len(whole.encode('utf-8')) / 1e6:.2f} MB; split: {len(groups)} documents"
    )
    rates: dict[str, float | None] = {}
    with tempfile.TemporaryDirectory() as tmp:
        one, split = Path(tmp) / "one", Path(tmp) / "split"
        one.mkdir()
        split.mkdir()
        (one / "long.txt").write_text(whole, encoding="utf-8")
        for i, group in enumerate(groups, 1):
            (split / f"part-{i:03d}.txt").write_text("\n".join(group), encoding="utf-8")
        for name, folder in (("split", split), ("one", one)):
            seconds = timed_build(folder, Path(tmp) / f"out-{name}", args.timeout)
            label = "one document" if name == "one" else f"{len(groups)} documents"
            if seconds is None:
                rates[name] = None
                print(f"build, {label}: not done after {args.timeout:.0f} s")
            else:
                rates[name] = words / seconds
                print(f"build, {label}: {words / seconds:,.0f} words/s ({seconds:.1f} s)")
        if rates["one"] is not None and rates["split"] is not None:
            ratio = rates["one"] / rates["split"]
            print(f"ratio, one / split: {ratio:.2f} (criterion: at least 0.50)")
        elif rates["split"] is not None:
            bound = words / args.timeout / rates["split"]
            print(f"ratio, one / split: below {bound:.2f} (criterion: at least 0.50)")
        flag = jobs_option()
        print(
            f"(-j: {'build has ' + flag if flag else 'no -j option here'}; workers share out "
            "documents, so they could speed up the split build only, never the one document)"
        )
        if args.stages:
            print("seconds per step, in this process:")
            found = {name: stages(folder) for name, folder in (("split", split), ("one", one))}
            print(f"  {'step':36} {'split':>9} {'one':>9} {'one/split':>9}")
            for step in found["split"]:
                a, b = found["split"][step], found["one"].get(step, 0.0)
                ratio_text = f"{b / a:9.1f}" if a > 0.005 else f"{'-':>9}"
                print(f"  {step:36} {a:9.2f} {b:9.2f} {ratio_text}")
            # The views are one graph's either way: extraction is where a document's length tells.
            steps = [s for s in found["split"] if s not in ("Turtle", "views, CSV, GraphML, page")]
            a, b = (sum(found[k][s] for s in steps) for k in ("split", "one"))
            print(
                f"extraction and RDF alone: split {words / a:,.0f} words/s, one {words / b:,.0f} "
                f"words/s, ratio one / split {a / b:.2f}"
            )


if __name__ == "__main__":
    main()
