"""The code stays as STYLE.md asks: ruff and mypy clean (skipped where the tools are absent)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return found


def test_style_ruff_is_clean() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "graph", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_style_mypy_is_clean() -> None:
    result = subprocess.run([_tool("mypy"), "graph"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


#: The longest a function of the extractor may be, in lines of code (its docstring left out).
EXTRACT_LINES = 60


def _code_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    body = node.body
    if len(body) > 1 and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    end = node.end_lineno or node.lineno
    return end - body[0].lineno + 1


def long_functions(folder: Path, limit: int) -> list[str]:
    """The functions under ``folder`` longer than ``limit`` lines of code, as ``path:name (lines)``
    with the path relative to ``folder``."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                if _code_lines(node) > limit:
                    found.append(f"{path.relative_to(folder)}:{node.name} ({_code_lines(node)})")
    return found


def test_style_no_function_of_the_extractor_is_longer_than_sixty_lines() -> None:
    assert long_functions(ROOT / "graph" / "extract", EXTRACT_LINES) == []


def test_style_long_functions_are_found(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(61))
    (tmp_path / "m.py").write_text(
        f'def short():\n    """Doc."""\n{body[: body.index("x60") - 5]}\n\n'
        f'def long():\n    """Doc."""\n{body}\n',
        encoding="utf-8",
    )
    found = long_functions(tmp_path, EXTRACT_LINES)
    assert [f.rsplit(":", 1)[1] for f in found] == ["long (61)"]
