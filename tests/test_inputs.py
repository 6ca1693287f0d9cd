"""Reading inputs: decoding, directories, .jsonl streams and their failures (no model needed)."""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest

from conflictcli.errors import InputError
from conflictcli.inputs import Article, FailedInput, decode_text, iter_articles, parse_iso_date


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Kyiv, June 12".encode(), "Kyiv, June 12"),
        (codecs.BOM_UTF8 + "Goma — “M23”".encode(), "Goma — “M23”"),
        (codecs.BOM_UTF16_LE + "Gaza".encode("utf-16-le"), "Gaza"),
        (codecs.BOM_UTF16_BE + "Gaza".encode("utf-16-be"), "Gaza"),
    ],
)
def test_decode_text_accepts_utf8_and_utf16_with_bom(data: bytes, expected: str) -> None:
    assert decode_text(data) == expected


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.4\x00\x01binary", "binary_input"),
        ("Bogotá".encode("latin-1"), "decode_error"),
    ],
)
def test_decode_text_refuses_binary_and_undecodable(data: bytes, kind: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_text(data)
    assert caught.value.kind == kind


def test_decode_text_with_named_encoding() -> None:
    assert decode_text("Bogotá".encode("latin-1"), encoding="latin-1") == "Bogotá"


def test_directory_walk_is_sorted_skips_hidden_and_non_text(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("second article")
    (tmp_path / "a.txt").write_text("first article")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text("third article")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text("not an article")
    items = list(iter_articles([str(tmp_path)]))
    assert [Path(item.path).name for item in items] == ["a.txt", "b.txt", "c.md"]
    assert [item.text for item in items] == ["first article", "second article", "third article"]


def test_failed_inputs_keep_their_place(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Troops advanced on Tuesday.")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.txt").write_bytes(b"abc\x00def")
    names = [str(tmp_path / n) for n in ("empty.txt", "good.txt", "missing.txt", "binary.txt")]
    items = list(iter_articles(names))
    assert [type(item).__name__ for item in items] == ["FailedInput", "Article", "FailedInput", "FailedInput"]
    assert [item.error.kind for item in items if isinstance(item, FailedInput)] == [
        "empty_input",
        "not_found",
        "binary_input",
    ]


def test_too_large_input_is_refused(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 100)
    (item,) = iter_articles([str(tmp_path / "big.txt")], max_chars=50)
    assert isinstance(item, FailedInput) and item.error.kind == "too_large"


def test_stdin_is_read_for_dash() -> None:
    (item,) = iter_articles(["-"], stdin=io.BytesIO("BEIRUT (AP) — Shelling resumed.".encode()))
    assert isinstance(item, Article)
    assert item.path is None and item.text.startswith("BEIRUT")


def test_jsonl_lines_become_articles_and_bad_lines_errors(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "Rebels shelled the town.", "reference_date": "2024-03-05", "url": "x"}),
        "{not json",
        json.dumps({"id": "a3"}),
        "",
        json.dumps({"id": 4, "text": "Talks resumed.", "reference_date": "2024-02-30"}),
        json.dumps({"text": "No id here."}),
        json.dumps(["a", "list"]),
    ]
    path = tmp_path / "scraped.jsonl"
    path.write_text("\n".join(lines))
    items = list(iter_articles([str(path)]))
    assert [(type(i).__name__, i.line) for i in items] == [
        ("Article", 1),
        ("FailedInput", 2),
        ("FailedInput", 3),
        ("FailedInput", 5),
        ("Article", 6),
        ("FailedInput", 7),
    ]
    first = items[0]
    assert (first.id, first.reference_date, first.path) == ("a1", "2024-03-05", str(path))
    assert items[3].id == "4" and "reference_date" in items[3].error.message
    assert items[4].id is None


@pytest.mark.parametrize("value", ["2024-02-30", "2024-2-3", "yesterday", "2024-02-03T10:00"])
def test_parse_iso_date_rejects_non_dates(value: str) -> None:
    with pytest.raises(ValueError):
        parse_iso_date(value)


def test_failed_inputs_survive_pickling_for_worker_processes() -> None:
    import pickle

    failed = FailedInput(InputError("binary_input", "binary data"), path="a.txt", line=3)
    copy = pickle.loads(pickle.dumps(failed))
    assert (copy.error.kind, copy.error.message, copy.path, copy.line) == ("binary_input", "binary data", "a.txt", 3)


def test_fsspec_urls_are_read_and_globs_expand(tmp_path: Path) -> None:
    pytest.importorskip("fsspec")
    (tmp_path / "a.txt").write_text("first article")
    (tmp_path / "b.txt").write_text("second article")
    items = list(iter_articles([f"file://{tmp_path}/*.txt", f"file://{tmp_path}/missing.txt"]))
    assert [item.text for item in items[:2]] == ["first article", "second article"]
    assert items[0].path.endswith("a.txt")
    assert isinstance(items[2], FailedInput)
