"""Output directories: safe stable names, atomic writes, skipping unchanged inputs, no clobbering."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictcli.errors import InputError
from conflictcli.inputs import Article, FailedInput
from conflictcli.outdir import MANIFEST, OutputDir, RunSummary, output_name, write_atomic


@pytest.mark.parametrize(
    ("path", "article_id", "line"),
    [
        ("feed.jsonl", "../../x", 1),
        ("feed.jsonl", "", 2),
        ("feed.jsonl", "a" * 5000, 3),
        ("feed.jsonl", "/etc/passwd", 4),
        ("feed.jsonl", "con\x00trol\nchars", 5),
        ("../../../etc/report.txt", None, None),
        (None, None, None),
    ],
)
def test_output_names_are_safe(path: str | None, article_id: str | None, line: int | None) -> None:
    name = output_name(path, article_id, line)
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith(".")
    assert name.endswith(".json") and len(name) <= 100
    assert name == output_name(path, article_id, line)


def test_output_names_do_not_collide() -> None:
    names = {
        output_name("a/report.txt", None, None),
        output_name("b/report.txt", None, None),
        output_name("feed.jsonl", "dup", 1),
        output_name("other.jsonl", "dup", 1),
        output_name("feed.jsonl", None, 1),
        output_name("feed.jsonl", None, 2),
        output_name("feed.jsonl", "x/y", 3),
        output_name("feed.jsonl", "x_y", 3),
    }
    assert len(names) == 8


def test_write_atomic_leaves_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_text("old")


    with pytest.raises(TypeError):
        write_atomic(target, 12345)  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def report_for(article: Article) -> dict:
    return {"source": {"path": article.path, "id": article.id}, "dates": []}


def run(directory: Path, articles: list, *, force: bool = False, key: str = "k1") -> RunSummary:
    summary = RunSummary()
    out = OutputDir(directory, options_key=key, force=force)
    for pending in out.plan(articles, summary):
        if isinstance(pending.item, FailedInput):
            report = {"source": {}, "error": {"type": pending.item.error.kind, "message": pending.item.error.message}}
        else:
            report = report_for(pending.item)
        if out.store(pending, report, summary) is not None:
            summary.failed += 1
    out.finish(summary, {"key": key})
    return summary


def test_second_run_skips_unchanged_and_force_redoes(tmp_path: Path) -> None:
    articles = [Article(text="one", path="a.txt"), Article(text="two", path="b.txt")]
    first = run(tmp_path, articles)
    assert (first.analyzed, first.skipped) == (2, 0)
    second = run(tmp_path, articles)
    assert (second.analyzed, second.skipped) == (0, 2)
    changed = run(tmp_path, [Article(text="one, edited", path="a.txt"), articles[1]])
    assert (changed.analyzed, changed.skipped) == (1, 1)
    other_options = run(tmp_path, articles, key="k2")
    assert (other_options.analyzed, other_options.skipped) == (2, 0)
    forced = run(tmp_path, articles, key="k2", force=True)
    assert (forced.analyzed, forced.skipped) == (2, 0)
    summary = json.loads((tmp_path / "conflictcli-summary.json").read_text())
    assert summary["analyzed"] == 2 and summary["options"] == {"key": "k2"}


def test_a_file_conflictcli_did_not_write_is_never_overwritten(tmp_path: Path) -> None:
    article = Article(text="one", path="a.txt")
    theirs = tmp_path / output_name("a.txt", None, None)
    theirs.write_text("the user's own file")
    summary = run(tmp_path, [article])
    assert summary.failed == 1 and summary.analyzed == 0
    assert theirs.read_text() == "the user's own file"
    assert run(tmp_path, [article], force=True).analyzed == 1
    assert json.loads(theirs.read_text())["source"]["path"] == "a.txt"


def test_failed_input_does_not_replace_previous_report(tmp_path: Path) -> None:
    run(tmp_path, [Article(text="one", path="a.txt")])
    target = tmp_path / output_name("a.txt", None, None)
    before = target.read_text()
    failed = FailedInput(InputError("binary_input", "binary"), path="a.txt")
    summary = run(tmp_path, [failed])
    assert summary.failed == 1
    assert target.read_text() == before
    assert (tmp_path / MANIFEST).exists()
