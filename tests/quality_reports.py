"""The quality benchmark (``benchmarks/quality.py``), its gold sets and their reports, each
set evaluated once per test run: the floors (test_quality.py) and the README's tables
(test_docs.py) check the same reports, as the benchmark prints them."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

from graph.evaluate import Report, evaluate

ROOT = Path(__file__).resolve().parent.parent


@cache
def quality_script() -> Any:
    """``benchmarks/quality.py``, with the real-news helpers it imports on the path."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "tests" / "realnews"))
    import quality

    return quality


@cache
def set_report(name: str) -> Report:
    """The evaluation of the benchmark's gold set ``name`` (its ``SETS``), made once."""
    gold, docs = quality_script().SETS[name]
    return evaluate(gold, docs)
