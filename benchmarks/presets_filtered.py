"""Presets narrowed by one parameter: the store beside rdflib (a script, not a test).

For each parametrised preset (``proposals --param proposer=...``, ``stances
--param holder=...``, ``timeline --param actor=...`` ...) the value is the
store's most frequent one for that parameter (``--rank N``: the N-th most
frequent; ``--rank 1 10``: both), found with one small query. Each is then run, side by side:

- store: ``query_store`` (the call ``diplograph query --store`` makes, end to
  end: open the store, fork, query, answer), seconds of wall clock and of CPU
  (this process and the forked query; on a machine shared with other work the
  CPU seconds are what the query costs, the wall clock what it took);
- plain (``--plain``): the same on the store with the preset's ``#if`` lines
  left as comments, as every preset ran before they existed;
- cli (``--cli``): ``diplograph query --store ... --preset ... --param ...
  --format csv`` as a new process, wall clock;
- rdflib: ``run_query`` on rdflib's in-memory graph of the same graph.ttl
  (parsed once, not counted), wall clock, and the ratio rdflib / store;
- whether the store's rows and rdflib's are the same (each cell's "; "-joined
  parts sorted: GROUP_CONCAT has no order).

    .venv/bin/python benchmarks/presets_filtered.py OUT/store OUT/graph.ttl
    .venv/bin/python benchmarks/presets_filtered.py OUT/store OUT/graph.ttl --rank 1 10 --cli
    .venv/bin/python benchmarks/presets_filtered.py OUT/store --no-rdflib --only proposals
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.errors import QueryError  # noqa: E402
from graph.query import QueryResult, get_preset, load_graph, run_query  # noqa: E402
from graph.store.sparql import query_store, store_namespaces  # noqa: E402

#: (preset, parameter, the pattern whose ?x values are counted to pick the value)
CASES = [
    ("proposals", "proposer", "?f dg:proposedBy ?x"),
    ("proposals", "addressee", "?f dg:addressedTo ?x"),
    ("stances", "holder", "?x dg:rejects|dg:supports ?f"),
    ("stances", "target", "?f dg:rejects|dg:supports ?x"),
    ("statements", "speaker", "?f dg:speaker ?x"),
    ("conditions", "actor", "?f dg:requiresActionBy ?x"),
    ("timeline", "actor", "?f dg:proposedBy ?x"),
    ("shifts", "actor", "?x dg:rejects|dg:supports ?f"),
    ("evidence", "fact", "?x a dg:Proposal ; dg:evidence ?f"),
    ("reports", "proposal", "?x a dg:Proposal ; dg:evidence ?f"),
    ("affiliations", "person", "?x dg:affiliatedWith ?f"),
    ("affiliations", "org", "?f dg:affiliatedWith ?x"),
]


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def pick(store: str, pattern: str, rank: int, namespaces: dict[str, str]) -> Any:
    """The ``rank``-th most frequent ``?x`` of ``pattern`` in the store."""
    sparql = (
        f"SELECT ?x (COUNT(*) AS ?n) WHERE {{ {pattern} }} GROUP BY ?x"
        f" ORDER BY DESC(?n) ?x OFFSET {rank - 1} LIMIT 1"
    )
    rows = query_store(store, sparql, timeout=None, namespaces=namespaces).rows
    return rows[0][0] if rows else None


def comparable(result: QueryResult) -> list[tuple[str, ...]]:
    def cell(term: Any) -> str:
        return "" if term is None else "; ".join(sorted(str(term).split("; ")))

    return sorted(tuple(cell(term) for term in row) for row in result.rows)


def timed(run: Any) -> tuple[float, float, QueryResult | None]:
    wall, cpu = time.perf_counter(), _cpu()
    try:
        result = run()
    except QueryError:
        result = None  # stopped at the cap
    return time.perf_counter() - wall, _cpu() - cpu, result


def cli_seconds(store: str, preset: str, param: str, cap: float) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            str(Path(sys.executable).with_name("diplograph")),
            "query",
            "--store",
            store,
            "--preset",
            preset,
            "--param",
            param,
            "--format",
            "csv",
            "--timeout",
            str(cap),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", help="a store folder built by `diplograph build`")
    parser.add_argument("graph", nargs="?", type=Path, help="the graph.ttl of the same build")
    parser.add_argument(
        "--rank",
        type=int,
        nargs="+",
        default=[1],
        help="the N-th most frequent value (several: each)",
    )
    parser.add_argument("--cap", type=float, default=600.0, help="seconds a query may take")
    parser.add_argument("--only", nargs="*", default=[], help="these presets only")
    parser.add_argument("--plain", action="store_true", help="also without the #if lines")
    parser.add_argument("--cli", action="store_true", help="also `diplograph query`, end to end")
    parser.add_argument("--no-rdflib", action="store_true", help="the store only")
    args = parser.parse_args(argv)
    namespaces = store_namespaces(args.store)
    cases = []
    for preset_name, param, pattern in CASES:
        if args.only and preset_name not in args.only:
            continue
        for rank in args.rank:
            term = pick(args.store, pattern, rank, namespaces)
            if term is not None:
                cases.append((get_preset(preset_name), param, term))
    print(f"{os.cpu_count()} cores; {_load()}; store {args.store}")
    store_runs = []
    for preset, param, term in cases:
        bindings = {param: term}
        on_store = partial(
            query_store, args.store, bindings=bindings, timeout=args.cap, namespaces=namespaces
        )
        wall, cpu, result = timed(partial(on_store, preset.query_for(bindings)))
        extra = []
        if args.plain:
            plain_wall, _, plain = timed(partial(on_store, preset.sparql))
            same = (
                plain is not None and result is not None and comparable(plain) == comparable(result)
            )
            extra.append(f"plain {plain_wall:7.2f} s" if plain else f"plain >{args.cap:6.0f} s")
            extra.append("same rows" if same else "ROWS DIFFER" if plain else "")
        if args.cli:
            extra.append(
                f"cli {cli_seconds(args.store, preset.name, f'{param}=<{term}>', args.cap):6.2f} s"
            )
        rows = f"{len(result.rows):,}" if result is not None else f">{args.cap:.0f} s"
        print(
            f"  {preset.name:<12} {param + '=' + str(term).rsplit('/', 1)[-1]:<48}"
            f" store {wall:6.2f} s (cpu {cpu:5.2f})  rows {rows:>7}  {'  '.join(extra)}",
            flush=True,
        )
        store_runs.append((preset, param, term, wall, result))
    if args.no_rdflib or args.graph is None:
        return
    start = time.perf_counter()
    graph = load_graph(args.graph)
    print(
        f"\nrdflib parses {args.graph} ({len(graph):,} triples): {time.perf_counter() - start:.1f} s"
    )
    print(f"{_load()}")
    print(f"  {'preset':<12} {'parameter':<48} {'store':>8} {'rdflib':>9} {'ratio':>7}  rows")
    for preset, param, term, store_s, result in store_runs:
        bindings = {param: term}
        rdflib_s, _, on_file = timed(
            partial(
                run_query, graph, preset.query_for(bindings), bindings=bindings, timeout=args.cap
            )
        )
        shown = f"{rdflib_s:9.2f}" if on_file is not None else f">{args.cap:8.0f}"
        ratio = f"{rdflib_s / store_s:6.1f}x" if result is not None else "      -"
        same = (
            "same rows"
            if result is not None
            and on_file is not None
            and comparable(result) == comparable(on_file)
            else "ROWS DIFFER"
            if result is not None and on_file is not None
            else ""
        )
        print(
            f"  {preset.name:<12} {param + '=' + str(term).rsplit('/', 1)[-1]:<48}"
            f" {store_s:8.2f} {shown} {ratio}  {len(result.rows) if result else '-':>7}  {same}",
            flush=True,
        )


if __name__ == "__main__":
    main()
