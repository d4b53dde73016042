"""Check the real-news cache against sources.tsv; lay one split out for `diplograph eval`.

python tests/realnews/check_cache.py                      # report missing or changed texts
python tests/realnews/check_cache.py --split tune --into DIR   # DIR/docs and DIR/gold
python tests/realnews/check_cache.py --split tune --into DIR --available   # those cached
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rows() -> list[dict[str, str]]:
    with (HERE / "sources.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def problems() -> list[str]:
    out = []
    for row in rows():
        path = HERE / "cache" / f"{row['id']}.txt"
        if not path.is_file():
            out.append(f"missing: {path.name}")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != row["sha256"]:
            out.append(f"changed: {path.name}")
    return out


def lay_out(split: str, into: Path, *, available: bool = False) -> int:
    """Copy the split's texts and gold to ``into``/docs and ``into``/gold; returns how many.
    ``available``: only the texts the cache holds (changed or not), the others left out."""
    (into / "docs").mkdir(parents=True, exist_ok=True)
    (into / "gold").mkdir(parents=True, exist_ok=True)
    n = 0
    for row in rows():
        if split != "all" and row["split"] != split:
            continue
        if available and not (HERE / "cache" / f"{row['id']}.txt").is_file():
            continue
        shutil.copy(HERE / "cache" / f"{row['id']}.txt", into / "docs")
        shutil.copy(HERE / "gold" / f"{row['id']}.json", into / "gold")
        n += 1
    return n


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", help="a split of sources.tsv (tune, blind, fresh1, ...) or all")
    parser.add_argument("--into", type=Path)
    parser.add_argument(
        "--available",
        action="store_true",
        help="lay out the texts the cache holds even where others are missing or changed"
        " (the figures are then those of a part of the split: say so)",
    )
    args = parser.parse_args()
    found = problems()
    for line in found:
        print(line)
    if found and args.available and args.split and args.into:
        n = lay_out(args.split, args.into, available=True)
        print(f"{n} documents laid out under {args.into} ({len(found)} problems above)")
        return 0
    if found:
        return 1
    print(f"cache complete: {len(rows())} texts match sources.tsv")
    if args.split and args.into:
        print(f"{lay_out(args.split, args.into)} documents laid out under {args.into}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
