"""The page and the views of a store: seconds and peak memory, before and after, side by side.

Each output is rendered from the store (opened read-only) in a process of its own, as
``diplograph build`` renders it: ``graph.html`` (the page) in one, and the views
(``actors.csv``, ``graph.graphml``, ``actors.graphml``) in another, as the build's
helper process does. With ``--before DIR``, the same is done with the ``graph``
package found in ``DIR`` (for instance a ``git worktree`` of an earlier commit, or
``git archive REV graph | tar -x -C DIR``), and the files of both are compared byte
for byte. Tests never time anything; this script prints what it measured.

    python benchmarks/page_scale.py OUT/store --before /tmp/base [--only views]

Wall seconds depend on what else the machine runs; user CPU seconds are printed beside.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: What each process renders: the page, or the views (the build's helper), or one view.
TARGETS = {
    "page": ("graph.html",),
    "views": ("actors.csv", "graph.graphml", "actors.graphml"),
}

_CHILD = """
import sys
from pathlib import Path
from graph.store.local import LocalStore

store, out, names = LocalStore.for_reading(Path(sys.argv[1])), Path(sys.argv[2]), sys.argv[3:]
g = store.union()
if names == ["graph.html"]:
    from graph.export.html import to_html
    texts = {"graph.html": to_html(g)}
else:
    from graph.cli.render import render_views
    texts = render_views(g)
for name in names:
    text = texts[name]
    with open(out / name, "wb") as handle:
        text(handle) if callable(text) else handle.write(text.encode("utf-8"))
store.close()
"""


def run(code: Path, store: Path, out: Path, names: tuple[str, ...]) -> dict[str, float]:
    """Render ``names`` with the package in ``code``: wall and CPU seconds, peak memory (MB)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    start = time.perf_counter()
    # -P: the package comes from PYTHONPATH, not from the folder this runs in.
    child = subprocess.Popen(
        [sys.executable, "-P", "-c", _CHILD, str(store), str(out), *names], env=env
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"rendering {', '.join(names)} with {code} failed ({status})")
    return {
        "wall": wall,
        "user": usage.ru_utime,
        "sys": usage.ru_stime,
        "peak": usage.ru_maxrss / 1024,
    }


def _row(label: str, m: dict[str, float] | None) -> str:
    if m is None:
        return f"{label:>8}: -"
    return (
        f"{label:>8}: {m['wall']:8.1f} s wall, {m['user']:8.1f} s user,"
        f" {m['sys']:6.1f} s sys, peak {m['peak']:7.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path, help="a store folder (OUT/store)")
    parser.add_argument("--before", type=Path, help="a folder holding the earlier graph package")
    parser.add_argument("--only", choices=sorted(TARGETS), action="append", help="page or views")
    parser.add_argument("--keep", type=Path, help="write the files here (default: a temp folder)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="page-scale-"))
    codes = {"after": ROOT} | ({"before": args.before} if args.before else {})
    for target in args.only or list(TARGETS):
        names = TARGETS[target]
        print(f"{target} ({', '.join(names)}), {args.store}:", flush=True)
        for label, code in codes.items():
            out = folder / label
            out.mkdir(parents=True, exist_ok=True)
            print(_row(label, run(code, args.store, out, names)), flush=True)
        if args.before:
            for name in names:
                same = (folder / "before" / name).read_bytes() == (
                    folder / "after" / name
                ).read_bytes()
                size = (folder / "after" / name).stat().st_size / 1e6
                print(f"    {name}: {size:.1f} MB, {'identical' if same else 'DIFFERENT'}")
    print(f"files in {folder}")


if __name__ == "__main__":
    main()
