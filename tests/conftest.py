"""Shared fixtures. Tests that read ../shared skip with a reason where it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the checkout (skips the test where it is absent)."""
    if not (SHARED / "eval" / "gold").is_dir():
        pytest.skip(f"{SHARED} is absent: the dev corpus and gold files live there")
    return SHARED


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return ROOT / "seeds" / "us-nato-responses.txt"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
