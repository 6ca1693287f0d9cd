"""Golden CLI output on the samples: every report line compared exactly with the reviewed file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflictcli.cli import app

from .conftest import ROOT, SAMPLES

GOLDEN = ROOT / "tests" / "golden"
CASES = sorted((SAMPLES / "docs").glob("*.txt"))

pytestmark = pytest.mark.model


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("sample", CASES, ids=[case.stem for case in CASES])
def test_sample_report_matches_golden(pipeline, sample: Path, update_golden: bool, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["analyze", "--format", "jsonl", relative(sample)])
    assert result.exit_code == 0, result.stderr
    (report,) = [json.loads(line) for line in result.stdout.splitlines()]
    expected_path = GOLDEN / f"{sample.stem}.expected.json"
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        expected_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert expected_path.exists(), f"no golden file; run pytest --update-golden and review {expected_path}"
    assert report == json.loads(expected_path.read_text(encoding="utf-8"))


def test_there_are_golden_cases() -> None:
    assert len(CASES) >= 3
