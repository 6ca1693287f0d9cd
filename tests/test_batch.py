"""Batch runs end to end: --output-dir, incremental reruns, --jobs, progress kept off stdout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflictcli.cli import app

from .conftest import SAMPLES

pytestmark = pytest.mark.model

runner = CliRunner()


def analyze(*args: str):
    return runner.invoke(app, ["analyze", *args])


def test_output_dir_writes_one_report_per_input_and_skips_unchanged(pipeline, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for sample in sorted((SAMPLES / "docs").glob("*.txt"))[:3]:
        (docs / sample.name).write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    first = analyze("--output-dir", str(out), str(docs))
    assert first.exit_code == 0, first.stderr
    assert first.stdout == ""
    reports = sorted(out.glob("*.json"))
    names = [p.name for p in reports if not p.name.startswith((".", "conflictcli-summary"))]
    assert len(names) == 3
    for name in names:
        report = json.loads((out / name).read_text(encoding="utf-8"))
        assert report["schema_version"] == "1.0"
        assert Path(report["source"]["path"]).name in {p.name for p in docs.iterdir()}
    assert "analyzed 3, skipped 0, failed 0" in first.stderr
    before = {name: (out / name).stat().st_mtime_ns for name in names}

    second = analyze("--output-dir", str(out), str(docs))
    assert second.exit_code == 0
    assert "analyzed 0, skipped 3, failed 0" in second.stderr
    assert {name: (out / name).stat().st_mtime_ns for name in names} == before

    (docs / sorted(docs.iterdir())[0].name).write_text("KYIV, June 12 (Reuters) - Shelling resumed.", encoding="utf-8")
    third = analyze("--output-dir", str(out), str(docs))
    assert "analyzed 1, skipped 2, failed 0" in third.stderr

    forced = analyze("--output-dir", str(out), "--force", "--quiet", str(docs))
    assert forced.exit_code == 0 and forced.stderr == ""
    summary = json.loads((out / "conflictcli-summary.json").read_text(encoding="utf-8"))
    assert (summary["analyzed"], summary["skipped"], summary["failed"]) == (3, 0, 0)


def test_jobs_2_gives_the_same_reports_in_the_same_order(pipeline) -> None:
    inputs = [str(p) for p in sorted((SAMPLES / "docs").glob("*.txt"))[:6]]
    one = analyze("--format", "jsonl", "--jobs", "1", "--batch-size", "2", *inputs)
    two = analyze("--format", "jsonl", "--jobs", "2", "--batch-size", "2", *inputs)
    assert one.exit_code == two.exit_code == 0
    assert [json.loads(line) for line in two.stdout.splitlines()] == [
        json.loads(line) for line in one.stdout.splitlines()
    ]


def test_jobs_2_keeps_error_lines_in_place(pipeline, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    good = sorted((SAMPLES / "docs").glob("*.txt"))[0]
    result = analyze("--format", "jsonl", "--jobs", "2", "--batch-size", "1", str(good), str(bad), str(good))
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert ["error" in line for line in lines] == [False, True, False]
