"""``conflictcli show``: highlight segmentation and priority, the golden terminal view, the HTML page."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflictcli.cli import app
from conflictcli.render.show import (
    STYLES,
    Highlight,
    View,
    highlighted_text,
    html_text,
    render_html,
    segments,
)

from .conftest import ROOT, SAMPLES
from .test_render_formats import TEXT, make_report

GOLDEN = ROOT / "tests" / "golden" / "show_01_drc_masisi.txt"
VOID = {"meta", "br", "hr", "img", "link", "input", "wbr"}


class TagChecker(HTMLParser):
    """Fails on unbalanced tags; collects the tags seen and the ``title`` attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: set[str] = set()
        self.titles: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.titles.extend(value or "" for name, value in attrs if name == "title")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> TagChecker:
    checker = TagChecker()
    checker.feed(page)
    checker.close()
    assert checker.stack == [], f"unclosed tags {checker.stack}"
    return checker


def test_segments_cut_at_every_boundary_and_rank_by_priority() -> None:
    text = "0123456789"
    claim = Highlight("claim", 0, 10, "c")
    party = Highlight("party", 2, 6, "p")
    casualty = Highlight("casualty", 4, 8, "k")
    pieces = [(start, end, [h.kind for h in covering]) for start, end, covering in segments(text, [claim, party, casualty])]
    assert pieces == [
        (0, 2, ["claim"]),
        (2, 4, ["party", "claim"]),
        (4, 6, ["casualty", "party", "claim"]),
        (6, 8, ["casualty", "claim"]),
        (8, 10, ["claim"]),
    ]


@pytest.mark.parametrize(
    "highlight",
    [Highlight("date", 5, 3, "backwards"), Highlight("date", 4, 4, "empty"), Highlight("date", 8, 99, "past the end")],
)
def test_segments_ignore_spans_that_do_not_fit(highlight: Highlight) -> None:
    assert list(segments("0123456789", [highlight])) == [(0, 10, [])]


def test_highest_priority_sets_the_colour_and_clauses_stay_beneath() -> None:
    report = make_report()
    rendered = highlighted_text(TEXT, report)
    start = TEXT.index("12 civilians")
    styles = [span.style for span in rendered.spans if span.start <= start < span.end]
    assert styles and styles[-1].color == STYLES["casualty"].color
    goma = TEXT.index("Goma")
    (style,) = [span.style for span in rendered.spans if span.start <= goma < span.end]
    assert style.color == STYLES["place"].color
    assert style.bgcolor == STYLES["quote"].bgcolor and style.underline


def test_html_text_escapes_and_titles_normalized_values() -> None:
    page = render_html([View(TEXT, make_report())])
    checker = parse(page)
    assert {"script", "link", "img"}.isdisjoint(checker.tags)
    assert "place: Goma, CD (-1.6741, 29.2284)\nquote (direct): M23\nclaim (territorial_claim): M23" in checker.titles
    assert "date: 2025-03-03 (DATE)" in checker.titles
    assert "casualties: 12 civilians killed" in checker.titles
    assert "speaker: M23\nparty: M23 (armed_group, CD)" in checker.titles


def test_article_markup_stays_inert() -> None:
    text = 'Officials said <script>alert(1)</script> & "more" <b onmouseover=x>bold</b>.'
    report = make_report(text=TEXT)
    report.update(dates=[], places=[], parties=[], quotes=[], claims=[], casualties=[])
    fragment = html_text(text, report)
    assert "<script>" not in fragment and "<b " not in fragment
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in fragment
    checker = parse(render_html([View(text, report)]))
    assert "script" not in checker.tags and "b" not in checker.tags
    assert text in "".join(checker.text)


def test_error_record_page_names_the_failure() -> None:
    error = {"source": {"path": "<x>.txt", "id": None, "line": None}, "error": {"type": "not_found", "message": "no <such> file"}}
    page = render_html([View(None, error)])
    parse(page)
    assert "no &lt;such&gt; file" in page and "&lt;x&gt;.txt" in page


def show(*args: str):
    return CliRunner().invoke(app, ["show", *args], env={"NO_COLOR": "1", "COLUMNS": "80"})


@pytest.mark.model
def test_show_matches_golden(pipeline, update_golden: bool, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    result = show((SAMPLES / "docs" / "01_drc_masisi.txt").relative_to(ROOT).as_posix())
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" not in result.stdout
    assert "GOMA, Democratic Republic of Congo, March 3, 2025" in result.stdout.splitlines()[1]
    assert "Legend: event triggers  casualties" in result.stdout and "Casualties (" in result.stdout
    if update_golden:
        GOLDEN.write_text(result.stdout, encoding="utf-8")
    assert GOLDEN.exists(), f"no golden file; run pytest --update-golden and review {GOLDEN}"
    assert result.stdout == GOLDEN.read_text(encoding="utf-8")


@pytest.mark.model
def test_show_html_writes_an_inert_self_contained_page(pipeline, tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(
        'GOMA, March 3, 2025 — Rebels killed 12 civilians in Goma, the army said. <script>alert(1)</script> '
        '"We will respond <img src=x onerror=alert(2)>," said Col. Jean Mbala.\n',
        encoding="utf-8",
    )
    out = tmp_path / "view.html"
    result = show(str(article), "--html", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and str(out) in result.stderr
    page = out.read_text(encoding="utf-8")
    checker = parse(page)
    assert {"script", "img", "link"}.isdisjoint(checker.tags)
    assert not re.search(r"<[^>]*\b(src|href|on[a-z]+)=", page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    lines = {line for title in checker.titles for line in title.splitlines()}
    assert "date: 2025-03-03 (DATE)" in lines
    assert "place: Goma, CD (-1.6741, 29.2284)" in lines
    assert "casualties: 12 civilians killed" in lines
    assert any(line.startswith("quote (direct)") for line in lines)
    assert "&lt;img src=x onerror=alert(2)&gt;" in page and "<img" not in page


@pytest.mark.model
def test_show_missing_file_exits_1(pipeline, tmp_path: Path) -> None:
    result = show(str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "no such file" in result.stderr
