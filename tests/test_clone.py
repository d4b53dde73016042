"""A fresh clone, with no ../shared beside it, tests every command and says why it skips."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _repository_files() -> list[str]:
    """The files a clone would hold (tracked, and new ones git does not ignore)."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no clone to make")
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    return [name for name in listed.stdout.decode("utf-8").split("\0") if name]


@pytest.mark.slow
def test_clone_without_shared_runs_the_corpus_tests(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    for name in _repository_files():
        source = ROOT / name
        if source.is_file():
            target = clone / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    assert not (clone.parent / "shared").exists()
    tests = ["tests/test_corpus.py"]  # the tests that once needed ../shared
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
        cwd=clone,
        env={**os.environ, "PYTHONPATH": str(clone)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    summary = result.stdout.splitlines()
    skipped = [line for line in summary if line.startswith("SKIPPED")]
    assert len(skipped) == 1, summary[-10:]
    assert "shared is absent: nothing to compare tests/fixtures/corpus with" in skipped[0]
    assert " passed, 1 skipped" in summary[-1]
