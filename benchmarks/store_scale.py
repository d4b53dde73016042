"""A growing corpus on the store: scale, workers, incremental builds, queries (a script, not a test).

Generates DOCS news-like documents of about 450 words each (names, numbers and
dates drawn afresh in every sentence, so no cache of repeated sentences helps),
then runs each `diplograph build` in its own process, sampling the memory of the
whole process tree (the build and its workers), and prints side by side:

1. scale: a fresh build of SMALL documents and one of DOCS documents, words/s
   each and their ratio (cost grows linearly when the ratio is near 1), peak memory;
2. workers: fresh builds of PARALLEL documents with -j 1 and -j 2, words/s and ratio;
3. incremental: 10 new documents added to the DOCS store, then a build with
   nothing changed, seconds each; once writing the page and views, once with
   ``--no-page`` (the store and the graph files);
4. queries: every preset on the DOCS store (`diplograph query --format csv`'s library
   call, end to end: open the store, fork, query, answer), the first time (computing
   the answer the store then keeps) and again (reading it back), beside rdflib's
   in-memory graph of the same graph.ttl (parsed once, then each query), seconds and
   ratio; `--skip scale workers incremental --keep DIR` times them on DIR/out;
5. after an update: 10 more documents added (``--no-page``), then each preset's first
   query (computing again only the kept rows the new documents reach) and the next.

Each build prints where its time went (reading, extracting and storing, page
and views, graph files); those lines are repeated here. Other processes on the
machine skew wall-clock figures: the load average is printed beside each.

    .venv/bin/python benchmarks/store_scale.py                    # 10,000 documents
    .venv/bin/python benchmarks/store_scale.py --docs 600 --small 200 --parallel 200
    .venv/bin/python benchmarks/store_scale.py --no-page          # the store and graph files only
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

FIRST = (
    "Anna Pavel Leila Jonas Mei Omar Sofia Tariq Ingrid Kofi Elena Marco Aisha Daniel Yuki Ravi"
    " Fatima Lars Chen Amara Hugo Nadia Viktor Zainab Pedro Olga Samir Irene Kwame Hana Tomas"
    " Layla Felix Rania Ivan Grace Malik Petra Oscar Dina"
).split()
SYLLABLES = "ka ro vi na te lo mi sa de ru ba ko li ta ne vo ra zu pe ha".split()
ENDINGS = "vic ova sen berg ez ini ard oku uri ani ski ten dze ian".split()
THINGS = [
    "troop levels",
    "the border crossing",
    "gas transit",
    "the prisoner exchange",
    "port access",
    "the ceasefire line",
    "grain shipments",
    "the nuclear programme",
    "sanctions relief",
    "missile deployments",
    "fishing rights",
    "the power grid",
]
VERBS = ["cap", "reopen", "extend", "suspend", "review", "monitor", "halve", "resume"]
MONTHS = (
    "January February March April May June July August September October November December"
).split()
CITIES = ["Geneva", "Vienna", "Oslo", "Tallinn", "Doha", "Nairobi", "Jakarta", "Montevideo"]
TOPICS = ["Security Studies", "Energy Policy", "Conflict Research", "Trade Policy"]
TEMPLATES = [
    "{p1}, a senior fellow at the {city} Institute for {topic}, said on {date} that the talks"
    " in {cap} had stalled after {n} rounds.",
    "{s1} offered to {verb} {thing} provided that {s2} {verb2} {thing2} by {date}.",
    "Foreign Minister {p2} told reporters that {s1} would not {verb} {thing} unless {s2}"
    " withdrew {n} troops first.",
    "\u201cWe are ready to talk, but not at any price,\u201d said {p1}, {s1}'s envoy, adding that"
    " {n} observers could be deployed.",
    "The {s1} side rejected the proposal, and {org} welcomed the decision on {date}.",
    "{org} spokesperson {p2} said the alliance would consider {thing} if {cap} did the same"
    " within {n} days.",
    "In {month} {year}, {s2} and {s1} agreed to {verb} {thing} in exchange for {thing2} worth"
    " ${n} million.",
    "{s1} demanded that {s2} {verb} {thing} before {date}, according to {p1}, a diplomat.",
    "{p2}, who heads the {org}, said {n} percent of {thing} had been affected since {month}.",
    "Officials in {cap} said {s2} had proposed a {n}-day pause on {thing}, which {s1} supported.",
]


def _surname(rng: random.Random) -> str:
    stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 2)))
    return stem.capitalize() + rng.choice(ENDINGS)


def _date(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2000, 2026)}"


def generate(folder: Path, count: int, *, seed: int, start: int = 0) -> int:
    """Write ``count`` documents to ``folder``; returns their words."""
    from graph.lexicon import load_lexicon

    lex = load_lexicon()
    states = sorted(e.label for e in lex.entries.values() if e.cls == "State")
    orgs = sorted(e.label for e in lex.entries.values() if e.cls == "Organisation")
    rng = random.Random(seed)
    # People recur, as in the news: most come from a pool, some are new each time.
    pool = [f"{rng.choice(FIRST)} {_surname(rng)}" for _ in range(4000)]

    def person() -> str:
        if rng.random() < 0.9:
            return pool[int(rng.paretovariate(1.2)) % len(pool)]
        return f"{rng.choice(FIRST)} {_surname(rng)}"

    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for index in range(start, start + count):
        sentences: list[str] = []
        total = 0
        while total < 450:
            s1, s2 = rng.sample(states, 2)
            sentence = rng.choice(TEMPLATES).format(
                p1=person(),
                p2=person(),
                s1=s1,
                s2=s2,
                cap=s2,
                org=rng.choice(orgs),
                city=rng.choice(CITIES),
                topic=rng.choice(TOPICS),
                verb=rng.choice(VERBS),
                verb2=rng.choice(VERBS) + "s",
                thing=rng.choice(THINGS),
                thing2=rng.choice(THINGS),
                month=rng.choice(MONTHS),
                year=rng.randint(1995, 2026),
                n=rng.randint(2, 9000),
                date=_date(rng),
            )
            sentences.append(sentence)
            total += len(sentence.split())
        paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
        title = f"Talks on {rng.choice(THINGS)} resume, report {index}"
        text = f"{title}\n{_date(rng)}\n\n" + "\n\n".join(paragraphs) + "\n"
        words += len(text.split())
        (folder / f"doc-{index:05d}.txt").write_text(text, encoding="utf-8")
    return words


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        process = psutil.Process(pid)
        processes = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in processes:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


#: Whether builds write the page and the views (else ``--no-page``: the store and the
#: graph files alone).
PAGE = True


def build(docs: Path, out: Path, *extra: str) -> tuple[float, int, str]:
    """Run `diplograph build`; returns (seconds, peak memory of the process tree, its time line)."""
    page = [] if PAGE or "--no-page" in extra else ["--no-page"]
    command = [sys.executable, "-m", "graph", "build", str(docs), "--out", str(out), *page, *extra]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out_text, err_text = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"build failed ({process.returncode}): {err_text.strip()[-2000:]}")
    timing = next((line.strip() for line in out_text.splitlines() if "time:" in line), "")
    return seconds, peak, timing


def _load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def scale(work: Path, args: argparse.Namespace, corpus: Path, words: int) -> Path:
    small = work / "small"
    small_words = generate(small, args.small, seed=1)
    print(f"\n1. Scale ({_load()})")
    t_small, m_small, line_small = build(small, work / "out-small")
    t_big, m_big, line_big = build(corpus, work / "out")
    rate_small, rate_big = small_words / t_small, words / t_big
    print(
        f"  {args.small:>6,} docs: {t_small:8.1f} s  {rate_small:8,.0f} words/s  peak {_mb(m_small)}"
    )
    print(f"      {line_small}")
    print(f"  {args.docs:>6,} docs: {t_big:8.1f} s  {rate_big:8,.0f} words/s  peak {_mb(m_big)}")
    print(f"      {line_big}")
    print(
        f"  words/s at {args.docs:,} / at {args.small:,}: {rate_big / rate_small:.2f}"
        f" (target: within 15 %, 0.85 to 1.15); peak memory {_mb(m_big)} (target: under 1,536 MB)"
    )
    return work / "out"


def workers(work: Path, args: argparse.Namespace) -> None:
    folder = work / "parallel"
    words = generate(folder, args.parallel, seed=2)
    print(f"\n2. Workers, {args.parallel:,} documents ({_load()})")
    rates = {}
    for jobs in ("1", "2"):
        seconds, peak, line = build(folder, work / f"out-j{jobs}", "-j", jobs)
        rates[jobs] = words / seconds
        print(f"  -j {jobs}: {seconds:8.1f} s  {rates[jobs]:8,.0f} words/s  peak {_mb(peak)}")
        print(f"      {line}")
    names = ("graph.ttl", "graph.html", "actors.csv") if PAGE else ("graph.ttl",)
    same = all(
        (work / "out-j1" / name).read_bytes() == (work / "out-j2" / name).read_bytes()
        for name in names
    )
    print(
        f"  -j 2 / -j 1: {rates['2'] / rates['1']:.2f}x (target: at least 1.7x);"
        f" outputs byte-identical: {same}"
    )


def incremental(work: Path, args: argparse.Namespace, corpus: Path) -> None:
    print(f"\n3. Incremental, on the {args.docs:,}-document store ({_load()})")
    # Without the page, twice: the first build after one that wrote the page writes
    # graph.ttl whole (its recorded state names other files), the second patches it.
    runs = [("with the page and views", ()), ("--no-page", ("--no-page",))]
    if not PAGE:
        runs = [("--no-page, first", ("--no-page",)), ("--no-page, again", ("--no-page",))]
    for n, (what, extra) in enumerate(runs):
        generate(corpus, 10, seed=3 + n, start=args.docs + 10 * n)
        seconds, _peak, line = build(corpus, work / "out", *extra)
        print(f"  {what}: 10 new documents: {seconds:6.1f} s (target: under 5 s)\n      {line}")
        seconds, _peak, line = build(corpus, work / "out", *extra)
        print(f"  {what}: nothing changed:  {seconds:6.1f} s (target: under 15 s)\n      {line}")


def _store_times(store: str, cap: float) -> dict[str, tuple[float, float, int | None]]:
    """Each preset on the store, as `diplograph query --format csv` asks it: the first
    query (which computes the answer and keeps it), then again (from the kept answer)."""
    from graph.errors import QueryError
    from graph.query import list_presets
    from graph.results import write_csv
    from graph.store.sparql import query_preset

    times: dict[str, tuple[float, float, int | None]] = {}
    for preset in list_presets():
        spent = []
        rows: int | None = None
        for _ in range(2):
            start = time.perf_counter()
            try:
                result = query_preset(store, preset, timeout=cap, as_csv=True)
                with tempfile.TemporaryFile() as answer:  # written out, as the command does
                    write_csv(result, answer)
                    answer.seek(0)
                    rows = sum(1 for _ in answer) - 1
            except QueryError:
                rows = None  # stopped at the cap
            spent.append(time.perf_counter() - start)
        times[preset.name] = (spent[0], spent[1], rows)
    return times


def queries(out: Path, args: argparse.Namespace) -> None:
    from graph.query import get_preset, list_presets, load_graph, run_query

    print(f"\n4. Presets on the {args.docs:,}-document store ({_load()})")
    store_times = _store_times(str(out / "store"), args.rdflib_cap)
    start = time.perf_counter()
    graph = load_graph(out / "graph.ttl")
    print(
        f"  rdflib parses graph.ttl ({len(graph):,} triples): {time.perf_counter() - start:.1f} s"
    )
    print(f"  {'preset':<13} {'first':>9} {'kept':>9} {'rdflib':>9} {'ratio':>8}  rows")
    for preset in list_presets():
        start = time.perf_counter()
        try:
            run_query(graph, get_preset(preset.name).sparql, timeout=args.rdflib_cap)
            rdflib_s = time.perf_counter() - start
            shown = f"{rdflib_s:9.2f}"
        except Exception:
            rdflib_s = args.rdflib_cap
            shown = f">{args.rdflib_cap:8.0f}"
        first, kept, rows = store_times[preset.name]
        if rows is None:
            print(
                f"  {preset.name:<13} >{first:8.0f} {'-':>9} {shown} {'-':>8}  (stopped at the cap)"
            )
            continue
        more = ">" if shown.startswith(">") else " "
        print(
            f"  {preset.name:<13} {first:9.2f} {kept:9.2f} {shown}"
            f" {more}{rdflib_s / kept:6.0f}x  {rows:,}"
        )
    print(
        "  (first: the answer computed and kept in the store; kept: read back; ratio: rdflib"
        " against kept; targets: kept under 1 s, at least 20x)"
    )


def after_update(out: Path, args: argparse.Namespace) -> None:
    """Each preset's first query after 10 documents are added to the store whose answers
    are kept: it computes again the rows of the keys the new documents reach."""
    corpus = out.parent / "docs"
    start = len(list(corpus.glob("doc-*.txt")))
    generate(corpus, 10, seed=11, start=start)
    seconds, _peak, _line = build(corpus, out, "--no-page")
    print(f"\n5. Presets after adding 10 documents ({seconds:.1f} s, --no-page; {_load()})")
    times = _store_times(str(out / "store"), args.rdflib_cap)
    print(f"  {'preset':<13} {'first after':>11} {'again':>9}  rows")
    for preset, (first, again, rows) in times.items():
        shown = f"{first:11.2f}" if rows is not None else f">{first:10.0f}"
        print(f"  {preset:<13} {shown} {again:9.2f}  {f'{rows:,}' if rows is not None else '-'}")
    print("  (first after: the kept rows of the keys the new documents reach computed again,")
    print("   the whole CSV answer written again; target: under 1 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="documents in the big store")
    parser.add_argument("--small", type=int, default=400, help="documents in the small build")
    parser.add_argument("--parallel", type=int, default=2000, help="documents for -j 1 / -j 2")
    parser.add_argument(
        "--rdflib-cap", type=float, default=600.0, help="seconds a query may take (either side)"
    )
    parser.add_argument("--keep", type=Path, default=None, help="work here and keep it")
    parser.add_argument(
        "--skip",
        nargs="*",
        default=[],
        choices=["scale", "workers", "incremental", "queries", "after"],
        help="parts to skip (skipping scale needs --keep DIR of an earlier run: its store)",
    )
    parser.add_argument(
        "--no-page",
        action="store_true",
        help="build without the page and the views (the graph files and the store only)",
    )
    args = parser.parse_args()
    global PAGE
    PAGE = not args.no_page
    work = args.keep or Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        page = (
            "with the page and the views" if PAGE else "WITHOUT the page and the views (--no-page)"
        )
        print(f"{os.cpu_count()} cores; builds {page}; work in {work}")
        corpus = work / "docs"
        if "scale" in args.skip:
            out = work / "out"
            if not (out / "store").is_dir():
                raise SystemExit(f"--skip scale: no store of an earlier run in {out}")
        else:
            start = time.perf_counter()
            words = generate(corpus, args.docs, seed=7)
            print(
                f"generated {args.docs:,} documents, {words:,} words"
                f" ({words / args.docs:.0f} a document) in {time.perf_counter() - start:.1f} s"
            )
            out = scale(work, args, corpus, words)
        if "workers" not in args.skip:
            workers(work, args)
        if "incremental" not in args.skip:
            incremental(work, args, corpus)
        if "queries" not in args.skip:
            queries(out, args)
        if "after" not in args.skip:
            after_update(out, args)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
