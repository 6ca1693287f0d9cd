"""Hostile inputs: every kind gets a valid report or a one-line error, and the batch completes."""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import msgspec
import pytest
from typer.testing import CliRunner

from conflictcli.cli import app
from conflictcli.schema import ErrorRecord, Report

pytestmark = pytest.mark.model

GOOD = "KHARTOUM, Sudan, May 2, 2024 — Shelling killed at least 14 civilians in El Fasher on Tuesday.\n"

# name → (bytes, expected error type or None for a valid report)
CASES: dict[str, tuple[bytes, str | None]] = {
    "pdf.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00<<>>", "binary_input"),
    "png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary_input"),
    "nul_in_middle.txt": (b"Troops advanced\x00 on the town.", "binary_input"),
    "latin1.txt": ("Las FARC atacaron Bogotá; murió un niño.".encode("latin-1"), "decode_error"),
    "cp1252_quotes.txt": (b"\x93We will fight,\x94 he said.", "decode_error"),
    "utf16_bom.txt": (codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"), None),
    "utf8_bom.txt": (codecs.BOM_UTF8 + GOOD.encode(), None),
    "empty.txt": (b"", "empty_input"),
    "whitespace.txt": (b" \n\t\r\n   \n", "empty_input"),
    "punctuation.txt": (b"!!! ??? ... --- ;;; ::: ,,, ((( ))) [[[ ]]]", None),
    "numbers.txt": (b"12 34 5,600 7.8 1994 2020 60 4 2 100000 0.5", None),
    "rtl.txt": ("قتل ثلاثة جنود في هجوم على حلب يوم الثلاثاء. נהרגו שניים.".encode(), None),
    "emoji.txt": ("🔥💣 Rebels 🪖 attacked 🏘️ the village 😢 killing 3 👨‍👩‍👧 civilians.".encode(), None),
    "mixed_scripts.txt": ("Войска вошли в Бахмут; 武装分子 attacked Goma; Ουκρανία said 5 died.".encode(), None),
    "unbalanced_quotes.txt": (b'"We will never surrender, the commander said. Fighting continued in Kherson.', None),
    "many_quotes.txt": (('"' * 10_000 + " a").encode(), None),
    "curly_unbalanced.txt": ("“They came at night, the witness said.\n\nLater, 4 soldiers were killed.".encode(), None),
    "long_line.txt": (("word " * 30_000).encode(), "too_large"),
    "control_chars.txt": ("Shelling\x07 resumed\x1b[31m in Kharkiv \x0b on Monday.".encode(), None),
    "lone_surrogate_escape.txt": (b"Rebels \xed\xa0\x80 attacked.", "decode_error"),
    "huge_number.txt": (b"The army said " + b"9" * 400 + b" insurgents were killed.", None),
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("hostile")
    names = []
    for name, (data, _) in CASES.items():
        (folder / name).write_bytes(data)
        names.append(str(folder / name))
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    feed = folder / "feed.jsonl"
    feed.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok", "text": GOOD}),
                '{"id": "broken", "text": "unterminated',
                json.dumps({"id": "no-text"}),
                json.dumps({"id": "wrong-type", "text": 42}),
                json.dumps({"id": "bad-date", "text": GOOD, "reference_date": "yesterday"}),
                json.dumps({"id": "../../escape", "text": GOOD}),
                "[1, 2, 3]",
            ]
        ),
        encoding="utf-8",
    )
    return folder, names


def run(*args: str):
    return CliRunner().invoke(app, ["analyze", "--format", "jsonl", "--max-chars", "100000", *args])


def test_every_bad_input_gets_its_line_and_the_batch_completes(pipeline, batch) -> None:
    folder, names = batch
    inputs = [*names, str(folder / "good.txt"), str(folder / "does-not-exist.txt"), "/dev/null", str(folder / "feed.jsonl")]
    result = run(*inputs)
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    expected = [error for _, error in CASES.values()] + [None, "not_found", "not_a_file"]
    expected += [None, "invalid_jsonl", "invalid_jsonl", "invalid_jsonl", "invalid_jsonl", None, "invalid_jsonl"]
    assert [line.get("error", {}).get("type") for line in lines] == expected
    file_texts = [
        Path(name).read_bytes().decode("utf-16" if name.endswith("utf16_bom.txt") else "utf-8-sig", "replace")
        for name in [*names, str(folder / "good.txt")]
    ]
    texts = file_texts + [None, None] + [GOOD] * 7
    for line, text in zip(lines, texts, strict=True):
        if "error" in line:
            msgspec.convert(line, ErrorRecord)
            continue
        report = msgspec.convert(line, Report)
        assert report.source.chars == len(text)
        for item in [*report.dates, *report.quotes, *report.claims, *report.casualties]:
            assert text[item.start : item.end] == item.text
        for entry in [*report.places, *report.parties]:
            for mention in entry.mentions:
                assert text[mention.start : mention.end] == mention.text
    errors = [line for line in result.stderr.splitlines() if line.startswith("conflictcli: error: ")]
    assert len(errors) == sum(1 for line in lines if "error" in line)
    assert all("\n" not in error for error in errors)


def test_directory_with_symlink_loop_and_hidden_files(pipeline, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".secret.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "sub" / "b.txt").write_text(GOOD, encoding="utf-8")
    result = run(str(tmp_path))
    assert result.exit_code == 0, result.stderr
    paths = [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")]


def test_sigint_mid_batch_stops_cleanly(pipeline, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for index in range(600):
        (inputs / f"{index:03d}.txt").write_text(GOOD * 20, encoding="utf-8")
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "conflictcli", "analyze", "--output-dir", str(out), str(inputs)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A child inherits an ignored SIGINT (Dask's test cluster leaves pytest so), and Python then
        # never raises KeyboardInterrupt: start it with the default disposition, as a shell does.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    # The first per-article report (not the run summary, written last) shows the batch is under way.
    while time.monotonic() < deadline and not (out.exists() and any(out.glob("[0-9]*.json"))):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert not list(out.glob(".tmp-*"))
    for report in out.glob("*.json"):
        json.loads(report.read_text(encoding="utf-8"))
