"""Shared fixtures. Real data lives in ../shared beside the checkout (never copied into the repo)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FAHRAS_SHARED", ROOT.parent / "shared"))
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples" / "archive"


def examples(n: int) -> int:
    """Hypothesis examples for a property test: n in `make test`, scaled up by the reliability
    campaign (FAHRAS_HYPOTHESIS_SCALE)."""
    return max(1, int(n * float(os.environ.get("FAHRAS_HYPOTHESIS_SCALE", "1"))))


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skips the test locally when missing, fails it loudly in CI."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"real data missing: {path} (CI must have ../shared beside the checkout)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture(scope="session")
def gold_002() -> dict:
    import json
    return json.loads(shared_path("gold", "002_7672ffc435d8e842.json").read_text("utf-8"))
